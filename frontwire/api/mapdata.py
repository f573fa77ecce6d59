"""The map page's events as compact rows: the fields it draws, lists and counts, nothing more.

Ten thousand full event records are about 10 MB of JSON (whole evidence sentences, mentions,
article metadata on every row); the page needs a tenth of that to be interactive. Full records
stay at /api/events, which the page reads for downloads.
"""
from __future__ import annotations

from typing import Any

from frontwire.api.adapters import jsonable

COLUMNS = ("id", "type", "subtype", "date", "published", "place", "lat", "lon", "modality", "article_id",
           "actors", "evidence")
EVIDENCE_CHARS = 220


def _short(text: Any) -> Any:
    if isinstance(text, str) and len(text) > EVIDENCE_CHARS:
        return text[:EVIDENCE_CHARS - 1] + "…"
    return text


def compact(events: list[dict[str, Any]]) -> dict[str, Any]:
    """{"columns": [...], "rows": [[...], ...], "articles": {id: title}} for store event rows."""
    rows = []
    articles: dict[str, Any] = {}
    for e in events:
        articles.setdefault(str(e["article_id"]), e.get("article_title"))
        rows.append([
            e["id"], e["type"], e.get("subtype"), jsonable(e.get("date")), jsonable(e.get("published")), e.get("place"),
            e.get("lat"), e.get("lon"), e.get("modality"), e["article_id"],
            [[a["name"], a.get("role")] for a in e.get("actors") or []], _short(e.get("evidence")),
        ])
    return {"columns": list(COLUMNS), "rows": rows, "articles": articles}
