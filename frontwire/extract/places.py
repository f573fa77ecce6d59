"""Places: toponyms found in an article and resolved with the offline gazetteer.

spaCy's GPE/LOC entities are the main source, but the small model misses or mislabels
front-line towns (Kostiantynivka as ORG, Kyiv as PERSON, an untagged "Donetsk region"), so
capitalised names it did not tag as places are looked up too, and kept when the gazetteer
is confident and the name is not a person or organisation the article mentions.
Names are resolved twice: the second time with the countries and regions the rest of
the article names, which is what tells Pokrovsk in Donetsk Oblast from Pokrovsk in Yakutia.
A mention keeps the division word after it ("the Kharkov region"); the place at the head of
an institution's or installation's name counts ("Sumy Oblast Military Administration",
"Saratov Oil Refinery"); weapons named after places ("Tomahawk missiles"), the first half
of compound adjectives ("US-based") and organisation spellings ("MoD", "NATO") do not; and
"X, about 60 km west of Y" places X where the gazetteer does not know it (or knows only a
namesake far away).  "Wayne, Neb." and "FAIRFIELD, Conn. -" put the town in the state named
after the comma; a word of a person's full name elsewhere in the article ("Pope Francis",
"Welch said") and the organisations in gazetteer/data/not_places.txt are not places unless the
text locates them.  The place inside a public body's name counts also after "of" ("University of
Rochester"), and "a Gainesville man" says where someone is from; a name the model did not tag that is
only another name of a town (a GeoNames alternate or spelling variant: "Julia", "Hate") is not a place.
"""
from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property

from frontwire.errors import FrontwireError
from frontwire import vocab
from frontwire.gazetteer import GeoPlace, LookupContext, Match, NamesakeGrid, get_gazetteer, km, name_key
from frontwire.gazetteer.build import admin1_abbreviations, is_postal_town
from frontwire.gazetteer.lookup import (PART_WORDS, SPELLED_OUT as _SPELLED_OUT, WITHIN_REACH_KM, Distances, inside,
                                        only_part_words, spelled_as_written, word_list)
from frontwire.models import Place
from frontwire.extract.actors import table as actor_table
from frontwire.extract.component import Context, component
from frontwire.nlp.model import INITIALS, LABEL_WORDS
from frontwire.nlp.text import text_of
from frontwire.nlp.tokens import tokens_of

PLACE_LABELS = {"GPE", "LOC"}
# Entity labels whose text may still be a place the small model mislabelled.
SUSPECT_LABELS = {"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "NORP"}
DIVISION_WORDS = {"region", "regions", "oblast", "oblasts", "province", "provinces", "krai", "governorate",
                  "governorates", "state", "states", "district", "districts", "raion", "rayon", "county", "counties",
                  "parish", "parishes"}
# Division words of the second level: "Leavenworth and Shawnee counties" are counties, not states.
SECOND_LEVEL_WORDS = {"county", "counties", "parish", "parishes"}
LIST_WORDS = {"and", "or", ",", "&"}
LOCATING_SUFFIXES = {"based", "brokered", "mediated", "hosted", "headquartered", "registered", "bound"}
SETTLEMENT_NOUNS = {"village", "town", "city", "settlement", "hamlet", "port", "township", "commune", "municipality"}
# Nouns of land in the sea: "on Long Island", "the Greek island of Corfu" say where something is, as "in" does.
ISLAND_NOUNS = vocab.words("island_noun")
# "on" after these in a name opens a topic: "the Task Force on Korean Peninsula", "the Council on Foreign Relations".
TOPIC_BODY_WORDS = vocab.words("topic_before_on")
# A plural street word after a list of names: "the corner of Lakeview and Harrison streets" names streets.
STREET_WORDS = {"street", "avenue", "boulevard", "road", "drive", "lane", "highway"}
STREET_PLURALS = {vocab.plural(word) for word in STREET_WORDS}
SUBCITY_WORDS = {"district", "neighbourhood", "neighborhood", "microdistrict", "quarter", "street", "avenue",
                 "square", "airport", "station"}
# Words that make a name an institution even when a town somewhere bears it (White House, TN).
ORG_WORDS = vocab.words("not_a_place")
# A division word that, right after a name, is part of it: "the Kharkov region" names the
# oblast, and the text says so (plurals belong to a list: "Donetsk and Luhansk regions").
NAME_DIVISION_WORDS = {"region", "oblast", "province", "krai", "kray", "governorate", "county", "parish", "prefecture",
                       "state"}
# Inside a longer name, a division word ends a place's name: "Sumy Oblast Military
# Administration Head", "Saratov Oblast Governor", "Kyiv City Council".
PREFIX_DIVISION_WORDS = NAME_DIVISION_WORDS | {"city"}
SCHOOL_WORDS = {"university", "college"}
# Words that make the rest of a name an installation in (or named after) the place before
# them: "Saratov Oil Refinery", "Zaporizhzhia Nuclear Power Plant".
FACILITY_WORDS = {"oil", "gas", "nuclear", "power", "thermal", "hydroelectric", "chemical", "refinery", "plant",
                  "factory", "depot", "terminal", "airbase", "airfield", "dam", "metallurgical", "steel"}
# Weapons named after places, peoples or animals; never a place in war reporting.
WEAPON_NAMES = {"Tomahawk", "Iskander", "Shahed", "Storm Shadow", "Patriot", "HIMARS", "ATACMS", "Taurus", "Kalibr",
                "Kinzhal", "Oreshnik", "Geran", "Lancet", "Javelin", "Stinger", "Bayraktar", "Leopard", "Abrams",
                "Bradley", "Neptune", "SCALP", "Harpoon", "NASAMS", "IRIS-T", "Gepard", "Grad", "Tochka", "Zircon",
                "Tsirkon", "Onyx", "Hellfire", "Excalibur", "Flamingo", "Caesar", "Tornado", "Uragan", "Smerch",
                "Buk", "Tor", "Pantsir", "Krasnopol", "Lantset", "Hawk", "Sidewinder", "Mirage", "Typhoon"}
# Nouns whose modifier, when the NER did not call it a place, is a weapon or product name.
WEAPON_NOUNS = {"missile", "missiles", "rocket", "rockets", "drone", "drones", "launcher", "launchers", "system",
                "systems", "jet", "jets", "fighter", "fighters", "tank", "tanks", "howitzer", "howitzers",
                "interceptor", "interceptors", "battery", "batteries", "munition", "munitions", "warhead"}
# Prepositions of place: a "person" the NER sees after them may be a town ("near Chasiv Yar").
LOCATIVE_PREPS = vocab.words("before_a_place")
# Where an island, a mountain range or a sea is: "on Java", "off Sumatra", "across Luzon" (not "a cup of Java").
FEATURE_PREPS = vocab.words("before_a_feature")
# Languages and products named like places, and the words of software that make them the language:
# "a flaw in Java that lets attackers run code" (not "leaflets written in Java", "poems written in Sinai").
SOFTWARE_NAMES = vocab.words("named_like_a_place")
SOFTWARE_WORDS = vocab.words("software_context")
# Words of software only when nothing else qualifies them: "run code", "Java code", not "penal code", "a
# government app".
UNQUALIFIED_SOFTWARE_WORDS = vocab.words("software_if_unqualified")
# Relatives: "his daughter Yulia", "her brother, Raul" name a person, not a town named like one.
KIN_WORDS = vocab.words("kin_before_name")
# Titles: "Lt. Col. Ricky Thomas", "Gen." are no town (Cool, California), whatever the model tags.
ROLE_WORDS = vocab.words("role_before_name")
_CAMEL = re.compile(r"[a-z][A-Z]")  # "MoD", "DeepState": an organisation's spelling, not a town's
_ACRONYM = re.compile(r"^[A-Z]{2,4}$")
_ROMAN_NUMERAL = re.compile(r"^[IVX]+$")  # "Pope John Paul II": capitals _ACRONYM would take for an organisation's
_AFTER_NAME = vocab.words("after_name")
# "Tawila, about 60 kilometres west of El Fasher": where a place lies, from one the gazetteer knows.
_OFFSET = re.compile(
    r"\s*,\s*(?:(?:a|an|the)\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?:(?:about|some|around|roughly|approximately|nearly|almost|just|only|over|under)\s+)?"
    r"(?P<dist>\d+(?:\.\d+)?)\s*-?\s*(?P<unit>km|kilomet(?:re|er)s?|mi|miles?)\s+"
    r"(?:\([^)]{0,30}\)\s+)?(?P<dir>(?:north|south)(?:[- ]?(?:east|west))?|east|west)\s+of\s+"
    r"(?:the\s+(?:city|town|village|regional capital|capital)\s+of\s+)?"
    r"(?P<anchor>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
_BEARINGS = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225,
             "west": 270, "northwest": 315}
# Nationality and group words the model rightly calls NORP ("Russian", "Houthis", "Chinese").
# Those in -i are too many city names (Kigali, Tbilisi, Nairobi) to go by the ending.
_DEMONYM = re.compile(r"(?:an|ans|ese|ish|ic|is|ch|s|x)$|^(?:Somali|Bengali|Punjabi)$|^[a-z]|\s")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_TRAILING_CONJ = re.compile(r"\s+(?:and|or)$")
# How many passes judge every name again in the light of the others' judgements, from each start.
REFINEMENTS = 2
_COMMA_ONLY = re.compile(r"\s*,\s*")
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
    text: str  # surface form without a leading "the" or a possessive, except a place's own ("St. John's")
    start: int
    end: int
    span: object  # spacy.tokens.Span
    tagged: bool  # spaCy called it GPE/LOC
    prefer: str | None = None
    metonymy: bool = False
    person: bool = False  # a name the article also uses for a person, kept for its locative context
    in_name: bool = False  # the head of an institution's or installation's name ("Sumy Oblast" Military ...)
    name_of_other: bool = False  # a person's or organisation's name in this article ("Pope Francis", "Welch said")
    whole: str | None = None  # the place the name names a part of ("Georgia" of "Northeast Georgia"), set by resolve

    @property
    def dateline(self) -> bool:
        """Whether the name is the story's dateline (asked per name in every round of judging)."""
        return self.dateline_mark is not None

    @cached_property
    def dateline_mark(self) -> str | None:
        """The dash or colon that closes the name as the story's dateline, or None."""
        return _dateline_mark(self.span)


@dataclass
class Resolved:
    place: GeoPlace
    mentions: list[Mention] = field(default_factory=list)


def clean(text: str) -> str:
    text = _POSSESSIVE.sub("", _LEADING_THE.sub("", " ".join(text.split()))).strip(" ,;:-–—")
    text = _TRAILING_CONJ.sub("", text)
    return text if _INITIALS.search(text) else text.rstrip(".")


def _division_kind(word: str) -> str:
    return "admin2" if word.lower() in SECOND_LEVEL_WORDS else "admin1"


# How many tokens of a list of names a division word after it reaches back over: "Becker, Clay,
# Douglas, Grant, Mahnomen, Otter Tail, Swift and Wilkin counties" are all counties.
LIST_REACH = 16


def _word_after_list(span, words) -> int | None:
    """The index of the first of `words` after the span and the names listed with it ("Donetsk and Luhansk
    oblasts"), if one follows them."""
    tokens = tokens_of(span.doc)
    lower, pos = tokens.lower, tokens.pos
    for i in range(span.end, min(len(tokens), span.end + LIST_REACH)):
        if lower[i] in words:
            return i
        if not (lower[i] in LIST_WORDS or pos[i] == "PROPN"):
            return None
    return None


def _division_context(span) -> str | None:
    """ "the Donetsk region", "regions of Luhansk and Donetsk", "Donetsk and Luhansk oblasts". """
    tokens = tokens_of(span.doc)
    lower, pos = tokens.lower, tokens.pos
    if (i := _word_after_list(span, DIVISION_WORDS)) is not None:
        return _division_kind(lower[i])
    i = span.start - 1
    while i > 0 and i >= span.start - 8:
        if lower[i] == "of" and lower[i - 1] in DIVISION_WORDS:
            return _division_kind(lower[i - 1])
        if not (lower[i] in LIST_WORDS or pos[i] == "PROPN"):
            break
        i -= 1
    return None


def _names_streets(span) -> bool:
    """ "Lakeview and Harrison streets", "Rivers and Stokes avenues": one of a list of street names.  A name
    alone before the plural is the city whose streets they are ("Tehran streets")."""
    street = _word_after_list(span, STREET_PLURALS)
    if street is None:
        return False
    tokens = tokens_of(span.doc)
    lower, pos = tokens.lower, tokens.pos
    listed_after = any(lower[i] in LIST_WORDS for i in range(span.end, street))
    listed_before = span.start >= 2 and lower[span.start - 1] in LIST_WORDS and pos[span.start - 2] == "PROPN"
    return listed_after or listed_before


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


def _with_division_word(span):
    """ "the Kharkov region": the division word that follows a name belongs to the mention."""
    doc, lower = span.doc, tokens_of(span.doc).lower
    if span.end < len(doc) and lower[span.end] in NAME_DIVISION_WORDS and lower[span.end - 1] not in PREFIX_DIVISION_WORDS:
        if lower[span.end] == "state" and doc[span.end - 1].ent_type_ == "NORP":
            return span  # "Syrian state media": a nation's state, no division named "Syrian"
        return doc[span.start:span.end + 1]
    return span


def _place_prefix(span):
    """The place at the head of a longer name, or None.

    "Sumy Oblast Military Administration" -> "Sumy Oblast"; "Saratov Oil Refinery" -> "Saratov".
    """
    doc = span.doc
    for k in range(1, len(span)):
        tok = span[k]
        if tok.lower_ in PREFIX_DIVISION_WORDS:
            if k + 1 < len(span) and span[k + 1].lower_ in SCHOOL_WORDS:
                return None  # "Arizona State University": a university's name, the state only in it
            return doc[span.start:span.start + k + 1] if k + 1 < len(span) else None
        if tok.lower_ in FACILITY_WORDS:
            return doc[span.start:span.start + k]
        if tok.lower_ in _INSTITUTION_WORDS or tok.lower_ in _NATIONAL_SERVICE_WORDS:
            service = tok.lower_ in _NATIONAL_SERVICE_WORDS
            # "U.S. Defense Department", "Somalia National Army": generic words before the institution
            # word are the body's field, not part of the place.
            while k > 1 and span[k - 1].lower_ in _GENERIC_NAME_WORDS:
                k -= 1
            first = 1 if span[0].lower_ == "the" else 0  # "The U.S. Defense Department": the name is "U.S."
            head = {t.lower_ for t in span[first:k]}
            prefix = doc[span.start + first:span.start + k]
            if not head or head <= _GENERIC_NAME_WORDS or _nationality_word(prefix.text) \
                    or (service and not _a_nation_or_state(prefix)):
                return None
            return prefix
        if not (tok.pos_ == "PROPN" and tok.text[:1].isupper()):
            return None
    return None


def _a_nation_or_state(span) -> bool:
    """Whether `span` names a country or a first-level division (by its own or an alternate name), or the
    model tagged it a place: the only places an army or a navy is named after."""
    if all(t.ent_type_ == "GPE" for t in span):
        return True
    return any(m.quality >= 1 and m.place.kind in {"country", "admin1"} for m in get_gazetteer().candidates(span.text))


def _nationality_word(text: str) -> bool:
    """ "Somali" of "the Somali National Army": a nation's adjective (actors.yaml's demonyms), which names
    the nation's body, not the place that bears the word (Ethiopia's Somali Region).  The demonyms that are
    a country's name as well ("U.S.", "Türkiye") are the country."""
    return text.lower() in actor_table()["demonyms"] and not any(
        m.quality >= 1 and m.place.kind == "country" for m in get_gazetteer().candidates(text))


def _place_after_of(span):
    """The place at the tail of an institution's name: "University of Rochester", "City of Oxford",
    "Spina Bifida Association of Western Pennsylvania" (the news corpora annotate it), or None."""
    doc = span.doc
    for k in range(len(span) - 2, 0, -1):
        if span[k].lower_ != "of":
            continue
        start = k + 1 + (span[k + 1].lower_ == "the")
        tail = doc[span.start + start:span.end]
        if len(tail) and all(t.pos_ == "PROPN" and t.text[:1].isupper() or t.text in {"-", "."} for t in tail) \
                and not {t.lower_ for t in tail} <= _GENERIC_NAME_WORDS:  # "Chamber of Commerce"
            return tail
        return None
    return None


def _located_name(span):
    """An institution's name and the place after it that the model took into the name ("the Children's
    Hospital of Manitoba in Winnipeg"): (the name, the place's span), or None. The place is proper nouns
    alone after the name's last "in"."""
    doc = span.doc
    for k in range(len(span) - 2, 0, -1):
        if span[k].lower_ not in {"in", "on"}:
            continue
        where = doc[span.start + k + 1:span.end]
        if span[k].lower_ == "on" and (where[-1].lower_ not in ISLAND_NOUNS or span[k - 1].lower_ in TOPIC_BODY_WORDS):
            return None  # "Council on Foreign Relations", "Task Force on Korean Peninsula": a topic
        if all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in where) \
                and not {t.lower_ for t in where} <= _GENERIC_NAME_WORDS:
            return doc[span.start:span.start + k], where
        return None
    return None


