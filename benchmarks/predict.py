"""Write frontwire's extraction for every NAME.txt of a gold folder to PRED_DIR/NAME.json.

    python benchmarks/predict.py GOLD_DIR PRED_DIR
    python ../shared/tools/score.py GOLD_DIR PRED_DIR -v

Each document gets the `published` date of its gold file, as the evaluation does.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

# The checkout this script sits in, not whichever frontwire the venv installed: a worktree's
# benchmark must measure the worktree's code.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from frontwire.errors import BadDocument
from frontwire.run import extract_paths
from frontwire.pipeline import Pipeline


def main(gold_dir: Path, pred_dir: Path) -> int:
    pred_dir.mkdir(parents=True, exist_ok=True)
    pipeline = Pipeline()
    for text_path in sorted(gold_dir.glob("*.txt")):
        gold_path = text_path.with_suffix(".gold.json")
        published = None
        if gold_path.exists():
            value = json.loads(gold_path.read_text()).get("published")
            published = dt.date.fromisoformat(value) if value else None
        for result in extract_paths([str(text_path)], published=published, pipeline=pipeline):
            if isinstance(result, BadDocument):
                print(f"frontwire: {result}", file=sys.stderr)
                continue
            (pred_dir / f"{text_path.stem}.json").write_text(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
