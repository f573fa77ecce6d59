"""Request and response models: they are the OpenAPI spec of the API.

The rows of quotes, events (and an event's actors), places and articles are built from the record
definition (frontwire/models.py) and the list views' own columns (frontwire/store/columns.py): a
field added there is in the API's rows and its spec without an edit here.
"""
from __future__ import annotations

import datetime as dt
import typing
from typing import Any, Generic, Literal, Optional, TypeVar

from pydantic import BaseModel, ConfigDict, Field, create_model, model_validator

from frontwire.models import Actor, Article, Event, Place, Quote, record_fields
from frontwire.store import columns
from frontwire.store.columns import ArticleRef, SourceRef, ViewColumns

T = TypeVar("T")


class Open(BaseModel):
    """Rows the store returns: the listed fields, plus any the store adds later."""

    model_config = ConfigDict(extra="allow")


class Page(BaseModel, Generic[T]):
    items: list[T]
    next: Optional[str] = Field(None, description="cursor of the next page (pass as ?cursor=), null on the last page")


Fields = dict[str, Any]  # name -> (type, default or FieldInfo), as pydantic.create_model takes them


def _optional(*names: str, kind: Any = str) -> Fields:
    return {name: (Optional[kind], None) for name in names}


def record_fields_api(cls: type, models: dict[type, type[BaseModel]], listed: bool = True) -> Fields:
    """The fields of a record dataclass as pydantic fields: a required value stays required,
    flags default to false, lists to empty, everything else may be null (rows of older stores)."""
    out: Fields = {}
    for f in record_fields(cls):
        if listed and not (f.listed and f.stored):
            continue
        if f.child is not None:
            out[f.name] = (list[models[f.child]], [])  # type: ignore[valid-type]
        elif f.kind is list:
            out[f.name] = (list[f.item], [])  # type: ignore[name-defined]
        elif f.kind is bool:
            out[f.name] = (bool, False)
        elif f.required and not f.optional and not f.nullable:
            out[f.name] = (f.kind, ...)
        else:
            out[f.name] = (Optional[f.kind], None)
    return out


def record_model(name: str, cls: type, head: Fields | None = None, tail: Fields | None = None,
                 base: type[BaseModel] = Open, models: dict[type, type[BaseModel]] | None = None,
                 doc: str | None = None) -> type[BaseModel]:
    """A row model: the `head` columns, the record's listed fields (from frontwire/models.py), then `tail`."""
    fields = {**(head or {}), **record_fields_api(cls, models or {}), **(tail or {})}
    return create_model(name, __base__=base, __doc__=doc, **fields)


Source = record_model("Source", SourceRef)
PlaceArticle = record_model("PlaceArticle", ArticleRef)
VIEW_MODELS: dict[type, type[BaseModel]] = {SourceRef: Source, ArticleRef: PlaceArticle}


def view_fields(view: ViewColumns) -> Fields:
    """A list view's own columns (store/columns.py) as pydantic fields, their records as the models above."""
    out: Fields = {}
    for name, (kind, default) in view.items():
        item = typing.get_args(kind)[0] if typing.get_origin(kind) is list else None
        out[name] = (list[VIEW_MODELS[item]], default) if item in VIEW_MODELS else (kind, default)  # type: ignore[valid-type]
    return out


# An article's metadata and its sources: the head and the tail of a listed and of a shown article.
ARTICLE_HEAD: Fields = {**columns.ARTICLE_ID, **record_fields_api(Article, {}), **columns.ARTICLE_INGESTED}
ARTICLE_SOURCES: Fields = view_fields(columns.ARTICLE_SOURCES)
# The article a quote or an event was read from.
ROW_IDS: Fields = {"id": (int, ...), "article_id": (int, ...)}

ArticleRow = create_model("ArticleRow", __base__=Open, **ARTICLE_HEAD, **view_fields(columns.ARTICLE_COUNTS),
                          **ARTICLE_SOURCES, **_optional("snippet"))
QuoteRow = record_model("QuoteRow", Quote, head={**ROW_IDS, **_optional("article_title", "article_url", "article_source", "published")})
ActorRow = record_model("ActorRow", Actor)
EventRow = record_model(
    "EventRow", Event, head=ROW_IDS, models={Actor: ActorRow},
    tail=_optional("article_title", "article_url", "article_publisher", "article_source", "published"),
)


PlaceRow = record_model("PlaceRow", Place, tail=view_fields(columns.PLACE_TOTALS))


class Counted(BaseModel):
    name: str
    n: int


class DayCount(BaseModel):
    date: str
    n: int


