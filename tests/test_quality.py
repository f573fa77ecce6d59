"""Quality floors on gold articles, scored with the evaluation's own scorer.

The dev seed (shared/corpus/dev) and the project's blind set (tests/corpus, written without
looking at the implementation) are extracted as `frontwire extract --published DATE` would,
and must stay above the floors below; a regression in any stage shows up here.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import os
from pathlib import Path

import pytest

from frontwire.errors import BadDocument
from frontwire.run import extract_paths

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
DEV = ROOT.parent / "shared" / "corpus" / "dev"
BLIND = ROOT / "tests" / "corpus"


def load_scorer():
    if not SCORER.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{SCORER} is missing: CI runs with shared/ beside the project")
        pytest.skip("the evaluation scorer (../shared/tools/score.py) is not beside this checkout")
    spec = importlib.util.spec_from_file_location("frontwire_eval_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(gold_dir: Path, pipeline, tmp_path: Path) -> dict:
    for text_path in sorted(gold_dir.glob("*.txt")):
        gold = json.loads(text_path.with_suffix(".gold.json").read_text())
        published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
        (result,) = extract_paths([str(text_path)], published=published, pipeline=pipeline)
        assert not isinstance(result, BadDocument), str(result)
        (tmp_path / f"{text_path.stem}.json").write_text(json.dumps(result.to_dict()))
    out = tmp_path / "totals.json"
    scorer = load_scorer()
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        scorer.main([str(gold_dir), str(tmp_path), "--json"])
    out.write_text(buffer.getvalue())
    return json.loads(buffer.getvalue())


def test_seed_article_meets_every_issue_floor(pipeline, tmp_path):
    if not DEV.exists():
        load_scorer()
    totals = score(DEV, pipeline, tmp_path)
    assert totals["body_in"]["acc"] == 1.0 and totals["body_out"]["acc"] == 1.0
    assert totals["quote_attr"]["f1"] >= 0.85
    assert totals["place_det"]["f1"] >= 0.90 and totals["place_res"]["acc"] >= 0.90
    assert totals["event_det"]["f1"] >= 0.75
    for argument in ("event_place", "event_date", "event_killed", "event_wounded"):
        assert totals[argument]["acc"] == 1.0, argument


def test_blind_articles_stay_above_floors(pipeline, tmp_path):
    totals = score(BLIND, pipeline, tmp_path)
    assert totals["documents"] >= 30
    assert totals["body_in"]["acc"] >= 0.97 and totals["body_out"]["acc"] >= 0.97
    # Floors a little under what the thirty articles score (2026-11-29, after round 5: quote
    # 0.941, place 0.952/0.985, event 0.879, date 0.888, event place 0.752); they catch
    # regressions, not noise.
    # Quotes 0.90 since the attribution tagger (issue 16): a quote interrupted by its cue is one
    # quote there, as in PolNeAR, where these golds give its halves as two.
    assert totals["quote_attr"]["f1"] >= 0.90
    assert totals["place_det"]["f1"] >= 0.94 and totals["place_res"]["acc"] >= 0.97
    assert totals["event_det"]["f1"] >= 0.86
    assert totals["event_date"]["acc"] >= 0.87
    assert totals["event_place"]["acc"] >= 0.73
