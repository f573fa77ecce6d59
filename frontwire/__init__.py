"""frontwire: news on war and diplomacy -> a structured, mapped, source-checked record.

Python API:
    >>> import frontwire
    >>> record = frontwire.extract_text(text, published="2025-08-12")
    >>> record["quotes"][0]["speaker"]
"""
from __future__ import annotations

import datetime as dt

__version__ = "0.1.0"


def extract_text(text: str, published: str | dt.date | None = None, source: str = "<text>") -> dict:
    """Extract the record of one article given as text or HTML; returns the contract dict."""
    from frontwire.ingest import read_bytes
    from frontwire.run import articles_from, records_from
    from frontwire.pipeline import Pipeline
    from frontwire.errors import BadDocument

    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    items = read_bytes(text.encode("utf-8"), source)
    for result in records_from(articles_from(items, published), Pipeline()):  # the model is loaded once per process
        if isinstance(result, BadDocument):
            raise result
        return result.to_dict()
    raise BadDocument(source, "no document found")

