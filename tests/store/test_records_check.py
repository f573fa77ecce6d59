"""The store of samples/ and tests/corpus/ an analyst would sum: the printed check of frontwire.store.check holds."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pandas
import pytest
from typer.testing import CliRunner

from frontwire.cli import app
from frontwire.store import export
from frontwire.store.acled import ACLED_COLUMNS, ACLED_DTYPES

from frontwire.store import open_store
from frontwire.store.check import Check, run
from frontwire.store.ingest import ingest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"


@pytest.fixture(scope="module")
def db(pipeline, tmp_path_factory: pytest.TempPathFactory) -> str:
    url = str(tmp_path_factory.mktemp("check") / "corpus.db")
    inputs = [str(ROOT / "samples"), *map(str, sorted(CORPUS.glob("*.txt")))]
    with open_store(url) as store:
        summary = ingest(store, inputs, pipeline=pipeline)
        assert summary.stored >= 34 and not summary.failed, summary.line()
    return url


@pytest.fixture(scope="module")
def check(db: str) -> Check:
    with open_store(db, create=False) as store:
        result = run(store, CORPUS)
    print("\n".join(result.lines()))
    return result


def test_one_incident_one_row(check: Check) -> None:
    assert check.rows > 100 and check.duplicate_rows == 0


def test_no_background_in_default_exports(check: Check) -> None:
    assert check.background_rows == 0


def test_every_row_is_typed_and_every_gap_explained(check: Check) -> None:
    assert check.unexplained == 0 and check.bad_types == []


def test_statements_are_apart(check: Check) -> None:
    assert check.statements > 0


def test_fatalities_sum_to_the_gold_within_ten_percent(check: Check) -> None:
    assert check.gold_ratio is not None and 0.9 <= check.gold_ratio <= 1.1
    assert not check.failed and check.lines()[-1].endswith("within 10%")


def test_the_printed_check_fails_on_fatalities_off_the_gold() -> None:
    off = Check(rows=10, fatalities=150, fatalities_gold_articles=150, gold_killed=100)
    assert off.fatalities_off_gold and off.failed and off.lines()[-1].endswith("(150%): more than 10% off")
    assert not Check(rows=10, fatalities_gold_articles=95, gold_killed=100).failed
    assert not Check(rows=10, fatalities=150).failed  # no gold to compare with


def test_fatalities_are_no_longer_dominated_by_background_tolls(check: Check) -> None:
    # Past wars and running totals (4,000 in the Israel-Hezbollah war, 3,000 in Goma's fall six
    # weeks before the story) are background: what is left is within twice the gold.
    assert check.gold_ratio is not None and check.gold_ratio <= 2.0


# ACLED's types as pandas reads them: whole numbers may be missing (no date, no country), so nullable.
PANDAS_DTYPES = {"str": "string", "int": "Int64", "float": "Float64"}


def test_the_acled_file_loads_with_pandas_in_acleds_types(db: str, check: Check) -> None:
    text = io.StringIO()
    with open_store(db, create=False) as store:
        export.acled_csv(store, text)
    frame = pandas.read_csv(io.StringIO(text.getvalue()), keep_default_na=False, na_values=[""],
                            dtype={c: PANDAS_DTYPES[ACLED_DTYPES[c]] for c in ACLED_COLUMNS})
    assert list(frame.columns) == list(ACLED_COLUMNS) and len(frame.columns) == 31
    assert len(frame) == check.rows
    assert frame["fatalities"].notna().all() and (frame["fatalities"] >= 0).all()
    dated = frame["event_date"].dropna()
    assert (pandas.to_datetime(dated, format="%Y-%m-%d").dt.year == frame.loc[dated.index, "year"]).all()
    assert frame["latitude"].dropna().between(-90, 90).all() and frame["longitude"].dropna().between(-180, 180).all()


def _table(width: int, *args: str) -> str:
    result = CliRunner().invoke(app, list(args), env={"COLUMNS": str(width), "FRONTWIRE_DB": None})
    assert result.exit_code == 0, result.output
    return result.stdout


def test_event_and_quote_tables_keep_date_type_place_and_speaker_at_80_columns(db: str) -> None:
    events = json.loads(_table(80, "query", "events", "--db", db, "--limit", "500", "-f", "json"))
    text = _table(80, "query", "events", "--db", db, "--limit", "500")
    assert max(map(len, text.splitlines())) <= 80
    for header in ("date", "type", "place", "killed"):
        assert header in text.splitlines()[2]
    # every row's day and type whole on one line, never squeezed to nothing
    for key in ("date", "type"):
        for value in {e[key] for e in events if e[key]}:
            assert text.count(value) >= sum(e[key] == value for e in events), value
    for place in {e["place"] for e in events if e["place"] and len(e["place"]) <= 12}:
        assert place in text
    quotes = json.loads(_table(80, "query", "quotes", "--db", db, "--limit", "500", "-f", "json"))
    text = _table(80, "query", "quotes", "--db", db, "--limit", "500")
    assert max(map(len, text.splitlines())) <= 80 and "speaker" in text.splitlines()[2]
    for speaker in {q["speaker_name"] or q["speaker"] for q in quotes if q["speaker"]}:  # the name, not the description
        assert speaker.split()[0] in text, speaker
