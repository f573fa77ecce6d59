"""Places: toponyms found in an article and resolved with the offline gazetteer.

spaCy's GPE/LOC entities are the main source, but the small model misses or mislabels
front-line towns (Kostiantynivka as ORG, Kyiv as PERSON, an untagged "Donetsk region"), so
capitalised names it did not tag as places are looked up too, and kept when the gazetteer
is confident and the name is not a person or organisation the article mentions.
Names are resolved twice: the second time with the countries and regions the rest of
the article names, which is what tells Pokrovsk in Donetsk Oblast from Pokrovsk in Yakutia.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from frontwire.errors import FrontwireError
from frontwire.gazetteer import GeoPlace, LookupContext, get_gazetteer, name_key
from frontwire.models import Place
from frontwire.pipeline import Context, component

PLACE_LABELS = {"GPE", "LOC"}
# Entity labels whose text may still be a place the small model mislabelled.
SUSPECT_LABELS = {"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "NORP"}
DIVISION_WORDS = {"region", "regions", "oblast", "oblasts", "province", "provinces", "krai", "governorate",
                  "governorates", "state", "states"}
LIST_WORDS = {"and", "or", ",", "&"}
SUBCITY_WORDS = {"district", "neighbourhood", "neighborhood", "microdistrict", "quarter", "street", "avenue",
                 "square", "airport", "station"}
# Words that make a name an institution even when a town somewhere bears it (White House, TN).
ORG_WORDS = {
    "house", "times", "post", "news", "journal", "institute", "ministry", "office", "council", "committee",
    "party", "bank", "university", "agency", "group", "company", "airlines", "army", "forces", "service",
    "court", "parliament", "kremlin", "pentagon", "government", "administration", "center", "centre",
    "foundation", "union", "organization", "organisation", "command", "brigade", "battalion", "regiment",
    "guard", "police", "media", "press", "radio", "tv", "television", "club", "fund", "corporation",
}
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_TRAILING_CONJ = re.compile(r"\s+(?:and|or)$")
_INITIALS = re.compile(r"(?:^|[\s.])[A-Z]\.$")  # "U.S.", "D.C.": the dot is part of the name

# Verbs whose subject, when it is a place, stands for its government or army.
AGENT_VERBS = {
    "say", "tell", "announce", "claim", "accuse", "warn", "demand", "want", "insist", "deny", "refuse", "agree",
    "reject", "urge", "call", "threaten", "respond", "confirm", "believe", "plan", "seek", "sign", "impose",
    "invade", "launch", "vow", "pledge", "promise", "condemn", "welcome", "propose", "offer", "order", "decide",
    "request", "expel", "recall", "sanction", "retaliate", "negotiate", "support", "back", "oppose",
    "criticize", "criticise", "argue", "hope", "expect", "fear", "recognize", "recognise", "annex", "attack",
    "strike", "send", "supply", "provide", "push", "press", "insist", "dismiss", "blame", "summon", "veto",
    "approve", "allow", "ban", "block", "acknowledge", "admit", "report", "state", "declare", "respond",
    "probe", "make", "agree", "put", "seek", "ask", "pledge", "threaten", "retake", "capture", "shoot",
}
# Nouns that, owned or modified by a place, show it stands for its government ("Kyiv's interests").
AGENCY_NOUNS = {
    "interest", "position", "government", "leadership", "policy", "demand", "stance", "decision", "ally",
    "partner", "proposal", "plan", "response", "president", "minister", "leader", "army", "military", "force",
    "troop", "official", "diplomat", "envoy", "embassy", "negotiator", "intelligence", "ambassador",
    "spokesman", "spokeswoman", "spokesperson", "war", "offensive", "invasion", "aggression", "sanction",
    "strategy", "claim", "refusal", "support", "approval", "objection", "counterpart", "administration",
    "delegation", "representative", "request", "ultimatum", "condition", "envoy", "backing", "aid",
}
# Prepositions after these nouns take a place standing for its government ("sanctions on Moscow").
RELATION_NOUNS = {
    "on": {"sanction", "pressure", "tariff", "restriction", "embargo"},
    "against": {"sanction", "pressure", "measure", "case", "war"},
    "with": {"talk", "relation", "tie", "deal", "negotiation", "agreement", "meeting", "call", "dialogue"},
    "to": {"concession", "ultimatum", "message", "warning", "aid", "weapon"},
}


@dataclass
class Mention:
    text: str  # surface form without a leading "the" or a possessive
    start: int
    end: int
    span: object  # spacy.tokens.Span
    tagged: bool  # spaCy called it GPE/LOC
    prefer: str | None = None
    metonymy: bool = False


@dataclass
class Resolved:
    place: GeoPlace
    mentions: list[Mention] = field(default_factory=list)


def clean(text: str) -> str:
    text = _POSSESSIVE.sub("", _LEADING_THE.sub("", " ".join(text.split()))).strip(" ,;:-–—")
    text = _TRAILING_CONJ.sub("", text)
    return text if _INITIALS.search(text) else text.rstrip(".")


def _division_context(span) -> str | None:
    """ "the Donetsk region", "regions of Luhansk and Donetsk", "Donetsk and Luhansk oblasts". """
    doc = span.doc
    i = span.end
    while i < len(doc) and i < span.end + 6:
        tok = doc[i]
        if tok.lower_ in DIVISION_WORDS:
            return "admin1"
        if not (tok.lower_ in LIST_WORDS or tok.pos_ == "PROPN"):
            break
        i += 1
    i = span.start - 1
    while i > 0 and i >= span.start - 8:
        tok = doc[i]
        if tok.lower_ == "of" and doc[i - 1].lower_ in DIVISION_WORDS:
            return "admin1"
        if not (tok.lower_ in LIST_WORDS or tok.pos_ == "PROPN"):
            break
        i -= 1
    return None


def _metonymic(span) -> bool:
    root = span.root
    head = root.head
    if root.dep_ in {"nsubj", "nsubjpass"} and head.lemma_.lower() in AGENT_VERBS:
        return True
    if root.dep_ in {"poss", "compound", "nmod", "amod"} and head.lemma_.lower() in AGENCY_NOUNS:
        return True
    if root.dep_ == "pobj" and head.dep_ == "prep":
        nouns = RELATION_NOUNS.get(head.lower_, set())
        return head.head.lemma_.lower() in nouns
    return False


def _known_person(name: str, entities) -> bool:
    if entities is None:
        return False
    hit = entities.lookup(name)
    return hit is not None and hit.label == "PERSON" and len(hit.name.split()) > 1


def _widen(ent, in_ent: list[bool]):
    """ "Sukhyi [Yar]": take in capitalised proper nouns just before an entity that no entity holds."""
    doc, start = ent.doc, ent.start
    while start > 0 and not in_ent[start - 1] and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper() \
            and not doc[start - 1].is_sent_start and ent.start - start < 2:
        start -= 1
    return doc[start:ent.end] if start < ent.start else ent


def find_mentions(doc, entities=None) -> list[Mention]:
    """Spans that may name a place: place entities, then suspects the NER got wrong."""
    out: list[Mention] = []
    in_ent = [False] * len(doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            in_ent[i] = True
        if ent.label_ not in PLACE_LABELS | SUSPECT_LABELS or "\n" in ent.text.strip():
            continue
        if ent.label_ in PLACE_LABELS and (ent.root.tag_ == "JJ" or ent.root.pos_ == "ADJ"):
            continue  # "Ukrainian troops": an adjective the model called GPE
        text = clean(ent.text)
        if not text or not text[0].isupper():
            continue
        if ent.label_ in SUSPECT_LABELS and _known_person(text, entities):
            continue
        if ent.label_ == "NORP" and _division_context(ent) is None:
            continue  # "Russian", but "the Belgorod region" is a place the model called NORP
        span = _widen(ent, in_ent)
        out.append(Mention(clean(span.text) if span is not ent else text, span.start_char, span.end_char, ent,
                           ent.label_ in PLACE_LABELS))
    # Capitalised names in no entity at all: runs of proper nouns.
    i = 0
    while i < len(doc):
        if in_ent[i] or doc[i].pos_ != "PROPN" or not doc[i].text[:1].isupper() or not doc[i].is_alpha:
            i += 1
            continue
        j = i
        while j < len(doc) and j - i < 3 and not in_ent[j] and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
            j += 1
        span = doc[i:j]
        out.append(Mention(clean(span.text), span.start_char, span.end_char, span, False))
        i = j
    # "the city's Kyivskyi district": a city's district, which the gazetteer would only
    # confuse with a same-named village elsewhere.
    out = [m for m in out if not (m.span.end < len(doc) and doc[m.span.end].lower_ in SUBCITY_WORDS)]
    for m in out:
        m.prefer = _division_context(m.span)
        m.metonymy = _metonymic(m.span)
    out.sort(key=lambda m: m.start)
    return out


def _confident(place: GeoPlace, mention: Mention, countries: set[str]) -> bool:
    """Whether a name spaCy did not call a place should be taken for one."""
    if mention.tagged:
        return True
    if any(w.lower() in ORG_WORDS for w in mention.text.split()):
        return False
    before = mention.span.doc[mention.span.start - 1] if mention.span.start > 0 else None
    if before is not None and before.text[:1].isupper() and before.is_alpha and not mention.span[0].is_sent_start:
        return False  # the tail of a longer name ("Sukhyi Yar") the gazetteer does not know
    # An entity of another label is a name, not a capitalised common word.
    sentence_start = mention.span[0].is_sent_start and not mention.span.label_
    if place.kind in {"country", "admin1", "region"}:
        return not (sentence_start and mention.span[0].is_stop)
    if mention.prefer == "admin1":
        return True
    if sentence_start:
        return place.population >= 100_000 and place.country in countries
    return (place.country in countries and place.population >= 1_000) or place.population >= 200_000


def _context(resolved: list[tuple[Mention, GeoPlace]]) -> LookupContext:
    countries = frozenset(p.country for _, p in resolved if p.country)
    admin1s = frozenset((p.country, p.admin1_code) for _, p in resolved
                        if p.kind in {"admin1", "city"} and p.country and p.admin1_code)
    points = tuple({(p.lat, p.lon) for _, p in resolved
                    if p.kind in {"admin1", "region", "city"} and p.country and p.lat is not None})
    return LookupContext(countries, admin1s, points)


def resolve(mentions: list[Mention], gazetteer) -> list[Resolved]:
    first: list[tuple[Mention, GeoPlace]] = []
    for m in mentions:
        if m.tagged:
            best = gazetteer.lookup(m.text, LookupContext(prefer=m.prefer))
            if best is not None:
                first.append((m, best))
    countries = {p.country for _, p in first if p.country}
    for m in mentions:
        if not m.tagged:
            best = gazetteer.lookup(m.text, LookupContext(prefer=m.prefer))
            if best is not None and _confident(best, m, countries):
                first.append((m, best))
    by_place: dict[int, Resolved] = {}
    for m, _ in sorted(first, key=lambda t: t[0].start):
        # The context is what the *other* names say: a name must not vote for itself.
        key = name_key(m.text)
        ctx = _context([(o, p) for o, p in first if name_key(o.text) != key])
        best = gazetteer.lookup(m.text, LookupContext(ctx.countries, ctx.admin1s, ctx.points, m.prefer))
        if best is None:
            continue
        by_place.setdefault(best.id, Resolved(best)).mentions.append(m)
    return list(by_place.values())


def to_place(r: Resolved) -> Place:
    p = r.place
    surfaces: list[str] = []
    for m in r.mentions:
        if m.text not in surfaces:
            surfaces.append(m.text)
    return Place(
        name=r.mentions[0].text,
        lat=p.lat,
        lon=p.lon,
        country=p.country,
        kind=p.kind,
        admin1=p.admin1 if p.kind != "country" else None,
        geonameid=p.geonameid,
        canonical=p.name,
        mentions=surfaces,
        metonymy=all(m.metonymy for m in r.mentions),
    )


def places_in(doc, entities=None, gazetteer=None) -> tuple[list[Place], list[tuple[int, int, Place]]]:
    """The places of a parsed text, and each mention's character span with its place."""
    gazetteer = gazetteer or get_gazetteer()
    resolved = resolve(find_mentions(doc, entities), gazetteer)
    places: list[Place] = []
    spans: list[tuple[int, int, Place]] = []
    for r in resolved:
        place = to_place(r)
        places.append(place)
        spans.extend((m.start, m.end, place) for m in r.mentions)
    spans.sort(key=lambda t: t[0])
    return places, spans


@component("places")
def extract_places(ctx: Context) -> None:
    try:
        places, spans = places_in(ctx.doc, ctx.scratch.get("entities"))
    except FrontwireError as exc:
        ctx.article.warnings.append(f"places: {exc}")
        places, spans = [], []
    ctx.record.places = places
    ctx.scratch["places"] = spans  # (start, end, Place) per mention, for the events stage


__all__ = ["extract_places", "find_mentions", "places_in", "name_key"]
