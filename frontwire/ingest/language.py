"""Language identification: English is processed, other languages reported and skipped.

A language is only judged on enough words: a headline-length text, a list of names or a
table of figures says too little, and a misjudged English article is a lost article. Such
texts are taken as English ("und" is returned; the article gets a warning).
"""
from __future__ import annotations

import re

# Function words settle English quickly and for free; langdetect is consulted only when
# they do not (it is slower and random-seeded, so it gets a fixed seed).
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on was said with as by it at from his he has have are were be "
    "an this which but not had its their they been will would who".split()
)
ENGLISH_SHARE = 0.15  # English prose runs at 35-50 % function words; other languages near 0-5 %
MIN_WORDS = 15  # fewer words than this: too little to call a text foreign
UNDETERMINED = "und"  # ISO 639-2 code for "undetermined"
SAMPLE_CHARS = 5000
WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; "und" when there are too few words to say."""
    words = WORD.findall(text[:SAMPLE_CHARS].lower())
    if len(words) < MIN_WORDS:
        return UNDETERMINED
    share = sum(map(ENGLISH_FUNCTION_WORDS.__contains__, words)) / len(words)
    if share >= ENGLISH_SHARE:
        return "en"
    try:
        from langdetect import DetectorFactory, detect_langs

        DetectorFactory.seed = 0
        best = detect_langs(text[:SAMPLE_CHARS])[0]
    except Exception:  # langdetect raises on text with no letters it knows
        return UNDETERMINED
    # A hesitant guess is no reason to drop an article.
    return best.lang if best.prob >= 0.8 else UNDETERMINED
