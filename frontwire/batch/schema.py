"""The Parquet row: one flat row per input document, the same for both engines.

Nested parts (entities, quotes, places, events, warnings) are JSON strings rather than
structs: the model dataclasses are still changing, and a JSON column survives a new field
without a schema migration of every backfill already written.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import Any

from frontwire.models import ArticleRecord

Row = dict[str, Any]

# (name, type) in column order; "date" is a calendar day, everything else a UTF-8 string.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("source", "string"),
    ("url", "string"),
    ("title", "string"),
    ("published", "date"),
    ("publisher", "string"),
    ("language", "string"),
    ("text", "string"),
    ("entities", "string"),
    ("quotes", "string"),
    ("places", "string"),
    ("events", "string"),
    ("warnings", "string"),
    ("error", "string"),  # null for extracted articles; the problem for a bad document
)
NAMES = tuple(name for name, _ in COLUMNS)
JSON_COLUMNS = ("entities", "quotes", "places", "events", "warnings")


def arrow_schema():
    import pyarrow as pa

    types = {"string": pa.string(), "date": pa.date32()}
    return pa.schema([pa.field(name, types[kind]) for name, kind in COLUMNS])


def spark_schema():
    from pyspark.sql.types import DateType, StringType, StructField, StructType

    types = {"string": StringType(), "date": DateType()}
    return StructType([StructField(name, types[kind], True) for name, kind in COLUMNS])


def _json(value: Any) -> str:
    # sort_keys: byte-identical output whichever process or engine wrote the row.
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def record_row(record: ArticleRecord) -> Row:
    data = record.to_dict()
    row: Row = {name: None for name in NAMES}
    for name in ("source", "url", "title", "publisher", "language", "text"):
        row[name] = data.get(name)
    published = record.article.published
    if isinstance(published, dt.datetime):
        published = published.date()  # Spark's DateType refuses a datetime
    row["published"] = published if isinstance(published, dt.date) else None
    for name in JSON_COLUMNS:
        row[name] = _json(data.get(name) or [])
    return row


def error_row(source: str, problem: str) -> Row:
    row: Row = {name: None for name in NAMES}
    row["source"] = source
    row["error"] = problem
    return row


def as_tuple(row: Row) -> tuple:
    return tuple(row[name] for name in NAMES)
