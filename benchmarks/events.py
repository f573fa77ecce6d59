"""Event extraction on real third-party news, with a reference run beside ours.

    python benchmarks/events.py [--out FIGS.json] [--against OLD.json] [--only plover,ipe,case,corpus,seed]
                                [--limit N] [--keep PRED_ROOT]

Folders (read ../shared/corpus/README-events.md and README-quotes-events.md):
- plover-gsr-dev: PLOVER gold records; event P/R/F1 (score.py) and F1 per PLOVER type (the same
  matching: right type, evidence overlapping the gold sentence >= 0.6).
- ipe-dev: IndiaPoliceEvents sentences; ASSAULT and COERCE P/R/F1 (score_ipe.py SUMMARY, scope "any").
- case21-dev: CASE 2021 snippets; recall per mapped type and disaster snippets given an ASSAULT.
- tests/corpus and the seed article (../shared/corpus/dev): event F1 and argument accuracy.
The peer column is a run saved earlier with --out, given with --against; by default the e333651
baseline (benchmarks/events_e333651.json, the code before the lexicon). Figures per docs_per_s are
rates on a shared machine, not a throughput benchmark (see benchmarks/throughput.py).
Extraction runs in this process (model loaded once); the scorers are the shared ones.
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import importlib.util
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
TOOLS = SHARED / "tools"

from frontwire.errors import BadDocument  # noqa: E402
from frontwire.pipeline import Pipeline  # noqa: E402
from frontwire.run import extract_paths  # noqa: E402

FOLDERS = {"plover": CORPUS / "plover-gsr-dev", "ipe": CORPUS / "ipe-dev", "case": CORPUS / "case21-dev",
           "corpus": ROOT / "tests" / "corpus", "seed": CORPUS / "dev"}


def predict(pipeline: Pipeline, gold_dir: Path, pred_dir: Path, limit: int | None) -> float:
    """Writes NAME.json per document as predict.py does; returns documents per second."""
    pred_dir.mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in gold_dir.iterdir() if p.suffix in (".txt", ".html"))[:limit]
    start = time.perf_counter()
    for path in files:
        name = path.name[: -len(path.suffix)]
        gold = gold_dir / f"{name}.gold.json"
        value = json.loads(gold.read_text()).get("published") if gold.exists() else None
        published = dt.date.fromisoformat(value) if value else None
        records = [r.to_dict() for r in extract_paths([str(path)], published=published, pipeline=pipeline)
                   if not isinstance(r, BadDocument)]
        text = "" if not records else json.dumps(records[0] if len(records) == 1 else records, ensure_ascii=False)
        (pred_dir / f"{name}.json").write_text(text)
    return len(files) / max(time.perf_counter() - start, 1e-9)


def _run(*args: str) -> str:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, check=False).stdout


def _score_module():
    spec = importlib.util.spec_from_file_location("fw_shared_score", TOOLS / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_gold_folder(gold_dir: Path, pred_dir: Path) -> dict:
    """score.py's event figures plus F1 per type, matched as score.py matches."""
    out = _run(str(TOOLS / "score.py"), str(gold_dir), str(pred_dir))
    figures: dict = {}
    for key in ("event_det", "event_place", "event_killed", "event_wounded", "event_date"):
        found = re.search(rf"^{key}\s+(\{{.*\}})", out, re.M)
        if found:
            figures[key] = json.loads(found.group(1).replace("'", '"'))
    score = _score_module()
    counts = collections.defaultdict(lambda: [0, 0, 0])  # tp, pred, gold
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text())
        pred_path = pred_dir / (gold_path.name[: -len(".gold.json")] + ".json")
        raw = pred_path.read_text().strip() if pred_path.exists() else ""
        pred = json.loads(raw) if raw else {}
        events = pred.get("events", []) if isinstance(pred, dict) else [e for r in pred for e in r.get("events", [])]
        golds = gold.get("events", [])
        for g in golds:
            counts[g["type"]][2] += 1
        found = [False] * len(golds)
        for e in events:
            kind, evidence = (e.get("type") or "").upper(), e.get("evidence") or ""
            hit = [i for i, g in enumerate(golds) if g["type"] == kind
                   and any(score.overlap(x, evidence)[0] >= 0.6 for x in g["evidence"])]
            optional = gold.get("events_optional_evidence", [])
            if (hit and found[hit[0]]) or (not hit and any(score.overlap(x, evidence)[0] >= 0.6 for x in optional)):
                continue
            counts[kind][1] += 1
            if hit:
                found[hit[0]] = True
                counts[kind][0] += 1
    figures["per_type_f1"] = {t: round(2 * tp / (p + g), 3) if p + g else 0.0 for t, (tp, p, g) in sorted(counts.items())}
    figures["per_type_gold"] = {t: g for t, (_, _, g) in sorted(counts.items())}
    return figures


def score_ipe(gold_dir: Path, pred_dir: Path) -> dict:
    out = _run(str(TOOLS / "score_ipe.py"), str(gold_dir), str(pred_dir), "--summary")
    line = next((l for l in out.splitlines() if l.startswith("SUMMARY")), "")
    return {k: (float(v) if "." in v else int(v)) for k, v in re.findall(r"(\w+)=([\d.]+)", line)}


def score_case(gold_dir: Path, pred_dir: Path) -> dict:
    result = json.loads(_run(str(TOOLS / "score_case.py"), str(gold_dir), str(pred_dir)))
    recall = {t: v["recall"] for t, v in result["per_type"].items() if v.get("gold")}
    alarm = result["false_alarm_on_disaster_snippets"]
    return {"recall": recall, "disaster_any": alarm["any_event"], "disaster_n": alarm["n"],
            "disaster_assault": alarm["by_type"].get("ASSAULT", 0)}


def flatten(figures: dict, prefix: str = "") -> dict:
    flat = {}
    for key, value in figures.items():
        if isinstance(value, dict):
            flat.update(flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, help="save the figures as JSON")
    parser.add_argument("--against", type=Path, default=Path(__file__).with_name("events_e333651.json"),
                        help="figures saved earlier, printed beside ours (default: the e333651 baseline)")
    parser.add_argument("--only", default=",".join(FOLDERS))
    parser.add_argument("--limit", type=int)
    parser.add_argument("--keep", type=Path, help="write predictions under this folder (default: a temporary one)")
    args = parser.parse_args()
    pipeline = Pipeline()
    root = args.keep or Path(tempfile.mkdtemp(prefix="fw-events-bench-"))
    figures: dict = {}
    for name in args.only.split(","):
        gold_dir, pred_dir = FOLDERS[name], root / name
        rate = predict(pipeline, gold_dir, pred_dir, args.limit)
        if name == "ipe":
            figures[name] = score_ipe(gold_dir, pred_dir)
        elif name == "case":
            figures[name] = score_case(gold_dir, pred_dir)
        else:
            figures[name] = score_gold_folder(gold_dir, pred_dir)
        figures[name]["docs_per_s"] = round(rate, 1)
    if args.out:
        args.out.write_text(json.dumps(figures, indent=1))
    peer = flatten(json.loads(args.against.read_text())) if args.against and args.against.exists() else {}
    print(f"{'figure':<44}{'peer':>10}{'ours':>10}")
    for key, value in flatten(figures).items():
        before = peer.get(key, "")
        print(f"{key:<44}{before!s:>10}{value!s:>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
