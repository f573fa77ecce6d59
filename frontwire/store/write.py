"""Writing one ArticleRecord: a single transaction, so a killed ingest leaves whole articles only."""
from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from frontwire.models import Actor, Article, ArticleRecord, Entity, Event, Place, Quote
from frontwire.store import dedup
from frontwire.store.columns import insert_sql, to_values
from frontwire.store.db import Database
from frontwire.store.schema import now

Status = Literal["stored", "duplicate", "near-duplicate"]
CHILD = ("article_id", "seq")  # the head columns of an article's records


@dataclass(frozen=True)
class Added:
    """What `Store.put` did with a record."""

    article_id: int
    status: Status  # stored: a new article; duplicate/near-duplicate: a new source of an old one
    similarity: float = 1.0


def source_key(source: str) -> str:
    """Sources are stored as absolute paths, so `ingest ./x` and `ingest /abs/x` are one source."""
    path, sep, inner = source.partition("#")
    if not path or path.startswith("<") or "://" in path:
        return source
    try:
        file = Path(path)
        if file.exists():
            return str(file.resolve()) + sep + inner
    except OSError:
        pass
    return source


def put(db: Database, index: dedup.NearDuplicates, record: ArticleRecord) -> Added:
    article = record.article
    source = source_key(article.source)
    digest = dedup.content_hash(article.text)
    signature = dedup.minhash(article.text)
    with db.transaction():
        existing = db.value("SELECT id FROM articles WHERE content_hash = ?", (digest,))
        if existing is not None:
            _add_source(db, int(existing), record, source, digest, 1.0)
            return Added(int(existing), "duplicate")
        near = index.best(signature)
        if near is not None:
            article_id, score = near
            _add_source(db, article_id, record, source, digest, score)
            return Added(article_id, "near-duplicate", score)
        article_id = db.insert(
            insert_sql("articles", Article, head=("content_hash",), tail=("minhash", "ingested_at")),
            (digest, *to_values(article), dedup.to_bytes(signature), now()),
        )
        _add_source(db, article_id, record, source, digest, 1.0)
        _add_children(db, article_id, record)
        from frontwire.crosscheck.incremental import add_article  # claim clusters: same transaction

        add_article(db, article_id, record)
    # Only after the commit: a rolled-back article must not be matched against later.
    index.add(article_id, signature)
    return Added(article_id, "stored")


def _add_source(db: Database, article_id: int, record: ArticleRecord, source: str, digest: str, similarity: float) -> None:
    a = record.article
    db.execute(
        "INSERT INTO article_sources (article_id, source, url, title, publisher, content_hash, similarity, added_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id, source) DO NOTHING",
        (article_id, source, a.url, a.title, a.publisher, digest, round(similarity, 4), now()),
    )


def stored_events(record: ArticleRecord) -> list[Event]:
    """The record's events plus its background ones ("the 2013-2018 war killed 400,000"), flagged.

    Background events are kept so that an analyst can ask for them; every read leaves them out
    unless asked. Conditional and feared events (secondary, not background) are not stored.
    """
    background = [e for e in record.secondary_events if e.background]
    return list(record.events) + background


def _add_children(db: Database, article_id: int, record: ArticleRecord) -> None:
    for table, cls, items in (("entities", Entity, record.entities), ("quotes", Quote, record.quotes),
                              ("places", Place, record.places)):
        db.insert_many(insert_sql(table, cls, CHILD), [(article_id, i, *to_values(x)) for i, x in enumerate(items)])
    for i, e in enumerate(stored_events(record)):
        # Types are PLOVER's upper-case names whatever the extractor wrote.
        event_id = db.insert(insert_sql("events", Event, CHILD), (article_id, i, *to_values(replace(e, type=e.type.upper()))))
        db.insert_many(insert_sql("event_actors", Actor, ("event_id", "seq")),
                       [(event_id, j, *to_values(x)) for j, x in enumerate(e.actors)])


def articles_of_sources(db: Database, sources: list[str]) -> list[int]:
    """Ids of the articles any of `sources` (paths as given, or URLs) was stored under."""
    keys = sorted({source_key(s) for s in sources})
    if not keys:
        return []
    marks = ",".join("?" for _ in keys)
    return [int(r["article_id"]) for r in db.rows(
        f"SELECT DISTINCT article_id FROM article_sources WHERE source IN ({marks}) ORDER BY article_id", keys)]


def delete(db: Database, article_ids: list[int]) -> int:
    """Remove articles with their sources, quotes, places and events; returns how many there were."""
    if not article_ids:
        return 0
    marks = ",".join("?" for _ in article_ids)
    with db.transaction():
        found = int(db.value(f"SELECT COUNT(*) FROM articles WHERE id IN ({marks})", list(article_ids)) or 0)
        from frontwire.crosscheck.incremental import remove_articles  # the clusters they were in, re-formed

        remove_articles(db, list(article_ids))
        # Children first: PostgreSQL cascades, but a SQLite file opened without foreign keys would not.
        db.execute(f"DELETE FROM event_actors WHERE event_id IN (SELECT id FROM events WHERE article_id IN ({marks}))",
                   list(article_ids))
        for table in ("claim_reports", "events", "places", "quotes", "entities", "article_sources"):
            db.execute(f"DELETE FROM {table} WHERE article_id IN ({marks})", list(article_ids))
        db.execute(f"DELETE FROM articles WHERE id IN ({marks})", list(article_ids))
    return found


def add_failure(db: Database, source: str, problem: str) -> None:
    with db.transaction():
        db.execute(
            "INSERT INTO failures (source, problem, failed_at) VALUES (?, ?, ?)",
            (source_key(source), problem, now()),
        )
