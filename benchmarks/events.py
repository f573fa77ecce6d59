"""Event extraction on real third-party news, with a reference run beside ours.

    python benchmarks/events.py [--out FIGS.json] [--against OLD.json] [--only plover,ipe,case,corpus,seed]
                                [--limit N] [--keep PRED_ROOT]

Folders (read ../shared/corpus/README-events.md and README-quotes-events.md):
- plover-gsr-dev: PLOVER gold records; event P/R/F1 (score.py) and F1 per PLOVER type (the same
  matching: right type, evidence overlapping the gold sentence >= 0.6).
- ipe-dev: IndiaPoliceEvents sentences; ASSAULT and COERCE P/R/F1 (score_ipe.py SUMMARY, scope "any").
- case21-dev: CASE 2021 snippets; recall per mapped type and disaster snippets given an ASSAULT.
- ipe-dev, scope police (events with a police source actor): ASSAULT and COERCE P/R, what an
  analyst who asks "what did the police do" gets (score_ipe.py's police scope).
- tests/corpus and the seed article (../shared/corpus/dev): event F1 and argument accuracy; on
  tests/corpus also actors: of the gold events matched, the share whose gold actors (ISO codes,
  EUR/UNO/... for organisations) are all among the predicted event's actor countries and
  organisations (actors.all_found), the share of gold codes found (actors.codes_r) and of the
  predicted codes that the gold names (actors.codes_p).
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
    counts = collections.defaultdict(lambda: [0, 0, 0])  # tp, pred, gold
    for golds, pairs in _matched_folder(gold_dir, pred_dir):
        for g in golds:
            counts[g["type"]][2] += 1
        for kind, hit in pairs:
            counts[kind][1] += 1
            counts[kind][0] += hit is not None
    figures["per_type_f1"] = {t: round(2 * tp / (p + g), 3) if p + g else 0.0 for t, (tp, p, g) in sorted(counts.items())}
    figures["per_type_gold"] = {t: g for t, (_, _, g) in sorted(counts.items())}
    return figures


def _matched_folder(gold_dir: Path, pred_dir: Path):
    """Per document: its gold events, and (type, matched gold event or None) per predicted event
    that counts, as score.py matches (right type, evidence overlapping a gold sentence >= 0.6; a
    second match of one gold event and a match of optional evidence do not count)."""
    score = _score_module()
    for gold_path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text())
        pred_path = pred_dir / (gold_path.name[: -len(".gold.json")] + ".json")
        raw = pred_path.read_text().strip() if pred_path.exists() else ""
        pred = json.loads(raw) if raw else {}
        events = pred.get("events", []) if isinstance(pred, dict) else [e for r in pred for e in r.get("events", [])]
        golds = gold.get("events", [])
        optional = gold.get("events_optional_evidence", [])
        found = [False] * len(golds)
        pairs = []
        for e in events:
            kind, evidence = (e.get("type") or "").upper(), e.get("evidence") or ""
            hit = [i for i, g in enumerate(golds) if g["type"] == kind
                   and any(score.overlap(x, evidence)[0] >= 0.6 for x in g["evidence"])]
            if (hit and found[hit[0]]) or (not hit and any(score.overlap(x, evidence)[0] >= 0.6 for x in optional)):
                continue
            if hit:
                found[hit[0]] = True
            pairs.append((kind, (golds[hit[0]], e) if hit else None))
        yield golds, pairs


# The gold's codes for organisations (tests/corpus/README.md) and the names frontwire gives them
# (the actor's sector, lexicon/actors.yaml's organisations). The gold's UNO stands for the UN's
# bodies, "including the IAEA, UNMISS, WFP and Unicef", which frontwire names apart where it can.
GOLD_ORGANISATIONS = {"United Nations": "UNO", "European Union": "EUR", "ECOWAS": "ECW", "ASEAN": "ASN",
                      "IGAD": "IGD", "IAEA": "UNO", "UNICEF": "UNO", "UNHCR": "UNO"}


def _actor_codes(event: dict) -> set[str]:
    codes = set()
    for actor in event.get("actors") or []:
        if actor.get("country"):
            codes.add(actor["country"])
        elif actor.get("sector") in GOLD_ORGANISATIONS:
            codes.add(GOLD_ORGANISATIONS[actor["sector"]])
    return codes


def score_actors(gold_dir: Path, pred_dir: Path) -> dict:
    """Actors of the matched gold events that name any: all found, codes recall and precision."""
    events = all_found = gold_codes = found_codes = predicted_codes = 0
    for _, pairs in _matched_folder(gold_dir, pred_dir):
        for _, match in pairs:
            if match is None or not match[0].get("actors"):
                continue
            wanted, got = set(match[0]["actors"]), _actor_codes(match[1])
            events += 1
            all_found += wanted <= got
            gold_codes += len(wanted)
            found_codes += len(wanted & got)
            predicted_codes += len(got)
    return {"all_found": round(all_found / max(events, 1), 3), "codes_r": round(found_codes / max(gold_codes, 1), 3),
            "codes_p": round(found_codes / max(predicted_codes, 1), 3), "events": events}


def score_ipe(gold_dir: Path, pred_dir: Path) -> dict:
    out = _run(str(TOOLS / "score_ipe.py"), str(gold_dir), str(pred_dir), "--summary")
    line = next((l for l in out.splitlines() if l.startswith("SUMMARY")), "")
    figures = {k: (float(v) if "." in v else int(v)) for k, v in re.findall(r"(\w+)=([\d.]+)", line)}
    # The JSON before the SUMMARY line: the police scope, events with a police source actor.
    sentence_level = json.loads(out[: out.index("SUMMARY")])["sentence_level"] if line else {}
    for kind in ("ASSAULT", "COERCE"):
        scope = sentence_level.get(f"police/{kind}", {})
        figures[f"police_{kind}_p"], figures[f"police_{kind}_r"] = scope.get("p"), scope.get("r")
    return figures


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
        if name == "corpus":
            figures[name]["actors"] = score_actors(gold_dir, pred_dir)
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
