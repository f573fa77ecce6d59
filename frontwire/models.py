"""The records that flow through frontwire: document -> article -> records.

Every stage takes and returns these dataclasses; `ArticleRecord.to_dict()` is the
extraction contract of shared/corpus/README.md (plus extra fields).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Document:
    """One raw input unit: a file, a JSON Lines record, a feed entry or a WARC response."""

    source: str  # file path (plus '#N' for records inside a container)
    content: str  # decoded text or HTML
    kind: str  # "text" | "html"
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class Article:
    """A document with its boilerplate removed and its metadata read."""

    source: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    url: str | None = None
    language: str | None = "en"
    warnings: list[str] = field(default_factory=list)


@dataclass
class Entity:
    name: str  # canonical name, e.g. "Volodymyr Zelensky"
    label: str  # spaCy label: PERSON, ORG, GPE, NORP, ...
    mentions: list[str] = field(default_factory=list)


@dataclass
class Quote:
    text: str
    speaker: str | None
    kind: str  # "direct" | "indirect" | "mixed"
    cue: str | None = None  # the speech verb or phrase: "said", "told reporters", "according to"
    start: int = 0  # character offsets of `text` in Article.text
    end: int = 0
    sentence: str = ""
    speaker_label: str | None = None  # PERSON / ORG / GROUP ...


@dataclass
class Place:
    name: str  # the name as used in the article's first mention
    lat: float | None
    lon: float | None
    country: str | None  # ISO alpha-2
    kind: str = "city"  # country | admin1 | region | city
    admin1: str | None = None
    geonameid: int | None = None
    canonical: str | None = None  # the gazetteer's name for it
    mentions: list[str] = field(default_factory=list)
    metonymy: bool = False  # only used as a stand-in for a government ("sanctions on Moscow")


@dataclass
class Actor:
    name: str
    country: str | None  # ISO alpha-3
    role: str = "source"  # source | target
    sector: str | None = None  # government, military, police, civilians, rebels, ...


@dataclass
class Event:
    type: str  # PLOVER type, upper case
    evidence: str  # the sentence the event was read from
    actors: list[Actor] = field(default_factory=list)
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    date: str | None = None  # YYYY-MM-DD
    date_precision: str | None = None  # day | week | month | year
    killed: int | None = None
    wounded: int | None = None
    captured: int | None = None
    distance_km: float | None = None
    modality: str = "asserted"  # asserted | denied | planned | hypothetical | conditional
    attribution: str | None = None  # who claims it (canonical speaker)
    background: bool = False
    trigger: str | None = None
    subtype: str | None = None  # e.g. advance, drone strike, summit: tells mentions apart
    # "text" (an expression in the sentence), "story" (the day of the story's attack, or
    # counted from a day the text gave before: "two days earlier") or "publication"
    date_source: str | None = None
    mentions: list[str] = field(default_factory=list)  # other sentences reporting the same event
    start: int = 0
    end: int = 0
    # The text says the claim behind it "could not be independently verified" (or the like).
    unverified: bool = False


@dataclass
class ArticleRecord:
    article: Article
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # Background ("Russia, which invaded Ukraine in 2022") and conditional or feared events,
    # kept out of `events` so that the record lists what is reported as happening now.
    secondary_events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        a = self.article
        return {
            "source": a.source,
            "url": a.url,
            "title": a.title,
            "publisher": a.publisher,
            "published": a.published.isoformat() if a.published else None,
            "language": a.language,
            "text": a.text,
            "entities": [asdict(e) for e in self.entities],
            "quotes": [asdict(q) for q in self.quotes],
            "places": [asdict(p) for p in self.places],
            "events": [asdict(e) for e in self.events],
            "secondary_events": [asdict(e) for e in self.secondary_events],
            "warnings": list(a.warnings),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ArticleRecord":
        published = d.get("published")
        article = Article(
            source=d.get("source") or "",
            text=d.get("text") or "",
            title=d.get("title"),
            published=dt.date.fromisoformat(published) if published else None,
            publisher=d.get("publisher"),
            url=d.get("url"),
            language=d.get("language"),
            warnings=list(d.get("warnings") or []),
        )
        return cls(
            article=article,
            entities=[Entity(**e) for e in d.get("entities", [])],
            quotes=[Quote(**q) for q in d.get("quotes", [])],
            places=[Place(**p) for p in d.get("places", [])],
            events=[_event(e) for e in d.get("events", [])],
            secondary_events=[_event(e) for e in d.get("secondary_events", [])],
        )


def _event(d: dict[str, Any]) -> Event:
    return Event(**{**d, "actors": [Actor(**x) for x in d.get("actors", [])]})
