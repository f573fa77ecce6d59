"""The shared vocabulary: word classes, number words and the wording of doubt, as data.

Read from `frontwire/data/` (words.yaml, unverified.json, qualifiers.json) by the extractors and
the cross-check alike, so that a word class is written once and the two cannot drift apart.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


def _data(name: str) -> str:
    return resources.files("frontwire").joinpath("data", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    return yaml.safe_load(_data("words.yaml"))


@lru_cache(maxsize=None)
def words(use: str) -> frozenset[str]:
    """The words of words.yaml that the rule `use` takes (see the uses listed in that file)."""
    found = frozenset(word for section, table in _words().items() if section != "numbers"
                      for word, uses in table.items() if use in uses)
    if not found:
        raise KeyError(f"no words for {use!r} in frontwire/data/words.yaml")
    return found


def plural(noun: str) -> str:
    """A regular English plural ("soldier": soldiers, "witness": witnesses): the rules that list
    people by their singular (quantities) and the tokenizer's whole words (triggers) read it."""
    return noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")


def numbers(low: int = 0, high: int = 90) -> dict[str, int]:
    """Number words and their values from `low` to `high`, smallest first ("one": 1, ...)."""
    return {word: value for word, value in sorted(_words()["numbers"].items(), key=lambda kv: kv[1]) if low <= value <= high}


@lru_cache(maxsize=1)
def _unverified() -> dict[str, Any]:
    return json.loads(_data("unverified.json"))


def disclaimer_phrasings() -> list[str]:
    """Regular expressions of a reporter saying a claim could not be checked (unverified.json)."""
    return list(_unverified()["phrasings"])


def disclaimer_lookback() -> int:
    """How many sentences before a disclaimer it covers, in the same paragraph."""
    return int(_unverified()["lookback_sentences"])


@lru_cache(maxsize=1)
def qualifier_cue() -> re.Pattern[str]:
    """Wording that qualifies a claim: a disclaimer (to the end of its word: "verif" -> "verified")
    or a doubt without one ("premature", "exaggerated", qualifiers.json)."""
    doubts = json.loads(_data("qualifiers.json"))["phrasings"]
    alternatives = [*doubts, *(f"(?:{p})\\w*" for p in disclaimer_phrasings())]
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I)
