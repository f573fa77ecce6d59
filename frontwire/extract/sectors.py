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


@lru_cache(maxsize=1)
def _modifier_lists() -> dict:
    """actors.yaml's former_modifiers, former_sectors, office_owners, owned_office_sectors and modifier_breaks (sets
    of words), and the sectors former_becomes and owned_office_becomes."""
    data = read_yaml(ACTORS_TABLE)
    lists = {name: frozenset(w.lower() for w in data[name]) for name in (
        "former_modifiers", "former_sectors", "office_owners", "owned_office_sectors", "modifier_breaks")}
    return {**lists, "former_becomes": data["former_becomes"], "owned_office_becomes": data["owned_office_becomes"]}


def _bare(word: str) -> str:
    """A word without its possessive ending ("club's" -> "club")."""
    for ending in ("'s", "\u2019s", "'", "\u2019"):
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=8192)
def sector_of(phrase: str, is_country: bool = False, read_former: bool = True) -> str | None:
    """The sector a phrase's words name; a cue of several words is the more specific and counts
    first ("inspector general" is police, "general" alone military). A cue that a modifier meaning
    former has before it ("former rebels", "ex-soldiers", "retired policemen") names no sector of
    former_sectors, and an office a non-state body owns ("the club president", "the company's
    spokesman", "a spokesman of the club") none of owned_office_sectors (actors.yaml): such a phrase is
    of another sector it names ("rebels who attacked former soldiers"), or else of the one the table
    gives it instead (former_becomes, owned_office_becomes). `read_former` False reads no modifier meaning
    former (former fighters who take up arms again: events, actors.yaml former_armed_again_types)."""
    lower = phrase.lower()
    words = set(lower.split())
    instead = None
    for sector, _, phrases in _sector_cues():
        if any(cue in lower for cue in phrases):
            if (undone := _undone_by_modifier(lower, sector, phrases, True, read_former)) is None:
                return sector
            instead = instead or undone
    for sector, cues, _ in _sector_cues():
        if words & cues:
            if (undone := _undone_by_modifier(lower, sector, cues, False, read_former)) is None:
                return sector
            instead = instead or undone
    return instead or (SECTOR_OF_COUNTRY_NAME if is_country else None)


def _undone_by_modifier(lower: str, sector: str, cues: frozenset[str] | tuple[str, ...], multiword: bool,
                        read_former: bool) -> str | None:
    """None where the phrase's last cue of the sector names it; where that cue is a former one's or a non-state body's
    office, the sector the phrase has instead (former_becomes, owned_office_becomes)."""
    lists = _modifier_lists()
    former, breaks, owners = lists["former_modifiers"], lists["modifier_breaks"], lists["office_owners"]
    if sector not in lists["former_sectors"] and sector not in lists["owned_office_sectors"]:
        return None
    tokens = lower.replace("-", " - ").split()
    # the last cue, the phrase's head or nearest it ("the former army chief's soldiers": soldiers)
    if multiword:
        last = max((i for cue in cues if cue in lower for i in range(len(tokens))
                    if " ".join(tokens[i:]).startswith(cue.replace("-", " - "))), default=None)
    else:
        last = max((i for i, t in enumerate(tokens) if t in cues), default=None)
    if last is None:
        return None
    if read_former and sector in lists["former_sectors"]:
        # a modifier meaning former before the cue, with only other modifiers between ("former Maoist rebels"),
        # not across a preposition, a possessive, a conjunction or a holder's title ("forces loyal to former
        # president Saleh", "the former army chief's soldiers")
        for i in range(last - 1, -1, -1):
            if tokens[i] in former:
                return lists["former_becomes"]
            if tokens[i] in breaks or _bare(tokens[i]) != tokens[i]:
                break
    if sector in lists["owned_office_sectors"]:
        # the owner right before the office ("the club president", "the club's president") or its "of" ("a
        # spokesman of the club")
        k = last - 1 - (last > 1 and tokens[last - 1] in {"'s", "\u2019s", "'", "\u2019"})
        before = _bare(tokens[k]) if k >= 0 else ""
        after = tokens[last + 1 : last + 4]
        of_owner = after[2:3] if after[1:2] and after[1] in {"the", "a", "an"} else after[1:2]
        if before in owners or after[:1] == ["of"] and any(w in owners for w in of_owner):
            return lists["owned_office_becomes"]
    return None
    tokens = lower.replace("-", " - ").split()
    # the last cue word, the phrase's head or nearest it ("former army chief's soldiers": soldiers)
    if multiword:
        first = max((i for cue in cues if cue in lower for i in range(len(tokens))
                     if " ".join(tokens[i:]).startswith(cue.replace("-", " - "))), default=None)
    else:
        first = max((i for i, t in enumerate(tokens) if t in cues), default=None)
    if first is None:
        return sector
    if sector in former_sectors:
        # a modifier meaning former before the cue, with only other modifiers between ("former Maoist rebels"),
        # not across a preposition, a possessive or a conjunction ("forces loyal to former president Saleh")
        for i in range(first - 1, -1, -1):
            if tokens[i] in former:
                return None
            if tokens[i] in breaks or _bare(tokens[i]) != tokens[i]:
                break
    if sector in office_sectors:
        k = first - 1 - (first > 1 and tokens[first - 1] in {"'s", "\u2019s", "'", "\u2019"})
        before = _bare(tokens[k]) if k >= 0 else ""
        after = tokens[first + 1 : first + 4]
        if before in owners or after[:1] == ["of"] and any(
                w in owners for w in (after[1:2] if after[1:2] and after[1] not in {"the", "a", "an"} else after[2:3])):
            return None
    return sector
