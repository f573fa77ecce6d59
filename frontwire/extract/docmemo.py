"""What the extraction stages work out from a Doc's parse, kept in the Doc's user data.

The parse never changes while the stages run, and they ask the same things again and again, per
sentence or per position (each trigger of a sentence, each pattern tried on a word). Kept on the
Doc, it lives as long as the article. Without spaCy imports: the trigger lexicon, which uses it,
also serves readers of stored text.
"""
from __future__ import annotations

from typing import Callable, TypeVar

V = TypeVar("V")
_MISSING = object()  # (a read may give None, False or an empty set)


def kept_in_doc(doc, name: str, key, read: Callable[..., V], *args) -> V:
    """read(*args), worked out once per Doc, `name` (one per kind of question) and `key`."""
    memo = doc.user_data.get(name)
    if memo is None:  # (not setdefault: that builds an empty dict on every asking, about 50,000 times per 100 articles)
        memo = doc.user_data[name] = {}
    found = memo.get(key, _MISSING)
    if found is _MISSING:
        found = memo[key] = read(*args)
    return found
