"""Language identification: English is processed, other languages reported and skipped."""
from __future__ import annotations

import re

# Function words settle English quickly and for free; langdetect is consulted only when
# they do not (it is slower and random-seeded, so it gets a fixed seed).
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for on was said with as by it at from his he has have are were be "
    "an this which but not had its their they been will would who".split()
)


def detect_language(text: str) -> str:
    words = re.findall(r"[^\W\d_]+", text[:5000].lower())
    if not words:
        return "unknown"
    share = sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words)
    if share >= 0.15:
        return "en"
    try:
        from langdetect import DetectorFactory, detect

        DetectorFactory.seed = 0
        return detect(text[:5000])
    except Exception:  # langdetect raises on text with no letters it knows
        return "unknown"
