"""`frontwire query` as an analyst reads it: tables at 80 columns, CSV/JSON Lines, errors that list the valid values."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from rich.console import Console
from store_helpers import cli, record, war_record

from frontwire.cliutils import Column, table
from frontwire.store import open_store

EVENT_COLUMNS = [Column("date", "date", 10), Column("type", "type", 9), Column("place", "place", 12),
                 Column("killed", "killed", 6), Column("evidence", "evidence", 20, long=True, cut=160),
                 Column("actors_text", "actors", 16, long=True, optional=True),
                 Column("article_title", "article", 16, long=True, optional=True)]


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = str(tmp_path / "q.db")
    with open_store(url) as store:
        store.add(war_record())
    return url


def rendered(rows: list[dict], columns: list[Column], width: int) -> str:
    console = Console(width=width, record=True, file=io.StringIO())
    console.print(table(rows, columns, "events", width))
    return console.export_text()


@pytest.mark.parametrize("width", [80, 100, 140])
def test_event_table_keeps_date_type_place_and_toll_readable(width: int) -> None:
    row = {"date": "2025-08-11", "type": "ASSAULT", "place": "Kostiantynivka", "killed": 3,
           "evidence": "Russian drones struck Dobropillia overnight, killing three civilians, regional officials said. " * 3,
           "actors_text": "Russia (source), civilians (target)", "article_title": "Drones hit Dobropillia as Zelensky rejects land swap"}
    text = rendered([row], EVENT_COLUMNS, width)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= width
    for whole in ("2025-08-11", "ASSAULT", "Kostiantynivka", "killed", " 3 "):
        assert whole in text  # never squeezed to zero width or broken
    assert "…" in text  # the long evidence is cut, the JSON output has it whole


def test_quote_table_shows_the_speaker_at_80_columns(db: str) -> None:
    out = cli("query", "quotes", "--db", db, "--format", "table")  # the helper runs with COLUMNS=200
    assert "Volodymyr Zelensky" in out.stdout
    with open_store(db) as store:
        rows = store.quotes()
    columns = [Column("speaker", "speaker", 14), Column("kind", "kind", 8), Column("text", "quote", 20, long=True),
               Column("published", "published", 10, optional=True), Column("article_title", "article", 16, long=True, optional=True)]
    text = rendered(rows, columns, 80)
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "Zelensky" in text and "Karoline" in text and "direct" in text and "2025-08-12" in text


def test_every_query_speaks_csv_json_and_jsonl(db: str) -> None:
    for what in ("quotes", "events", "places", "articles", "failures"):
        as_json = json.loads(cli("query", what, "--db", db, "-f", "json").stdout)
        lines = [json.loads(line) for line in cli("query", what, "--db", db, "-f", "jsonl").stdout.splitlines()]
        assert lines == as_json
        rows = list(csv.DictReader(io.StringIO(cli("query", what, "--db", db, "-f", "csv").stdout)))
        assert len(rows) == len(as_json)
    quotes = list(csv.DictReader(io.StringIO(cli("query", "quotes", "--db", db, "-f", "csv").stdout)))
    assert {"speaker", "text", "kind", "article_title"} <= set(quotes[0])
    events = list(csv.DictReader(io.StringIO(cli("query", "events", "--db", db, "-f", "csv").stdout)))
    assert "Russia [RUS/source]" in events[0]["actors"]  # lists flattened, not Python reprs
    exported = list(csv.DictReader(io.StringIO(cli("export", "--format", "csv", "--table", "quotes", "--db", db).stdout)))
    assert [q["speaker"] for q in exported] == [q["speaker"] for q in quotes]


@pytest.mark.parametrize("args, expected", [
    (("--type", "ATTACK"), "--type: unknown value 'ATTACK'; valid: AGREE, CONSULT"),
    (("--from", "2025-09-01", "--to", "2025-08-01"), "--from 2025-09-01 is after --to 2025-08-01"),
    (("--format", "xml"), "xml"),
])
def test_unknown_filter_values_are_one_line_errors(db: str, args: tuple[str, ...], expected: str) -> None:
    result = cli("query", "events", "--db", db, *args)
    assert result.returncode == 2
    assert expected in result.stderr or expected in result.stdout
    if not args[0] == "--format":
        assert result.stderr.count("\n") == 1 and result.stdout == ""


def test_type_filter_takes_any_case(db: str) -> None:
    events = json.loads(cli("query", "events", "--type", "assault", "--db", db, "-f", "json").stdout)
    assert {e["type"] for e in events} == {"ASSAULT"} and len(events) == 2


def test_delete_removes_an_article_and_all_read_from_it(db: str, tmp_path: Path) -> None:
    with open_store(db) as store:
        second = store.add(record("Other", "Another text, about Kherson and its river crossings.", "other.txt"))
    assert second is not None
    missing = cli("delete", "999", "--db", db)
    assert missing.returncode == 1 and "deleted 0 articles" in missing.stderr
    done = cli("delete", str(second), "--db", db)
    assert done.returncode == 0 and "deleted 1 article" in done.stderr
    by_source = cli("delete", "--source", "war.txt", "--db", db)
    assert by_source.returncode == 0 and "deleted 1 article" in by_source.stderr
    with open_store(db) as store:
        stats = store.stats()
    assert stats["articles"] == stats["events"] == stats["quotes"] == stats["places"] == stats["article_sources"] == 0
    assert cli("delete", "--db", db).returncode == 2