_WEAPON_KEYS = {name_key(w) for w in WEAPON_NAMES}


# "Illinois Department of Transportation": the place a public body serves heads its name.
_INSTITUTION_WORDS = word_list("institution_words.txt")
_NATIONAL_SERVICE_WORDS = word_list("national_service_words.txt")
# "Supreme Court", "Federal Court": words that open an institution's name without naming a place.
_GENERIC_NAME_WORDS = word_list("generic_name_words.txt")
# Organisations and brands named like towns (Congress, Ford, Xinhua): gazetteer/data/not_places.txt.
_NOT_PLACE_KEYS = {name_key(line) for line in word_list("not_places.txt")}


def _inside_a_city(span) -> bool:
    """ "the city's Kyivskyi district", "Kyiv's Shevchenkivskyi district": a part of a city, not
    "the Kalbajar district" of a country."""
    doc = span.doc
    before = doc[max(0, span.start - 3):span.start]
    return any(t.lower_ in {"'s", "’s", "its"} or t.lemma_.lower() in {"city", "capital", "town"} for t in before) \
        or not span.label_


def _weapon(span, text: str, tagged: bool) -> bool:
    """ "Tomahawk missiles", "Iskander-M", "Storm Shadow": a weapon, not the town it is named after."""
    first = text.split()[0].split("-")[0] if text.split() else ""
    if name_key(text) in _WEAPON_KEYS or name_key(first) in _WEAPON_KEYS:
        return True
    return not tagged and span.end < len(span.doc) and tokens_of(span.doc).lower[span.end] in WEAPON_NOUNS


def _attributive(span) -> bool:
    """ "Kremlin-backed", "Iran-led": the first half of a compound adjective. "Ramallah-based",
    "Oman-brokered" still say where something is or happened, and are kept."""
    doc = span.doc
    return (span.end + 1 < len(doc) and tokens_of(doc).text[span.end] == "-" and not span[-1].whitespace_
            and not doc[span.end].whitespace_ and doc[span.end + 1].text[:1].islower()
            and doc[span.end + 1].lower_ not in LOCATING_SUFFIXES)


def _list_items(span) -> list:
    """The capitalised items of "A, B and C" inside one span."""
    items, start = [], span.start
    for t in [*span, None]:
        if t is None or t.lower_ in LIST_WORDS:
            end = t.i if t is not None else span.end
            if end > start and span.doc[start].text[:1].isupper():
                items.append(span.doc[start:end])
            start = end + 1
    return items


def _town_and_container(ent) -> list | None:
    """The parts of an entity that runs a name and the county, state or country it lies in into one ("Thruxton,
    Hampshire", "Donington Park, Leicestershire", "Wainwright, Alta"), where the whole is no place's own name
    ("Washington, D.C." is one); else None."""
    if not any(t.text == "," for t in ent):
        return None
    parts, start = [], ent.start
    for t in [*ent, None]:
        if t is None or t.text == ",":
            end = t.i if t is not None else ent.end
            part = ent.doc[start:end]
            if not len(part) or not all(w.pos_ == "PROPN" and w.text[:1].isupper() or w.text == "." for w in part):
                return None
            parts.append(part)
            start = end + 1
    gazetteer = get_gazetteer()
    if len(parts) != 2 or any(c.quality == 2 for c in gazetteer.candidates(clean(ent.text))):
        return None
    container = gazetteer.candidates(clean(parts[1].text))
    return parts if any(c.place.kind in {"country", "admin1", "admin2"} for c in container) else None


