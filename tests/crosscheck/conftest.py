"""Cross-check fixtures: the stored clusters run on SQLite and PostgreSQL like the store tests."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from tests.store.conftest import db_url, pg_server, pg_url  # noqa: F401  (the store's backends)

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def corpus_records() -> list[dict]:
    """The stored records of samples/ and tests/corpus (34 articles, ingested in that order at
    e333651), as ArticleRecord dicts with their article ids: clustering input without the NLP model."""
    with gzip.open(FIXTURES / "records.jsonl.gz", "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.fixture(scope="session")
def clusters_today() -> list[dict]:
    """`crosscheck(load_records(store))` on those records: the clusters before they were stored."""
    with gzip.open(FIXTURES / "clusters.json.gz", "rt", encoding="utf-8") as f:
        return json.load(f)


class NoNearCopies:
    """The near-duplicate index switched off: a dense feed's copies are near-duplicates by
    construction, and each is to be stored as an article of its own."""

    last_id = 0

    def load(self, rows, text_of):
        pass

    def best(self, signature):
        return None

    def add(self, article_id, signature):
        pass


@pytest.fixture
def no_near_copies(monkeypatch):
    from frontwire.store import store as store_module

    monkeypatch.setattr(store_module, "NearDuplicates", NoNearCopies)
