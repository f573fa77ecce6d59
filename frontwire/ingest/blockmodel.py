"""A fitted block classifier for plain-text scrapes: P(block is article text).

The hand-set cues of `boilerplate.py` (chrome phrases, reader address, menus, link lists,
credits, repetition) become features beside the shape of the block and of its neighbours:
length, sentence ends, share of function words (jusText's main cue: prose is full of "the",
"of", "which"; menus and headline lists are not), capitalised words, digits, list bullets,
and whether the nearest substantial neighbours (past subheadings) are prose.
A logistic regression weighs them; the weights are fitted by `train_blocks.py` on the
boilerplate dev pages (browser copies and text-browser dumps of 300 news pages) and ship in
`data/block_weights.json`, where each weight is named. Scores on those pages are therefore
in-sample; the honest figure is the two-fold held-out body F1 (pages split by name, both
variants of a page in one half) that the training run prints and stores beside the weights.
"""
from __future__ import annotations

import json
import math
import operator
import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontwire.ingest.boilerplate import Block

WEIGHTS = Path(__file__).with_name("data") / "block_weights.json"
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# WORD on lower-cased ASCII text (nearly all of it), where its letters are a-z: a range is tested
# faster than the Unicode categories of [^\W\d_].
ASCII_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
DIGIT = re.compile(r"\d")
BULLET = re.compile(r"^(?:[*+•·o-]|\d{1,2}[.)])\s")
PROSE_END = re.compile(r"[.!?][\"'”’)\]]*$")
ELLIPSIS_END = re.compile(r"(?:…|\.\.\.)[\"'”’)\]]*$")
HAND_WEIGHT = 1.0
# Features left out of the fit: the hand score enters with HAND_WEIGHT (see `probabilities`), and
# the appeal cues it already counts (chrome phrases, reader address) would be fitted against it:
# on the 2008-2012 dev pages, the blocks that say "you" and "our" are mostly the article (blog
# posts), so the fit gave them a large positive weight that let today's donation appeals back in.
NOT_FITTED = frozenset({"hand_score", "chrome_cues", "reader_address"})
CONTEXT = 2  # blocks on each side whose shape is a feature
SHAPES = ("log_words", "function_word_share", "prose_end")  # the parts of `_shape`, in its order
BEFORE_NAMES = tuple(f"before_{name}" for name in SHAPES)
AFTER_NAMES = tuple(f"after_{name}" for name in SHAPES)
NEAR = 3.0  # blocks: how fast the pull of the page's main prose fades with distance
PROSE_HAND_SCORE = 1.0  # a hand score this high, with no chrome cue: a sentence-shaped paragraph
SUBSTANTIAL_WORDS = 10  # neighbours shorter than this (subheadings, image labels) are looked past
NEIGHBOUR_REACH = 6  # blocks on each side searched for the nearest substantial neighbours
NEIGHBOURS = 2  # substantial neighbours taken on each side
# Where comment threads and "more stories" boxes start: what follows is rarely the article.
TAIL_START = re.compile(
    r"^(?:\d+\s+)?(?:comments?|responses?|replies|reader comments|leave a (?:comment|reply)|post a comment|"
    r"add (?:a|your) comment|join the discussion|discussion|related(?: \w+)?|more (?:stories|news|from \w+)|"
    r"you may also like|recommended|most (?:popular|read|viewed|commented))\b",
    re.IGNORECASE,
)
# Such a heading is a line of a few words; a longer line that starts "Related" or "Comments" is prose.
TAIL_HEADING_WORDS = 8


def starts_tail(text: str, words: int) -> bool:
    """A comment or "more stories" heading (TAIL_START) that makes its whole line."""
    return words <= TAIL_HEADING_WORDS and bool(TAIL_START.match(text))


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    import justext

    return frozenset(justext.get_stoplist("English"))


def _shape(block: "Block", function_words: frozenset[str]) -> tuple[float, float, float]:
    """(log length, function-word share, ends like a sentence) of one block."""
    lowered = block.text.lower()
    words = (ASCII_WORD if lowered.isascii() else WORD).findall(lowered)
    share = sum(map(function_words.__contains__, words)) / len(words) if words else 0.0
    return math.log1p(block.words), share, float(bool(PROSE_END.search(block.text)))