def _object_of(span, prepositions: set[str]) -> bool:
    """Whether a name is the object of one of `prepositions`, alone or in a list ("in Kidal and Gao")."""
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in prepositions


def _locative(span) -> bool:
    """ "near Chasiv Yar", "in Kidal and Gao", and "on" before an island the name itself calls one ("Police on
    Long Island"); "called on Jackson" is no place."""
    return _object_of(span, LOCATIVE_PREPS) or (_object_of(span, {"on"}) and span[-1].lower_ in ISLAND_NOUNS)


def _named_for_software(place: GeoPlace, mention: Mention) -> bool:
    """Whether a name is a programming language or a software product named like a place (Java, Ada, Rust):
    one of those names tied in the parse to a word of software ("Java developers", "a flaw in Java that lets
    attackers run code", "malware written in Rust", "fluent in Java and SQL"), never a word elsewhere in the
    sentence ("a penal code took effect across Java", "flood victims in Java used an app") nor a name listed
    with a place ("Java and Bali"). No language is named like a country or a state."""
    if place.kind in {"country", "admin1"} or mention.text.lower() not in SOFTWARE_NAMES:
        return False
    name = mention.span.root
    first = name
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    listed = [t for t in [first, *first.conjuncts] if t.i != name.i]
    if any(_of_software(t) for t in listed):
        return True
    if any(t.pos_ == "PROPN" and get_gazetteer().candidates(clean(t.text)) for t in listed):
        return False
    return any(_of_software(t) for t in _governors(first) if t.i != name.i) or any(
        _of_software(t) for t in name.subtree if t.i != name.i)


def _governors(name) -> list:
    """The words a name hangs from up to its verb, that verb's subject and object, and the clauses on each
    noun of the way: "Java" in "(the bug) in Java (affects) (servers)", "(developers)", "(a flaw) in Java (that
    lets attackers run code)"."""
    words, token = [], name
    while token.dep_ in {"pobj", "prep", "compound", "amod", "nmod", "poss"} and token.head.i != token.i:
        token = token.head
        words.append(token)
    for word in list(words):
        if word.pos_ in {"NOUN", "PROPN"}:
            words += [t for c in word.children if c.dep_ in {"relcl", "acl"} for t in c.subtree]
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    if verb.pos_ in {"VERB", "AUX"}:
        words += [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "dobj", "attr"}]
    return words


def _of_software(token) -> bool:
    """A word or a name of software, where "code" or "app" has no qualifier other than one of software: "run
    code", "Java code", "flight software", not "penal code", "a government app"."""
    if token.lower_ not in SOFTWARE_WORDS and token.lower_ not in SOFTWARE_NAMES:
        return False
    if token.lower_ not in UNQUALIFIED_SOFTWARE_WORDS:
        return True
    modifiers = [c for c in token.children if c.dep_ in {"amod", "compound", "nmod"}]
    return all(m.lower_ in SOFTWARE_WORDS or m.lower_ in SOFTWARE_NAMES for m in modifiers)


# "ST. LOUIS", "FT. WORTH": abbreviations of Saint, Fort, Mount, Port that open a name.
_NAME_ABBREVIATIONS = {"st", "ste", "ft", "mt", "pt"}


def _joined_abbreviations(doc, ents: list) -> list:
    """The document's entities `ents`, with "ST" + "." + "LOUIS" (two place entities the model split at
    the abbreviation's dot, as in a dateline in capitals) taken as one."""
    out, skip = [], False
    for k, ent in enumerate(ents):
        if skip:
            skip = False
            continue
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if nxt is not None and ent.label_ in PLACE_LABELS and nxt.label_ in PLACE_LABELS and len(ent) == 1 \
                and ent.text.lower().rstrip(".") in _NAME_ABBREVIATIONS \
                and text_of(doc)[ent.end_char:nxt.start_char].strip() in {"", "."}:
            out.append(type(ent)(doc, ent.start, nxt.end, label=nxt.label_))
            skip = True
            continue
        out.append(ent)
    return out


def find_mentions(doc, entities=None, countries: frozenset[str] = frozenset()) -> list[Mention]:
    """Spans that may name a place: place entities, then suspects the NER got wrong.
    `countries` are names no person bears ("Burkina Faso" tagged PERSON is still the country)."""
    out: list[Mention] = []
    tokens = tokens_of(doc)
    ents = list(doc.ents)  # the Doc builds its entity spans anew on every reading
    in_ent = [False] * len(doc)
    for ent in ents:
        for i in range(ent.start, ent.end):
            in_ent[i] = True

    def add(span, tagged: bool, ent=None, person: bool = False, in_name: bool = False) -> None:
        # "Anderson County Sheriff's Office" tagged as a place: the place is the head of the name.
        prefix = _place_prefix(span)
        if prefix is not None:
            span, ent = prefix, prefix
        span = _with_division_word(span)
        text = clean(span.text)
        if not text or not text[0].isupper() or _weapon(span, text, tagged) or _attributive(span):
            return
        out.append(Mention(text, span.start_char, span.end_char, ent if ent is not None else span, tagged,
                           person=person, in_name=in_name or prefix is not None))

    for ent in _joined_abbreviations(doc, ents):
        if ent.label_ not in PLACE_LABELS | SUSPECT_LABELS or "\n" in ent.text.strip():
            continue
        if ent.label_ in PLACE_LABELS and (ent.root.tag_ == "JJ" or ent.root.pos_ == "ADJ"):
            continue  # "Ukrainian troops": an adjective the model called GPE
        text = clean(ent.text)
        if not text or not text[0].isupper():
            continue
        person = False
        if ent.label_ in SUSPECT_LABELS and _known_person(text, entities) and text not in countries:
            # "Rapides Parish Fire [District]" taken for a person: the parish heads a public body's name.
            heads_a_body = _place_prefix(ent) is not None and any(t.lower_ in PREFIX_DIVISION_WORDS for t in ent)
            if not heads_a_body:
                if not _locative(ent):
                    continue
                person = True  # "near Chasiv Yar": kept only if the gazetteer knows it in the article's country
        # ("Syrian state media": a nation's state, not a division named for it)
        national_state = ent.end < len(doc) and doc[ent.end].lower_ == "state"
        if ent.label_ == "NORP" and (_division_context(ent) is None or national_state) and _DEMONYM.search(text):
            continue  # "Russian", but "the Belgorod region" or "Kigali" is a place the model called NORP
        tagged = ent.label_ in PLACE_LABELS
        if not tagged and _locative(ent) and any(t.lower_ in {"and", ","} for t in ent):
            # "on the road between Tillabéri and Ayorou", "from Hornsey, Stoke Newington and ..." taken as one ORG.
            for part in _list_items(ent):
                add(part, False, None, person)
            continue
        if (parts := _town_and_container(ent)) is not None:
            # "Thruxton, Hampshire" as one GPE, "Wainwright, Alta." as one ORG: a town and where it lies.
            for part in parts:
                add(part, tagged, None, person)
            continue
        if ent.label_ in {"ORG", "FAC"} and (located := _located_name(ent)) is not None:
            # "the Children's Hospital of Manitoba in Winnipeg" taken as one ORG: a name, and where it is.
            ent_named, where = located
            add(where, False, where, person)
            if (tail := _place_after_of(ent_named)) is not None:
                add(tail, False, tail, person, in_name=True)
        elif ent.label_ in {"ORG", "FAC"} and (tail := _place_after_of(ent)) is not None:
            add(tail, False, tail, person, in_name=True)
        add(_widen(ent, in_ent), tagged, ent, person)
    # Capitalised names in no entity at all: runs of proper nouns.
    pos, words, n = tokens.pos, tokens.text, len(tokens)
    i = 0
    while i < n:
        if in_ent[i] or pos[i] != "PROPN" or not words[i][:1].isupper() or not doc[i].is_alpha:
            i += 1
            continue
        j = i
        while j < n and j - i < 3 and not in_ent[j] and pos[j] == "PROPN" and words[j][:1].isupper():
            j += 1
        add(doc[i:j], False)
        i = j
    out.extend(_capital_datelines(doc, out))
    # "the city's Kyivskyi district": a city's district, which the gazetteer would only
    # confuse with a same-named village elsewhere.
    out = [m for m in out if not (m.span.end < len(doc) and tokens.lower[m.span.end] in SUBCITY_WORDS
                                  and _inside_a_city(m.span)) and not _names_streets(m.span)]
    person_words = _person_words(ents, countries) | _named_after_kin(doc, countries) | _saints_institutions(doc)
    for m in out:
        # "the West", "Northeast" split off "Northeast Texas": words naming a part of a place, alone
        m.name_of_other = name_key(m.text) in _NOT_PLACE_KEYS or only_part_words(m.text) or m.text in person_words \
            or m.text.lower() in ROLE_WORDS or _next_to_person(m.span)
        last = m.text.split()[-1].lower()
        named = last in NAME_DIVISION_WORDS and " " in m.text  # "Benue state", but not "State" alone
        m.prefer = _division_kind(last) if named else _division_context(m.span)
        m.metonymy = not m.in_name and _metonymic(m.span)
    out.sort(key=lambda m: m.start)
    return out


def _person_words(ents: list, countries: frozenset[str]) -> set[str]:
    """The words of the full names of people among the article's entities `ents`: "Francis" of "Pope
    Francis", "Welch" of "Rhonda Welch".  One sense per discourse: alone, such a word names the person again."""
    words: set[str] = set()
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) >= 2 and clean(ent.text) not in countries and _a_persons_name(ent):
            words.update(t.text for t in ent if t.text[:1].isupper() and t.is_alpha and t.text not in countries)
    return words


def _a_persons_name(ent) -> bool:
    """Whether an entity the model called PERSON reads as a person's name, not as a body, a post or a part of
    a town named after a town ("Sam Houston State University", "Erie GM", "CTV Edmonton", "the Augusta
    Herald", "N.W. Rochester"), whose words say nothing of the town's name elsewhere in the article."""
    return ent[0].lower_ != "the" and not any(
        _a_town(ent[j]) for i in range(len(ent)) for j in _where_its_town_would_stand(ent, i) if 0 <= j < len(ent))


