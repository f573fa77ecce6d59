"""The records that flow through frontwire: document -> article -> records.

Every stage takes and returns these dataclasses; `ArticleRecord.to_dict()` is the
extraction contract of shared/corpus/README.md (plus extra fields).

They are also the one definition of a record's fields: the store's columns and row conversion
(store/columns.py), the API's row schemas (api/schemas.py) and the export columns
(store/export.py) are derived from them with `record_fields`. A field's `meta(...)` says where it
differs from the default: its SQL column name, a SQL type, whether list views show it.
"""
from __future__ import annotations

import datetime as dt
import functools
import types
import typing
from dataclasses import MISSING, asdict, dataclass, field, fields, is_dataclass
from typing import Any


def meta(column: str | None = None, *, sql: str | None = None, listed: bool = True, stored: bool = True,
         nullable: bool = False) -> dict[str, Any]:
    """Where a field differs from the default in the store and the views.

    column: its SQL column when its name is a reserved or ambiguous word there (start, date);
    sql: a SQL type other than the one its Python type gives (BIGINT for GeoNames ids);
    listed: False for fields only the whole record carries, not list views and exports: offsets, an
        article's text, and what the places view folds into its totals (a place's canonical name,
        mentions, metonymy);
    stored: False for fields kept elsewhere (an article's source is one of its sources);
    nullable: a required field that older stores hold NULL in.
    """
    return {"column": column, "sql": sql, "listed": listed, "stored": stored, "nullable": nullable}


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

    source: str = field(metadata=meta(stored=False))  # the store keeps every source in article_sources
    text: str = field(metadata=meta(listed=False))
    # In the order of the articles view (and its exports), which shows these.
    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    url: str | None = None
    language: str | None = "en"
    warnings: list[str] = field(default_factory=list, metadata=meta(listed=False))


@dataclass
class Entity:
    name: str  # canonical name, e.g. "Volodymyr Zelensky"
    label: str = field(metadata=meta(nullable=True))  # spaCy label: PERSON, ORG, GPE, NORP, ...
    mentions: list[str] = field(default_factory=list)


@dataclass
class Quote:
    text: str
    speaker: str | None
    kind: str = field(metadata=meta(nullable=True))  # "direct" | "indirect" | "mixed"
    cue: str | None = None  # the speech verb or phrase: "said", "told reporters", "according to"
    start: int = field(default=0, metadata=meta("start_char", listed=False))  # character offsets of `text` in Article.text
    end: int = field(default=0, metadata=meta("end_char", listed=False))
    sentence: str = ""
    speaker_label: str | None = None  # PERSON / ORG / GROUP ...
    # The speaker's canonical name ("Kevin Barrett") where `speaker` is as the text describes them
    # ("Mr. Kevin Barrett, the lawyer for the family"): what counts, filters and links read.
    speaker_name: str | None = None

    @property
    def who(self) -> str | None:
        """The speaker by canonical name (stores written before speaker_name give `speaker`)."""
        return self.speaker_name or self.speaker


