#!/usr/bin/env python3
"""Train frontwire's attribution tagger (frontwire/extract/attribution.py) on PolNeAR train.

    python training/train_attribution.py ../shared/corpus/polnear-train.spans.jsonl \
        --out frontwire/extract/data/attribution [--cache /tmp/quotes-cache] [--limit N]

Steps: parse every article with the pipeline's own spaCy model (cached as a DocBin, so a second
run skips it), label each token B/I-SOURCE, B/I-CUE, B/I-CONTENT or O from the character offsets
of the attributions (fragments of discontinuous spans kept apart), write the cue lexicon
(lemmas heading cues at least --min-cue times) and train a CRFsuite model with L-BFGS.
Deterministic: the parse is, and L-BFGS has no random state (no seed to fix). All 840 articles took
11 minutes on the shared 2-core machine (parse 2.5, training 7.6); with the parse cached, 8. Train only on a *-train split: dev is the check.
"""
from __future__ import annotations

import argparse
import bisect
import collections
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from frontwire.extract.attribution import ROLES, sequences, token_features  # noqa: E402
from frontwire.extract.quotespans import find_quote_spans  # noqa: E402

PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "us", "me", "who", "which",
            "that", "this", "one"}
LIGHT_VERBS = {"be", "have", "do", "get", "make", "go"}  # in cues ("has said") but never the cue word
CRF_PARAMS = {"c1": 0.5, "c2": 0.01, "max_iterations": 120, "feature.possible_transitions": True,
              "feature.minfreq": 3}


def read_articles(path: Path, limit: int | None) -> list[dict]:
    articles = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                articles.append(json.loads(line))
            if limit and len(articles) >= limit:
                break
    return articles


def parse(articles: list[dict], cache: Path | None):
    """spaCy Docs of the articles' texts, read from / written to `cache` (a DocBin)."""
    from spacy.tokens import DocBin

    from frontwire.nlp import load_model

    nlp = load_model()
    if cache is not None and cache.is_file():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.user_data.get("id") for d in docs] == [a["id"] for a in articles]:
            return docs
    started = time.perf_counter()
    docs = []
    for doc, article in nlp.pipe(((a["text"], a) for a in articles), as_tuples=True, batch_size=16):
        doc.user_data["id"] = article["id"]
        docs.append(doc)
        if len(docs) % 100 == 0:
            print(f"parsed {len(docs)}/{len(articles)} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=True, docs=docs).to_disk(cache)
    return docs


def role_fragments(attribution: dict, role: str) -> list[tuple[int, int]]:
    fragments = attribution.get(f"{role}_fragments")
    if fragments:
        return [(s, e) for s, e, _ in fragments]
    span = attribution.get(role)
    return [(span[0], span[1])] if span else []


def token_labels(doc, article: dict) -> list[str]:
    """BIO labels; a token belongs to a fragment when it starts inside it (PolNeAR is univocal)."""
    labels = ["O"] * len(doc)
    starts = [t.idx for t in doc]
    for attribution in article["attributions"]:
        for role in ROLES:
            for s, e in role_fragments(attribution, role.lower()):
                first = bisect.bisect_left(starts, s)
                if first > 0 and starts[first - 1] + len(doc[first - 1]) > s:
                    first -= 1  # a fragment starting inside a token
                tokens = [i for i in range(first, len(doc)) if starts[i] < e]
                tokens = [i for i in tokens if not doc[i].is_space]
                for n, i in enumerate(tokens):
                    labels[i] = ("B-" if n == 0 else "I-") + role
    return labels


def cue_lemmas(docs, labels: list[list[str]], min_count: int) -> collections.Counter:
    """Lemmas of content words inside cue spans, counted over the training articles."""
    counts: collections.Counter = collections.Counter()
    for doc, tags in zip(docs, labels):
        for token, tag in zip(doc, tags):
            if tag.endswith("CUE") and token.pos_ in {"VERB", "NOUN"} and token.lemma_.lower() not in LIGHT_VERBS:
                counts[token.lemma_.lower()] += 1
    counts["according"] = max(counts["according"], min_count)
    return collections.Counter({k: v for k, v in counts.items() if v >= min_count})


def _cue_tokens(doc, attribution: dict):
    span = doc.char_span(attribution["cue"][0], attribution["cue"][1], alignment_mode="expand")
    return list(span) if span is not None else []


def speech_forms(docs, articles: list[dict], min_count: int = 2, share: float = 0.9) -> collections.Counter:
    """Verb forms of the cues that PolNeAR's scored quotes use ('said', 'told', 'according'):
    forms whose attributions with a named source are scored gold quotes in at least `share` of
    cases. Belief and stance cues ('think', 'called', 'supports') fall out; the extractor
    reports as quotes only what such a cue introduces."""
    gold: collections.Counter = collections.Counter()
    named: collections.Counter = collections.Counter()
    for doc, article in zip(docs, articles):
        for attribution in article["attributions"]:
            if not (attribution.get("cue") and attribution.get("source") and attribution.get("content")):
                continue
            if attribution["source"][2].strip().lower() in PRONOUNS:
                continue
            forms = {t.lower_ for t in _cue_tokens(doc, attribution) if t.pos_ == "VERB" or t.lower_ == "according"}
            for form in forms:
                named[form] += 1
                gold[form] += bool(attribution.get("in_gold"))
    return collections.Counter({f: n for f, n in gold.items() if n >= min_count and n >= share * named[f]})


def write_lexicon(counts: collections.Counter, path: Path, what: str = "cues headed") -> None:
    lines = [f"# word\t{what} in PolNeAR train (training/train_attribution.py writes this file)"]
    lines += [f"{lemma}\t{n}" for lemma, n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def train(docs, labels, cues: frozenset[str], model_path: Path, params: dict) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for doc, tags in zip(docs, labels):
        rows = token_features(doc, find_quote_spans(doc.text), cues)
        for start, end in sequences(doc):
            trainer.append(rows[start:end], tags[start:end])
    trainer.set_params(params)
    started = time.perf_counter()
    trainer.train(str(model_path))
    print(f"trained in {time.perf_counter() - started:.0f} s: {model_path} "
          f"({model_path.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("spans", type=Path, help="polnear-train.spans.jsonl")
    parser.add_argument("--out", type=Path, required=True, help="folder for attribution.crfsuite and cue_lemmas.tsv")
    parser.add_argument("--cache", type=Path, default=None, help="folder for the parse cache")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only (smoke runs)")
    parser.add_argument("--min-cue", type=int, default=3)
    parser.add_argument("--iterations", type=int, default=CRF_PARAMS["max_iterations"])
    args = parser.parse_args(argv)
    if "-dev" in args.spans.name or "-test" in args.spans.name:
        parser.error(f"{args.spans}: train on a *-train split only")
    articles = read_articles(args.spans, args.limit)
    cache = args.cache / f"{args.spans.stem}-{len(articles)}.spacy" if args.cache else None
    docs = parse(articles, cache)
    labels = [token_labels(doc, a) for doc, a in zip(docs, articles)]
    args.out.mkdir(parents=True, exist_ok=True)
    counts = cue_lemmas(docs, labels, args.min_cue)
    write_lexicon(counts, args.out / "cue_lemmas.tsv")
    write_lexicon(speech_forms(docs, articles), args.out / "speech_cues.tsv", "scored gold quotes introduced")
    params = {**CRF_PARAMS, "max_iterations": args.iterations}
    train(docs, labels, frozenset(counts), args.out / "attribution.crfsuite", params)
    return 0


if __name__ == "__main__":
    sys.exit(main())
