"""Events the text itself marks as unchecked: "The claim could not be independently verified."

Reporters put the disclaimer in the claim's sentence or just after it, so an event is marked
`unverified` when a disclaimer is in its sentence or in one of the next sentences of the same
paragraph (how many: `lookback_sentences` in data/unverified.json). The wording is data, in
`frontwire/data/unverified.json`, as regular expressions over one sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from frontwire import vocab
from frontwire.models import Event
from frontwire.extract.component import Context, component


@lru_cache(maxsize=1)
def _settings() -> tuple[re.Pattern[str], int]:
    pattern = re.compile("|".join(f"(?:{p})" for p in vocab.disclaimer_phrasings()), re.I)
    return pattern, vocab.disclaimer_lookback()


def is_disclaimer(sentence: str) -> bool:
    """Does the sentence say that something could not be verified?"""
    return _settings()[0].search(sentence) is not None


def sentence_spans(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, paragraph number) for each sentence; a newline in between starts a paragraph."""
    out, paragraph, previous_end = [], 0, None
    for start, end in bounds:
        if previous_end is not None and "\n" in text[previous_end:start]:
            paragraph += 1
        out.append((start, end, paragraph))
        previous_end = end
    return out


def unverified_spans(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans of the sentences a disclaimer covers: its own and those just before it."""
    _, lookback = _settings()
    spans = sentence_spans(text, bounds)
    covered: list[tuple[int, int]] = []
    for i, (start, end, paragraph) in enumerate(spans):
        if not is_disclaimer(text[start:end]):
            continue
        for j in range(max(0, i - lookback), i + 1):
            if spans[j][2] == paragraph:
                covered.append((spans[j][0], spans[j][1]))
    return covered


def mark(events: list[Event], covered: list[tuple[int, int]]) -> None:
    for event in events:
        if any(start <= event.start < end for start, end in covered):
            event.unverified = True


@component("verification", requires=["events"])
def mark_unverified(ctx: Context) -> None:
    covered = unverified_spans(ctx.text, [(s.start_char, s.end_char) for s in ctx.doc.sents])
    mark(ctx.record.events, covered)
    mark(ctx.record.secondary_events, covered)
