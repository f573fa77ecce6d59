"""One small connection wrapper over SQLite (sqlite3) and PostgreSQL (psycopg 3).

The store's SQL is written once, with `?` placeholders; this module is where the two
dialects meet: placeholder style, transactions, RETURNING ids and error translation.
"""
from __future__ import annotations

import sqlite3
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Literal, Sequence
from urllib.parse import urlparse

from frontwire.errors import FrontwireError

Dialect = Literal["sqlite", "postgres"]
DEFAULT_DB = "frontwire.db"


class StoreError(FrontwireError):
    """The database cannot be opened or used; str() is a one-line message for users."""


def describe(url: str) -> str:
    """The URL without its password, for messages."""
    parsed = urlparse(url)
    if parsed.password:
        return url.replace(f":{parsed.password}@", ":***@", 1)
    return url


class Database:
    """A connection plus its dialect. Thread-safe by a lock: the HTTP API shares one store."""

    def __init__(self, url: str, create: bool = True):
        self.url = url
        self._lock = threading.RLock()
        self._depth = 0  # nesting of transaction()
        self.path: Path | None = None  # the SQLite file, if any
        if url.startswith(("postgresql://", "postgres://")):
            self.dialect: Dialect = "postgres"
            self._conn = _connect_postgres(url)
        elif "://" in url and not url.startswith("sqlite://"):
            scheme = url.split("://", 1)[0]
            raise StoreError(f"--db {describe(url)!r}: unsupported database {scheme!r}; use a SQLite file path or postgresql://…")
        else:
            self.dialect = "sqlite"
            self._conn = _connect_sqlite(url, create)
            file = url[len("sqlite://"):] if url.startswith("sqlite://") else url
            self.path = None if file == ":memory:" else Path(file).resolve()

    # -- statements -----------------------------------------------------------------

    def _sql(self, sql: str) -> str:
        # Written with qmark placeholders; psycopg wants %s (no literal % appears in store SQL).
        return sql.replace("?", "%s") if self.dialect == "postgres" else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        with self._lock:
            try:
                return self._conn.execute(self._sql(sql), tuple(params))
            except (sqlite3.DatabaseError, _pg_error()) as exc:
                raise StoreError(f"database error: {_first_line(exc)}") from exc

    def script(self, statements: Sequence[str]) -> None:
        for statement in statements:
            self.execute(statement)

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            cursor = self.execute(sql, params)
            names = [c[0] for c in cursor.description or ()]
            return [dict(zip(names, row)) for row in cursor.fetchall()]

    def value(self, sql: str, params: Sequence[Any] = ()) -> Any:
        with self._lock:
            row = self.execute(sql, params).fetchone()
        return row[0] if row else None

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run an INSERT and return the new row's id (both dialects support RETURNING)."""
        return int(self.value(sql + " RETURNING id", params))

    def insert_many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        with self._lock:
            try:
                if self.dialect == "postgres":
                    with self._conn.cursor() as cur:
                        cur.executemany(self._sql(sql), [tuple(r) for r in rows])
                else:
                    self._conn.executemany(sql, [tuple(r) for r in rows])
            except (sqlite3.DatabaseError, _pg_error()) as exc:
                raise StoreError(f"database error: {_first_line(exc)}") from exc

    # -- transactions ---------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All or nothing; nested uses join the outer transaction."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            # IMMEDIATE takes SQLite's write lock up front, so two writers queue instead of deadlocking.
            self.execute("BEGIN IMMEDIATE" if self.dialect == "sqlite" else "BEGIN")
            self._depth = 1
            try:
                yield
            except BaseException:
                self._depth = 0
                try:
                    self._conn.execute("ROLLBACK")
                except Exception:  # the connection may be gone; the server rolls back for us then
                    pass
                raise
            self._depth = 0
            self.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._conn.close()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


def _pg_error() -> type[BaseException]:
    try:
        import psycopg

        return psycopg.Error
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return sqlite3.DatabaseError


def _connect_sqlite(url: str, create: bool) -> sqlite3.Connection:
    path = url[len("sqlite://"):] if url.startswith("sqlite://") else url
    if path != ":memory:":
        file = Path(path)
        if file.is_dir():
            raise StoreError(f"--db {path!r}: is a directory, not a database file")
        if not create and not file.exists():
            raise StoreError(f"--db {path!r}: no such database (run `frontwire ingest` first)")
        if create and not file.parent.exists():
            raise StoreError(f"--db {path!r}: folder {str(file.parent)!r} does not exist")
    deadline = time.monotonic() + BUSY_SECONDS
    while True:
        try:
            return _open_sqlite(path)
        except sqlite3.OperationalError as exc:
            # Two processes opening a new store together: switching it to WAL takes a lock that
            # SQLite does not wait for with its busy timeout, so the loser is retried here.
            if "locked" in str(exc) and time.monotonic() < deadline:
                time.sleep(0.05)
                continue
            raise StoreError(f"--db {path!r}: cannot open the database ({_first_line(exc)})") from exc
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"--db {path!r}: cannot open the database ({_first_line(exc)})") from exc


# How long a connection waits for another process's lock (sqlite3's busy timeout, and opening).
BUSY_SECONDS = 30


def _open_sqlite(path: str) -> sqlite3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves (see Database.transaction).
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=BUSY_SECONDS)
    try:
        # WAL: readers (the HTTP API) do not block the ingest, and a killed writer loses only its open transaction.
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def _connect_postgres(url: str) -> Any:
    import psycopg

    try:
        return psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.Error as exc:
        raise StoreError(f"--db {describe(url)!r}: cannot connect ({_first_line(exc)})") from exc
    except Exception as exc:  # psycopg raises ProgrammingError/ValueError for malformed URLs
        raise StoreError(f"--db {describe(url)!r}: not a usable PostgreSQL URL ({_first_line(exc)})") from exc
