"""API test fixtures: a SQLite store with the seed article ingested, and apps over it."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Iterator

import pytest
from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parents[2]
# The seed article ships in samples/ (byte-identical to ../shared/corpus/dev), so these tests
# run in a plain clone.
SEED = ROOT / "samples" / "moscowtimes-alaska-summit.txt"
SEED_PUBLISHED = dt.date(2025, 8, 12)
TOKEN = "test-token-0123456789"


def _seed_path() -> Path:
    assert SEED.exists(), f"seed article missing from the checkout: {SEED}"
    return SEED


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite store holding the seed article (read-only tests share it: do not write to it)."""
    from frontwire.store import open_store
    from frontwire.store.ingest import ingest

    path = tmp_path_factory.mktemp("api") / "seed.db"
    with open_store(str(path)) as store:
        summary = ingest(store, [str(_seed_path())], published=SEED_PUBLISHED)
    assert summary.stored == 1, summary.line()
    return path


@pytest.fixture(scope="session")
def app(seed_db: Path):
    from frontwire.api import create_app

    application = create_app(str(seed_db))
    yield application
    application.state.store.close()


@pytest.fixture(scope="session")
def client(app) -> TestClient:
    return TestClient(app)


@pytest.fixture()
def writable_db(seed_db: Path, tmp_path: Path) -> Path:
    """A copy of the seed store that a test may write to."""
    copy = tmp_path / "writable.db"
    with sqlite3.connect(seed_db) as src, sqlite3.connect(copy) as dst:
        src.backup(dst)  # WAL-safe, unlike copying the file
    return copy


@pytest.fixture()
def token_client(writable_db: Path) -> Iterator[TestClient]:
    from frontwire.api import create_app

    application = create_app(str(writable_db), token=TOKEN)
    yield TestClient(application)
    application.state.store.close()
