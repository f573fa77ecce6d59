"""A Doc's text, built once per Doc."""
from __future__ import annotations

_KEY = "frontwire.text"


def text_of(doc) -> str:
    """`doc.text`, kept in the Doc's user data: spaCy rebuilds the whole string from the tokens on
    every access, and the extractors ask for it per name and per quote (no component changes the
    tokens after the model has run)."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
