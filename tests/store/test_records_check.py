"""The store of samples/ and tests/corpus/ an analyst would sum: the printed check of frontwire.store.check holds."""
from __future__ import annotations

from pathlib import Path

import pytest

from frontwire.store import open_store
from frontwire.store.check import Check, run
from frontwire.store.ingest import ingest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"


@pytest.fixture(scope="module")
def check(pipeline, tmp_path_factory: pytest.TempPathFactory) -> Check:
    db = str(tmp_path_factory.mktemp("check") / "corpus.db")
    inputs = [str(ROOT / "samples"), *map(str, sorted(CORPUS.glob("*.txt")))]
    with open_store(db) as store:
        summary = ingest(store, inputs, pipeline=pipeline)
        assert summary.stored >= 34 and not summary.failed, summary.line()
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


def test_fatalities_are_no_longer_dominated_by_background_tolls(check: Check) -> None:
    # Past wars and running totals (4,000 in the Israel-Hezbollah war, 3,000 in Goma's fall six
    # weeks before the story) are background: what is left is within twice the gold.
    assert check.gold_ratio is not None and check.gold_ratio <= 2.0
