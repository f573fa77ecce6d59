"""Request and response models: they are the OpenAPI spec of the API."""
from __future__ import annotations

import datetime as dt
from typing import Any, Generic, Literal, Optional, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

T = TypeVar("T")


class Open(BaseModel):
    """Rows the store returns: the listed fields, plus any the store adds later."""

    model_config = ConfigDict(extra="allow")


class Page(BaseModel, Generic[T]):
    items: list[T]
    next: Optional[str] = Field(None, description="cursor of the next page (pass as ?cursor=), null on the last page")


class Source(Open):
    source: Optional[str] = None
    url: Optional[str] = None
    publisher: Optional[str] = None
    similarity: Optional[float] = None
    added_at: Optional[str] = None


class ArticleRow(Open):
    id: int
    title: Optional[str] = None
    publisher: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    language: Optional[str] = None
    ingested_at: Optional[str] = None
    n_quotes: int = 0
    n_places: int = 0
    n_events: int = 0
    source: Optional[str] = None
    sources: list[Source] = []
    snippet: Optional[str] = None


class QuoteRow(Open):
    id: int
    article_id: int
    article_title: Optional[str] = None
    article_url: Optional[str] = None
    article_source: Optional[str] = None
    published: Optional[str] = None
    text: str
    speaker: Optional[str] = None
    kind: Optional[str] = None
    cue: Optional[str] = None
    sentence: Optional[str] = None
    speaker_label: Optional[str] = None


class ActorRow(Open):
    name: str
    country: Optional[str] = None
    role: Optional[str] = None
    sector: Optional[str] = None


class EventRow(Open):
    id: int
    article_id: int
    type: str
    date: Optional[str] = None
    date_precision: Optional[str] = None
    place: Optional[str] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    country: Optional[str] = None
    killed: Optional[int] = None
    wounded: Optional[int] = None
    captured: Optional[int] = None
    distance_km: Optional[float] = None
    modality: Optional[str] = None
    attribution: Optional[str] = None
    background: bool = False
    unverified: bool = False
    trigger: Optional[str] = None
    evidence: str
    article_title: Optional[str] = None
    article_url: Optional[str] = None
    article_publisher: Optional[str] = None
    article_source: Optional[str] = None
    published: Optional[str] = None
    actors: list[ActorRow] = []


class PlaceArticle(Open):
    id: int
    title: Optional[str] = None
    source: Optional[str] = None


class PlaceRow(Open):
    name: str
    country: Optional[str] = None
    kind: Optional[str] = None
    admin1: Optional[str] = None
    geonameid: Optional[int] = None
    lat: Optional[float] = None
    lon: Optional[float] = None
    names: list[str] = []
    n_articles: int = 0
    n_mentions: int = 0
    n_events: int = 0
    metonymy_only: bool = False
    articles: list[PlaceArticle] = []


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


class ArticleQuote(BaseModel):
    id: Optional[int] = None
    text: str
    speaker: Optional[str] = None
    kind: Optional[str] = None
    cue: Optional[str] = None
    sentence: Optional[str] = None
    speaker_label: Optional[str] = None
    start: Optional[int] = Field(None, description="offset of the quote in the article text")
    end: Optional[int] = None
    sentence_start: Optional[int] = Field(None, description="offset of its sentence (the evidence)")
    sentence_end: Optional[int] = None


class ArticleEvent(EventRow):
    evidence_start: Optional[int] = Field(None, description="offset of the evidence sentence in the article text")
    evidence_end: Optional[int] = None


class ArticleDetail(Open):
    id: int
    title: Optional[str] = None
    publisher: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None
    language: Optional[str] = None
    ingested_at: Optional[str] = None
    text: str
    source: Optional[str] = None
    sources: list[Source] = []
    quotes: list[ArticleQuote]
    events: list[ArticleEvent]
    places: list[dict[str, Any]]


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
