"""Reading records out of the store for cross-checking (a thin adapter over the store's API).

The store has no date filter on articles and its `record()` does not keep event subtypes
(they are read back from the trigger word, see reports.subtype_of).
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterator

from frontwire.models import ArticleRecord

PAGE = 500


def _article_rows(store: Any) -> Iterator[dict]:
    offset = 0
    while True:
        rows = store.articles(limit=PAGE, offset=offset)
        yield from rows
        if len(rows) < PAGE:
            return
        offset += PAGE


def article_ids(store: Any, date_from: dt.date | None = None, date_to: dt.date | None = None) -> list[int]:
    """Articles published in [date_from, date_to], or with an event dated in it."""
    lo = date_from.isoformat() if date_from else None
    hi = date_to.isoformat() if date_to else None
    ids: set[int] = set()
    for row in _article_rows(store):
        published = (row.get("published") or "")[:10] or None
        if published is None or ((lo is None or published >= lo) and (hi is None or published <= hi)):
            ids.add(int(row["id"]))
    if lo or hi:
        offset = 0
        while True:
            rows = store.events(date_from=lo, date_to=hi, limit=PAGE, offset=offset)
            ids.update(int(r["article_id"]) for r in rows)
            if len(rows) < PAGE:
                break
            offset += PAGE
    return sorted(ids)


def load_records(store: Any, date_from: dt.date | None = None, date_to: dt.date | None = None) -> list[tuple[int, ArticleRecord]]:
    out = []
    for article_id in article_ids(store, date_from, date_to):
        record = store.record(article_id)
        if record is not None:
            out.append((article_id, record))
    return out