def _where_its_town_would_stand(ent, i: int) -> tuple[int, ...]:
    """Where the town's name stands if the entity's `i`-th word makes it a body ("Fresno Fire", "Erie GM",
    "KTV Tulsa"), a post ("Reno Mayor ...") or a part of a town ("N.W. Omaha"); none if the word marks nothing.
    A title opens a person's name ("Pope Francis", "Crown Prince ...") and a surname may be such a word
    ("Angus King", "Allen West"), so a post counts only after a town and before a name, and a part only
    before a town; letters after a name may be the person's ("Tom Lincoln MD"), and a byline in capitals
    ("JOHN DALTON") holds no acronym."""
    token, word, last = ent[i], ent[i].lower_, len(ent) - 1
    if word in ORG_WORDS or word in _INSTITUTION_WORDS or (
            _ACRONYM.match(token.text) and not _ROMAN_NUMERAL.match(token.text) and word not in _AFTER_NAME
            and not ent.text.isupper()):
        return i - 1, i + 1
    if 0 < i < last and word in ROLE_WORDS:
        return (i - 1,)
    return (i + 1,) if i < last and word in PART_WORDS else ()


def _a_town(token) -> bool:
    """Whether the word is the own name of a peopled town: a body or a post named after a town has one beside
    its marking word, and a word such as "Bishop" with no town beside it is a surname ("Hugh Bishop")."""
    return token.is_alpha and any(m.quality >= 2 and m.place.kind == "city" and m.place.population > 0
                                  for m in get_gazetteer().candidates(token.text))


def _named_after_kin(doc, countries: frozenset[str]) -> set[str]:
    """The first words of proper names right after a relative, or after a relative and a comma ("his
    daughter Yulia", "her brother, Raul"): a person's, everywhere in the article, as _person_words."""
    tokens = tokens_of(doc)
    lower, text, pos = tokens.lower, tokens.text, tokens.pos
    found: set[str] = set()
    for i, word in enumerate(lower):
        if word not in KIN_WORDS:
            continue
        j = i + 1 + (i + 1 < len(text) and text[i + 1] == ",")
        if j < len(text) and pos[j] == "PROPN" and text[j][:1].isupper() and text[j] not in countries:
            found.add(text[j])
    return found


_SAINT_WORDS = {"st", "st.", "saint", "ste", "ste."}
_POSSESSIVES = {"'s", "’s"}


def _saints_institutions(doc) -> set[str]:
    """The saints' names that, with a possessive, open an institution's name: "St. John's University",
    "St. Paul's Hospital", "St. John's Lutheran School". One sense per discourse: alone ("Officials at
    St. Paul's said"), such a name is the institution again, not a town named after the saint."""
    tokens = tokens_of(doc)
    lower, text = tokens.lower, tokens.text
    found: set[str] = set()
    for i in range(2, len(lower) - 1):
        if lower[i] in _POSSESSIVES and lower[i - 2] in _SAINT_WORDS and text[i - 1][:1].isupper() \
                and text[i + 1][:1].isupper() \
                and any(w in ORG_WORDS or w in _INSTITUTION_WORDS for w in lower[i + 1:i + 3]):
            found.add(clean(f"{text[i - 2]} {text[i - 1]}"))
    return found


def _next_to_person(span) -> bool:
    """ "Tyler Williams" split into a place and a person: a place does not run into a person's name."""
    tokens = tokens_of(span.doc)
    if span.end >= len(tokens) or not (tokens.ent_type[span.end] == "PERSON" and tokens.ent_iob[span.end] == "B"):
        return False
    return bool(span[-1].whitespace_)


def _shape_fits(text: str, place: GeoPlace) -> bool:
    """Whether a name's spelling allows the place: "MoD" is not Maud, "NATO" not Nato (Philippines)."""
    for word in text.split():
        if _CAMEL.search(word) and word not in place.name:
            return False
    if _ACRONYM.match(text) and place.kind == "city":
        return place.name.upper() == text and place.population >= 100_000  # "KYIV" in a dateline
    return True


# The abbreviations of states and provinces ("Man.", "Ind.", "Wash."), many of them also English words.
_ABBREVIATION_KEYS = {name_key(a) for abbrevs in admin1_abbreviations().values() for a in abbrevs}


def _abbreviation_out_of_place(place: GeoPlace, mention: Mention) -> bool:
    """A state's abbreviation neither after a town and a comma ("Wayne, Neb.") nor written with its dot:
    "Man, 34, struck by car" is no Manitoba."""
    doc = mention.span.doc
    return place.kind == "admin1" and name_key(mention.text) in _ABBREVIATION_KEYS \
        and name_key(mention.text) != name_key(place.name) \
        and text_of(doc)[:mention.start].rstrip()[-1:] != "," and "." not in text_of(doc)[mention.end - 1:mention.end + 1]


# A town the text calls a town ("the town of X") is taken outside the article's countries from this size.
NAMED_SETTLEMENT_POPULATION = 10_000


def _a_town_so_called(place: GeoPlace, mention: Mention) -> bool:
    """Whether a name after a settlement noun ("the town of Samarra" in a story on US soldiers) is a town
    abroad: the noun follows an article, maybe with adjectives between ("the small, dusty town of"; in "Torkula
    village of Guma LGA" the village lies in Guma), and a town of some size bears the name as written (not
    Jalda in India for "the towns of Yalda" near Damascus)."""
    doc, before = mention.span.doc, mention.span.start - 3  # the word before the settlement noun
    while before >= 0 and (doc[before].pos_ in {"ADJ", "ADV"} or doc[before].text == ","):
        before -= 1
    return before >= 0 and doc[before].pos_ == "DET" and place.kind == "city" \
        and place.population >= NAMED_SETTLEMENT_POPULATION and spelled_as_written(place, mention.text)


def _confident(place: GeoPlace, mention: Mention, countries: set[str]) -> bool:
    """Whether a name spaCy did not call a place should be taken for one."""
    if mention.tagged:
        return True
    if _abbreviation_out_of_place(place, mention) or _named_for_software(place, mention):
        return False
    if any(w.lower() in ORG_WORDS for w in mention.text.split()):
        return False
    before = mention.span.doc[mention.span.start - 1] if mention.span.start > 0 else None
    if before is not None and before.text[:1].isupper() and before.is_alpha and not before.is_stop \
            and not mention.span[0].is_sent_start:
        return False  # the tail of a longer name ("Sukhyi Yar") the gazetteer does not know
    # An entity of another label is a name, not a capitalised common word.
    sentence_start = mention.span[0].is_sent_start and not mention.span.label_
    if mention.span.label_ == "PERSON" and mention.span.root.dep_ in {"nsubj", "nsubjpass"} and place.kind == "city" \
            and place.population < 100_000:
        return False  # "Willis said", "Anderson again urged": a person the model saw acting, not a small town
    if mention.in_name and place.kind == "region":
        return False  # "Council of Europe", "Mall of Asia": a continent names no public body's seat
    if place.kind == "region" and not place.population and len(mention.text.split()) == 1 \
            and place.country not in countries and not _object_of(mention.span, FEATURE_PREPS) \
            and not _after_settlement_noun(mention.span):
        return False  # "Java developers", "a Java flaw": a one-word feature is where the text puts something
    if place.kind in {"country", "admin1", "region"}:
        # Past the abbreviations, body words and name tails above, only a stop word opening a sentence is left
        # ("Will", "May"): a country, state or region the model missed is otherwise taken.
        return not (sentence_start and mention.span[0].is_stop)
    if place.kind == "admin2" and mention.prefer != "admin2" and name_key(mention.text) != name_key(place.name):
        return False  # "War" is not the Departement du Var: a bare county name needs the text to say county
    if mention.prefer in {"admin1", "admin2"}:
        return True
    if mention.dateline:
        # "TORRINGTON -", "HUME -": the text says where it was written. A colon closes a label or a
        # speaker's name as well ("JEWELL: Boyd Carney ... found"): after it only a city or a division.
        return mention.dateline_mark != ":" or place.population >= COLON_DATELINE_POPULATION \
            or place.kind in {"country", "admin1"}
    if (mention.in_name or _before_resident_noun(mention.span)) and place.population >= 1_000 \
            and (place.country in countries or not countries):
        return True  # "the Oakdale Fire Department", "a Gainesville man": the place a body serves, a person is from
    if sentence_start:
        return place.population >= 100_000 and place.country in countries
    if _after_settlement_noun(mention.span) and (place.country in countries or _a_town_so_called(place, mention)):
        return True  # "near the village of Sotk": the text says it is a settlement
    return (place.country in countries and place.population >= 1_000) or place.population >= 200_000


_DATELINE_TAIL = re.compile(r"\s*(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s*)?(?:\([A-Za-z]+\)\s*)?(?P<mark>—|–|--?|:)\s")
# The size of a town a dateline closed by a colon must name ("NEW DELHI:", "BEIRUT:").
COLON_DATELINE_POPULATION = 100_000


def _dateline_mark(span) -> str | None:
    """The dash or colon after a name in capitals opening a paragraph or sentence: the dateline of a
    story ("TORRINGTON -", "HUME -", "NEW DELHI:"); None for the tail of one ("ST. LOUIS -"), a label
    ("UPDATE:", "BREAKING NEWS:") or any other name."""
    doc, tokens = span.doc, tokens_of(span.doc)
    opens = span.start == 0 or tokens.text[span.start - 1] in {".", "\n", "\n\n"} or tokens.is_space[span.start - 1]
    if not (opens and span.text.isupper() and len(span.text) >= 3 and not _label(span.text)):
        return None
    tail = _DATELINE_TAIL.match(text_of(doc), span.end_char)
    return tail["mark"] if tail is not None else None


def _label(text: str) -> bool:
    """Capitals that label a paragraph rather than place it ("LIVE UPDATES", "UN")."""
    return text in INITIALS or any(word in LABEL_WORDS for word in text.split())


# "TORRINGTON —", "ISLE OF PALMS —", "SOUTH CHARLESTON, W.Va. --", "BEIRUT:": a name in capitals that
# opens a sentence or paragraph and is followed by a dash or a colon names where the story was written.
_CAPITAL_DATELINE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>[A-Z][A-Z'’-]*\.?(?:\s+(?:OF|[A-Z][A-Z'’-]+\.?)){0,3})"
                               r"(?=" + _DATELINE_TAIL.pattern + ")")


