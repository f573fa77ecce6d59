#!/usr/bin/env python3
"""Event types on a probe set: news sentences with the PLOVER types a careful coder gives them.

    python benchmarks/probe_events.py OUTFILE [--set benchmarks/probes/set-k.tsv] [--headline-title-only] [-v]

benchmarks/probes/ holds the sets (see its README): each was written by a helper who fixes nothing,
from PLOVER's definitions and not from any corpus, and run once before anything was fixed from it.

Each item is its own article, published 2002-03-10, run through one frontwire Pipeline.
An item's prediction is the set of types of the record's `events` (not `secondary_events`,
which frontwire keeps for background, conditional and feared acts). The item is right when that
set equals the gold set (gold NONE = the empty set).

Headline items: the Article model has a `title` field, so the headline goes there. The pipeline
reads only `Article.text` (nothing in frontwire/extract reads the title), so by default the
headline is also the article's text, as a one-line wire item whose headline is its only line;
`--headline-title-only` leaves the text empty of it (then no headline item can yield an event).
`--asserted-only` (diagnostic) drops events frontwire itself marks planned/hypothetical/denied/...

OUTFILE: one TSV line per item: id, kind, gold, predicted, right (1/0), text.
Prints per-type recall/precision, per-kind accuracy and, last, `TOTAL right/scored (pct)`.
-v also prints every wrong item.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PUBLISHED = dt.date(2002, 3, 10)
TYPES = ("AGREE", "ACCUSE", "ASSAULT", "AID", "CONCEDE", "CONSULT", "COERCE", "COOPERATE",
         "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN")


def load_set(path: str) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        types = [t.strip() for t in row["types"].split(",") if t.strip()]
        row["gold"] = frozenset() if types == ["NONE"] else frozenset(types)
        unknown = row["gold"] - set(TYPES)
        if unknown:
            raise SystemExit(f"{row['id']}: unknown type(s) {sorted(unknown)}")
    return rows


def make_article(row: dict, title_only: bool):
    from frontwire.models import Article

    fields = Article.__dataclass_fields__
    kwargs = {"source": f"set-k/{row['id']}", "published": PUBLISHED}
    if row["kind"] == "headline" and "title" in fields:
        kwargs["title"] = row["text"]
        kwargs["text"] = "" if title_only else row["text"]
    else:
        kwargs["text"] = row["text"]
    return Article(**kwargs)


def show(types) -> str:
    return ",".join(sorted(types)) or "NONE"


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("outfile")
    ap.add_argument("--set", default=str(Path(__file__).resolve().parent / "probes" / "set-k.tsv"))
    ap.add_argument("--headline-title-only", action="store_true")
    ap.add_argument("--asserted-only", action="store_true",
                    help="count only events whose modality is 'asserted' (diagnostic; the contract's figure counts all `events`)")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)

    from frontwire.pipeline import Pipeline

    rows = load_set(args.set)
    pipeline = Pipeline()
    for row in rows:
        article = make_article(row, args.headline_title_only)
        if not article.text.strip():
            row["pred"] = frozenset()
            continue
        record = pipeline.process(article)
        row["pred"] = frozenset(e.type for e in record.events
                                if not args.asserted_only or getattr(e, "modality", "asserted") == "asserted")

    tp, fp, fn, gold_n = Counter(), Counter(), Counter(), Counter()
    kind_right, kind_n = Counter(), Counter()
    right = 0
    with open(args.outfile, "w", encoding="utf-8") as out:
        out.write("id\tkind\tgold\tpredicted\tright\ttext\n")
        for row in rows:
            gold, pred = row["gold"], row["pred"]
            ok = gold == pred
            right += ok
            kind_n[row["kind"]] += 1
            kind_right[row["kind"]] += ok
            for t in gold:
                gold_n[t] += 1
                (tp if t in pred else fn)[t] += 1
            for t in pred - gold:
                fp[t] += 1
            out.write(f"{row['id']}\t{row['kind']}\t{show(gold)}\t{show(pred)}\t{int(ok)}\t{row['text']}\n")
            if args.verbose and not ok:
                print(f"WRONG {row['id']} [{row['kind']}] gold={show(gold)} pred={show(pred)} :: {row['text']}")

    none_n = sum(1 for r in rows if not r["gold"])
    none_right = sum(1 for r in rows if not r["gold"] and not r["pred"])
    print(f"\n{'type':10} {'gold':>4} {'tp':>4} {'fn':>4} {'fp':>4} {'recall':>7} {'prec':>6}")
    for t in TYPES:
        rec = tp[t] / gold_n[t] if gold_n[t] else float("nan")
        prec = tp[t] / (tp[t] + fp[t]) if tp[t] + fp[t] else float("nan")
        print(f"{t:10} {gold_n[t]:4d} {tp[t]:4d} {fn[t]:4d} {fp[t]:4d} {rec:7.3f} {prec:6.3f}")
    all_tp, all_fp, all_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    p = all_tp / (all_tp + all_fp) if all_tp + all_fp else 0.0
    r = all_tp / (all_tp + all_fn) if all_tp + all_fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{'micro':10} {all_tp + all_fn:4d} {all_tp:4d} {all_fn:4d} {all_fp:4d} {r:7.3f} {p:6.3f}  F1 {f1:.3f}")
    print(f"NONE items with no event: {none_right}/{none_n}")
    print("\nper kind (item accuracy):")
    for k in sorted(kind_n):
        print(f"  {k:9} {kind_right[k]}/{kind_n[k]} ({100 * kind_right[k] / kind_n[k]:.1f}%)")
    print(f"TOTAL {right}/{len(rows)} ({100 * right / len(rows):.1f}%)")


if __name__ == "__main__":
    main(sys.argv[1:])
