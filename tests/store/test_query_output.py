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


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = str(tmp_path / "q.db")
    with open_store(url) as store:
        store.add(war_record())
    return url


def at_width(width: int, *args: str) -> str:
    """A query's table as a terminal `width` columns wide shows it (piped output follows $COLUMNS)."""
    from typer.testing import CliRunner

    from frontwire.cli import app

    result = CliRunner().invoke(app, list(args), env={"COLUMNS": str(width), "FRONTWIRE_DB": None})
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("width", [80, 100, 140])
def test_event_table_keeps_date_type_place_and_toll_readable(db: str, width: int) -> None:
    text = at_width(width, "query", "events", "--db", db)
    assert max(len(line) for line in text.splitlines()) <= width
    for whole in ("2025-08-11", "ASSAULT", "Dobropillia", "Kostiantynivka", "killed", "PROTEST"):
        assert whole in text  # never squeezed to zero width or broken across lines


def test_long_text_is_cut_in_tables_and_whole_in_json(db: str) -> None:
    row = {"evidence": "Russian drones struck Dobropillia overnight. " * 10, "date": "2025-08-11"}
    console = Console(width=80, record=True, file=io.StringIO())
    console.print(table([row], [Column("date", "date", 10), Column("evidence", "evidence", 20, long=True, cut=160)], "events", 80))
    assert "…" in console.export_text()


def test_quote_table_shows_the_speaker_at_80_columns(db: str) -> None:
    text = at_width(80, "query", "quotes", "--db", db)
    assert max(len(line) for line in text.splitlines()) <= 80
    assert "Volodymyr Zelensky" in text and "Karoline Leavitt" in text and "direct" in text and "2025-08-12" in text
    assert "press secretary" not in text  # the description is in CSV and JSON, not in the narrow column


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


@pytest.mark.parametrize("verb", [("query", "events"), ("claims",)])
@pytest.mark.parametrize("args, expected", [
    (("--type", "ATTACK"), "--type: unknown value 'ATTACK'; valid: AGREE, CONSULT"),
    (("--from", "2025-09-01", "--to", "2025-08-01"), "--from 2025-09-01 is after --to 2025-08-01"),
    (("--from", "2025-02-30"), "--from: '2025-02-30' is not a date in YYYY-MM-DD form"),
    (("--format", "xml"), "xml"),
])
def test_unknown_filter_values_are_one_line_errors(db: str, verb: tuple[str, ...], args: tuple[str, ...], expected: str) -> None:
    result = cli(*verb, "--db", db, *args)
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