def _capital_datelines(doc, found: list[Mention]) -> list[Mention]:
    """Datelines in capitals that spaCy tagged as no entity (it rarely tags words in capitals),
    taking the place of the pieces found inside them ("ST" and "PARIS" of "ST. PARIS")."""
    out: list[Mention] = []
    for hit in _CAPITAL_DATELINE.finditer(text_of(doc)):
        span = doc.char_span(hit.start("name"), hit.end("name"), alignment_mode="expand")
        text = clean(hit["name"])
        if span is None or len(text) < 3 or not text.isupper() or _label(text):
            continue
        found[:] = [m for m in found if not (m.start < span.end_char and span.start_char < m.end)]
        out.append(Mention(text, span.start_char, span.end_char, span, False))
    return out


# "a Gainesville man", "a Tennessee Colony man", "a vulnerable Hounslow resident": where a person is from.
_RESIDENT_NOUNS = {"man", "woman", "men", "women", "resident", "residents", "native", "natives", "couple", "teen",
                   "teenager", "boy", "girl", "youth", "family", "homeowner", "homeowners"}


def _before_resident_noun(span) -> bool:
    doc = span.doc
    return span.end < len(doc) and doc[span.end].lower_ in _RESIDENT_NOUNS and span.end_char < len(text_of(doc)) \
        and span.label_ not in {"PERSON", "ORG"}


