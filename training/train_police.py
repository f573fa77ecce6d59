#!/usr/bin/env python3
"""Train frontwire's police-action sentence classifier (frontwire/extract/police.py) on IPE train.

    python training/train_police.py ../shared/corpus/ipe-train --out frontwire/extract/data/police \
        [--epochs 12] [--seed 0]

IndiaPoliceEvents (Times of India, 2002) labels every sentence with what the police did in it.
Two labels are learned, one per PLOVER type: ASSAULT (KILL or FORCE: the police killed, fired,
lathi-charged, used tear gas) and COERCE (ARREST: arrested, detained, took into custody). The
model is spaCy's bag-of-words text classifier (unigrams and bigrams of lower-cased words,
`textcat_multilabel`, TextCatBOW.v3): linear, a few milliseconds per article, nothing to
download. Why a learned model here: IPE gives 12,000 labelled sentences of police reporting, and
the wordings that mark an arrest or police force actually done ("were rounded up", "police had to
resort to firing") against one demanded, feared or denied ("should be arrested", "failed to
arrest") are many and open-ended.

Steps: read every `ipe_sentences` entry of the train folder; hold out the documents whose
sha1(name) % 5 == 0 to report held-out precision/recall at the thresholds police.py uses; then
train on every train document and write the spaCy pipeline (config, vocab, weights) and its
figures to --out. Deterministic: fixed seed, documents in name order. Train only on ipe-train:
ipe-dev is the check.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from frontwire.extract.police import LABELS, THRESHOLDS, sentence_words  # noqa: E402

GOLD_OF = {"ASSAULT": {"KILL", "FORCE"}, "COERCE": {"ARREST"}}
BOW = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": False, "ngram_size": 2,
       "no_output_layer": False, "length": 262144}


def read_sentences(folder: Path) -> list[tuple[str, str, dict[str, float]]]:
    """(document name, sentence text, {label: 0/1}) for every labelled sentence of the folder."""
    out = []
    for path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        for sentence in gold.get("ipe_sentences") or []:
            labels = set(sentence.get("labels") or [])
            cats = {label: float(bool(labels & GOLD_OF[label])) for label in LABELS}
            out.append((gold["document"], sentence["text"], cats))
    return out


def held_out(name: str) -> bool:
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 5 == 0


def train(rows, epochs: int, seed: int):
    import spacy
    from spacy.training import Example
    from spacy.util import minibatch

    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe("textcat_multilabel", config={"model": BOW, "threshold": 0.5})
    for label in LABELS:
        textcat.add_label(label)
    examples = [Example.from_dict(nlp.make_doc(sentence_words(text)), {"cats": cats}) for _, text, cats in rows]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(examples)
        losses: dict[str, float] = {}
        for batch in minibatch(examples, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.2, losses=losses)
        print(f"epoch {epoch + 1}: loss {losses.get('textcat_multilabel', 0):.2f}", file=sys.stderr)
    return nlp


def score(nlp, rows) -> dict[str, dict[str, float]]:
    """Precision/recall/F1 per label at THRESHOLDS (the confirming one), on rows."""
    docs = nlp.pipe(sentence_words(text) for _, text, _ in rows)
    counts = {label: [0, 0, 0] for label in LABELS}  # tp, predicted, gold
    for doc, (_, _, cats) in zip(docs, rows):
        for label in LABELS:
            predicted = doc.cats[label] >= THRESHOLDS[label]
            counts[label][0] += predicted and cats[label] == 1.0
            counts[label][1] += predicted
            counts[label][2] += cats[label] == 1.0
    out = {}
    for label, (tp, npred, ngold) in counts.items():
        p, r = tp / max(npred, 1), tp / max(ngold, 1)
        out[label] = {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
                      "gold": ngold}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("train_dir", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if args.train_dir.name.endswith("-dev") or args.train_dir.name.endswith("-test"):
        sys.exit(f"{args.train_dir}: train only on a *-train folder; dev is the check")
    rows = read_sentences(args.train_dir)
    if not rows:
        sys.exit(f"{args.train_dir}: no *.gold.json with ipe_sentences")
    started = time.perf_counter()
    fit = [r for r in rows if not held_out(r[0])]
    check = [r for r in rows if held_out(r[0])]
    figures = {"held_out": score(train(fit, args.epochs, args.seed), check),
               "held_out_sentences": len(check), "train_sentences": len(rows),
               "positives": {label: sum(r[2][label] == 1.0 for r in rows) for label in LABELS}}
    print(json.dumps(figures, indent=1), file=sys.stderr)
    nlp = train(rows, args.epochs, args.seed)
    # Any spaCy 3.8 reads the model (a bag-of-words textcat); spaCy would otherwise stamp its own
    # patch release as the minimum and warn (W095) under the pinned, older 3.8.7.
    nlp.meta["spacy_version"] = ">=3.8.0,<3.9.0"
    args.out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.out / "model")
    figures["epochs"], figures["seed"], figures["seconds"] = args.epochs, args.seed, round(time.perf_counter() - started)
    (args.out / "figures.json").write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out / 'model'} in {figures['seconds']} s", file=sys.stderr)


if __name__ == "__main__":
    main()
