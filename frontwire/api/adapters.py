"""Thin adapters between the HTTP API and the store (and cross-checking).

The store's read API returns plain dicts; these helpers make them JSON-safe on either backend,
page over them, and fill the few gaps the API needs (facets, speakers, an article's quotes
with their ids, evidence spans). Nothing here builds SQL from user input.
"""
from __future__ import annotations

import datetime as dt
import importlib
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
        if q.get("speaker"):
            counts[q["speaker"]] += 1
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

def _crosscheck() -> tuple[Callable[..., Any], Callable[..., Any]] | None:
    """`frontwire.crosscheck`'s (crosscheck, load_records), or None while it is not there."""
    try:
        module = importlib.import_module("frontwire.crosscheck")
    except ImportError:
        return None
    run, load = getattr(module, "crosscheck", None), getattr(module, "load_records", None)
    return (run, load) if callable(run) and callable(load) else None


_claims_cache: dict[tuple, list[Row]] = {}


def claims(store: Any, date_from: dt.date | None = None, date_to: dt.date | None = None) -> list[Row]:
    """Cross-source claim clusters, `crosscheck(load_records(store, from, to))`, or [] without it.

    Clustering reads every record, so the result is kept until the store's counts change.
    """
    found = _crosscheck()
    if found is None:
        return []
    run, load = found
    key = (id(store), tuple(sorted(store.stats().items())), date_from, date_to)
    if key not in _claims_cache:
        try:
            result = run(load(store, date_from, date_to))
        except Exception:  # a broken cross-check must not take the read API down
            log.exception("frontwire.crosscheck failed")
            return []
        if len(_claims_cache) >= 16:
            _claims_cache.clear()
        _claims_cache[key] = [item if isinstance(item, dict) else {"value": item} for item in jsonable(list(result or []))]
    return _claims_cache[key]
