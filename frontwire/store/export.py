"""Exports of the store: events CSV, GeoJSON, Parquet (pyarrow) and ACLED-style CSV.

The columns of events and quotes (CSV and Parquet) are the record's listed fields
(frontwire/models.py) between the row's ids and its article's columns; those of places and
articles are the store's list views (store/columns.py: the record's listed fields and the view's
own columns), as the API gives them.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import is_dataclass
from typing import IO, Any, Callable, Iterable, Iterator

from frontwire.models import Actor, Article, Event, Place, Quote, record_fields, type_parts
from frontwire.store import columns
from frontwire.store.columns import PLACE_VIEW, ArticleRef, SourceRef, ViewColumns
from frontwire.store.rows import write_rows
from frontwire.store import acled
from frontwire.store.acled import ACLED_COLUMNS, acled_type  # noqa: F401  (the export API)
from frontwire.store.store import Store

Row = dict[str, Any]
PAGE = 1000


def _all(fetch: Callable[..., list[Row]], **filters: Any) -> Iterator[Row]:
    offset = 0
    while page := fetch(limit=PAGE, offset=offset, **filters):
        yield from page
        offset += len(page)


def _rows(store: Store, table: str, background: str = "exclude") -> list[Row]:
    """Every row of a table of the store: places aggregated over articles, events with `background` as asked."""
    if table == "places":
        return store.places()
    return list(_all(getattr(store, table), **({"background": background} if table == "events" else {})))


def incidents(events: Iterable[Row]) -> Iterator[Row]:
    """Events with one row per (article, sentence, type, place): two mentions of one act in a
    sentence ("struck ... killing two") become one row with the larger tolls, both sides' actors
    and `merged_ids`. Rows come out in the order of their first mention."""
    kept: dict[tuple[Any, ...], Row] = {}
    for e in events:
        key = (e["article_id"], " ".join((e.get("evidence") or "").lower().split()), e["type"], (e.get("place") or "").lower())
        first = kept.get(key)
        if first is None:
            kept[key] = {**e, "actors": list(e.get("actors") or []), "merged_ids": [e["id"]]}
            continue
        for toll in ("killed", "wounded", "captured"):
            if e.get(toll) is not None and (first.get(toll) is None or e[toll] > first[toll]):
                first[toll] = e[toll]
        for field in ("date", "lat", "lon", "country", "attribution"):
            if first.get(field) is None and e.get(field) is not None:
                first[field] = e[field]
        first["unverified"] = bool(first.get("unverified") or e.get("unverified"))
        known = {(a["name"], a["role"]) for a in first["actors"]}
        first["actors"] += [a for a in e.get("actors") or [] if (a["name"], a["role"]) not in known]
        first["merged_ids"].append(e["id"])
    yield from kept.values()


def _actors(event: Row, role: str | None = None) -> str:
    return "; ".join(a["name"] for a in event["actors"] if role is None or a["role"] == role)


# -- events CSV -------------------------------------------------------------------------

# Context of a row: the article it was read from.
QUOTE_CONTEXT = ("article_title", "article_url", "published", "article_source")
EVENT_CONTEXT = ("article_title", "article_source", "article_url", "published")


def _event_csv_columns(cls: type = Event) -> tuple[str, ...]:
    """The event's listed fields (frontwire/models.py) in their order, its actors as three columns."""
    own: list[str] = []
    for f in record_fields(cls):
        if f.listed:
            own += ["source_actors", "target_actors", f.name] if f.child is Actor else [f.name]
    return ("event_id", "article_id", *own, *EVENT_CONTEXT, "merged_ids")


EVENT_CSV_COLUMNS = _event_csv_columns()


def _event_csv_row(e: Row) -> Row:
    return {
        **{k: e.get(k) for k in EVENT_CSV_COLUMNS if k in e},
        "event_id": e["id"],
        "merged_ids": ";".join(str(i) for i in e["merged_ids"][1:]),
        "mentions": "; ".join(e.get("mentions") or []),
        "source_actors": _actors(e, "source"),
        "target_actors": _actors(e, "target"),
        "actors": "; ".join(f"{a['name']} [{a['country'] or '-'}/{a['role']}]" for a in e["actors"]),
    }


def events_csv(store: Store, out: IO[str], **filters: Any) -> int:
    return acled.write_csv(map(_event_csv_row, incidents(_all(store.events, **filters))), EVENT_CSV_COLUMNS, out)


def table_csv(store: Store, out: IO[str], table: str = "events", background: str = "exclude") -> int:
    """A table of the store as CSV: events (the columns above), quotes, places or articles (lists flattened)."""
    if table == "events":
        return events_csv(store, out, background=background)
    rows = _rows(store, table)
    write_rows(rows, "csv", out)
    return len(rows)


# -- GeoJSON ----------------------------------------------------------------------------

# An event's properties: its listed fields (frontwire/models.py) but where it is, which is the
# point and its name.
EVENT_PROPERTIES = tuple(f.name for f in record_fields(Event) if f.listed and f.name not in ("place", "lat", "lon"))