class Facets(BaseModel):
    types: list[Counted]
    actors: list[Counted]
    places: list[Counted]
    date_min: Optional[str] = None
    date_max: Optional[str] = None
    timeline: list[DayCount]


def _offset(description: str | None = None) -> tuple[Any, Any]:
    return (Optional[int], Field(None, description=description))


ArticleQuote = record_model(
    "ArticleQuote", Quote, base=BaseModel, head={"id": (Optional[int], None)},
    tail={"start": _offset("offset of the quote in the article text"), "end": _offset(),
          "sentence_start": _offset("offset of its sentence (the evidence)"), "sentence_end": _offset()},
)


class ArticleEvent(EventRow):  # type: ignore[misc, valid-type]
    evidence_start: Optional[int] = Field(None, description="offset of the evidence sentence in the article text")
    evidence_end: Optional[int] = None


ArticleDetail = create_model(
    "ArticleDetail", __base__=Open, **ARTICLE_HEAD, text=(str, ...), **ARTICLE_SOURCES,
    quotes=(list[ArticleQuote], ...), events=(list[ArticleEvent], ...), places=(list[dict[str, Any]], ...),
)


class Point(BaseModel):
    type: Literal["Point"] = "Point"
    coordinates: list[float] = Field(..., min_length=2, max_length=2, description="[lon, lat]")


class Feature(BaseModel):
    type: Literal["Feature"] = "Feature"
    id: Optional[str] = None
    geometry: Point
    properties: dict[str, Any]


class FeatureCollection(BaseModel):
    type: Literal["FeatureCollection"] = "FeatureCollection"
    features: list[Feature]
    next: Optional[str] = Field(None, description="cursor of the next page, null on the last page")


class IngestRequest(BaseModel):
    """One news document to extract and store: `text` or `html`."""

    model_config = ConfigDict(extra="forbid")

    text: Optional[str] = Field(None, max_length=1_000_000, description="plain text of the article")
    html: Optional[str] = Field(None, max_length=2_000_000, description="HTML page of the article")
    published: Optional[dt.date] = Field(None, description="publication date YYYY-MM-DD")
    title: Optional[str] = Field(None, max_length=1_000)
    url: Optional[str] = Field(None, max_length=2_000)
    publisher: Optional[str] = Field(None, max_length=200)
    source: Optional[str] = Field(None, max_length=1_000, description="a name for this input (default: api:<hash>)")

    @model_validator(mode="after")
    def _one_body(self) -> "IngestRequest":
        given = [k for k in ("text", "html") if getattr(self, k) and getattr(self, k).strip()]
        if len(given) != 1:
            raise ValueError("give exactly one of `text` or `html`, not empty")
        return self


class IngestResult(BaseModel):
    article_id: int
    status: str = Field(..., description="stored | duplicate | near-duplicate")
    similarity: float
    quotes: int
    places: int
    events: int


class Stats(Open):
    articles: int = 0
    events: int = 0
    quotes: int = 0
    places: int = 0


class Problem(BaseModel):
    detail: str


class Settlement(BaseModel):
    name: str
    lat: float
    lon: float
    population: int
    country: Optional[str] = None
    geonameid: Optional[int] = None


class OverlayRow(BaseModel):
    id: int
    name: str
    source: str
    date: Optional[str] = Field(None, description="the day the overlay shows (YYYY-MM-DD)")
    format: str = Field(..., description="geojson | kml: what the file was before the page converted it")
    n_features: int
    added_at: str


class OverlayDetail(OverlayRow):
    geojson: dict[str, Any] = Field(..., description="the overlay as one GeoJSON FeatureCollection")


class OverlayRequest(BaseModel):
    """A map overlay (front line, areas of control) as GeoJSON, with who published it and for which day."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(..., min_length=1, max_length=200)
    source: str = Field(..., min_length=1, max_length=500, description="who published it, e.g. a monitor's name or URL")
    date: Optional[dt.date] = Field(None, description="the day it shows, YYYY-MM-DD")
    format: Literal["geojson", "kml"] = "geojson"
    geojson: dict[str, Any] = Field(..., description="FeatureCollection, Feature or geometry (KML converted to GeoJSON)")


class MapEvents(BaseModel):
    """Every filtered event in one response, as rows of `columns`: what the map page draws, lists
    and counts. The full records (all fields, whole evidence) are /api/events."""

    columns: list[str]
    rows: list[list[Any]]
    articles: dict[str, Optional[str]] = Field(..., description="article id -> title, for the rows' article_id")
    truncated: bool = Field(..., description="true when more events matched than one response carries")
