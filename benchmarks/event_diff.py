"""Which events a change added or removed on the dev folders, each with what the gold says: the
count of dev items changed, right and wrong, that a commit message about extraction gives.

    python benchmarks/events.py --keep OLD      # on the code before the change
    python benchmarks/events.py --keep NEW      # on the code after it
    python benchmarks/event_diff.py OLD NEW [--only plover,ipe,case,corpus,seed]

An event is its (type, trigger, first 80 characters of its sentence); "+" lines are events only NEW
has, "-" lines events only OLD has. The verdict is the gold's, read as each scorer reads it:
- plover: RIGHT when the document's gold has an event of that type (one record per sentence);
- ipe: RIGHT when the event's sentence is labelled with the type's IPE labels (ASSAULT: KILL or
  FORCE, COERCE: ARREST); other types are not scored there (n/a);
- case: RIGHT when the snippet's label maps to the type, wrong on a disaster snippet, neutral on
  unmapped labels, other(gold T) when the snippet is of another type;
- corpus, seed: RIGHT when a gold event of the type has evidence overlapping the event's sentence
  (a rough match on the first 50 characters: "wrong?" means none was found).
A last block counts the lines per folder, sign and verdict.
"""
from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
GOLD = {"plover": CORPUS / "plover-gsr-dev", "ipe": CORPUS / "ipe-dev", "case": CORPUS / "case21-dev",
        "corpus": ROOT / "tests" / "corpus", "seed": CORPUS / "dev"}
IPE_LABELS = {"ASSAULT": {"KILL", "FORCE"}, "COERCE": {"ARREST"}}

Event = tuple[str, str, str]  # type, trigger, sentence


def events(path: Path) -> list[Event]:
    """The events of one prediction file (empty for a missing file or a rejected document)."""
    text = path.read_text() if path.exists() else ""
    if not text.strip():
        return []
    record = json.loads(text)
    return [(e["type"], e.get("trigger") or "", e.get("evidence") or "") for e in record.get("events", [])]


def verdict(folder: str, gold: dict, event: Event) -> str:
    kind, trigger, sentence = event
    if folder == "plover":
        return "RIGHT" if any(e["type"] == kind for e in gold.get("events", [])) else "wrong"
    if folder == "case":
        if gold["role"] == "neutral":
            return "neutral"
        if gold["role"] == "negative":
            return "wrong(disaster)"
        return "RIGHT" if gold["plover"] == kind else f"other(gold {gold['plover']})"
    if folder == "ipe":
        if kind not in IPE_LABELS:
            return "n/a"
        for labelled in gold.get("ipe_sentences", []):
            text = labelled["text"].lower()
            if trigger.lower() in text and (sentence[:40].lower() in text or text[:40] in sentence.lower()):
                return "RIGHT" if IPE_LABELS[kind] & set(labelled["labels"]) else "wrong"
        return "?"
    for gold_event in gold.get("events", []):
        evidence = gold_event.get("evidence")
        evidence = evidence if isinstance(evidence, list) else [evidence]
        if gold_event["type"] == kind and any(x and (x[:50] in sentence or sentence[:50] in x) for x in evidence):
            return "RIGHT"
    return "wrong?"


def changed(old_root: Path, new_root: Path, folder: str):
    """(sign, verdict, document, event) for every event only one of the two runs has."""
    for old_file in sorted((old_root / folder).glob("*.json")):
        gold_file = GOLD[folder] / f"{old_file.stem}.gold.json"
        gold = json.loads(gold_file.read_text()) if gold_file.exists() else {}
        old, new = events(old_file), events(new_root / folder / old_file.name)
        keys = {"-": {(k, t, s[:80]) for k, t, s in new}, "+": {(k, t, s[:80]) for k, t, s in old}}
        for sign, side in (("-", old), ("+", new)):
            for event in side:
                if (event[0], event[1], event[2][:80]) not in keys[sign]:
                    yield sign, verdict(folder, gold, event), old_file.stem, event


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("old", type=Path, help="predictions before the change (benchmarks/events.py --keep)")
    parser.add_argument("new", type=Path, help="predictions after it")
    parser.add_argument("--only", default=",".join(GOLD))
    args = parser.parse_args()
    tally: collections.Counter = collections.Counter()
    for folder in args.only.split(","):
        if not (args.old / folder).is_dir():
            print(f"{folder}: no predictions under {args.old}")
            continue
        for sign, said, document, (kind, trigger, sentence) in changed(args.old, args.new, folder):
            tally[folder, sign, said] += 1
            print(f"{folder:6} {sign} {said:8} {document:28} {kind:8} {trigger!r:18} {sentence[:150]}")
    print()
    for (folder, sign, said), count in sorted(tally.items()):
        print(folder, sign, said, count)
    if not tally:
        print("no event changed")


if __name__ == "__main__":
    main()