def features(blocks: list["Block"]) -> list[dict[str, float]]:
    """Named features of every block, scored by `boilerplate.score_block` (whose cues they reuse)."""
    if not blocks:
        return []
    function_words = stopwords()
    shapes = [_shape(b, function_words) for b in blocks]
    out = []
    n = len(blocks)
    longest = max(s[0] for s in shapes)
    # The page's main prose: long blocks written in sentences. Article text sits near it.
    main = [i for i, s in enumerate(shapes) if s[0] >= longest - 1.0 and s[1] >= 0.25] or \
        [max(range(n), key=lambda i: shapes[i][0])]
    distance = _distances(n, main)
    tail = next((i for i, b in enumerate(blocks) if i > main[0] and starts_tail(b.text, b.words)), n)
    prose = [b.score >= PROSE_HAND_SCORE and b.cues == 0 for b in blocks]
    shape_columns = list(zip(*shapes))  # each shape's values down the page, for the neighbours' means
    for i, block in enumerate(blocks):
        text = block.text
        log_words, share, prose_end = shapes[i]
        initials = [w[0] for w in text.split() if w[0].isalpha()]  # of the words that start with a letter
        capitalised = sum(map(str.isupper, initials)) / len(initials) if initials else 0.0
        row = {
            "bias": 1.0,
            "log_words": log_words,
            "short": float(block.words <= 4),
            "function_word_share": share,
            "prose_end": prose_end,
            "ellipsis_end": float(bool(ELLIPSIS_END.search(text))),
            "chrome_cues": min(block.cues, 3) / max(1.0, block.words / 50),
            "reader_address": min(block.address, 0.5),
            "repeated": float(block.repeated),
            "credit": float(block.credit),
            "link_list": float(block.link_list),
            "menu": float(block.menu),
            "bullet": float(bool(BULLET.match(text))),
            "capitalised_share": capitalised,
            "digit_share": len(DIGIT.findall(text)) / max(1, len(text)),
            "tab": float("\t" in text),
            "position": i / max(1, n - 1),
            "hand_score": max(-4.0, min(3.0, block.score)),
            "below_longest": longest - log_words,
            "near_main": math.exp(-distance[i] / NEAR),
            "between_main": float(main[0] <= i <= main[-1]),
            "after_tail_start": float(i >= tail),
            "prose": share * log_words,
            # Long prose is article text however long it is (log_words alone says the reverse on
            # pages where long comments and site blurbs abound), and so is a paragraph whose nearest
            # substantial neighbours, past subheadings and image labels, are prose too.
            "prose_length": log_words * float(prose[i]),
            "prose_neighbours": _prose_neighbours(blocks, prose, i),
        }
        for names, start, end in ((BEFORE_NAMES, i - CONTEXT, i), (AFTER_NAMES, i + 1, i + 1 + CONTEXT)):
            for name, column in zip(names, shape_columns):
                near = column[max(0, start):end]
                row[name] = sum(near) / len(near) if near else 0.0
        out.append(row)
    return out


def _prose_neighbours(blocks: list["Block"], prose: list[bool], i: int) -> float:
    """Share of prose among the nearest substantial blocks on both sides of block i."""
    near = []
    for step in (-1, 1):
        found = 0
        j = i + step
        while 0 <= j < len(blocks) and abs(j - i) <= NEIGHBOUR_REACH and found < NEIGHBOURS:
            if blocks[j].words >= SUBSTANTIAL_WORDS:
                near.append(prose[j])
                found += 1
            j += step
    return sum(near) / len(near) if near else 0.0


def _distances(n: int, marked: list[int]) -> list[int]:
    """For each of n positions, how far the nearest marked position is (two linear passes)."""
    far = n + 1
    out = [far] * n
    for i in marked:
        out[i] = 0
    for i in range(1, n):
        out[i] = min(out[i], out[i - 1] + 1)
    for i in range(n - 2, -1, -1):
        out[i] = min(out[i], out[i + 1] + 1)
    return out


@lru_cache(maxsize=1)
def model() -> dict:
    return json.loads(WEIGHTS.read_text(encoding="utf-8"))


def probabilities(rows: list[dict[str, float]], weights: dict[str, float] | None = None) -> list[float]:
    """P(article text) per block. The hand-set score enters with a fixed weight (HAND_WEIGHT),
    not a fitted one: its cues (appeals, "related stories", bios) are rare on the 2008-2012
    dev pages but common on today's, and fitting would let the old pages vote them down."""
    weights = weights if weights is not None else model()["weights"]
    # The weights in the order of a row's names (all rows of a page have the same), the hand score's
    # as 0.0: its term adds exactly nothing, and the others are summed in the row's order as before.
    aligned: dict[tuple[str, ...], list[float]] = {}
    out = []
    for row in rows:
        names = tuple(row)
        if (row_weights := aligned.get(names)) is None:
            row_weights = aligned[names] = [0.0 if name == "hand_score" else weights.get(name, 0.0) for name in names]
        z = HAND_WEIGHT * row["hand_score"] + sum(map(operator.mul, row_weights, row.values()))
        out.append(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))))
    return out
