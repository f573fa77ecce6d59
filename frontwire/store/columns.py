"""The store's record tables, derived from the record definition (frontwire/models.py).

A record dataclass gives its table's columns (CREATE TABLE for a new store, ADD COLUMN for a
migration that brings in a field), the INSERT and SELECT of its rows and the conversion both ways:
lists are JSON text, booleans 0/1, dates ISO strings. A list of records (an event's actors) is a
child table of its own, written and read by the caller.

The list views of places and articles are a record's listed fields plus the view's own columns
(counts, sources), declared here once for the reads, the API's schemas and the exports.
"""
from __future__ import annotations

import copy
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, Optional, Sequence, TypeVar

from frontwire.models import Article, Place, RecordField, record_fields

T = TypeVar("T")

# SQL types by Python type; {real} is a dialect token of store/schema.py.
SQL_TYPES: dict[type, str] = {str: "TEXT", int: "INTEGER", float: "{real}", bool: "INTEGER", list: "TEXT", dt.date: "TEXT"}


def stored_fields(cls: type) -> tuple[RecordField, ...]:
    """The fields of `cls` that are columns of its table (not lists of records, not kept elsewhere)."""
    return tuple(f for f in record_fields(cls) if f.stored and f.child is None)


def column_sql(f: RecordField) -> str:
    """`name TYPE [constraint]`: a flag is never NULL (0 when older rows lack it); so is a required value."""
    sql = f"{f.column} {f.sql or SQL_TYPES[f.kind]}"
    if f.kind is bool:
        return sql + " NOT NULL DEFAULT 0"
    if f.required and not f.optional and not f.nullable:
        return sql + " NOT NULL"
    return sql


def create_table(table: str, cls: type, head: Sequence[str] = (), tail: Sequence[str] = ()) -> str:
    """CREATE TABLE with the columns of `cls` between the table's own `head` and `tail` columns."""
    columns = ["id {id}", *head, *(column_sql(f) for f in stored_fields(cls)), *tail]
    return f"CREATE TABLE {table} (\n    " + ",\n    ".join(columns) + ")"


def add_column(table: str, cls: type, name: str) -> str:
    """ALTER TABLE ... ADD COLUMN for the field `name` of `cls` (a migration bringing in a field)."""
    (f,) = [f for f in stored_fields(cls) if f.name == name]
    return f"ALTER TABLE {table} ADD COLUMN {column_sql(f)}"


def insert_sql(table: str, cls: type, head: Sequence[str] = (), tail: Sequence[str] = ()) -> str:
    """INSERT of one row: the `head` columns (article_id, seq, ...), the record's own, then `tail`'s."""
    names = [*head, *(f.column for f in stored_fields(cls)), *tail]
    return f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"


def _to_sql(f: RecordField, value: Any) -> Any:
    if f.kind is list:
        return json.dumps(list(value or []))
    if f.kind is bool:
        return int(bool(value))
    if f.kind is dt.date:
        return value.isoformat() if value else None
    return value


def to_values(record: Any) -> tuple[Any, ...]:
    """The record's column values, in the order of `insert_sql`."""
    return tuple(_to_sql(f, getattr(record, f.name)) for f in stored_fields(type(record)))


def from_sql(f: RecordField, value: Any) -> Any:
    """A column's value as the field holds it; NULL in a field that takes no None is its default."""
    if f.kind is list:
        return json.loads(value) if value else []
    if f.kind is bool:
        return bool(value)
    if value is None:
        return None if f.optional or f.required else copy.copy(f.default)  # the cached field's own default is shared
    if f.kind is dt.date:
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    return value


def from_row(cls: type[T], row: dict[str, Any], **given: Any) -> T:
    """The record of a row of its table (`given`: the fields kept elsewhere, and child records)."""
    values = {f.name: from_sql(f, row[f.column]) for f in stored_fields(cls)}
    return cls(**values, **given)


def select_list(alias: str, cls: type) -> str:
    """The listed columns of `cls` under their field names (`e.event_date AS date`), for the list views."""
    return ", ".join(
        f"{alias}.{f.column}" + (f" AS {f.name}" if f.column != f.name else "")
        for f in stored_fields(cls) if f.listed
    )


def decode_listed(cls: type, row: dict[str, Any]) -> dict[str, Any]:
    """A list view's row with the record's JSON lists and flags as values (in place; returned)."""
    for f in stored_fields(cls):
        if f.listed and f.name in row and f.kind in (list, bool):
            row[f.name] = from_sql(f, row[f.name])
    return row


# -- the list views of places and articles ------------------------------------------------

@dataclass
class ArticleRef:
    """An article a place is named in (a place row's `articles`)."""

    id: int
    title: str | None = None
    source: str | None = None


@dataclass
class SourceRef:
    """One source an article was seen at (a row of article_sources)."""

    source: str | None = None
    url: str | None = None
    publisher: str | None = None
    similarity: float | None = None
    added_at: str | None = None


# A view's own columns as (type, default), the form pydantic.create_model takes; export.py turns
# the types into Arrow's.
ViewColumns = dict[str, tuple[Any, Any]]

ARTICLE_ID: ViewColumns = {"id": (int, ...)}
ARTICLE_INGESTED: ViewColumns = {"ingested_at": (Optional[str], None)}
ARTICLE_COUNTS: ViewColumns = {name: (int, 0) for name in ("n_quotes", "n_places", "n_events")}
ARTICLE_SOURCES: ViewColumns = {"source": (Optional[str], None), "sources": (list[SourceRef], [])}
# A place across articles: its names there, how often and where it is named, whether only as a stand-in.
PLACE_TOTALS: ViewColumns = {
    "names": (list[str], []), "n_articles": (int, 0), "n_mentions": (int, 0), "n_events": (int, 0),
    "metonymy_only": (bool, False), "articles": (list[ArticleRef], []),
}


def listed_names(cls: type) -> tuple[str, ...]:
    """The names of the stored fields of `cls` that list views show, in the definition's order."""
    return tuple(f.name for f in stored_fields(cls) if f.listed)


# The columns of the views, in their order (the + snippet of a full-text search apart).
ARTICLE_VIEW = (*ARTICLE_ID, *listed_names(Article), *ARTICLE_INGESTED, *ARTICLE_COUNTS, *ARTICLE_SOURCES)
PLACE_VIEW = (*listed_names(Place), *PLACE_TOTALS)