def _point(lon: float, lat: float, properties: Row) -> Row:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": properties}


# A place's properties: the places view's columns but the point; its kind is named `type`, as
# this export always named it.
PLACE_PROPERTIES = tuple("type" if c == "kind" else c for c in PLACE_VIEW if c not in ("lat", "lon"))


def geojson(store: Store, kind: str = "events", **filters: Any) -> Row:
    """Located events, or places (aggregated), as Point features: one kind per collection; unlocated ones are left out."""
    features: list[Row] = []
    for p in store.places() if kind == "places" else ():
        if p["lat"] is None or p["lon"] is None:
            continue
        first = p["articles"][0] if p["articles"] else {}
        features.append(_point(p["lon"], p["lat"], {
            "feature": "place", **{c: p["kind" if c == "type" else c] for c in PLACE_PROPERTIES},
            "article_title": first.get("title"), "article_source": first.get("source"),
        }))
    for e in incidents(_all(store.events, **filters)) if kind == "events" else ():
        if e["lat"] is None or e["lon"] is None:
            continue
        features.append(_point(e["lon"], e["lat"], {
            "feature": "event", "id": e["id"], "name": e["place"], **{k: e.get(k) for k in EVENT_PROPERTIES},
            "article_id": e["article_id"], "article_title": e["article_title"],
            "article_source": e["article_source"], "article_url": e["article_url"], "merged_ids": e["merged_ids"][1:],
        }))
    return {"type": "FeatureCollection", "features": features}


# -- Parquet ----------------------------------------------------------------------------

def _arrow_type(kind: Any, item: Any, structs: dict[type, Any]) -> Any:
    """The Arrow type of a field's kind (a list's `item`: str or a record, as a struct); dates are ISO strings."""
    import pyarrow as pa

    types = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), dt.date: pa.string()}
    if kind is list:
        return pa.list_(structs[item] if is_dataclass(item) else types[item])
    return types[kind]


def _arrow_fields(cls: type, structs: dict[type, Any]) -> list[tuple[str, Any]]:
    """The listed fields of a record dataclass as Arrow fields (lists of records as lists of structs)."""
    return [(f.name, _arrow_type(f.kind, f.item, structs)) for f in record_fields(cls) if f.listed and f.stored]


def _arrow_view(view: ViewColumns, structs: dict[type, Any]) -> list[tuple[str, Any]]:
    """A list view's own columns (store/columns.py) as Arrow fields."""
    out = []
    for name, (hint, _) in view.items():
        kind, item, _optional = type_parts(hint)
        out.append((name, _arrow_type(kind, item, structs)))
    return out


def _schemas() -> dict[str, Any]:
    import pyarrow as pa

    s, i = pa.string(), pa.int64()
    structs = {c: pa.struct(_arrow_fields(c, {})) for c in (Actor, SourceRef, ArticleRef)}
    ids = [("id", i), ("article_id", i)]
    return {
        "events": pa.schema([
            *ids, *_arrow_fields(Event, structs), ("article_title", s), ("article_url", s),
            ("article_publisher", s), ("published", s), ("article_source", s),
        ]),
        "quotes": pa.schema([*ids, *((c, s) for c in QUOTE_CONTEXT), *_arrow_fields(Quote, {})]),
        "places": pa.schema([*_arrow_fields(Place, structs), *_arrow_view(columns.PLACE_TOTALS, structs)]),
        "articles": pa.schema([
            *_arrow_view(columns.ARTICLE_ID, structs), *_arrow_fields(Article, structs),
            *_arrow_view(columns.ARTICLE_INGESTED, structs), *_arrow_view(columns.ARTICLE_COUNTS, structs),
            *_arrow_view(columns.ARTICLE_SOURCES, structs),
        ]),
    }


PARQUET_TABLES = ("events", "quotes", "places", "articles")


def parquet(store: Store, out: Any, table: str = "events", background: str = "exclude") -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schemas()[table]
    rows = _rows(store, table, background)
    names = set(schema.names)
    data = pa.Table.from_pylist([{k: v for k, v in r.items() if k in names} for r in rows], schema=schema)
    pq.write_table(data, out)
    return len(rows)


# -- ACLED CSV and the statements beside it ----------------------------------------------

def acled_csv(store: Store, out: IO[str], include_unasserted: bool = False, **filters: Any) -> int:
    """ACLED's 31 columns, one row per incident (see frontwire.store.acled)."""
    rows = acled.acled_rows(_all(store.events, **filters), store.places(), include_unasserted)
    return acled.write_csv(rows, ACLED_COLUMNS, out)


def statements_csv(store: Store, out: IO[str], **filters: Any) -> int:
    """The speech acts and unplaced diplomatic events the ACLED export leaves out."""
    return acled.write_csv(acled.statement_rows(_all(store.events, **filters)), acled.STATEMENT_COLUMNS, out)
