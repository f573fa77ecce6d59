"""Reports: one claim by one source about one happening, read from a stored ArticleRecord.

A report comes from an extracted event, or from an article sentence the event extractor left
out that still carries a claim or a denial about a place ("The enemy has no foothold near
Dobropillia," said ...). Each report knows who says it (the event's attribution or the speaker
of the quote around the sentence, else the publisher), its stance -- asserts, denies or
qualifies -- and its figures: those it claims itself ("advanced no more than 2 km") apart from
those it disputes ("rejected claims that its forces had moved 10 km").
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from frontwire import vocab
from frontwire.extract import triggers as T
from frontwire.models import ArticleRecord, Event, Place, Quote

FIGURES = ("distance_km", "killed", "wounded")

# -- families of compatible event types ------------------------------------------------------
# Ground fighting (advances, captures, assaults, withdrawals) and strikes (missiles, drones,
# shelling) are reported under different PLOVER subtypes by different outlets; "attack" (an
# unspecific "killed 120 soldiers") fits either. The subtypes and their words are the event
# lexicon's (extract/lexicon/classes.yaml: GROUND_SUBTYPES, STRIKE_SUBTYPES and the claim words).
GROUND = T.word_class("GROUND_SUBTYPES")
STRIKE = T.word_class("STRIKE_SUBTYPES")
COMPATIBLE_WITH_ANY_ASSAULT = "attack"
FAMILY_TYPES = frozenset({"ASSAULT", "RETREAT"})


def subtype_of(event: Event) -> str | None:
    """The event's subtype; the store does not keep it, so it is read back from the trigger word."""
    if event.subtype:
        return event.subtype
    if not event.trigger:
        return None
    for lemma in T.lemmas_of_word(event.trigger):
        for event_type, subtype in T.kinds_of_lemma(lemma):
            if event_type == event.type:
                return subtype
    return None


def family_of(event_type: str, subtype: str | None) -> str:
    if event_type == "ASSAULT":
        if subtype in GROUND:
            return "ground"
        if subtype in STRIKE:
            return "strike"
        return COMPATIBLE_WITH_ANY_ASSAULT
    if event_type == "RETREAT":
        return "ground"  # a withdrawal from X and an advance on X are one story
    return event_type.lower()


def compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    ground_or_strike = {"ground", "strike", COMPATIBLE_WITH_ANY_ASSAULT}
    return COMPATIBLE_WITH_ANY_ASSAULT in (a, b) and a in ground_or_strike and b in ground_or_strike


# -- cue lexicons -----------------------------------------------------------------------------
def _denial_cue(ground_words: str, strike_words: str) -> re.Pattern:
    return re.compile(
        r"\b(?:den(?:y|ies|ied|ying|ial)"
        r"|refut\w+|rebut\w*"
        r"|(?:reject|dismiss|disput|contest)\w*\s+(?:\w+\s+){0,2}(?:claims?|reports?|allegations?|assertions?|statements?|figures?)"
        r"|(?:is|was|are|were)\s+(?:not\s+true|false|untrue|fake|a\s+fabrication)"
        rf"|no\s+(?:such\s+)?(?:{ground_words}|{strike_words}|incursion|presence|attack)"
        rf"|(?:did|does|do|has|have|had)\s*(?:not|n't)\s+(?:\w+\s+){{0,2}}(?:{ground_words}|break|reach\w*|take|strike|hit|attack\w*|enter\w*)"
        rf"|never\s+(?:\w+\s+)?(?:{ground_words}|reached|took|struck|hit|attacked)"
        r"|remains?\s+(?:firmly\s+)?(?:under|in)\s+(?:\w+\s+)?control"
        r"|fake\s+news|disinformation|propaganda)\b",
        re.I,
    )


