"""The Parquet row: one flat row per input document, the same for both engines.

Nested parts (entities, quotes, places, events, warnings) are JSON strings rather than
structs: the model dataclasses are still changing, and a JSON column survives a new field
without a schema migration of every backfill already written.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import fields, is_dataclass
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
# The record's contract keys (ArticleRecord.contract_values) that are not columns. The Parquet
# schema was written before records had secondary_events (background and conditional events); a
# new column changes the schema of every backfill already written, so it waits for a decision.
NOT_COLUMNS = frozenset({"secondary_events"})
JSON_COLUMNS = ("entities", "quotes", "places", "events", "warnings")


def arrow_schema():
    import pyarrow as pa

    types = {"string": pa.string(), "date": pa.date32()}
    return pa.schema([pa.field(name, types[kind]) for name, kind in COLUMNS])


def spark_schema():
    from pyspark.sql.types import DateType, StringType, StructField, StructType

    types = {"string": StringType(), "date": DateType()}
    return StructType([StructField(name, types[kind], True) for name, kind in COLUMNS])


# The field names of each record dataclass, by class: `dataclasses.fields` is slow enough to
# matter when called for every nested object of every record.
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _fields_of(value: Any) -> dict[str, Any]:
    """`json.dumps`'s fallback for a record dataclass: its fields, shallow. The encoder walks the
    nested values itself, so no `dataclasses.asdict` deep copy is built (the same JSON)."""
    kind = type(value)
    names = _FIELD_NAMES.get(kind)
    if names is None:
        if not is_dataclass(kind):
            raise TypeError(f"Object of type {kind.__name__} is not JSON serializable")
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(kind))
    return {name: getattr(value, name) for name in names}


def _json(value: Any) -> str:
    # sort_keys: byte-identical output whichever process or engine wrote the row.
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=_fields_of)


def record_row(record: ArticleRecord) -> Row:
    # Encodes the record's own values (`contract_values`) rather than `record.to_dict()`, whose
    # deep copies of every nested dataclass were most of the row's cost; the JSON is the same.
    values = record.contract_values()
    row: Row = {name: values.get(name) for name in NAMES}
    published = row["published"]
    if isinstance(published, dt.datetime):
        published = published.date()  # Spark's DateType refuses a datetime
    row["published"] = published if isinstance(published, dt.date) else None
    for name in JSON_COLUMNS:
        row[name] = _json(row[name])
    return row


def error_row(source: str, problem: str) -> Row:
    row: Row = {name: None for name in NAMES}
    row["source"] = source
    row["error"] = problem
    return row


def as_tuple(row: Row) -> tuple:
    return tuple(row[name] for name in NAMES)
