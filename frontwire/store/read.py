"""Reading the store: every query parameterised, results as plain dicts.

User text never becomes SQL: filters are bound parameters, LIKE patterns are escaped, and the
full-text query is rebuilt from word tokens (each quoted) so FTS5 syntax cannot be injected.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from typing import Any, Sequence, TypeVar

from frontwire.models import Actor, Article, ArticleRecord, Entity, Event, Place, Quote
from frontwire.store.columns import PLACE_TOTALS, decode_listed, from_row, listed_names, select_list
from frontwire.store.dedup import words
from frontwire.errors import FrontwireError
from frontwire.store.db import Database

Row = dict[str, Any]
T = TypeVar("T")


def like(text: str) -> str:
    """A case-insensitive substring pattern with LIKE wildcards in `text` taken literally."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


LIKE = "LIKE ? ESCAPE '\\'"


def fts5_query(text: str) -> str:
    """Words of `text`, each as an FTS5 string, all required."""
    return " ".join(f'"{w}"' for w in words(text))


def _in(ids: Sequence[int]) -> str:
    return ",".join("?" for _ in ids)


# The first source an article was seen at, for rows read with their article as `a`.
FIRST_SOURCE = "(SELECT s.source FROM article_sources s WHERE s.article_id = a.id ORDER BY s.id LIMIT 1) AS article_source"


def _sources(db: Database, article_ids: Sequence[int]) -> dict[int, list[Row]]:
    out: dict[int, list[Row]] = defaultdict(list)
    if not article_ids:
        return out
    for row in db.rows(
        f"SELECT article_id, source, url, publisher, similarity, added_at FROM article_sources"
        f" WHERE article_id IN ({_in(article_ids)}) ORDER BY id",
        list(article_ids),
    ):
        out[row.pop("article_id")].append(row)
    return out


def _with_sources(db: Database, rows: list[Row]) -> list[Row]:
    """Article rows (in place) with their record's values decoded, every source and the first one."""
    sources = _sources(db, [r["id"] for r in rows])
    for row in rows:
        decode_listed(Article, row)
        row["sources"] = sources.get(row["id"], [])
        row["source"] = row["sources"][0]["source"] if row["sources"] else None
    return rows


def articles(db: Database, q: str | None = None, limit: int = 50, offset: int = 0) -> list[Row]:
    cols = f"a.id, {select_list('a', Article)}, a.ingested_at"
    counts = (
        ", (SELECT COUNT(*) FROM quotes x WHERE x.article_id = a.id) AS n_quotes"
        ", (SELECT COUNT(*) FROM places x WHERE x.article_id = a.id) AS n_places"
        ", (SELECT COUNT(*) FROM events x WHERE x.article_id = a.id AND x.background = 0) AS n_events"
    )
    if not q:
        rows = db.rows(f"SELECT {cols}{counts} FROM articles a ORDER BY a.id LIMIT ? OFFSET ?", (limit, offset))
    elif db.dialect == "sqlite":
        match = fts5_query(q)
        if not match:
            return []
        rows = db.rows(
            f"SELECT {cols}{counts}, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet"
            " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts), a.id LIMIT ? OFFSET ?",
            (match, limit, offset),
        )
    else:
        doc = "to_tsvector('english', coalesce(a.title, '') || ' ' || a.text)"
        rows = db.rows(
            f"SELECT {cols}{counts}, ts_rank({doc}, plainto_tsquery('english', ?)) AS rank FROM articles a"
            f" WHERE {doc} @@ plainto_tsquery('english', ?) OR LOWER(a.title) {LIKE}"
            " ORDER BY rank DESC, a.id LIMIT ? OFFSET ?",
            (q, q, like(q), limit, offset),
        )
        for row in rows:
            row.pop("rank", None)
    return _with_sources(db, rows)


def quotes(
    db: Database, speaker: str | None = None, q: str | None = None, limit: int = 50, offset: int = 0,
    article_id: int | None = None,
) -> list[Row]:
    where, params = [], []
    join = ""
    if article_id is not None:
        where.append("qt.article_id = ?")
        params.append(article_id)
    if speaker:
        # as the text describes the speaker or by the canonical name ("the mayor" is Bill de Blasio)
        where.append(f"(LOWER(qt.speaker) {LIKE} OR LOWER(COALESCE(qt.speaker_name, '')) {LIKE})")
        params += [like(speaker), like(speaker)]
    if q:
        if db.dialect == "sqlite":
            match = fts5_query(q)
            if not match:
                return []
            join = " JOIN quotes_fts ON quotes_fts.rowid = qt.id"
            where.append("quotes_fts MATCH ?")
            params.append(match)
        else:
            where.append(
                f"(to_tsvector('english', qt.text || ' ' || coalesce(qt.speaker, '')) @@ plainto_tsquery('english', ?)"
                f" OR LOWER(qt.text) {LIKE})"
            )
            params += [q, like(q)]
    sql = (
        "SELECT qt.id, qt.article_id, a.title AS article_title, a.url AS article_url, a.published,"
        f" {FIRST_SOURCE},"
        f" {select_list('qt', Quote)}"
        f" FROM quotes qt JOIN articles a ON a.id = qt.article_id{join}"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY qt.article_id, qt.seq LIMIT ? OFFSET ?"
    )
    return db.rows(sql, [*params, limit, offset])


