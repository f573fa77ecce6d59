"""Thin adapters between the HTTP API and the store (and cross-checking).

The store's read API returns plain dicts; these helpers make them JSON-safe on either backend,
page over them, and fill the few gaps the API needs (facets, speakers, an article's quotes
with their ids, evidence spans). Nothing here builds SQL from user input.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from dataclasses import asdict, is_dataclass
from decimal import Decimal
from typing import Any, Callable, Iterator

log = logging.getLogger("frontwire.api")

Row = dict[str, Any]

# How many rows the aggregate views (facets, speakers) read at most: they page over the store.
SCAN_LIMIT = 50_000
SCAN_PAGE = 1_000


def jsonable(value: Any) -> Any:
    """Dates, decimals and nested containers from either database as JSON values."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if is_dataclass(value) and not isinstance(value, type):
        return jsonable(asdict(value))
    return value


def scan(fetch: Callable[[int, int], list[Row]], cap: int = SCAN_LIMIT) -> Iterator[Row]:
    """Every row of a paged store read, `fetch(limit, offset)`, up to `cap` rows."""
    offset = 0
    while offset < cap:
        rows = fetch(min(SCAN_PAGE, cap - offset), offset)
        yield from rows
        if len(rows) < SCAN_PAGE:
            return
        offset += len(rows)


def facets(store: Any) -> Row:
    """Event types, actors, places and the date span, with counts: what the page's filters offer."""
    types: Counter[str] = Counter()
    actors: Counter[str] = Counter()
    places: Counter[str] = Counter()
    days: Counter[str] = Counter()
    for e in scan(lambda limit, offset: store.events(limit=limit, offset=offset)):
        types[e["type"]] += 1
        for a in e.get("actors") or []:
            actors[a["name"]] += 1
        if e.get("place"):
            places[e["place"]] += 1
        day = jsonable(e.get("date") or e.get("published"))
        if day:
            days[str(day)[:10]] += 1

    def listed(counter: Counter[str]) -> list[Row]:
        return [{"name": k, "n": n} for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]

    return {
        "types": listed(types),
        "actors": listed(actors),
        "places": listed(places),
        "date_min": min(days) if days else None,
        "date_max": max(days) if days else None,
        "timeline": [{"date": d, "n": days[d]} for d in sorted(days)],
    }


def speakers(store: Any) -> list[Row]:
    counts: Counter[str] = Counter()
    for q in scan(lambda limit, offset: store.quotes(limit=limit, offset=offset)):
        if q.get("speaker_name") or q.get("speaker"):
            counts[q.get("speaker_name") or q["speaker"]] += 1
    return [{"name": k, "n": n} for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _span(text: str, needle: str | None, hint: int | None = None) -> tuple[int | None, int | None]:
    """Where `needle` sits in `text` (the occurrence nearest `hint`), or (None, None)."""
    if not needle:
        return None, None
    found, at = [], text.find(needle)
    while at != -1 and len(found) < 50:
        found.append(at)
        at = text.find(needle, at + 1)
    if not found:
        return None, None
    best = min(found, key=lambda i: abs(i - hint)) if hint is not None else found[0]
    return best, best + len(needle)


def _article_quote_ids(store: Any, article_id: int) -> list[int | None]:
    """The ids of an article's quotes in text order."""
    return [q["id"] for q in store.quotes(article_id=article_id, limit=100_000)]


def article_view(store: Any, article_id: int) -> Row | None:
    """An article with its text and every record in it, each with the span of its evidence."""
    article = store.article(article_id)
    if article is None:
        return None
    article = jsonable(article)
    text = article.get("text") or ""
    record = store.record(article_id)

    quotes: list[Row] = []
    if record is not None:
        ids = _article_quote_ids(store, article_id)
        for i, q in enumerate(record.quotes):
            s_start, s_end = _span(text, q.sentence, q.start)
            if text[q.start:q.end] == q.text and q.end > q.start:
                q_start, q_end = q.start, q.end
            else:
                q_start, q_end = _span(text, q.text, s_start)
            quotes.append({
                "id": ids[i] if i < len(ids) else None,
                "text": q.text, "speaker": q.speaker, "kind": q.kind, "cue": q.cue,
                "sentence": q.sentence, "speaker_label": q.speaker_label,
                "start": q_start, "end": q_end, "sentence_start": s_start, "sentence_end": s_end,
            })

    events: list[Row] = []
    for e in store.events(article_id=article_id, limit=100_000):
        e = jsonable(e)
        e["evidence_start"], e["evidence_end"] = _span(text, e.get("evidence"))
        events.append(e)
    events.sort(key=lambda e: (e["evidence_start"] is None, e["evidence_start"] or 0, e["id"]))

    places = [jsonable(p) for p in record.places] if record is not None else []
    article.update(quotes=quotes, events=events, places=places)
    return article


# -- cross-source claims --------------------------------------------------------------------

def unknown_region(store: Any, region: str | None) -> str | None:
    """Why a `region` filter of the claims would select nothing (naming the known regions), or None."""
    from frontwire.crosscheck import incremental
    from frontwire.store import clusters

    if not region:
        return None
    incremental.ensure(store)
    return clusters.unknown_region(store.db, region)


def claims_json(
    store: Any, date_from: str | None = None, date_to: str | None = None, type: str | None = None,
    place: str | None = None, region: str | None = None, disputed: bool = False, min_sources: int = 1,
    limit: int | None = None, offset: int = 0,
) -> list[str]:
    """Cross-source claim clusters as JSON texts, read from the stored clusters, filtered and
    paged in SQL (they are kept up to date at ingest, see frontwire.crosscheck.incremental)."""
    from frontwire.crosscheck import stored

    where = stored.filters(date_from, date_to, type, place, region, disputed, min_sources)
    try:
        return stored.claims_json(store, where, limit=limit, offset=offset)
    except Exception:  # a broken cross-check must not take the read API down
        log.exception("frontwire.crosscheck failed")
        return []
