"""Places on real news: detection and resolution per dev folder, per gold kind, within 161 km.

    python benchmarks/places.py [--pred ROOT] [--reuse] [--raw] [--limit N] [FOLDER ...]

FOLDER defaults to the three third-party dev folders (geo-gwn-dev, geo-trnews-dev, geo-lgl-dev)
under ../shared/corpus.  Predictions go to ROOT/FOLDER/NAME.json (default /tmp/places-bench), made
with the same one-process pipeline as ../shared/tools/predict.py; --reuse scores what is there.
Scoring is ../shared/tools/score.py's own (imported, not copied): place P/R/F1 and resolution
accuracy, then the resolution broken down by the gold place's kind, and "acc@161", the share of
matched places within 161 km of the gold point (the geoparsing literature's usual figure).
The peer beside ours is the Edinburgh Geoparser, as published for the whole GWN corpus
(Gritta et al. 2020); the dev halves hold half of each corpus.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

# The checkout this script sits in, not whichever frontwire the venv installed: a worktree's
# benchmark must measure the worktree's code.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
FOLDERS = ("geo-gwn-dev", "geo-trnews-dev", "geo-lgl-dev")
KINDS = ("city", "admin2", "admin1", "country", "region", "other")
# Published peer figures (whole corpus, not the dev half): place F1, resolution accuracy.
PEERS = {"geo-gwn-dev": ("Edinburgh Geoparser (whole GWN)", 0.789, 0.900)}


def load_scorer():
    spec = importlib.util.spec_from_file_location("fw_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predict(gold_dir: Path, pred_dir: Path, pipeline, limit: int | None, raw: bool = False) -> float:
    """Writes NAME.json for every NAME.txt; returns documents per second.  `raw` gives the pipeline
    the file's whole text, as an Article, without the ingest stage (boilerplate removal)."""
    from frontwire.errors import BadDocument
    from frontwire.models import Article
    from frontwire.run import extract_paths

    pred_dir.mkdir(parents=True, exist_ok=True)
    texts = sorted(gold_dir.glob("*.txt"))[:limit]
    start = time.perf_counter()
    for path in texts:
        gold = json.loads(path.with_suffix("").with_suffix(".gold.json").read_text())
        published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
        if raw:
            records = [pipeline.process(Article(source=path.name, text=path.read_text())).to_dict()]
        else:
            records = [r.to_dict() for r in extract_paths([str(path)], published=published, pipeline=pipeline)
                       if not isinstance(r, BadDocument)]
        (pred_dir / f"{path.stem}.json").write_text(json.dumps(records[0] if records else {}, ensure_ascii=False))
    return len(texts) / max(1e-9, time.perf_counter() - start)


def score_folder(score, gold_dir: Path, pred_dir: Path, limit: int | None) -> dict:
    det, res = score.PRF(), score.Ratio()
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    near = [0, 0]
    for gold_path in sorted(gold_dir.glob("*.gold.json"))[:limit]:
        name = gold_path.name[: -len(".gold.json")]
        pred_path = pred_dir / f"{name}.json"
        if not pred_path.exists():
            continue
        gold = json.loads(gold_path.read_text())
        try:
            pred = json.loads(pred_path.read_text() or "{}")
        except ValueError:
            pred = {}
        d, r = score.score_places(gold, pred, lambda _line: None)
        det.add(d)
        res.add(r)
        for g, p in matched_pairs(score, gold, pred):
            kind = g.get("kind", "city") if g.get("kind", "city") in KINDS else "other"
            by_kind[kind][0] += 1
            by_kind[kind][1] += score.place_resolved(g, p)
            if p.get("lat") is not None and g.get("lat") is not None:
                near[0] += 1
                near[1] += score.km(g["lat"], g["lon"], float(p["lat"]), float(p["lon"])) <= 161
    return {"p": det.p, "r": det.r, "f": det.f, "res": res.v, "n_res": res.n, "by_kind": dict(by_kind),
            "acc161": near[1] / near[0] if near[0] else 0.0}


def matched_pairs(score, gold: dict, pred: dict) -> list[tuple[dict, dict]]:
    """The (gold, prediction) pairs score.score_places counts for resolution, in its order."""
    golds = gold.get("places", [])
    found = [False] * len(golds)
    seen: set[str] = set()
    pairs = []
    for p in pred.get("places", []):
        key = score.fold(p.get("name") or "")
        if not key or key in seen:
            continue
        seen.add(key)
        hit = [i for i, g in enumerate(golds) if score.place_name_match(g, p["name"])]
        if hit and not found[hit[0]]:
            found[hit[0]] = True
            pairs.append((golds[hit[0]], p))
    return pairs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", default=list(FOLDERS))
    ap.add_argument("--pred", type=Path, default=Path("/tmp/places-bench"))
    ap.add_argument("--reuse", action="store_true", help="score the predictions already in --pred")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--raw", action="store_true",
                    help="entities and places only, on the whole text (no boilerplate removal): the places stage alone")
    args = ap.parse_args(argv)
    score = load_scorer()
    pipeline = None
    print(f"{'folder':<16} {'P':>6} {'R':>6} {'F1':>6} {'res':>6} {'acc161':>7}  "
          + "  ".join(f"{k:>14}" for k in KINDS) + "  docs/s")
    for folder in args.folders:
        gold_dir = CORPUS / folder if not Path(folder).is_dir() else Path(folder)
        pred_dir = args.pred / gold_dir.name
        rate = float("nan")
        if not args.reuse:
            if pipeline is None:
                from frontwire.pipeline import Pipeline
                pipeline = Pipeline(components=("entities", "places")) if args.raw else Pipeline()
            rate = predict(gold_dir, pred_dir, pipeline, args.limit, args.raw)
        s = score_folder(score, gold_dir, pred_dir, args.limit)
        kinds = "  ".join(
            f"{(s['by_kind'][k][1] / s['by_kind'][k][0]) if k in s['by_kind'] else 0:>5.3f} ({s['by_kind'].get(k, [0])[0]:>4})"
            .rjust(14) for k in KINDS)
        print(f"{gold_dir.name:<16} {s['p']:>6.3f} {s['r']:>6.3f} {s['f']:>6.3f} {s['res']:>6.3f} {s['acc161']:>7.3f}  "
              f"{kinds}  {rate:.1f}")
        if gold_dir.name in PEERS:
            peer, f1, res = PEERS[gold_dir.name]
            print(f"{'  peer':<16} {'':>6} {'':>6} {f1:>6.3f} {res:>6.3f}  {peer}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
