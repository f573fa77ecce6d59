#!/usr/bin/env python3
"""Count, per speech verb, how often PolNeAR annotates its noun-phrase object as reported content.

    python training/np_content_cues.py ../shared/corpus/polnear-train.spans.jsonl \
        --out frontwire/extract/data/attribution/np_content_cues.tsv [--cache /tmp/quotes-cache]

'X announced his candidacy', 'X noted the clot's existence' are attributions in PolNeAR with the
object as content; 'X said something', 'X described the plan as ...', 'X told reporters' are not.
For every verb form that introduces scored quotes (speech_cues.tsv) with a direct object and no
clause of its own (no ccomp or xcomp), the object is annotated when an attribution whose cue holds
the verb has content that overlaps the object's words by half both ways (like score.py's match, but
on word sets, without its multiset overlap or quote-mark folding). The file lists lemma, annotated
and not annotated; quotes.py keeps the tagger's short or clauseless contents of the verbs annotated
in most cases (quotes.NP_CONTENT_SHARE), except acts the event lexicon names and pictures. Parsed
with the pipeline's own model as train_attribution.py does (same cache). Train only on a *-train split.
"""
from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from train_attribution import parse, read_articles  # noqa: E402

from frontwire.extract.attribution import SPEECH_CUES, DATA, load_words  # noqa: E402


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _matches(content: str, phrase: str, need: float = 0.5) -> bool:
    a, b = _words(content), _words(phrase)
    common = len(a & b)
    return bool(a and b) and common / len(a) >= need and common / len(b) >= need


def object_counts(docs, articles: list[dict], forms: frozenset[str]) -> dict[str, collections.Counter]:
    counts: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for doc, article in zip(docs, articles):
        attributions = [a for a in article["attributions"] if a.get("cue") and a.get("content")]
        for verb in doc:
            if verb.lower_ not in forms or verb.pos_ not in {"VERB", "AUX"} \
                    or any(c.dep_ in {"ccomp", "xcomp"} for c in verb.children):
                continue
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if obj is None or obj.pos_ == "PRON":
                continue
            phrase = doc.text[obj.left_edge.idx : obj.right_edge.idx + len(obj.right_edge)]
            annotated = any(a["cue"][0] <= verb.idx < a["cue"][1] and _matches(a["content"][2], phrase)
                            for a in attributions)
            counts[verb.lemma_.lower()]["annotated" if annotated else "not"] += 1
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("spans", type=Path)
    parser.add_argument("--out", type=Path, default=DATA / "np_content_cues.tsv")
    parser.add_argument("--cache", type=Path, default=None, help="folder for the parse cache")
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args(argv)
    articles = read_articles(args.spans, None)
    cache = args.cache / f"{args.spans.stem}-{len(articles)}.spacy" if args.cache else None
    counts = object_counts(parse(articles, cache), articles, load_words(DATA / SPEECH_CUES))
    rows = sorted(((lemma, c["annotated"], c["not"]) for lemma, c in counts.items()
                   if c["annotated"] + c["not"] >= args.min_count), key=lambda r: (-r[1] - r[2], r[0]))
    lines = ["# lemma\tnoun-phrase objects annotated as content\tnot annotated, in PolNeAR train "
             "(training/np_content_cues.py writes this file)"]
    lines += [f"{lemma}\t{yes}\t{no}" for lemma, yes, no in rows]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