def _after_settlement_noun(span) -> bool:
    """ "the village of Sotk", "the Greek island of Corfu": the text says the name is a settlement or an island."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" \
        and doc[span.start - 2].lemma_.lower() in SETTLEMENT_NOUNS | ISLAND_NOUNS


def _context(places: list[GeoPlace], **given) -> LookupContext:
    """What the places the other names were judged to be say about where the article is, with the
    fields `given`; in one pass over them, as it is worked out for every name after every change."""
    countries: dict[str, int] = {}  # how many of the places lie in each country, in order of first sight
    admin1s: set[tuple[str, str]] = set()
    # Where the towns and counties are, and apart (weighed less) the centres of states and regions.
    points: set[tuple[float, float]] = set()
    division_points: set[tuple[float, float]] = set()
    for p in places:
        if not p.country:
            continue
        countries[p.country] = countries.get(p.country, 0) + 1
        town = p.kind in {"admin2", "city"}
        if p.admin1_code and (town or p.kind == "admin1"):
            admin1s.add((p.country, p.admin1_code))
        if p.lat is not None:
            if town:
                points.add((p.lat, p.lon))
            elif p.kind in {"admin1", "region"}:
                division_points.add((p.lat, p.lon))
    focus = _focus(places, countries)
    local = focus is not None and any(p.country == focus[0] and _local(p) for p in places)
    return LookupContext(frozenset(countries), frozenset(admin1s), tuple(points), focus=focus,
                         division_points=tuple(division_points), local=local, **given)


# A town below this size, or a county, in the country most names lie in makes a story local news.
LOCAL_TOWN_POPULATION = 100_000


def _local(place: GeoPlace) -> bool:
    return place.kind == "admin2" or (place.kind == "city" and 0 < place.population < LOCAL_TOWN_POPULATION)


def _focus(places: list[GeoPlace], countries: dict[str, int]) -> tuple[str, str | None] | None:
    """The country most names lie in, and the state or province most of its names lie in. `countries`:
    how many lie in each, in order of first sight (the first of the most wins, as in Counter.most_common)."""
    if not countries:
        return None
    country = max(countries, key=countries.__getitem__)
    # Counted in a plain loop, not a Counter over a generator: this runs for every context built.
    admin1s: dict[str, int] = {}
    for p in places:
        if p.country == country and p.kind != "country" and p.admin1_code:
            admin1s[p.admin1_code] = admin1s.get(p.admin1_code, 0) + 1
    return country, max(admin1s, key=admin1s.__getitem__) if admin1s else None


def _offsets(mentions: list[Mention], text: str) -> dict[str, tuple[str, float, float]]:
    """Name key -> (anchor name, distance in km, bearing) for "X, about 60 km west of Y"."""
    out: dict[str, tuple[str, float, float]] = {}
    for m in mentions:
        hit = _OFFSET.match(text, m.end, min(len(text), m.end + 160))
        if hit is None:
            continue
        direction = hit["dir"].replace("-", "").replace(" ", "")
        dist = float(hit["dist"]) * (1.609 if hit["unit"].startswith("mi") else 1.0)
        anchor = clean(hit["anchor"])
        if name_key(anchor) != name_key(m.text) and 0 < dist < 2000:
            out.setdefault(name_key(m.text), (anchor, dist, _BEARINGS[direction]))
    return out


def _destination(lat: float, lon: float, dist_km: float, bearing: float) -> tuple[float, float]:
    d, b = dist_km / 6371.0, math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 4), round((math.degrees(l2) + 540.0) % 360.0 - 180.0, 4)


def _located(name: str, offset: tuple[str, float, float], gazetteer, ctx: LookupContext) -> GeoPlace | None:
    """The place a relative location points at: a same-named one near the point, else the point.

    The point itself stands in only for a name the gazetteer does not know, knows only
    outside the article's countries, or knows as a small place (which same-named villages
    elsewhere are); a large town of the article's country is not moved by a misread phrase.
    """
    anchor_name, dist, bearing = offset
    anchor = gazetteer.lookup(anchor_name, ctx)
    if anchor is None or anchor.lat is None:
        return None
    lat, lon = _destination(anchor.lat, anchor.lon, dist, bearing)
    tolerance = max(25.0, dist * 0.3)
    ranked = gazetteer.ranked(name, ctx)
    for _, p in ranked:
        if p.kind == "city" and p.lat is not None and km(lat, lon, p.lat, p.lon) <= tolerance:
            return p
    if ranked:
        best = ranked[0][1]
        if best.kind != "city" or (best.country in ctx.countries and best.population >= 10_000):
            return None
    synthetic = -(3_000_000_000 + zlib.crc32(f"{name_key(name)} {lat} {lon}".encode()))
    return GeoPlace(synthetic, name, "city", anchor.country, anchor.admin1_code, anchor.admin1, lat, lon, 0)


class _NameLookups:
    """The gazetteer's ranking of a name in no context but the mention's own (its preferred kind and the
    container the text states): the containers, the first judgement and the candidates ask it again for
    every mention of a name ("Ukraine" ten times in a story). The gazetteer keeps the answers
    (Gazetteer.ranked_alone), for this article and the next."""

    def __init__(self, gazetteer) -> None:
        self.gazetteer = gazetteer
        self.capitals = gazetteer.capitals()

    def ranked(self, name: str, prefer: str | None, within: tuple[str, str | None] | None = None) \
            -> list[tuple[float, GeoPlace]]:
        """gazetteer.ranked(name, LookupContext(prefer=prefer, within=within)); the list is shared."""
        return self.gazetteer.ranked_alone(name, prefer, within)

    def lookup(self, name: str, prefer: str | None, within: tuple[str, str | None] | None = None) -> GeoPlace | None:
        ranked = self.ranked(name, prefer, within)
        return ranked[0][1] if ranked else None


def _stated_containers(mentions: list[Mention], names: _NameLookups, text: str) -> dict[int, tuple[str, str | None]]:
    """id(mention) -> (country, admin1 code) for "Wayne, Neb.", "FAIRFIELD, Conn. -", "Paris, Texas":
    a name the text follows with a comma and a state, province or country. Of a container's readings, the
    first that holds a town of the name before it: "Athens, Georgia" is the US state (and its mention then
    prefers a state), "Gori, Georgia" the country. A name that may be a state or country itself, with no town
    of its name in any reading of the next, is an item of a list ("Missouri, New York, North Carolina and
    Virginia"); a province then named with its country ("Ontario, Canada") is read as the province alone.
    A state's name followed by a state and then, in the same list, a third state of that country is a list item
    too, even where a town of the first name lies in the second ("Nevada, Missouri and Iowa"); it prefers a
    state when every other item of its list is a state. Not when the third is itself a town of the state after
    it (a list of pairs: "Delaware, Ohio, Indiana, Pennsylvania"), nor for a national capital whose next state
    lies within WITHIN_REACH_KM of it ("Washington, Virginia and North Carolina" keeps the capital)."""
    out: dict[int, tuple[str, str | None]] = {}
    windows = zip(mentions, mentions[1:], [*mentions[2:], None], [*mentions[3:], None, None])
    for a, b, after, fourth in windows:
        if not _COMMA_ONLY.fullmatch(text[a.end:b.start]):
            continue
        container = names.lookup(b.text, b.prefer)
        if container is None or not container.country or container.kind not in {"admin1", "country"} \
                or not _shape_fits(b.text, container):
            continue
        towns = [t for _, t in names.ranked(a.text, a.prefer)]
        if _third_of_list(a, b, after, fourth, container, towns, names, text):
            # "Nevada, Missouri and Iowa": a third state goes on the list a state's name opens, which names a state
            if container.kind == "admin1" and a.prefer is None and _only_states_listed_with(a, b, mentions, container, names):
                a.prefer = "admin1"
            continue
        holding = _containers_holding(towns, b, names)
        if not holding and any(t.kind in {"admin1", "country"} for t in towns):
            continue  # "Missouri, New York, North Carolina and Virginia": a list of states
        if holding and container not in holding:
            container = holding[0]
            if container.kind == "admin1" and b.prefer is None:
                b.prefer = "admin1"
        out[id(a)] = _as_container(container)
    return out


# A town the text puts in a county ("Thruxton, Hampshire") lies within this distance of the county's point: a
# county is wider than a town's namesakes are apart (Hampshire is some 90 km across).
COUNTY_REACH_KM = 80.0

# Between two items of a list: ", ", " and ", ", or ".
_AND_OR = r"(?:and|or)\s+"
_LIST_GOES_ON_TO = re.compile(rf"\s*(?:,\s*(?:{_AND_OR})?|{_AND_OR})")
# After a name, another item of a list, the comma optional: ", Salisbury", " and Salisbury".
_LIST_GOES_ON = re.compile(rf",?\s*(?:{_AND_OR})?[A-Z]")
# The comma AP style puts after a town's state, or a list's serial comma: ", and", ", or".
_COMMA_BEFORE_AND = re.compile(rf"\s*,\s*{_AND_OR}")


def _towns_outside_stated_counties(mentions: list[Mention], names: _NameLookups, text: str,
                                   stated: dict[int, tuple[str, str | None]]) -> set[int]:
    """ids of the town names the text follows with a comma and a county none of whose towns of that name the
    gazetteer knows ("Thruxton, Hampshire" where it knows only Thruxton, Herefordshire): such a town is unknown,
    not a namesake elsewhere. A town it does know there ("Dover, Kent") gets the county's state into `stated`."""
    outside: set[int] = set()
    for a, b in zip(mentions, mentions[1:]):
        if id(a) in stated or not _COMMA_ONLY.fullmatch(text[a.end:b.start]) or _LIST_GOES_ON.match(text, b.end):
            continue  # "in Sharon, Cornwall and Salisbury" lists towns
        container = names.lookup(b.text, b.prefer)
        if container is None or container.kind != "admin2" or not _shape_fits(b.text, container):
            continue
        towns = [t for _, t in names.ranked(a.text, a.prefer) if t.kind == "city" and t.lat is not None]
        counties = [c for _, c in names.ranked(b.text, "admin2") if c.kind == "admin2" and c.lat is not None]
        if not towns or not counties:
            continue
        county = next((c for c in counties for t in towns if km(t.lat, t.lon, c.lat, c.lon) <= COUNTY_REACH_KM), None)
        if county is None:
            outside.add(id(a))
        else:
            stated[id(a)] = (county.country, county.admin1_code)
    return outside


def _containers_holding(towns: list[GeoPlace], container: Mention, names: _NameLookups) -> list[GeoPlace]:
    """The readings of a state's or country's mention that hold one of `towns` (the readings of the name the
    text puts before it by a comma): "Athens, Georgia" is held by the US state."""
    return [c for _, c in names.ranked(container.text, container.prefer)
            if c.country and c.kind in {"admin1", "country"} and _shape_fits(container.text, c)
            and any(inside(t, _as_container(c)) for t in towns)]


def _third_of_list(a: Mention, b: Mention, after: Mention | None, fourth: Mention | None, container: GeoPlace,
                   towns: list[GeoPlace], names: _NameLookups, text: str) -> bool:
    """Whether "a, b" opens a list of states (or countries) that `after` goes on, rather than naming a town and
    its state: a may be a state of b's kind and country, `after` is one and follows b as the next item of the same
    coordination ("Nevada, Missouri and Iowa", not "Nevada, Missouri, and Kansas was his home"), and `after` is
    no town of a state the text puts after it ("Delaware, Ohio, Indiana, Pennsylvania": a list of pairs). A
    national capital whose next state lies within reach of it stays the capital ("Washington, Virginia and
    Maryland")."""
    if after is None or not _LIST_GOES_ON_TO.fullmatch(text[b.end:after.start]) \
            or _coordination(after.span) not in {_coordination(a.span), _coordination(b.span)} \
            or not any(_same_kind_in(t, container) for t in towns) \
            or not _same_kind_in(names.lookup(after.text, after.prefer), container) \
            or _capital_amid(towns[0], [container], names):
        return False
    if _COMMA_BEFORE_AND.match(text, b.end) and _opens_clause(after):
        return False  # "born in Indiana, Pennsylvania, and New Jersey is where...": the pair's closing comma
    return fourth is None or not _COMMA_ONLY.fullmatch(text[after.end:fourth.start]) \
        or not _containers_holding([t for _, t in names.ranked(after.text, after.prefer)], fourth, names)


def _opens_clause(m: Mention) -> bool:
    """Whether a verb follows the mention at once: it is the subject of a clause of its own."""
    doc = m.span.doc
    return m.span.end < len(doc) and doc[m.span.end].pos_ in {"VERB", "AUX"}


def _only_states_listed_with(m: Mention, b: Mention, mentions: list[Mention], container: GeoPlace,
                             names: _NameLookups) -> bool:
    """Whether every other item of the list `m` opens with `b` is a state of the container's country: "Houston,
    New York, and New Jersey", or "New York, California, Texas and Chicago", keeps the city. The list is the
    coordination of either, since the parser may hang b on m as an apposition."""
    lists = {_coordination(m.span), _coordination(b.span)}
    others = [names.lookup(o.text, o.prefer) for o in mentions if o is not m and _coordination(o.span) in lists]
    return _all_states(others, container.country)


def _all_states(places: list[GeoPlace | None], country: str | None = None) -> bool:
    """Whether the other items of a list are all states or provinces (of `country`, when given), and
    there are some: a name listed with them may be read as a state too, or kept as a city."""
    return bool(places) and all(p is not None and p.kind == "admin1" and (country is None or p.country == country)
                                for p in places)


def _same_kind_in(place: GeoPlace | None, container: GeoPlace) -> bool:
    """Whether `place` is a division of the container's kind in its country, or a country when it is one: the
    next item of a list of states or countries."""
    return place is not None and place.kind == container.kind \
        and (place.kind == "country" or place.country == container.country)


def _as_container(place: GeoPlace) -> tuple[str, str | None]:
    """The (country, admin1 code) a country or a first-level division stands for as a stated container."""
    return place.country, place.admin1_code if place.kind == "admin1" else None


def _coordination(span) -> int:
    """The first item of the list ("A, B and C", "A or B") a name's head word stands in (its own
    position when it stands in none)."""
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.i


def _states_listed_with_states(mentions: list[Mention], names: _NameLookups,
                               stated: dict[int, tuple[str, str | None]]) -> None:
    """A town's name listed only with states or provinces is the state of that name in their country,
    where there is one: "California or Washington", "Oregon and Washington laws" (not the city of
    Washington; "Houston, New York, and New Jersey" keeps the city, "Texas and Mexico" the country, and a
    national capital listed with the states around it stays the capital: "Washington, Maryland and Virginia").
    Sets the mention's preferred kind."""
    lists: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.prefer is None and id(m) not in stated:
            lists.setdefault(_coordination(m.span), []).append(m)
    for items in lists.values():
        if len(items) < 2:
            continue
        bests = [names.lookup(m.text, m.prefer) for m in items]
        for m, best in zip(items, bests):
            others = [b for b in bests if b is not None and b is not best]
            if best is None or best.kind != "city" or not _all_states(others):
                continue
            if _capital_amid(best, others, names):
                continue  # "Washington, Maryland and Virginia": the capital among the states around it
            state = names.lookup(m.text, "admin1")
            if state is not None and state.kind == "admin1" and state.country in {b.country for b in others}:
                m.prefer = "admin1"


def _capital_amid(place: GeoPlace, others: list[GeoPlace], names: _NameLookups) -> bool:
    """Whether `place` is a national capital that all of `others` (the states listed with it) lie within
    WITHIN_REACH_KM of."""
    return place.id in names.capitals and place.lat is not None and all(
        o.lat is not None and km(place.lat, place.lon, o.lat, o.lon) <= WITHIN_REACH_KM for o in others)


def _with_saints_possessive(m: Mention, text: str, gazetteer) -> Mention:
    """ "St. John's, Newfoundland", "St. George's, Grenada": a saint's town whose name holds the possessive
    the mention lost (not St. John, Indiana). The mention with it, its end and span moved past it, where a
    place bears that name as its own; else the mention as it was."""
    if m.text.split()[0].lower() not in _SAINT_WORDS:
        return m
    if text[m.start:m.end].endswith(tuple(_POSSESSIVES)):
        end = m.end
    elif text[m.end:m.end + 2] in _POSSESSIVES:
        end = m.end + 2
    else:
        return m
    form = m.text + text[end - 2:end]
    if not _a_places_own_name(gazetteer, form):
        return m
    doc, span = m.span.doc, m.span
    if span.end < len(doc) and doc[span.end].text in _POSSESSIVES:
        span = doc[span.start:span.end + 1]
    return replace(m, text=form, end=end, span=span)


def _joined_split_names(mentions: list[Mention], text: str, gazetteer) -> list[Mention]:
    """ "in Baja California" tagged as "Baja" and "California": two place entities with one space between
    them are one mention where the whole is a place's own name, unless either half is a person's or another
    thing's name in the article."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if prev is not None and prev.tagged and m.tagged and text[prev.end:m.start] == " " \
                and not any(x.person or x.name_of_other for x in (prev, m)) \
                and any(c.quality == 2 for c in gazetteer.candidates(f"{prev.text} {m.text}", variants=False)):
            out[-1] = replace(prev, text=f"{prev.text} {m.text}", end=m.end,
                              span=prev.span.doc[prev.span.start:m.span.end])
            continue
        out.append(m)
    return out


def resolve(mentions: list[Mention], gazetteer, text: str = "") -> list[Resolved]:
    if text:
        mentions = _joined_split_names([_with_saints_possessive(m, text, gazetteer) for m in mentions], text, gazetteer)
    offsets = _offsets(mentions, text) if text else {}
    names = _NameLookups(gazetteer)
    for m in mentions:
        # "Northeast Georgia" and "Georgia" are one name, which must not vote for its own reading.
        m.whole = gazetteer.part_of(m.text)
    stated = _stated_containers(mentions, names, text) if text else {}
    outside = _towns_outside_stated_counties(mentions, names, text, stated) if text else set()
    # A person's or organisation's name is a place only where the text locates it ("Ford, Wash.").
    mentions = [m for m in mentions if id(m) not in outside
                and (not m.name_of_other or id(m) in stated or _after_settlement_noun(m.span))]
    _states_listed_with_states(mentions, names, stated)
    first: list[tuple[Mention, GeoPlace]] = []
    for m in mentions:
        if m.tagged:
            best = names.lookup(m.text, m.prefer, stated.get(id(m)))
            if best is not None and _shape_fits(m.text, best) and _named_enough(best, m, stated) \
                    and not _named_for_software(best, m):
                first.append((m, best))
    countries = {p.country for _, p in first if p.country}
    untagged = [(m, names.lookup(m.text, m.prefer, stated.get(id(m))))
                for m in mentions if not m.tagged]
    # Countries the model did not tag ("Niger" as an ORG) still tell which country the text
    # is in: wider places are judged first, small towns after, against that context.
    untagged.sort(key=lambda pair: pair[1] is None or pair[1].kind == "city")
    for m, best in untagged:
        if best is None or not _shape_fits(m.text, best) or not _named_enough(best, m, stated):
            continue
        if not _confident(best, m, countries) and not inside(best, stated.get(id(m))):
            at_home = _namesake_at_home(m, best, names, stated, countries)
            if at_home is None and not _seat_of_its_namesake_division(best, m, gazetteer, names, stated, countries):
                continue
            best = at_home or best
        if m.person and best.country not in countries:
            continue
        if best.kind == "city" and not inside(best, stated.get(id(m))) \
                and not (best.country in countries and best.population >= OTHER_NAME_POPULATION) \
                and not _someones_own_name(gazetteer, m.text):
            continue  # "Helmet", "Hate", "Julia": a word the model did not call a place, known only as another name
        first.append((m, best))
        if best.kind == "country" and best.country:
            countries.add(best.country)
    # Names the gazetteer does not know (or knows elsewhere) that the text locates itself.
    placed = {id(m) for m, _ in first}
    for m in mentions:
        if id(m) not in placed and name_key(m.text) in offsets and (m.tagged or not m.person):
            first.append((m, GeoPlace(0, m.text, "city", None, None, None, None, None, 0)))
    # Each name is judged against what the *other* names say (a name must not vote for itself), in
    # passes, so one famous namesake taken at first sight (Paris, France in a Texas story) no longer
    # pulls the rest abroad; from the first judgement and from the states most names may lie in, and
    # the reading whose judgements score highest together is kept.
    current = first
    candidates = _candidates_by_name(current, names, stated)
    divisions = {key: frozenset((p.country, p.admin1_code) for p in places if p.admin1_code)
                 for key, places in candidates.items()}
    namesakes = NamesakeGrid.of(candidates)
    best_total = -math.inf
    settled = current
    shared = {key: _shared_division(key, divisions) for key in {_own_name(m.whole or m.text) for m, _ in current}}
    # The same question in the same context, across readings: by context key, then by question.
    answers: dict[tuple, dict[tuple, tuple[GeoPlace | None, float]]] = {}
    # A name's context, by the others' judgements, with the answers kept for its context key.
    contexts: dict[tuple, tuple[LookupContext, dict[tuple, tuple[GeoPlace | None, float]], list]] = {}
    distances = Distances()
    for start in _readings(current, candidates, divisions):
        total = 0.0
        for _ in range(REFINEMENTS):
            start, total = _rejudge(start, gazetteer, offsets, stated, shared, namesakes, answers, contexts, distances)
        if total > best_total + 1e-9:
            best_total, settled = total, start
    current = [(m, best) for m, best in settled if not _placed_in_another_country(m, best, settled, text)]
    current = _counties_named_whole(current, stated, gazetteer.capitals())
    by_place: dict[int, Resolved] = {}
    for m, best in current:
        by_place.setdefault(best.id, Resolved(best)).mentions.append(m)
    return list(by_place.values())


# A town farther than this from the county of its name that the article names is not in that county.
COUNTY_TOWN_KM = 40.0


def _counties_named_whole(judged: list[tuple[Mention, GeoPlace]], stated: dict[int, tuple[str, str | None]],
                          capitals: frozenset[int]) -> list[tuple[Mention, GeoPlace]]:
    """A bare name the article gives elsewhere with its division word ("Hall County ... retired from Hall",
    "Forsyth County post ... joined Forsyth") is that county, where the town it was judged to be lies outside
    it (Hull, Massachusetts; Forsyth, Georgia, 130 km from Forsyth County): one sense per discourse. A town in
    the county of its name ("Lancaster County ... Lancaster") is the county seat the text means; a town the text
    puts in a state ("Kent County, Delaware ... from Kent, Ohio"), a city of 100,000 of the county's state
    ("Jackson County deputies ... in Jackson", Mississippi) and a national capital ("Washington County,
    Oregon ... to Washington") may be what it means: all are kept. A large city of another state is not
    ("Jackson County, Oregon ... near Jackson"; "Kent County ... a man from Kent", not Kent, Washington)."""
    counties = {name_key(" ".join(m.text.split()[:-1])): place for m, place in judged
                if place.kind == "admin2" and len(m.text.split()) > 1 and m.text.split()[-1].lower() in SECOND_LEVEL_WORDS}
    if not counties:
        return judged
    out = []
    for m, place in judged:
        county = counties.get(name_key(m.text))
        if county is not None and place.kind == "city" and county.lat is not None and place.lat is not None \
                and km(place.lat, place.lon, county.lat, county.lon) > COUNTY_TOWN_KM and id(m) not in stated \
                and place.id not in capitals \
                and not ((place.country, place.admin1_code) == (county.country, county.admin1_code)
                         and place.population >= LOCAL_TOWN_POPULATION):
            place = county
        out.append((m, place))
    return out


# Between a name and the town or state the text puts it in: "Victoria Island, Lagos", "North Island in San
# Diego", "the Melville Island community in the Northern Territory".
_PUT_IN = re.compile(r",\s*|(?:\s+[a-z]+){0,2}\s+in\s+(?:the\s+)?")


def _placed_in_another_country(m: Mention, place: GeoPlace, settled: list[tuple[Mention, GeoPlace]], text: str) -> bool:
    """Whether the text puts a region of one country in a town or state of another: a namesake the
    gazetteer lacks (Victoria Island, the Lagos district, not Canada's island; the North Island naval air
    station in San Diego). Not a country ("Crimea, Russia" keeps Crimea), nor the next item of a list ("the
    West Bank, Jerusalem and Gaza")."""
    if place.kind != "region" or not place.country or place.population:
        return False
    after = min(((n, p) for n, p in settled if n.start >= m.end), key=lambda pair: pair[0].start, default=None)
    if after is None:
        return False
    n, container = after
    return container.kind in {"city", "admin1"} and container.country not in {None, place.country} \
        and _PUT_IN.fullmatch(text[m.end:n.start]) is not None and _coordination(n.span) != _coordination(m.span)


def _named_enough(place: GeoPlace, mention: Mention, stated: dict[int, tuple[str, str | None]]) -> bool:
    """A name known only as a US postal town ("Royal", "Dixie", "Avenue") is a place only where the model
    tagged it as one, the text locates it ("Harwinton, Conn.") or writes it as a dateline."""
    return not is_postal_town(place) or mention.tagged or inside(place, stated.get(id(mention))) \
        or mention.dateline


_TOWN_KINDS = {"city", "admin2"}


def _namesake_at_home(m: Mention, best: GeoPlace, names: "_NameLookups", stated: dict[int, tuple[str, str | None]],
                      countries: set[str]) -> GeoPlace | None:
    """For a name the model did not tag whose likeliest town lies abroad and is not taken there, the
    town of that name in a country the article names, when the text puts the name where a town goes
    ("in Clarinda", "the towns of Haris", "Litchfield Superior Court", not Lichfield, England) and that
    town would be taken; else None."""
    if best.kind not in _TOWN_KINDS or not (m.in_name or _locative(m.span) or _after_settlement_noun(m.span)):
        return None
    at_home = next((p for _, p in names.ranked(m.text, m.prefer, stated.get(id(m)))
                    if p.country in countries and p.kind in _TOWN_KINDS), None)
    if at_home is None or not _shape_fits(m.text, at_home) or not _named_enough(at_home, m, stated) \
            or not _confident(at_home, m, countries):
        return None
    return at_home


# A seat is taken for its name only where no other town of the name has this share of its people or more
# (Nelson, British Columbia or Lancashire against Nelson, New Zealand; not Gao, Burkina Faso, a fifth of Gao's).
SEAT_NAMESAKE_SHARE = 0.25


def _seat_of_its_namesake_division(town: GeoPlace, m: Mention, gazetteer, names: "_NameLookups",
                                   stated: dict[int, tuple[str, str | None]], countries: set[str]) -> bool:
    """Whether a town the model did not tag, placed where a place goes ("in Lamu near the Somali border"),
    is the seat of a first-level division of its own name, which `_confident` would take: a name that is
    a state's or province's and its capital's is a place, whichever of the two the text means. Not where
    a town of the name elsewhere comes near it in size ("stabbed in Nelson" may be Nelson, British Columbia
    or Lancashire as well as New Zealand's): the name alone does not tell which."""
    if town.kind != "city" or m.person or not _locative(m.span):
        return False
    if any(p.id != town.id and p.kind == "city" and p.population >= SEAT_NAMESAKE_SHARE * town.population
           for _, p in names.ranked(m.text, m.prefer, stated.get(id(m)))):
        return False
    # divisions_named_after reads matches: the town as an exact-spelling one.
    return any(_confident(d.place, m, countries) for d in gazetteer.divisions_named_after([Match(town, 2)]))


# A US postal town within this distance of the article's other towns lies where the story is.
POSTAL_STORY_KM = 100.0


def _placed_by_story(town: GeoPlace, mention: Mention, ctx: LookupContext) -> bool:
    """Whether the text or the rest of the article puts a postal town's name there: the state named after
    it, a dateline, the state most other names lie in, or other towns near it."""
    return ctx.within is not None or mention.dateline \
        or (ctx.focus is not None and (town.country, town.admin1_code) == ctx.focus) \
        or any(km(town.lat, town.lon, lat, lon) < POSTAL_STORY_KM for lat, lon in ctx.points)


# A name the model did not tag, found only as another name of a town (a GeoNames alternate or a spelling
# variant), is taken only for a town of this size in a country the article names.
OTHER_NAME_POPULATION = 10_000


def _someones_own_name(gazetteer, text: str) -> bool:
    """Whether `text`, without a division word after it ("Gainesville City", "Columbia State"), is the
    own name of some place, not only an alternate or a spelling variant of one."""
    words = text.split()
    if len(words) > 1 and words[-1].lower() in PREFIX_DIVISION_WORDS:
        words = words[:-1]
    forms = [" ".join(words)]
    if len(words) > 1 and words[0].lower().rstrip(".") in _SPELLED_OUT:
        # "St. Cloud" is Saint Cloud's own name
        forms = [" ".join([word, *words[1:]]) for word in _SPELLED_OUT[words[0].lower().rstrip(".")]]
    return any(_a_places_own_name(gazetteer, form) for form in forms)


def _a_places_own_name(gazetteer, form: str) -> bool:
    """Is `form` as written the own name of a place that is more than a US postal town?"""
    return any(c.quality == 2 and not is_postal_town(c.place) for c in gazetteer.candidates(form, variants=False))



# A state or province is the one most other names share when at least this share of them (and two)
# have a namesake in it.
SHARED_DIVISION_SHARE = 0.4


def _own_name(text: str) -> str:
    """The key of a name without the "City" that may follow it: "Paris City Council" and "Paris" are one
    name, which must not vote for its own reading."""
    key = name_key(text)
    return key[: -len(_CITY_KEY)] if key.endswith(_CITY_KEY) else key


_CITY_KEY = " " + name_key("city")


def _candidates_by_name(judged: list[tuple[Mention, GeoPlace]], names: _NameLookups,
                        stated: dict[int, tuple[str, str | None]]) -> dict[str, list[GeoPlace]]:
    """Name key -> every place below country level the name may mean (only those in the state the
    text puts it in: "FAIRFIELD, Conn." vouches for no Fairfield, New Jersey)."""
    out: dict[str, list[GeoPlace]] = {}
    for m, _ in sorted(judged, key=lambda t: id(t[0]) not in stated):
        key = _own_name(m.whole or m.text)
        if key not in out:
            out[key] = [p for _, p in names.ranked(m.text, m.prefer)
                        if p.kind != "country" and p.country and not is_postal_town(p)
                        and (id(m) not in stated or inside(p, stated[id(m)]))]
    return out


# How many states or provinces, besides the first judgement, a reading of the article starts from.
READING_DIVISIONS = 4


def _readings(first: list[tuple[Mention, GeoPlace]], candidates: dict[str, list[GeoPlace]],
              divisions: dict[str, frozenset[tuple[str, str]]]) -> list[list[tuple[Mention, GeoPlace]]]:
    """Where the judging of the names starts from: their first judgement, and for each of the states
    most names may lie in, every name that may lie there put there ("Huntsville" and "Walker County"
    both in Texas, or both in Alabama): judged from one start only, two names can each hold the
    other in the wrong state."""
    votes = Counter(a for d in divisions.values() for a in sorted(d))
    starts = [first]
    top = max(votes.values(), default=0)
    for division, count in votes.most_common(READING_DIVISIONS):
        if count < max(2, top):
            break
        start = []
        for m, p in first:
            there = [c for c in candidates.get(_own_name(m.whole or m.text), ()) if (c.country, c.admin1_code) == division]
            start.append((m, there[0] if there and p.id != 0 and p.kind != "country" else p))
        if any([q.id for _, q in start] == [q.id for _, q in other] for other in starts):
            continue  # the same start as one already tried
        starts.append(start)
    return starts


def _shared_division(key: str, divisions: dict[str, frozenset[tuple[str, str]]]) -> tuple[str, str] | None:
    """The state or province most names other than `key` may lie in, when enough of them may."""
    others = [d for k, d in divisions.items() if k != key and d]
    votes = Counter(a for d in others for a in sorted(d))  # sorted: ties go the same way every run
    if not votes:
        return None
    division, count = votes.most_common(1)[0]
    return division if count >= 2 and count >= SHARED_DIVISION_SHARE * len(others) else None


def _rejudge(judged: list[tuple[Mention, GeoPlace]], gazetteer, offsets: dict, stated: dict,
             shared: dict[str, tuple[str, str] | None], namesakes: NamesakeGrid,
             answers: dict[tuple, dict[tuple, tuple[GeoPlace | None, float]]],
             contexts: dict[tuple, tuple[LookupContext, dict[tuple, tuple[GeoPlace | None, float]], list]],
             distances: Distances) -> tuple[list[tuple[Mention, GeoPlace]], float]:
    """One pass over the names in text order, each judged against the others' latest judgement, and
    the summed score of the judgements: how well the names of this reading agree. `shared`: each
    name's _shared_division; `answers`: judgements already made, by context key and question; `contexts`: the
    contexts already worked out, by name and the places the others were judged to be; `distances`: those
    measured so far."""
    current: list[tuple[Mention, GeoPlace | None]] = sorted(judged, key=lambda t: t[0].start)
    owns = [_own_name(m.whole or m.text) for m, _ in current]
    total = 0.0
    # A name's context depends only on its own name and the others' judgements: worked out once
    # per name until a judgement changes (`version`). Its answer depends on that context and the
    # mention's text, preferred kind, stated container and dateline; readings and rounds often ask
    # the same question in the same context, so answers are kept by both (a context's entry carries the
    # answers of its key, so a question's own hash leaves the context's points out).
    version = 0
    # The same others' judgements come back in other readings and rounds: contexts are kept by the name
    # and the identities of those places; the entry holds the places, so no other object takes their ids.
    capitals = gazetteer.capitals()
    in_version: dict[tuple[str, int], tuple[LookupContext, dict, list]] = {}
    for i, (m, before) in enumerate(current):
        own, within = owns[i], stated.get(id(m))
        entry = in_version.get((own, version))
        if entry is None:
            others = [p for (_, p), o_own in zip(current, owns) if p is not None and o_own != own and p.id != 0]
            seen = (own, *map(id, others))
            entry = contexts.get(seen)
            if entry is None:
                ctx = _context(others, shared_admin1=shared[own], namesakes=namesakes, name=own, capitals=capitals,
                               distances=distances)
                entry = contexts[seen] = ctx, answers.setdefault(_context_key(ctx), {}), others
            in_version[own, version] = entry
        ctx, in_context, _ = entry
        question = (m.text, m.dateline, m.prefer, within)
        answer = in_context.get(question)
        if answer is None:
            # `ctx` has neither a preferred kind nor a container: most mentions need no copy.
            own_ctx = ctx if m.prefer is None and within is None else replace(ctx, prefer=m.prefer, within=within)
            answer = in_context[question] = _judge(m, own_ctx, gazetteer, offsets)
        best, score = answer
        total += score
        if (best.id if best is not None else None) != (before.id if before is not None else None):
            version += 1
        current[i] = (m, best)
    return [(m, p) for m, p in current if p is not None], total


def _context_key(ctx: LookupContext) -> tuple:
    """What a judgement reads of a name's context, hashable: every field but the mention's own
    (prefer, within: in the question beside it) and the article's namesake grid, capitals and
    distances, which are the same for all its names."""
    return (ctx.countries, ctx.admin1s, ctx.points, ctx.focus, ctx.division_points, ctx.shared_admin1,
            ctx.local, ctx.name)


def _judge(m: Mention, ctx: LookupContext, gazetteer, offsets: dict) -> tuple[GeoPlace | None, float]:
    """The place a mention's name means in `ctx` (None when there is none, its shape does not fit the
    name, or it is a postal town the story does not put there), and the ranking score it was chosen
    by (0 for a name the text locates itself)."""
    key, score = name_key(m.text), 0.0
    best = _located(m.text, offsets[key], gazetteer, ctx) if key in offsets else None
    if best is None:
        ranked = gazetteer.ranked(m.text, ctx)
        if ranked:
            score, best = ranked[0]
    if best is not None and is_postal_town(best) and not _placed_by_story(best, m, ctx):
        best = None  # "the movies Borderland, Tamara and ...": a postal town far from the story
    fits = best is not None and (_shape_fits(m.text, best) or m.dateline)
    return (best if fits else None), score



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


def places_in(doc, entities=None, gazetteer=None, text: str | None = None) -> tuple[list[Place], list[tuple[int, int, Place]]]:
    """The places of a parsed text, and each mention's character span with its place.
    `text` is doc.text when the caller already has it."""
    gazetteer = gazetteer or get_gazetteer()
    resolved = resolve(find_mentions(doc, entities, gazetteer.country_names()), gazetteer, text_of(doc) if text is None else text)
    places: list[Place] = []
    spans: list[tuple[int, int, Place]] = []
    for r in resolved:
        place = to_place(r)
        places.append(place)
        spans.extend((m.start, m.end, place) for m in r.mentions)
    spans.sort(key=lambda t: t[0])
    return places, spans


@component("places", requires=["entities"], assigns=["places"])
def extract_places(ctx: Context) -> None:
    try:
        places, spans = places_in(ctx.doc, ctx.scratch.get("entities"), text=ctx.text)
    except FrontwireError as exc:
        ctx.article.warnings.append(f"places: {exc}")
        places, spans = [], []
    ctx.record.places = places
    ctx.scratch["places"] = spans + repeated_mentions(ctx.doc, spans, ctx.text)  # for the events stage


def repeated_mentions(doc, spans: list[tuple[int, int, Place]], text: str) -> list[tuple[int, int, Place]]:
    """Every other occurrence of a name already resolved in the article (one sense per
    discourse): the small NER model misses some ("Dobropillia, home to 30,000 people, ...")."""
    taken = [(start, end) for start, end, _ in spans]
    in_org = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in {"ORG", "PERSON"}]
    found: list[tuple[int, int, Place]] = []
    forms = {mention: place for _, _, place in spans for mention in {place.name, *place.mentions}}
    for form, place in sorted(forms.items(), key=lambda item: -len(item[0])):
        for start, end in _standalone(form, text):
            if any(s < end and start < e for s, e in taken) or any(s <= start and end <= e for s, e in in_org):
                continue
            taken.append((start, end))
            found.append((start, end, place))
    return found


# A character that continues a word or a hyphenated name: an occurrence next to one is part of it.
_NAME_CHAR = re.compile(r"[\w-]")


def _standalone(form: str, text: str) -> Iterator[tuple[int, int]]:
    r"""(start, end) of each occurrence of `form` in `text` that is not part of a longer word or
    hyphenated name, left to right, not overlapping: the matches of
    rf"(?<![\w-]){re.escape(form)}(?![\w-])", found with str.find (a pattern that opens with a
    look-behind is tried at every character of the article, once per name)."""
    if not form:
        yield from (m.span() for m in re.finditer(r"(?<![\w-])(?![\w-])", text))
        return
    start = text.find(form)
    while start >= 0:
        end = start + len(form)
        if (start == 0 or not _NAME_CHAR.match(text, start - 1)) and not _NAME_CHAR.match(text, end):
            yield start, end
            start = text.find(form, end)
        else:
            start = text.find(form, start + 1)


__all__ = ["extract_places", "find_mentions", "places_in", "name_key"]