@dataclass
class Place:
    name: str  # the name as used in the article's first mention
    lat: float | None
    lon: float | None
    country: str | None  # ISO alpha-2
    kind: str = "city"  # country | admin1 | region | city
    admin1: str | None = None
    geonameid: int | None = field(default=None, metadata=meta(sql="BIGINT"))
    # The places view names a place by this, counts its mentions and tells if it is only ever a stand-in.
    canonical: str | None = field(default=None, metadata=meta(listed=False))  # the gazetteer's name for it
    mentions: list[str] = field(default_factory=list, metadata=meta(listed=False))
    metonymy: bool = field(default=False, metadata=meta(listed=False))  # only used as a stand-in for a government ("sanctions on Moscow")


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
    date: str | None = field(default=None, metadata=meta("event_date"))  # YYYY-MM-DD
    date_precision: str | None = None  # day | week | month | year
    killed: int | None = None
    wounded: int | None = None
    captured: int | None = None
    distance_km: float | None = None
    modality: str = "asserted"  # asserted | denied | planned | hypothetical | conditional
    attribution: str | None = None  # who claims it (canonical speaker)
    background: bool = False
    trigger: str | None = field(default=None, metadata=meta("trigger_word"))
    subtype: str | None = None  # e.g. advance, drone strike, summit: tells mentions apart
    # "text" (an expression in the sentence), "bound" (the day of the act it is told as coming
    # before: "cut power on Tuesday after Russia hit the plants", no later than that), "story"
    # (the day of the story's attack, or counted from a day the text gave before: "two days
    # earlier") or "publication"
    date_source: str | None = None
    mentions: list[str] = field(default_factory=list)  # other sentences reporting the same event
    start: int = field(default=0, metadata=meta("start_char", listed=False))
    end: int = field(default=0, metadata=meta("end_char", listed=False))
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

    def contract_values(self) -> dict[str, Any]:
        """The record's fields by the contract's keys, in its order, holding the record's own values
        (nothing copied or converted). The one list of those keys: `to_dict` converts these values
        and the Parquet row (batch/schema.py) encodes them straight from here."""
        a = self.article
        return {
            "source": a.source,
            "url": a.url,
            "title": a.title,
            "publisher": a.publisher,
            "published": a.published,
            "language": a.language,
            "text": a.text,
            "entities": self.entities,
            "quotes": self.quotes,
            "places": self.places,
            "events": self.events,
            "secondary_events": self.secondary_events,
            "warnings": a.warnings,
        }

    def to_dict(self) -> dict[str, Any]:
        """The extraction contract: `contract_values()` as plain JSON values (dataclasses as dicts,
        copies of the lists, the day as YYYY-MM-DD)."""
        out = self.contract_values()
        for key, value in out.items():
            if isinstance(value, list):
                out[key] = [asdict(v) if is_dataclass(v) else v for v in value]
        published = out["published"]
        out["published"] = published.isoformat() if published else None
        return out

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


# -- the fields of a record, for everything derived from the definition -------------------------

@dataclass(frozen=True)
class RecordField:
    """One field of a record dataclass, with its type taken apart."""

    name: str
    kind: type  # str, int, float, bool, dt.date, list, or a record dataclass (a list of them: `item`)
    item: type | None  # what a list holds: str or a record dataclass
    optional: bool  # None is a value
    required: bool  # no default: the constructor needs it
    default: Any  # the default value (a fresh one for lists), or None when required
    column: str  # its SQL column
    sql: str | None
    listed: bool
    stored: bool
    nullable: bool

    @property
    def child(self) -> type | None:
        """The record dataclass of a list of records (an event's actors), stored in a table of its own."""
        return self.item if self.item is not None and is_dataclass(self.item) else None


def type_parts(hint: Any) -> tuple[type, type | None, bool]:
    """(kind, item, optional) of a type hint such as `int | None` or `list[Actor]`."""
    optional = False
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        optional, hint = True, args[0]
    if typing.get_origin(hint) is list:
        return list, typing.get_args(hint)[0], optional
    return hint, None, optional


@functools.cache  # read for every stored row: the type hints are resolved once per class
def record_fields(cls: type) -> tuple[RecordField, ...]:
    """The fields of a record dataclass in their order, as the store, the API and the exports see them."""
    hints = typing.get_type_hints(cls)
    out = []
    for f in fields(cls):
        kind, item, optional = type_parts(hints[f.name])
        m = f.metadata or meta()
        required = f.default is MISSING and f.default_factory is MISSING
        default = None if required else (f.default_factory() if f.default is MISSING else f.default)
        out.append(RecordField(f.name, kind, item, optional, required, default, m["column"] or f.name,
                               m["sql"], m["listed"], m["stored"], m["nullable"]))
    return tuple(out)
