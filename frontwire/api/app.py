"""The HTTP API (FastAPI) and the web page: `create_app(db_url, token=None)`.

Read-only unless started with a token: then `POST /api/ingest` stores one document, for a
client that sends `Authorization: Bearer <token>`. CORS is closed unless origins are given;
request bodies and query strings are size-limited; every store read is parameterised.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import threading
from typing import Any, Callable, Optional, Sequence

from fastapi import Depends, FastAPI, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles

from frontwire.api import adapters
from frontwire.api.limits import BodyLimit, SecurityHeaders
from frontwire.api.schemas import (
    ArticleDetail, ArticleRow, Counted, EventRow, Facets, FeatureCollection, IngestRequest,
    IngestResult, Page, PlaceRow, Problem, QuoteRow, Stats,
)
from frontwire.api.schemas import MapEvents, OverlayDetail, OverlayRequest, OverlayRow, Settlement
from frontwire.errors import BadDocument, FrontwireError

MAX_LIMIT = 500
MAX_GEO_LIMIT = 5_000
MAX_MAP_EVENTS = 50_000  # events /api/map/events carries at most
MAX_OFFSET = 1_000_000_000
MAX_TEXT = 200
MAX_BODY = 4 * 1024 * 1024  # bytes: the ingest body (text or HTML plus metadata)

Row = dict[str, Any]
Fetch = Callable[[int, int], list[Row]]

CURSOR = r"^o[0-9]{1,10}$"

# Shared query parameters: factories, since FastAPI binds each Query() object to one parameter.

def Limit() -> Any:
    return Query(50, ge=1, le=MAX_LIMIT, description="page size")


def Offset() -> Any:
    return Query(0, ge=0, le=MAX_OFFSET, description="rows to skip (ignored when cursor is given)")


def Cursor() -> Any:
    return Query(None, pattern=CURSOR, description="the `next` value of the previous page")


WORDS = "words to search for (full-text)"
PLACE = "place name (case-insensitive substring)"
ACTOR = "actor name (case-insensitive substring)"


def Text(description: str) -> Any:
    return Query(None, max_length=MAX_TEXT, description=description)


def EventType() -> Any:
    from frontwire.store.read import EVENT_TYPES

    # The enum documents the types; _event_type checks them (any case) and lists them in its 422.
    return Query(None, max_length=40, json_schema_extra={"enum": list(EVENT_TYPES)},
                 description="PLOVER type, e.g. ASSAULT")


def Background() -> Any:
    return Query("exclude", pattern=r"^(exclude|include|only)$",
                 description="background events (past wars, cumulative tolls): exclude (default), include or only")


def _invalid(name: str, value: Any, message: str) -> RequestValidationError:
    return RequestValidationError([{"type": "value_error", "loc": ("query", name), "input": value, "msg": message}])


def _closed(name: str, value: Optional[str], valid: Sequence[str]) -> Optional[str]:
    """A value of a closed list in its listed spelling (any case), or a 422 listing the valid ones;
    an empty value ("?type=") is one of none, not a wildcard."""
    from frontwire.store.read import UnknownValue, checked

    try:
        found = checked(name, value, valid)
        if value is not None and found is None:
            raise UnknownValue(name, value, valid)
        return found
    except UnknownValue as exc:
        raise _invalid(name, value, str(exc)) from None


def _event_type(value: Optional[str]) -> Optional[str]:
    """A PLOVER type in upper case, or a 422 listing the valid ones."""
    from frontwire.store.read import EVENT_TYPES

    return _closed("type", value, EVENT_TYPES)


def _query_names(dependant: Any) -> set[str]:
    names = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def known_parameters(request: Request) -> None:
    """A 422 for query parameters the endpoint does not take (`?country=` on /api/events), naming the valid ones."""
    route = request.scope.get("route")
    if route is None or not hasattr(route, "dependant") or not request.url.path.startswith("/api/"):
        return
    valid = sorted(_query_names(route.dependant))
    unknown = [k for k in request.query_params.keys() if k not in valid]
    if unknown:
        raise RequestValidationError([
            {"type": "extra_forbidden", "loc": ("query", k), "input": request.query_params.get(k),
             "msg": f"unknown parameter {k!r}; valid: {', '.join(valid) or 'none'}"}
            for k in unknown
        ])


def _days(date_from: Optional[str], date_to: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """Checked `from` and `to` days, or a 422 naming the parameter (the CLI's checks, store.read.day_span)."""
    from frontwire.store.read import BadDay, day_span

    try:
        return day_span(date_from, date_to)
    except BadDay as exc:
        raise _invalid(exc.option, exc.value, str(exc)) from None


# Days are strings with a pattern, checked by _day: pydantic's `date` also takes numbers (Unix time).
DAY = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"


def DateFrom() -> Any:
    return Query(None, alias="from", pattern=DAY, json_schema_extra={"format": "date"},
                 description="events on or after this day (YYYY-MM-DD)")


def DateTo() -> Any:
    return Query(None, alias="to", pattern=DAY, json_schema_extra={"format": "date"},
                 description="events on or before this day (YYYY-MM-DD)")


def Country() -> Any:
    from frontwire.store.acled import country_codes

    # The enum documents the codes; _places checks them (any case) and names the stored ones in its 422.
    return Query(None, max_length=3, json_schema_extra={"enum": country_codes()},
                 description="ISO 3166 alpha-2 country code, e.g. UA")


PROBLEMS = {401: {"model": Problem}, 403: {"model": Problem}}


def _start(offset: int, cursor: Optional[str]) -> int:
    return int(cursor[1:]) if cursor else offset


def paged(fetch: Fetch, limit: int, offset: int, cursor: Optional[str]) -> tuple[list[Row], Optional[str]]:
    """One page (`limit` rows from the cursor or offset) and the cursor of the next page."""
    start = _start(offset, cursor)
    rows = fetch(limit + 1, start)
    more = len(rows) > limit
    return [adapters.jsonable(r) for r in rows[:limit]], (f"o{start + limit}" if more else None)


def sliced(rows: Sequence[Row], limit: int, offset: int, cursor: Optional[str]) -> tuple[list[Row], Optional[str]]:
    start = _start(offset, cursor)
    return [adapters.jsonable(r) for r in rows[start:start + limit]], (f"o{start + limit}" if start + limit < len(rows) else None)


def _event_feature(e: Row) -> Row:
    props = {k: v for k, v in e.items() if k not in ("lat", "lon")}
    point = {"type": "Point", "coordinates": [e["lon"], e["lat"]]}
    return {"type": "Feature", "id": f"event-{e['id']}", "geometry": point, "properties": props}


def _place_feature(p: Row) -> Row:
    props = {k: v for k, v in p.items() if k not in ("lat", "lon")}
    key = p.get("geonameid") or re.sub(r"\W+", "-", f"{p['name']}-{p.get('country') or ''}".lower())
    point = {"type": "Point", "coordinates": [p["lon"], p["lat"]]}
    return {"type": "Feature", "id": f"place-{key}", "geometry": point, "properties": props}


def _has_point(row: Row) -> bool:
    return row.get("lat") is not None and row.get("lon") is not None


def create_app(
    db_url: Optional[str] = None,
    token: Optional[str] = None,
    *,
    cors_origins: Sequence[str] = (),
    max_body: int = MAX_BODY,
    store: Any = None,
) -> FastAPI:
    """The API over the store at `db_url` (SQLite path or postgresql:// URL).

    With `token`, `POST /api/ingest` is enabled for `Authorization: Bearer <token>`; without,
    the server is read-only and a missing SQLite file is an error (nothing to show).
    """
    from frontwire.store import open_store
    from frontwire.web import INDEX_HTML, STATIC_DIR

    if token is not None and not token.strip():
        raise ValueError("the token must not be empty")
    if store is None:
        store = open_store(db_url, create=token is not None)

    app = FastAPI(
        title="frontwire",
        version="0.1.0",
        description="News on war and diplomacy as structured records: articles, quotes, places, events, claims.",
        openapi_url="/api/openapi.json",
        dependencies=[Depends(known_parameters)],
        docs_url=None,  # Swagger UI and ReDoc load their JS from CDNs: the spec is served alone
        redoc_url=None,
    )
    app.state.store = store
    app.state.token = token
    app.state.read_only = token is None
    app.add_middleware(BodyLimit, max_body=max_body)
    app.add_middleware(SecurityHeaders)  # outermost but CORS: the limits' 413/414 get the headers too
    if cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=list(cors_origins), allow_methods=["GET", "POST"],
                           allow_headers=["Authorization", "Content-Type"])

    @app.exception_handler(FrontwireError)
    def _store_error(request: Request, exc: FrontwireError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=503)

    # -- records ------------------------------------------------------------------------

    @app.get("/api/articles", response_model=Page[ArticleRow], tags=["records"])
    def articles(q: Optional[str] = Text(WORDS), limit: int = Limit(), offset: int = Offset(),
                 cursor: Optional[str] = Cursor()) -> Row:
        """Stored articles, or those matching the words of `q` (full-text)."""
        items, nxt = paged(lambda n, o: store.articles(q=q, limit=n, offset=o), limit, offset, cursor)
        return {"items": items, "next": nxt}

    @app.get("/api/articles/{article_id}", response_model=ArticleDetail, tags=["records"],
             responses={404: {"model": Problem}})
    def article(article_id: int = Path(..., ge=1, le=2**53)) -> Row:
        """One article: its text, and its quotes and events with the offsets of their evidence."""
        view = adapters.article_view(store, article_id)
        if view is None:
            raise HTTPException(404, f"no article {article_id}")
        return view

    @app.get("/api/quotes", response_model=Page[QuoteRow], tags=["records"])
    def quotes(speaker: Optional[str] = Text("speaker name (case-insensitive substring)"), q: Optional[str] = Text(WORDS),
               limit: int = Limit(), offset: int = Offset(), cursor: Optional[str] = Cursor()) -> Row:
        """Quotes, by speaker (case-insensitive substring) and/or words (full-text)."""
        items, nxt = paged(lambda n, o: store.quotes(speaker=speaker, q=q, limit=n, offset=o), limit, offset, cursor)
        return {"items": items, "next": nxt}

    def _events(type: Optional[str], place: Optional[str], actor: Optional[str], date_from: Optional[str],
                date_to: Optional[str], background: str = "exclude") -> Fetch:
        day_from, day_to = _days(date_from, date_to)
        kind = _event_type(type)
        return lambda n, o: store.events(type=kind, place=place, actor=actor, date_from=day_from, date_to=day_to,
                                         limit=n, offset=o, background=background)

    @app.get("/api/events", response_model=Page[EventRow], tags=["records"])
    def events(type: Optional[str] = EventType(), place: Optional[str] = Text(PLACE), actor: Optional[str] = Text(ACTOR),
               date_from: Optional[str] = DateFrom(), date_to: Optional[str] = DateTo(), background: str = Background(),
               limit: int = Limit(), offset: int = Offset(), cursor: Optional[str] = Cursor()) -> Row:
        """Events (PLOVER types), by type, place, actor and dates; an undated event has its article's date."""
        items, nxt = paged(_events(type, place, actor, date_from, date_to, background), limit, offset, cursor)
        return {"items": items, "next": nxt}

    def _places(q: Optional[str], country: Optional[str]) -> list[Row]:
        rows = store.places()
        if country is not None:
            from frontwire.store.acled import country_codes

            try:
                _closed("country", country, country_codes())
            except RequestValidationError:
                stored = ", ".join(sorted({p["country"] for p in rows if p.get("country")})) or "none yet"
                raise _invalid("country", country, f"{country!r} is not an ISO 3166 alpha-2 country code;"
                                                   f" stored places are in: {stored}") from None
        if q:
            needle = q.lower()
            rows = [p for p in rows if needle in p["name"].lower() or any(needle in n.lower() for n in p.get("names") or [])]
        if country:
            rows = [p for p in rows if (p.get("country") or "").upper() == country.upper()]
        return rows

    @app.get("/api/places", response_model=Page[PlaceRow], tags=["records"])
    def places(q: Optional[str] = Text(PLACE), country: Optional[str] = Country(), limit: int = Limit(),
               offset: int = Offset(), cursor: Optional[str] = Cursor()) -> Row:
        """Places named in the stored articles, with how many articles and events name them."""
        items, nxt = sliced(_places(q, country), limit, offset, cursor)
        return {"items": items, "next": nxt}

    @app.get("/api/claims", response_model=Page[dict[str, Any]], tags=["records"])
    def claims(date_from: Optional[str] = DateFrom(), date_to: Optional[str] = DateTo(),
               min_sources: int = Query(1, ge=1, le=1000, description="only claims reported by at least this many sources"),
               type: Optional[str] = EventType(), place: Optional[str] = Text(PLACE),
               region: Optional[str] = Text("admin1 or country (e.g. Donetsk, UA)"),
               disputed: bool = Query(False, description="only claims with a denial or a conflicting figure"),
               limit: int = Limit(), offset: int = Offset(), cursor: Optional[str] = Cursor()) -> Row:
        """Cross-source claims: reports of one happening from several sources, with their contradictions."""
        day_from, day_to = _days(date_from, date_to)
        kind = _event_type(type)
        problem = adapters.unknown_region(store, region)
        if problem is not None:
            raise _invalid("region", region, f"{region!r}: {problem}")
        start = _start(offset, cursor)
        rows = adapters.claims_json(store, day_from, day_to, kind, place, region, disputed, min_sources,
                                    limit=limit + 1, offset=start)
        nxt = f'"o{start + limit}"' if len(rows) > limit else "null"
        # The stored clusters are JSON already: passed through, not parsed and re-encoded.
        return Response('{"items": [' + ", ".join(rows[:limit]) + '], "next": ' + nxt + "}", media_type="application/json")

    # -- aggregates for the page ---------------------------------------------------------

    @app.get("/api/facets", response_model=Facets, tags=["aggregates"])
    def facets() -> Row:
        """Event types, actors, places and days with their counts (the page's filters and timeline)."""
        return adapters.facets(store)

    @app.get("/api/speakers", response_model=list[Counted], tags=["aggregates"])
    def speakers() -> list[Row]:
        """Speakers of the stored quotes, with how many quotes each."""
        return adapters.speakers(store)

    @app.get("/api/stats", response_model=Stats, tags=["aggregates"])
    def stats() -> Row:
        return adapters.jsonable(store.stats())

    # -- GeoJSON for the map -------------------------------------------------------------

    @app.get("/api/geo/events", response_model=FeatureCollection, tags=["geo"])
    def geo_events(type: Optional[str] = EventType(), place: Optional[str] = Text(PLACE), actor: Optional[str] = Text(ACTOR),
                   date_from: Optional[str] = DateFrom(), date_to: Optional[str] = DateTo(), background: str = Background(),
                   limit: int = Query(1000, ge=1, le=MAX_GEO_LIMIT, description="features per page"),
                   offset: int = Offset(), cursor: Optional[str] = Cursor()) -> Row:
        """Events with coordinates as GeoJSON points (same filters as /api/events)."""
        rows, nxt = paged(_events(type, place, actor, date_from, date_to, background), limit, offset, cursor)
        return {"type": "FeatureCollection", "features": [_event_feature(e) for e in rows if _has_point(e)], "next": nxt}

    @app.get("/api/geo/places", response_model=FeatureCollection, tags=["geo"])
    def geo_places(q: Optional[str] = Text(PLACE), country: Optional[str] = Country()) -> Row:
        """Places with coordinates as GeoJSON points."""
        rows = [adapters.jsonable(p) for p in _places(q, country) if _has_point(p)]
        return {"type": "FeatureCollection", "features": [_place_feature(p) for p in rows], "next": None}

    # -- writing (token only) ------------------------------------------------------------

    bearer = HTTPBearer(auto_error=False, description="the token `frontwire serve --token` was started with")

    def require_token(credentials: Optional[HTTPAuthorizationCredentials] = Depends(bearer)) -> None:
        if token is None:
            raise HTTPException(403, "read-only server: start it with --token to enable ingest")
        if credentials is None or credentials.scheme.lower() != "bearer":
            raise HTTPException(401, "missing bearer token", headers={"WWW-Authenticate": "Bearer"})
        if not hmac.compare_digest(credentials.credentials.encode(), token.encode()):
            raise HTTPException(403, "wrong token")

    ingest_lock = threading.Lock()
    pipeline: list[Any] = []

    @app.post("/api/ingest", status_code=201, response_model=IngestResult, tags=["writing"],
              include_in_schema=token is not None, dependencies=[Depends(require_token)],
              responses={**PROBLEMS, 413: {"model": Problem}, 422: {"model": Problem}})
    def ingest(body: IngestRequest) -> Row:
        """Extract one document (plain text or HTML) and store it; says whether it was new."""
        from frontwire.ingest import to_article
        from frontwire.models import Document
        from frontwire.pipeline import Pipeline

        content = body.text if body.text and body.text.strip() else body.html
        assert content is not None
        source = body.source or "api:" + hashlib.sha256(content.encode()).hexdigest()[:16]
        document = Document(source=source, content=content, kind="text" if content is body.text else "html",
                            url=body.url, title=body.title, published=body.published, publisher=body.publisher)
        with ingest_lock:
            try:
                article = to_article(document, published=body.published)
                if not pipeline:
                    pipeline.append(Pipeline())
                record = pipeline[0].process(article)
            except BadDocument as exc:
                raise HTTPException(422, exc.problem if hasattr(exc, "problem") else str(exc))
            added = store.put(record)
        return {"article_id": added.article_id, "status": added.status, "similarity": added.similarity,
                "quotes": len(record.quotes), "places": len(record.places), "events": len(record.events)}

    # -- the map's own layers: settlement labels and overlays ----------------------------

    from frontwire.api import mapdata
    from frontwire.api.labels import BBox, Settlements
    from frontwire.store import overlays as overlay_store

    settlements = Settlements()
    app.state.settlements = settlements

    @app.get("/api/geo/settlements", response_model=list[Settlement], tags=["geo"])
    def geo_settlements(
        bbox: str = Query(..., max_length=120, pattern=r"^-?[0-9]{1,3}(\.[0-9]{1,10})?(,-?[0-9]{1,3}(\.[0-9]{1,10})?){3}$",
                          description="the view: west,south,east,north in degrees"),
        zoom: int = Query(..., ge=0, le=20, description="the map's zoom level (sets the smallest population shown)"),
        limit: int = Query(200, ge=1, le=500, description="settlements at most, biggest first"),
    ) -> list[Row]:
        """Settlements in a view, biggest first, for the map's labels (offline gazetteer, GeoNames)."""
        try:
            box = BBox.parse(bbox)
        except ValueError as exc:
            raise _invalid("bbox", bbox, str(exc)) from None
        return settlements.in_view(box, zoom, limit)

    @app.get("/api/map/events", response_class=JSONResponse, tags=["geo"], responses={200: {"model": MapEvents}})
    def map_events(type: Optional[str] = EventType(), place: Optional[str] = Text(PLACE), actor: Optional[str] = Text(ACTOR),
                   date_from: Optional[str] = DateFrom(), date_to: Optional[str] = DateTo(),
                   background: str = Background()) -> JSONResponse:
        """Every event the filters select (as /api/events), compact, in one response: the map page's data.

        Evidence is cut to its first 220 characters; actors are names only. One response instead
        of pages of full records keeps the page interactive with 10,000 events in the store.
        """
        rows = _events(type, place, actor, date_from, date_to, background)(MAX_MAP_EVENTS + 1, 0)
        body = mapdata.compact(rows[:MAX_MAP_EVENTS])
        body["truncated"] = len(rows) > MAX_MAP_EVENTS
        return JSONResponse(body)

    def _overlay_row(row: Row) -> Row:
        out = adapters.jsonable(row)
        out["date"] = out.pop("valid_on", None)
        return out

    @app.get("/api/overlays", response_model=list[OverlayRow], tags=["overlays"])
    def overlays() -> list[Row]:
        """Stored map overlays (front lines, areas of control), newest day first, without geometry."""
        return [_overlay_row(r) for r in overlay_store.listed(store.db)]

    @app.get("/api/overlays/{overlay_id}", response_model=OverlayDetail, tags=["overlays"],
             responses={404: {"model": Problem}})
    def overlay(overlay_id: int = Path(..., ge=1, le=2**53)) -> Row:
        """One overlay with its GeoJSON FeatureCollection."""
        row = overlay_store.get(store.db, overlay_id)
        if row is None:
            raise HTTPException(404, f"no overlay {overlay_id}")
        return _overlay_row(row)

    @app.post("/api/overlays", status_code=201, response_model=OverlayRow, tags=["writing"],
              include_in_schema=token is not None, dependencies=[Depends(require_token)],
              responses={**PROBLEMS, 413: {"model": Problem}, 422: {"model": Problem}})
    def add_overlay(body: OverlayRequest) -> Row:
        """Keep an overlay in the store with its source and date."""
        try:
            overlay_id = overlay_store.add(store.db, body.name, body.source, body.geojson,
                                           body.date.isoformat() if body.date else None, body.format)
        except overlay_store.BadOverlay as exc:
            raise HTTPException(422, f"overlay {body.name!r}: {exc}")
        row = overlay_store.get(store.db, overlay_id)
        assert row is not None
        row.pop("geojson")
        return _overlay_row(row)

    # -- API documentation, offline: the page docs.html renders /api/openapi.json -----------

    @app.api_route("/docs", methods=["GET", "HEAD"], include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC_DIR / "docs.html", media_type="text/html; charset=utf-8")

    # -- the page ------------------------------------------------------------------------

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(INDEX_HTML, media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app