# The PLOVER event types the extractor codes; a filter on any other type is a mistake to report.
EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# Background events ("the 2013-2018 war killed 400,000") are stored but left out unless asked for.
BACKGROUND = ("exclude", "include", "only")


class UnknownValue(FrontwireError, ValueError):
    """A filter value outside its closed list; the message names the valid ones."""

    def __init__(self, option: str, value: str, valid: Sequence[str]):
        super().__init__(f"{option}: unknown value {value!r}; valid: {', '.join(valid)}")
        self.option, self.value, self.valid = option, value, tuple(valid)


def checked(option: str, value: str | None, valid: Sequence[str]) -> str | None:
    """`value` upper- or lower-cased to its spelling in `valid`, or UnknownValue."""
    if value is None or value == "":
        return None
    for v in valid:
        if v.lower() == value.strip().lower():
            return v
    raise UnknownValue(option, value, valid)


class BadDay(FrontwireError, ValueError):
    """A day filter that is not a YYYY-MM-DD day, or a span whose start is after its end."""

    def __init__(self, option: str, value: str, message: str):
        super().__init__(message)
        self.option, self.value = option, value


def day(option: str, value: str | None, prefix: str = "") -> str | None:
    """`value` as a checked ISO day, or BadDay (a regex pattern alone lets 2025-02-30 through)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise BadDay(option, value, f"{prefix}{option}: {value!r} is not a date in YYYY-MM-DD form") from None


def day_span(date_from: str | None, date_to: str | None, prefix: str = "") -> tuple[str | None, str | None]:
    """Checked `from` and `to` days (options named with `prefix`, "--" on the command line), or BadDay:
    a `from` after `to` selects nothing, a mistake rather than an answer."""
    start, end = day("from", date_from, prefix), day("to", date_to, prefix)
    if start and end and start > end:
        raise BadDay("from", date_from or "", f"{prefix}from {start} is after {prefix}to {end}")
    return start, end


# The event's listed fields under their names (e.event_date AS date), between its ids and its article's columns.
EVENT_COLUMNS = (
    f"e.id, e.article_id, {select_list('e', Event)},"
    " a.title AS article_title, a.url AS article_url, a.publisher AS article_publisher, a.published,"
    " a.ingested_at AS article_ingested_at,"
    f" {FIRST_SOURCE}"
)


def events(
    db: Database,
    type: str | None = None,
    place: str | None = None,
    date_from: str | dt.date | None = None,
    date_to: str | dt.date | None = None,
    actor: str | None = None,
    limit: int = 50,
    offset: int = 0,
    article_id: int | None = None,
    background: str = "exclude",
) -> list[Row]:
    """Events matching every filter given; `background` is exclude (default), include or only."""
    where, params = [], []
    kind = checked("type", type, EVENT_TYPES)
    if kind:
        where.append("e.type = ?")
        params.append(kind)
    mode = checked("background", background, BACKGROUND) or "exclude"
    if mode != "include":
        where.append("e.background = ?")
        params.append(int(mode == "only"))
    if place:
        where.append(f"LOWER(e.place) {LIKE}")
        params.append(like(place))
    # An event without its own date is dated by its article, so date filters still see it.
    if date_from:
        where.append("COALESCE(e.event_date, a.published) >= ?")
        params.append(str(date_from))
    if date_to:
        where.append("COALESCE(e.event_date, a.published) <= ?")
        params.append(str(date_to))
    if actor:
        where.append(f"EXISTS (SELECT 1 FROM event_actors x WHERE x.event_id = e.id AND LOWER(x.name) {LIKE})")
        params.append(like(actor))
    if article_id is not None:
        where.append("e.article_id = ?")
        params.append(article_id)
    rows = db.rows(
        f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY COALESCE(e.event_date, a.published), e.article_id, e.seq LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    actors = _actors(db, [r["id"] for r in rows])
    for row in rows:
        decode_listed(Event, row)
        row["actors"] = actors.get(row["id"], [])
    return rows


def _actors(db: Database, event_ids: Sequence[int]) -> dict[int, list[Row]]:
    out: dict[int, list[Row]] = defaultdict(list)
    if not event_ids:
        return out
    for row in db.rows(
        f"SELECT event_id, {select_list('x', Actor)} FROM event_actors x WHERE event_id IN ({_in(event_ids)}) ORDER BY event_id, seq",
        list(event_ids),
    ):
        out[row.pop("event_id")].append(row)
    return out


def places(db: Database) -> list[Row]:
    """Places across articles, one row per (canonical name, country): the listed fields of the place
    first named so (its first located mention's point), then PLACE_TOTALS (store/columns.py)."""
    rows = db.rows(
        f"SELECT p.article_id, {select_list('p', Place)}, p.canonical, p.mentions, p.metonymy, a.title AS article_title,"
        f" {FIRST_SOURCE}"
        " FROM places p JOIN articles a ON a.id = p.article_id ORDER BY p.article_id, p.seq"
    )
    event_counts: dict[tuple[int, str], int] = defaultdict(int)
    for r in db.rows("SELECT article_id, LOWER(place) AS place, COUNT(*) AS n FROM events WHERE place IS NOT NULL AND background = 0 GROUP BY article_id, LOWER(place)"):
        event_counts[(r["article_id"], r["place"])] += int(r["n"])
    grouped: dict[tuple[str, str | None], Row] = {}
    for r in rows:
        decode_listed(Place, r)
        name = r["canonical"] or r["name"]
        key = (name.lower(), r["country"])
        g = grouped.setdefault(key, {
            **{k: r[k] for k in listed_names(Place)}, "name": name,
            **{k: list(default) if isinstance(default, list) else default for k, (_, default) in PLACE_TOTALS.items()},
            "metonymy_only": True,
        })
        if g["lat"] is None and r["lat"] is not None:
            g["lat"], g["lon"] = r["lat"], r["lon"]
        if r["name"] not in g["names"]:
            g["names"].append(r["name"])
        if r["article_id"] not in [x["id"] for x in g["articles"]]:
            g["articles"].append({"id": r["article_id"], "title": r["article_title"], "source": r["article_source"]})
            g["n_articles"] += 1
        g["n_mentions"] += max(1, len(json.loads(r["mentions"] or "[]")))
        g["metonymy_only"] = g["metonymy_only"] and bool(r["metonymy"])
        for n in {r["name"].lower(), name.lower()}:
            g["n_events"] += event_counts.pop((r["article_id"], n), 0)
    return sorted(grouped.values(), key=lambda g: (-g["n_articles"], -g["n_mentions"], g["name"]))


def failures(db: Database, limit: int = 100, offset: int = 0) -> list[Row]:
    return db.rows("SELECT id, source, problem, failed_at FROM failures ORDER BY id LIMIT ? OFFSET ?", (limit, offset))


def article(db: Database, article_id: int) -> Row | None:
    """One article with its text and every source it was seen at, or None."""
    rows = db.rows(
        f"SELECT a.id, {select_list('a', Article)}, a.text, a.ingested_at FROM articles a WHERE a.id = ?",
        (article_id,),
    )
    if not rows:
        return None
    return _with_sources(db, rows)[0]


def record(db: Database, article_id: int) -> ArticleRecord | None:
    """The stored ArticleRecord for an article (its first source's name), or None."""
    rows = db.rows("SELECT * FROM articles WHERE id = ?", (article_id,))
    if not rows:
        return None
    source = db.value("SELECT source FROM article_sources WHERE article_id = ? ORDER BY id LIMIT 1", (article_id,))
    result = ArticleRecord(article=from_row(Article, rows[0], source=source or ""))

    def children(table: str, cls: type[T]) -> list[T]:
        # Table names come from the calls below, never from users.
        return [from_row(cls, r) for r in db.rows(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY seq", (article_id,))]

    result.entities = children("entities", Entity)
    result.quotes = children("quotes", Quote)
    result.places = children("places", Place)
    event_rows = db.rows("SELECT * FROM events WHERE article_id = ? ORDER BY seq", (article_id,))
    actors = _actors(db, [r["id"] for r in event_rows])
    events = [from_row(Event, r, actors=[Actor(**x) for x in actors.get(r["id"], [])]) for r in event_rows]
    # As extracted: background events sit beside the record's current ones, not among them.
    result.events = [e for e in events if not e.background]
    result.secondary_events = [e for e in events if e.background]
    return result


def stats(db: Database) -> dict[str, int]:
    tables = ("articles", "article_sources", "entities", "quotes", "places", "events", "failures")
    # Table names come from the tuple above, never from users.
    out = {t: int(db.value(f"SELECT COUNT(*) FROM {t}") or 0) for t in tables}
    # `events` counts what event queries return; background events are counted apart.
    out["background_events"] = int(db.value("SELECT COUNT(*) FROM events WHERE background = 1") or 0)
    out["events"] -= out["background_events"]
    return out
