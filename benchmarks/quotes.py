"""Quote attribution and span P/R/F1 (score.py) on PolNeAR dev, tests/corpus and the seed, in one run.

    python benchmarks/quotes.py [--peer] [--limit N] [--out /tmp/quotes-bench]

Ours is the packaged attribution model (or FRONTWIRE_QUOTE_MODEL); `--peer` adds the same
figures for the hand-written rules alone (FRONTWIRE_QUOTE_MODEL=rules), which is what
frontwire shipped before the model. The gold folders are score.py gold folders; the scorer is
../shared/tools/score.py, run as a separate process so that its figures are exactly the ones
the evaluation reports.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

# The checkout this script sits in, not whichever frontwire the venv installed: a worktree's
# benchmark must measure the worktree's code.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from frontwire.errors import BadDocument
from frontwire.pipeline import Pipeline
from frontwire.run import extract_paths

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FOLDERS = {
    "polnear-dev": SHARED / "corpus" / "polnear-dev",
    "tests/corpus": ROOT / "tests" / "corpus",
    "seed": SHARED / "corpus" / "dev",
}
SCORER = SHARED / "tools" / "score.py"


def predict(pipeline: Pipeline, gold_dir: Path, pred_dir: Path, limit: int | None) -> float:
    """Write NAME.json for each NAME.txt; returns documents per second."""
    pred_dir.mkdir(parents=True, exist_ok=True)
    texts = sorted(gold_dir.glob("*.txt"))[:limit]
    started = time.perf_counter()
    for path in texts:
        gold = path.with_name(path.stem + ".gold.json")
        value = json.loads(gold.read_text()).get("published") if gold.exists() else None
        published = dt.date.fromisoformat(value) if value else None
        records = [r.to_dict() for r in extract_paths([str(path)], published=published, pipeline=pipeline)
                   if not isinstance(r, BadDocument)]
        (pred_dir / f"{path.stem}.json").write_text(json.dumps(records[0]) if records else "", encoding="utf-8")
    return len(texts) / max(time.perf_counter() - started, 1e-9)


def score(gold_dir: Path, pred_dir: Path) -> dict:
    done = subprocess.run([sys.executable, str(SCORER), str(gold_dir), str(pred_dir), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--peer", action="store_true", help="also score the rules alone")
    parser.add_argument("--limit", type=int, default=None, help="first N documents of each folder")
    parser.add_argument("--out", type=Path, default=Path("/tmp/frontwire-quotes-bench"))
    args = parser.parse_args(argv)
    if not SCORER.is_file():
        print(f"benchmarks/quotes.py: the scorer {SCORER} is missing", file=sys.stderr)
        return 2
    systems = {"model": os.environ.get("FRONTWIRE_QUOTE_MODEL", "")}
    if args.peer:
        systems["rules"] = "rules"
    pipeline = Pipeline()
    print(f"{'folder':14} {'system':6} {'attr P':>7} {'attr R':>7} {'attr F1':>7} {'span P':>7} {'span R':>7} "
          f"{'span F1':>7} {'gold':>5} {'docs/s':>6}")
    for folder, gold_dir in FOLDERS.items():
        if not gold_dir.is_dir():
            print(f"{folder:14} missing: {gold_dir}")
            continue
        for system, setting in systems.items():
            os.environ["FRONTWIRE_QUOTE_MODEL"] = setting
            pred_dir = args.out / system / folder.replace("/", "-")
            rate = predict(pipeline, gold_dir, pred_dir, args.limit)
            totals = score(gold_dir, pred_dir)
            attr, span = totals["quote_attr"], totals["quote_span"]
            print(f"{folder:14} {system:6} {attr['p']:7.3f} {attr['r']:7.3f} {attr['f1']:7.3f} {span['p']:7.3f} "
                  f"{span['r']:7.3f} {span['f1']:7.3f} {attr['gold']:5d} {rate:6.1f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
