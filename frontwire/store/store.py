"""The Store object: one database, its schema brought up to date, the read and write API."""
from __future__ import annotations

import functools
from typing import Any, Callable, Concatenate, Generic, ParamSpec, TypeVar, overload

from frontwire.models import ArticleRecord
from frontwire.store import read, write
from frontwire.store.db import DEFAULT_DB, Database
from frontwire.store.dedup import NearDuplicates
from frontwire.store.schema import migrate

Row = dict[str, Any]
P = ParamSpec("P")
R = TypeVar("R")


# Any fixed number: the PostgreSQL advisory lock that makes concurrent writers take turns.
PUT_LOCK = 0x66_77_64_75  # "fwdu"


class reader(Generic[P, R]):
    """A read function `f(db, ...)` of store/read.py as a method: `store.f(...)` is `f(store.db, ...)`.

    One signature, the read function's, instead of a copy of it in every method."""

    def __init__(self, read: Callable[Concatenate[Database, P], R]):
        self.read = read
        functools.update_wrapper(self, read)

    @overload
    def __get__(self, store: None, owner: type) -> "reader[P, R]": ...
    @overload
    def __get__(self, store: "Store", owner: type) -> Callable[P, R]: ...

    def __get__(self, store: "Store | None", owner: type) -> "reader[P, R] | Callable[P, R]":
        return self if store is None else functools.partial(self.read, store.db)


class Store:
    """See `frontwire.store` for the API overview."""

    def __init__(self, db: Database):
        self.db = db
        self._index: NearDuplicates | None = None
        self.replace = False  # put() replaces what is stored under the same source (ingest --replace)
        self.publisher: str | None = None  # put() sets this publisher on every record (ingest --publisher)
        self.schema_version = migrate(db)

    @property
    def dialect(self) -> str:
        return self.db.dialect

    # -- writing ----------------------------------------------------------------------

    def _near(self) -> NearDuplicates:
        """The near-duplicate index, with every article committed since it was last read, by this
        process or another one ingesting into the same store. Built on first write only: readers
        (the HTTP API) never pay for it."""
        if self._index is None:
            self._index = NearDuplicates()
        newer = self.db.rows("SELECT id, minhash FROM articles WHERE id > ? ORDER BY id", (self._index.last_id,))
        self._index.load(
            ((int(r["id"]), r["minhash"]) for r in newer),
            text_of=lambda article_id: self.db.value("SELECT text FROM articles WHERE id = ?", (article_id,)) or "",
        )
        return self._index

    def put(self, record: ArticleRecord) -> write.Added:
        """Store a record (one transaction); says whether it was new or a copy of a stored article.

        The near-duplicate check and the insert run in one transaction, after the index has caught
        up with the store, so concurrent ingests collapse copies across processes too. SQLite's
        BEGIN IMMEDIATE lets one writer in at a time; on PostgreSQL an advisory lock does the same.
        With `replace` set, an article stored under the record's source is deleted first: a
        re-extraction (new options, a corrected date) takes its place.
        """
        if self.publisher:
            record.article.publisher = self.publisher
        with self.db.transaction():
            if self.dialect == "postgres":
                self.db.execute("SELECT pg_advisory_xact_lock(?)", (PUT_LOCK,))
            if self.replace and self.delete(write.articles_of_sources(self.db, [record.article.source])):
                self._index = None  # the near-duplicate index still holds the deleted article
            return write.put(self.db, self._near(), record)

    def delete(self, article_ids: list[int]) -> int:
        """Delete articles (and everything read from them); how many existed."""
        found = write.delete(self.db, list(article_ids))
        if found:
            self._index = None
        return found

    def articles_of_sources(self, sources: list[str]) -> list[int]:
        return write.articles_of_sources(self.db, sources)

    def add(self, record: ArticleRecord) -> int | None:
        """Store a record; the new article's id, or None when it was a (near-)duplicate."""
        added = self.put(record)
        return added.article_id if added.status == "stored" else None

    def add_failure(self, source: str, problem: str) -> None:
        write.add_failure(self.db, source, problem)

    def known_sources(self) -> set[str]:
        """Sources already stored (absolute paths for files), so a re-run can skip them (none when replacing)."""
        if self.replace:
            return set()
        return {r["source"] for r in self.db.rows("SELECT DISTINCT source FROM article_sources")}

    # -- reading: the functions of store/read.py on this store's database --------------

    articles = reader(read.articles)
    article = reader(read.article)
    quotes = reader(read.quotes)
    events = reader(read.events)
    places = reader(read.places)
    failures = reader(read.failures)
    record = reader(read.record)
    stats = reader(read.stats)

    # -- lifetime ---------------------------------------------------------------------

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_store(url: str | None = None, create: bool = True) -> Store:
    """Open (and migrate) the store at a SQLite path or a postgresql:// URL.

    `create=False` refuses to create a missing SQLite file (for read-only commands).
    """
    return Store(Database(url or DEFAULT_DB, create=create))