@functools.lru_cache(maxsize=1)
def cues() -> dict[str, re.Pattern]:
    """Ground, strike and denial cues, built once from every form of the lexicon's ground and
    strike words ("advanced", "took control", "struck"); lazily, as the word forms take a moment."""
    ground = T.forms_pattern(T.cue_lemmas(FAMILY_TYPES, "GROUND_CLAIM_SUBTYPES", "GROUND_CLAIM_WORDS"))
    strike = T.forms_pattern(T.cue_lemmas(FAMILY_TYPES, "STRIKE_CLAIM_SUBTYPES", "STRIKE_CLAIM_WORDS"))
    return {"ground": re.compile(rf"\b(?:{ground})\b", re.I), "strike": re.compile(rf"\b(?:{strike})\b", re.I),
            "denial": _denial_cue(ground, strike)}


QUALIFIER_CUE = vocab.qualifier_cue()  # frontwire/data/qualifiers.json and unverified.json
# Sentences about what someone has long tried, or the setting, not a new happening.
BACKGROUND_CUE = re.compile(r"\b(?:trying|tried|sought|seeking|attempting)\s+to\b|\bfor\s+(?:months|years)\b|\bpre-war\b|\bsince\s+(?:20\d\d|the\s+start)\b", re.I)
# A note on the previous sentence's claim: "The claim could not be independently verified."
CLAIM_NOUN = re.compile(r"\b(?:claims?|reports?|figures?|accounts?|assertions?|statements?|it|this|that)\b", re.I)
CLAIM_BEFORE = re.compile(r"\b(?:claims?|reports?|allegations?|assertions?|statements?|figures?)\b[^.;]*$", re.I)
BOUND_BEFORE = re.compile(r"\b(?:no\s+more\s+than|not\s+more\s+than|only|just|at\s+most|less\s+than|fewer\s+than|barely|merely)\s*(?:about\s+|around\s+)?$", re.I)
DENIAL_STANCE_WORDS = re.compile(r"\b(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|refut\w*)\b", re.I)

_NUMBER_WORDS = {value: word for word, value in vocab.numbers(1).items()}
STOPWORDS = frozenset("""a an and are as at be been being but by for from had has have he her his in into is it its of on or
our over said says say saying she that the their them they this those to was were which who will with would not no
than more about after before also near there up its out over past day days week on tuesday wednesday monday thursday friday
saturday sunday""".split())

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"'”’]?|$)")


def sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sentence) over the text, never across a line break."""
    out = []
    for m in _SENTENCE.finditer(text):
        s = m.group(0)
        stripped = s.strip()
        if not stripped:
            continue
        start = m.start() + (len(s) - len(s.lstrip()))
        out.append((start, start + len(stripped), stripped))
    return out


def tokens(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z][a-z'-]+", text.lower())
    return frozenset(w[:6] for w in words if w not in STOPWORDS and len(w) > 2)


# -- the report -------------------------------------------------------------------------------
@functools.lru_cache(maxsize=8192)  # reports share a few days
def iso_day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass
class Report:
    article_id: int
    publisher: str | None
    title: str | None
    url: str | None
    published: str | None  # YYYY-MM-DD
    type: str
    subtype: str | None
    family: str
    evidence: str
    origin: str  # "event" | "sentence" (a sentence the event extractor did not turn into an event)
    speaker: str | None  # who claims it: attribution, quote speaker, or the publisher
    stance: str = "asserts"  # asserts | denies | qualifies
    modality: str = "asserted"
    date: str | None = None
    place: str | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO alpha-2 of the place
    admin1: str | None = None
    actor_countries: frozenset[str] = frozenset()
    figures: dict[str, float] = field(default_factory=dict)  # claimed by this report
    disputed: dict[str, float] = field(default_factory=dict)  # figures this report denies
    qualifiers: list[str] = field(default_factory=list)  # "premature", "could not be independently verified"
    noted_by: list[str] = field(default_factory=list)  # qualifying notes the publisher added next to it
    start: int = 0
    end: int = 0
    tokens: frozenset[str] = frozenset()
    index: int = 0  # position in the whole input, for stable ordering

    @functools.cached_property
    def day(self) -> dt.date | None:
        """The day clustering reads: the report's date, else its article's publication day.
        Computed once (clustering compares every report with many others); no other field."""
        return iso_day(self.date) or iso_day(self.published)

    @property
    def source_key(self) -> tuple[str, str]:
        return ((self.publisher or f"article {self.article_id}").lower(), (self.speaker or "").lower())

    def provenance(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "title": self.title, "publisher": self.publisher, "url": self.url,
                "published": self.published, "speaker": self.speaker, "stance": self.stance, "evidence": self.evidence}

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.provenance(), "type": self.type, "subtype": self.subtype, "origin": self.origin,
            "modality": self.modality, "date": self.date, "place": self.place, "lat": self.lat, "lon": self.lon,
            "country": self.country, "admin1": self.admin1, "actor_countries": sorted(self.actor_countries),
            "figures": dict(self.figures), "disputed": dict(self.disputed), "qualifiers": list(self.qualifiers),
            "noted_by": list(self.noted_by),
        }


# -- stance and figures -----------------------------------------------------------------------
def stance_of(text: str, modality: str = "asserted") -> tuple[str, list[str]]:
    qualifiers = [m.group(0).lower() for m in QUALIFIER_CUE.finditer(text)]
    if modality == "denied" or cues()["denial"].search(text):
        return "denies", qualifiers
    if qualifiers or modality in {"hypothetical", "planned", "conditional"}:
        return "qualifies", qualifiers
    return "asserts", qualifiers


def _figure_position(text: str, field_name: str, value: float) -> int | None:
    number = int(value) if float(value).is_integer() else value
    options = [re.escape(str(number))]
    if isinstance(number, int) and number in _NUMBER_WORDS:
        options.append(_NUMBER_WORDS[number])
    unit = r"\s*(?:km|kilomet(?:er|re)s?)" if field_name == "distance_km" else ""
    m = re.search(rf"\b(?:{'|'.join(options)}){unit}\b", text, re.I)
    return m.start() if m else None


def split_figures(text: str, figures: dict[str, float], stance: str) -> tuple[dict[str, float], dict[str, float]]:
    """Figures a report claims and figures it disputes.

    In a denial, a figure after "claims/reports ... that" is the one denied, a figure after
    "no more than / only / at most" is the denier's own account; in a denial sentence with
    neither, the figure is taken as the one denied.
    """
    if stance != "denies":
        return dict(figures), {}
    own, disputed = {}, {}
    for name, value in figures.items():
        pos = _figure_position(text, name, value)
        before = text[:pos] if pos is not None else text
        if BOUND_BEFORE.search(before):
            own[name] = value
        elif CLAIM_BEFORE.search(before) or DENIAL_STANCE_WORDS.search(before):
            disputed[name] = value
        else:
            own[name] = value
    return own, disputed


def _figures_in(text: str) -> dict[str, float]:
    from frontwire.extract.quantities import parse_quantities

    q = parse_quantities(text)
    return {k: getattr(q, k) for k in FIGURES if getattr(q, k) is not None}


def _event_figures(event: Event) -> dict[str, float]:
    return {k: getattr(event, k) for k in FIGURES if getattr(event, k) is not None}


# -- places -----------------------------------------------------------------------------------
_SPECIFIC = {"city": 0, "admin2": 1, "region": 2, "admin1": 3, "country": 4}


def _place_named(places: list[Place], name: str | None) -> Place | None:
    if not name:
        return None
    low = name.lower()
    for place in places:
        names = {place.name.lower(), (place.canonical or "").lower(), *(m.lower() for m in place.mentions)}
        if low in names:
            return place
    return None


def places_in(text: str, places: list[Place]) -> list[Place]:
    found = []
    for place in places:
        if place.metonymy or place.kind == "country":
            continue
        for mention in {place.name, *place.mentions}:
            if mention and re.search(rf"\b{re.escape(mention)}\b", text):
                found.append(place)
                break
    return sorted(found, key=lambda p: _SPECIFIC.get(p.kind, 2))


def actor_countries_in(text: str) -> frozenset[str]:
    from frontwire.extract.actors import country_of

    out = set()
    for word in set(re.findall(r"\b[A-Z][a-z]+(?:'s)?", text)):
        code = country_of(word.removesuffix("'s"))
        if code:
            out.add(code)
    return frozenset(out)


def _speaker_at(quotes: list[Quote], start: int, end: int) -> str | None:
    for quote in quotes:
        if quote.who and quote.end > start and quote.start < end:
            return quote.who
    return None


# -- from a record ----------------------------------------------------------------------------
def reports_from_record(article_id: int, record: ArticleRecord, first_index: int = 0) -> list[Report]:
    """Every claim the record holds, with stance, figures and provenance."""
    art = record.article
    published = art.published.isoformat() if isinstance(art.published, dt.date) else art.published
    text = art.text or ""
    base = dict(article_id=article_id, publisher=art.publisher, title=art.title, url=art.url, published=published)
    out: list[Report] = []

    for event in record.events:
        if event.background:
            continue
        subtype = subtype_of(event)
        family = family_of(event.type, subtype)
        evidence = event.evidence or ""
        stance, qualifiers = stance_of(evidence, event.modality)
        if family in {"reject", "accuse"} and cues()["ground"].search(evidence) and CLAIM_NOUN.search(evidence):
            # "rejected claims that its forces had advanced 10 km": a denial of the advance.
            family, subtype, stance = "ground", "advance", "denies"
        figures = _event_figures(event) or _figures_in(evidence)
        own, disputed = split_figures(evidence, figures, stance)
        place = _place_named(record.places, event.place)
        actors = frozenset(a.country for a in event.actors if a.country) or actor_countries_in(evidence)
        out.append(Report(
            **base, type=event.type, subtype=subtype, family=family, evidence=evidence, origin="event",
            speaker=event.attribution or art.publisher, stance=stance, modality=event.modality,
            date=event.date or published, place=event.place, lat=event.lat, lon=event.lon, country=event.country,
            admin1=place.admin1 if place else None, actor_countries=actors, figures=own, disputed=disputed,
            qualifiers=qualifiers, start=event.start, end=event.end, tokens=tokens(evidence),
        ))

    covered = [(r.start, r.end, r.evidence) for r in out]
    spans = sentences(text)
    for i, (start, end, sent) in enumerate(spans):
        if any((s < end and start < e) or ev == sent for s, e, ev in covered if e > s) or any(sent in ev for _, _, ev in covered):
            continue
        if len(sent.split()) < 5 or BACKGROUND_CUE.search(sent):
            continue
        ground, strike = cues()["ground"].search(sent), cues()["strike"].search(sent)
        if not (ground or strike):
            continue
        places = places_in(sent, record.places)
        if not places:
            continue
        denial = cues()["denial"].search(sent)
        stance, qualifiers = stance_of(sent)
        figures = _figures_in(sent)
        if not (ground and (figures or denial or re.search(r"\b(?:have|has|had)\s+\w+", sent))) and not (strike and (figures or denial)):
            continue  # a setting ("lies north of Pokrovsk"), not a claim
        own, disputed = split_figures(sent, figures, stance)
        place = places[0]
        resolved = None
        if art.published:
            from frontwire.extract.dates import resolve_date

            resolved = resolve_date(sent, art.published)
        out.append(Report(
            **base, type="ASSAULT", subtype="advance" if ground else "strike", family="ground" if ground else "strike",
            evidence=sent, origin="sentence", speaker=_speaker_at(record.quotes, start, end) or art.publisher,
            stance=stance, modality="denied" if stance == "denies" else "asserted",
            date=resolved.date if resolved else published, place=place.name, lat=place.lat, lon=place.lon,
            country=place.country, admin1=place.admin1, actor_countries=actor_countries_in(sent),
            figures=own, disputed=disputed, qualifiers=qualifiers, start=start, end=end, tokens=tokens(sent),
        ))

    out = _merge_same_sentence(out)
    _fix_speakers(out, record.quotes, art.publisher)
    _inherit_places(out)
    _attach_notes(out, spans)
    out.sort(key=lambda r: r.start)
    for n, report in enumerate(out):
        report.index = first_index + n
    return out


def _merge_same_sentence(reports: list[Report]) -> list[Report]:
    """One report per sentence and family: "a drone strike on Kharkiv killed two people" is one
    claim even when the extractor reads a strike and a killing from it."""
    out: list[Report] = []
    for report in reports:
        twin = next((r for r in out if r.evidence == report.evidence and compatible(r.family, report.family)), None)
        if twin is None:
            out.append(report)
            continue
        if twin.family == COMPATIBLE_WITH_ANY_ASSAULT and report.family != COMPATIBLE_WITH_ANY_ASSAULT:
            twin.family, twin.subtype, twin.type = report.family, report.subtype, report.type
        if twin.type != "ASSAULT" and report.type == "ASSAULT":
            twin.type = "ASSAULT"
        for name, value in report.figures.items():
            twin.figures[name] = max(value, twin.figures.get(name, value))
        for name, value in report.disputed.items():
            twin.disputed.setdefault(name, value)
        twin.qualifiers += [q for q in report.qualifiers if q not in twin.qualifiers]
        twin.actor_countries |= report.actor_countries
        if STANCE_RANK[report.stance] > STANCE_RANK[twin.stance]:
            twin.stance = report.stance
        for attr in ("place", "lat", "lon", "country", "admin1"):
            if getattr(twin, attr) is None:
                setattr(twin, attr, getattr(report, attr))
    return out


STANCE_RANK = {"asserts": 0, "qualifies": 1, "denies": 2}
_SAID_BY = re.compile(r"^(?:[A-Z][\w'-]+\s+){0,3}?([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})\s+(?:said|says|told|added|stated|insisted|claimed|denied|rejected)\b")


def _fix_speakers(reports: list[Report], quotes: list[Quote], publisher: str | None) -> None:
    """A report the extractor gave to the publisher but that opens "Horbach said ..." is Horbach's
    (by the full name the article's quotes give him)."""
    speakers = {q.who for q in quotes if q.who}
    for report in reports:
        if report.speaker and report.speaker != publisher:
            continue
        m = _SAID_BY.match(report.evidence)
        if not m:
            continue
        name = m.group(1)
        full = next((s for s in speakers if s.endswith(name) and len(s) > len(name)), None)
        report.speaker = full or name


def _inherit_places(reports: list[Report]) -> None:
    """A placeless report ("killed 120 servicemen in the area") takes the place of the nearest
    earlier report of a compatible family in the same article."""
    for report in reports:
        if report.place:
            continue
        candidates = [r for r in reports if r.place and compatible(r.family, report.family)]
        if not candidates:
            continue
        before = [r for r in candidates if r.start <= report.start] or candidates
        donor = max(before, key=lambda r: r.start) if before is not candidates else min(candidates, key=lambda r: r.start)
        report.place, report.lat, report.lon = donor.place, donor.lat, donor.lon
        report.country, report.admin1 = donor.country, donor.admin1


def _attach_notes(reports: list[Report], spans: Iterable[tuple[int, int, str]]) -> None:
    """A publisher's note on the claim before it ("The claim could not be independently
    verified.") qualifies the reports of the two sentences before it."""
    spans = list(spans)
    for i, (start, _end, sent) in enumerate(spans):
        if len(sent.split()) > 20 or not QUALIFIER_CUE.search(sent) or not CLAIM_NOUN.search(sent):
            continue
        if any(r.start <= start < r.end for r in reports):
            continue
        window_start = spans[max(0, i - 2)][0]
        for report in reports:
            if window_start <= report.start < start:
                report.noted_by.append(sent)
                for q in QUALIFIER_CUE.finditer(sent):
                    if q.group(0).lower() not in report.qualifiers:
                        report.qualifiers.append(q.group(0).lower())


def reports_from_records(records: Iterable[tuple[int, ArticleRecord]]) -> list[Report]:
    out: list[Report] = []
    for article_id, record in records:
        out += reports_from_record(article_id, record, first_index=len(out))
    return out
