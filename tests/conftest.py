"""Shared fixtures: the NLP pipeline is loaded once per test session."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "samples" / "moscowtimes-alaska-summit.txt"


@pytest.fixture(scope="session")
def pipeline():
    from frontwire.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def extract(pipeline):
    """Run the whole pipeline on an article's text: extract(text, published) -> ArticleRecord."""
    from frontwire.models import Article

    def run(text: str, published: str | None = "2025-08-12"):
        day = dt.date.fromisoformat(published) if published else None
        return pipeline.process(Article(source="<test>", text=text, published=day))

    return run


@pytest.fixture(scope="session")
def seed_record(extract):
    from frontwire.ingest import read_documents, to_article

    document = next(iter(read_documents([str(SEED)])))
    article = to_article(document, published=dt.date(2025, 8, 12))
    return extract(article.text)
