"""The Parquet row and the contract dict both carry every field of a record.

`ArticleRecord.contract_values` is the one list of a record's keys; these tests fail when a field
added to `Article` or `ArticleRecord` is left out of it (so out of `to_dict`), or when a key of it
is neither a Parquet column nor named in `NOT_COLUMNS`.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import fields, replace

import pytest

from frontwire.batch.schema import JSON_COLUMNS, NAMES, NOT_COLUMNS, record_row
from frontwire.models import Article, ArticleRecord

RECORD_FIELDS = {f.name for f in fields(Article)} | {f.name for f in fields(ArticleRecord)} - {"article"}


@pytest.fixture(scope="module")
def record(seed_record) -> ArticleRecord:
    """The seed article's record with every article field set (the test pipeline leaves the
    title, publisher, URL and warnings empty)."""
    article = replace(seed_record.article, source="moscowtimes-alaska-summit.txt", publisher="The Moscow Times",
                      title="Zelensky Says U.S. Summit Must Include Ukraine", warnings=["no byline"],
                      url="https://www.themoscowtimes.com/2025/08/12/zelensky-says-us-summit-a90183")
    return replace(seed_record, article=article)


def test_to_dict_carries_every_field_of_a_record(record: ArticleRecord) -> None:
    plain = record.to_dict()
    assert set(plain) == RECORD_FIELDS
    assert all(plain[name] for name in RECORD_FIELDS), [name for name in RECORD_FIELDS if not plain[name]]
    assert plain["published"] == "2025-08-12"
    assert any(e["background"] for e in plain["secondary_events"])
    assert ArticleRecord.from_dict(json.loads(json.dumps(plain))) == record


def test_row_has_a_column_for_every_field_but_those_named_left_out(record: ArticleRecord) -> None:
    assert set(NAMES) - {"error"} == RECORD_FIELDS - NOT_COLUMNS
    assert NOT_COLUMNS <= RECORD_FIELDS


def test_row_holds_the_values_to_dict_gives(record: ArticleRecord) -> None:
    row, plain = record_row(record), record.to_dict()
    assert row["published"] == dt.date(2025, 8, 12) and row["error"] is None
    for name in set(NAMES) - {"published", "error"}:
        value = json.loads(row[name]) if name in JSON_COLUMNS else row[name]
        assert value == plain[name], name
