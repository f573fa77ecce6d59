#!/usr/bin/env python3
"""List the quote errors of a prediction folder against a score.py gold folder, classed, to count them.

    python benchmarks/quote_errors.py ../shared/corpus/polnear-train PRED_DIR [--class NAME] [--counts]

PRED_DIR: predict.py's outputs (../shared/tools/predict.py GOLD_DIR PRED_DIR). Study *-train folders; dev is the check.

Matching is score.py's own (span_match, speaker_match), so the counts add up to its figures.
Classes:
  speaker:role->name   gold speaker is a description ("a spokesman", "the manager"), ours a name
  speaker:name->other  any other wrong speaker
  speaker:none         we give no speaker
  span:too-long        a missed gold quote that a false positive of ours holds, with more after or before it
  span:too-short       a missed gold quote that holds a false positive of ours
  span:other           a missed gold quote that a false positive overlaps otherwise
  missed               a gold quote nothing of ours overlaps
  fp                   a quote of ours no gold quote overlaps
"""
import argparse
import collections
import importlib.util
import json
import re
from pathlib import Path

SCORER = Path(__file__).resolve().parent.parent.parent / "shared" / "tools" / "score.py"
spec = importlib.util.spec_from_file_location("score", SCORER)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)


def is_description(speaker: str) -> bool:
    """No capitalised word after the first: 'the manager', 'a spokesman', 'officials'."""
    words = re.findall(r"[\w’'.-]+", speaker or "")
    return bool(words) and not any(w[0].isupper() for w in words[1:]) and (
        not words[0][0].isupper() or words[0].lower() in {"the", "a", "an", "his", "her", "their", "its"})


def errors(gold: dict, pred: dict):
    """(class, gold quote or None, our quote or None) of each error of one document."""
    golds = gold.get("quotes", [])
    optional = gold.get("quotes_optional", [])
    preds = [q for q in pred.get("quotes", []) if (q.get("text") or "").strip()]
    found = [False] * len(golds)
    false_positives = []
    for q in preds:
        hit = [i for i, g in enumerate(golds) if score.span_match(g["text"], q["text"])]
        if not hit:
            if not any(score.span_match(o["text"], q["text"]) for o in optional):
                false_positives.append(q)
            continue
        i = hit[0]
        if found[i]:
            continue
        found[i] = True
        g = golds[i]
        if score.speaker_match(g["speaker"], g.get("speaker_aliases", []), q.get("speaker")):
            continue
        if not q.get("speaker"):
            kind = "speaker:none"
        elif is_description(g["speaker"]) and not is_description(q["speaker"]):
            kind = "speaker:role->name"
        else:
            kind = "speaker:name->other"
        yield kind, g, q
    used = set()
    for i, g in enumerate(golds):
        if found[i]:
            continue
        near = [n for n, q in enumerate(false_positives) if max(score.overlap(g["text"], q["text"])) >= 0.3]
        if near:
            used.update(near)
            q = false_positives[near[0]]
            gold_in_ours, ours_in_gold = score.overlap(g["text"], q["text"])
            kind = ("span:too-long" if gold_in_ours >= 0.8 else "span:too-short" if ours_in_gold >= 0.8
                    else "span:other")
            yield kind, g, q
        else:
            yield "missed", g, None
    for n, q in enumerate(false_positives):
        if n not in used:
            yield "fp", None, q


def main() -> None:
    """Prints each error (its class, document, the gold quote and ours), then the count of each class."""
    parser = argparse.ArgumentParser()
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("pred_dir", type=Path)
    parser.add_argument("--class", dest="only", help="list only the errors whose class starts with this")
    parser.add_argument("--counts", action="store_true", help="the counts only")
    args = parser.parse_args()
    counts = collections.Counter()
    for path in sorted(args.gold_dir.glob("*.gold.json")):
        gold = json.loads(path.read_text())
        pred_path = score.find_pred(args.pred_dir, gold["document"])
        text = pred_path.read_text() if pred_path else ""
        pred = json.loads(text) if text.strip() else {}
        for kind, g, q in errors(gold, pred):
            counts[kind] += 1
            if args.counts or (args.only and not kind.startswith(args.only)):
                continue
            print(f"{kind}\t{gold['document'][:60]}\n  gold: {g['speaker'] if g else ''!r}: "
                  f"{g['text'][:160] if g else ''!r}\n  ours: {q.get('speaker') if q else ''!r}: "
                  f"{q['text'][:160] if q else ''!r}")
    for kind, n in counts.most_common():
        print(f"{n:5d} {kind}")


if __name__ == "__main__":
    main()
