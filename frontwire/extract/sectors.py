"""The sector a phrase's words name (lexicon/actors.yaml `sectors`: police, military, rebels, ...).

A module of its own, below both of its readers: the actors code an actor's sector with it, and the
trigger lexicon's doer_sector condition asks who does an act ("security men bundled the protesters
into a van" is an arrest). The actors module reads the trigger module's word classes, so the
sector words cannot live in either without an import circle.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from frontwire.extract.yamlfiles import read_yaml

ACTORS_TABLE = Path(__file__).resolve().parent / "lexicon" / "actors.yaml"
SECTOR_OF_COUNTRY_NAME = "government"  # "Russia attacked" codes the state
# The sectors of a state's own bodies: its government, army and police (here, below the actors and trigger modules,
# which both read them).
STATE_SECTORS = frozenset({"government", "military", "police"})


@lru_cache(maxsize=1)
def sector_table() -> dict[str, frozenset[str]]:
    """Sector -> its cue words, in the table's order."""
    return {sector: frozenset(cues) for sector, cues in read_yaml(ACTORS_TABLE)["sectors"].items()}


@lru_cache(maxsize=1)
def _sector_cues() -> list[tuple[str, frozenset[str], tuple[str, ...]]]:
    """Per sector, in the table's order: its cue words, and apart those of several words or
    hyphenated ("anti-terror"), which are looked for inside the phrase (picked out once, not per
    phrase)."""
    return [(sector, cues, tuple(cue for cue in cues if " " in cue or "-" in cue))
            for sector, cues in sector_table().items()]


@lru_cache(maxsize=8192)
def sector_of(phrase: str, is_country: bool = False) -> str | None:
    """The sector a phrase's words name; a cue of several words is the more specific and counts
    first ("inspector general" is police, "general" alone military)."""
    lower = phrase.lower()
    words = set(lower.split())
    for sector, _, phrases in _sector_cues():
        if any(cue in lower for cue in phrases):
            return sector
    for sector, cues, _ in _sector_cues():
        if words & cues:
            return sector
    return SECTOR_OF_COUNTRY_NAME if is_country else None
