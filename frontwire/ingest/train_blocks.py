"""Fit the plain-text block classifier (`data/block_weights.json`) on gold article bodies.

    python -m frontwire.ingest.train_blocks ../shared/corpus/boilerplate-chromium ../shared/corpus/boilerplate-w3m [--threshold T]

Each folder holds NAME.txt scrapes and NAME.gold.json files with the human-made `body`. A
block is labelled article text when its words occur in that order in the gold body (long
blocks: when most of their 4-word shingles do). The classifier is a logistic regression
(Newton's method with an L2 penalty, numpy only), each block weighted by the square root of
its length, since the measure is the share of words kept. The decoding threshold is chosen
on the pages held out of a two-fold split, and the held-out body F1 is printed.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
import unicodedata
from pathlib import Path

from frontwire.ingest import blockmodel
from frontwire.ingest.boilerplate import prepared_blocks, select

L2 = 1.0
THRESHOLDS = [round(0.05 * k, 2) for k in range(4, 15)]


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("\u2019", "'").replace("\u2018", "'").lower()


def tokens(text: str) -> list[str]:
    """score.py's body tokens."""
    return re.findall(r"\w+", _fold(text))


def label(block_tokens: list[str], gold_string: str, gold_shingles: set[tuple[str, ...]]) -> bool:
    if not block_tokens:
        return False
    if len(block_tokens) < 2:
        return False  # one word ("Home", "Share") occurs in any gold body by chance
    if f" {' '.join(block_tokens)} " in gold_string:
        return True
    if len(block_tokens) < 12:
        return False
    shingles = [tuple(block_tokens[i:i + 4]) for i in range(len(block_tokens) - 3)]
    return sum(s in gold_shingles for s in shingles) >= 0.5 * len(shingles)


def page_rows(text: str, gold_body: str):
    blocks, rows = prepared_blocks(text, None)
    gold = tokens(gold_body)
    gold_string = f" {' '.join(gold)} "
    gold_shingles = {tuple(gold[i:i + 4]) for i in range(len(gold) - 3)}
    labels = [label(tokens(b.text), gold_string, gold_shingles) for b in blocks]
    return blocks, rows, labels, gold


def fit(rows: list[dict[str, float]], labels: list[bool], weights: list[float], names: list[str]) -> dict[str, float]:
    import numpy as np

    names = [n for n in names if n not in blockmodel.NOT_FITTED]
    X = np.array([[r[n] for n in names] for r in rows], dtype=float)
    offset = np.array([blockmodel.HAND_WEIGHT * r["hand_score"] for r in rows], dtype=float)
    y = np.array(labels, dtype=float)
    w = np.array(weights, dtype=float)
    beta = np.zeros(len(names))
    penalty = L2 * np.eye(len(names))
    penalty[names.index("bias"), names.index("bias")] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(X @ beta + offset, -30, 30)))
        gradient = X.T @ (w * (p - y)) + penalty @ beta
        hessian = (X * (w * p * (1 - p))[:, None]).T @ X + penalty
        step = np.linalg.solve(hessian, gradient)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return {n: round(float(b), 5) for n, b in zip(names, beta)}


def body_f1(pages, weights: dict[str, float], threshold: float) -> float:
    common = predicted = gold_total = 0
    for blocks, rows, _, gold in pages:
        probs = blockmodel.probabilities(rows, weights)
        kept = select(blocks, probs, threshold)
        pred = tokens("\n".join(b.text for b in kept))
        counts: dict[str, int] = {}
        for t in pred:
            counts[t] = counts.get(t, 0) + 1
        for t in gold:
            if counts.get(t, 0) > 0:
                counts[t] -= 1
                common += 1
        predicted += len(pred)
        gold_total += len(gold)
    p, r = common / max(1, predicted), common / max(1, gold_total)
    return 2 * p * r / (p + r) if p + r else 0.0


def train(pages) -> dict[str, float]:
    names = list(pages[0][1][0].keys())
    # Blocks of a reader-comment thread are cut by rule (boilerplate.select), whatever their
    # probability: fitting on them would teach the model that long prose is not the article.
    fitted = [(row, lab, b) for blocks, page_rows_, page_labels, _ in pages
              for row, lab, b in zip(page_rows_, page_labels, blocks) if not b.comment]
    rows = [row for row, _, _ in fitted]
    labels = [lab for _, lab, _ in fitted]
    weights = [b.words ** 0.5 for _, _, b in fitted]
    return fit(rows, labels, weights, names)


def main(folders: list[str], fixed_threshold: float | None = None) -> int:
    pages, halves = [], []
    for folder in folders:
        for path in sorted(Path(folder).glob("*.txt")):
            gold = json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))
            page = page_rows(path.read_text(encoding="utf-8"), gold["body"])
            if page[0]:
                pages.append(page)
                # Both variants of one page fall in the same half, so held-out pages are unseen.
                halves.append(int(hashlib.sha1(path.stem.encode()).hexdigest(), 16) % 2)
    held_out = {t: 0.0 for t in THRESHOLDS}
    for half in (0, 1):
        weights = train([p for p, h in zip(pages, halves) if h != half])
        test = [p for p, h in zip(pages, halves) if h == half]
        for t in THRESHOLDS:
            held_out[t] += body_f1(test, weights, t) / 2
    threshold = fixed_threshold if fixed_threshold is not None else max(held_out, key=held_out.get)
    print("held-out body F1 by threshold: " + ", ".join(f"{t}: {f:.3f}" for t, f in held_out.items()), file=sys.stderr)
    weights = train(pages)
    print(f"all pages, threshold {threshold}: body F1 {body_f1(pages, weights, threshold):.3f}", file=sys.stderr)
    blockmodel.WEIGHTS.parent.mkdir(exist_ok=True)
    blockmodel.WEIGHTS.write_text(json.dumps({
        "about": "Logistic regression P(block is article text) for plain-text scrapes; "
                 "fitted by frontwire/ingest/train_blocks.py on: " + ", ".join(Path(f).name for f in folders),
        "threshold": threshold,
        "held_out_body_f1": round(held_out.get(threshold, body_f1(pages, weights, threshold)), 4),
        "weights": weights,
    }, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {blockmodel.WEIGHTS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    args = sys.argv[1:]
    fixed = None
    if "--threshold" in args:  # keep a threshold chosen by hand instead of the best held-out one
        at = args.index("--threshold")
        fixed = float(args[at + 1])
        del args[at:at + 2]
    sys.exit(main(args, fixed))
