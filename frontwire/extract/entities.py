"""Named entities with one canonical name per person or organisation in an article.

spaCy finds mentions; this component merges them ("Zelensky", "Volodymyr Zelensky",
"Ukrainian President Volodymyr Zelensky" -> "Volodymyr Zelensky") and repairs the small
model's most common label slips (a known person's surname tagged ORG).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from frontwire import vocab
from frontwire.models import Entity
from frontwire.extract.component import Context, component
from frontwire.nlp.text import text_of
from frontwire.nlp.tokens import forget as forget_tokens

KEPT_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")


# Memoised: the same mentions are cleaned again by every component that looks a name up
# (quotes, speakers, events through EntityIndex), several times per article.
@lru_cache(maxsize=16384)
def clean_name(text: str) -> str:
    text = " ".join(text.split())
    text = _LEADING_THE.sub("", text)
    return _POSSESSIVE.sub("", text).strip(" ,;:")


@dataclass
class EntityIndex:
    """Canonical names of an article's entities, looked up by any of their mentions."""

    by_mention: dict[str, Entity] = field(default_factory=dict)
    by_surname: dict[str, Entity] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)

    def add(self, mention: str, label: str) -> Entity | None:
        name = clean_name(mention)
        if not name or not any(c.isalpha() for c in name):
            return None
        key = name.lower()
        if label == "PERSON":
            surname = name.split()[-1].lower()
            known = self.by_mention.get(key) or self.by_surname.get(surname)
            if known is None:
                known = Entity(name=name, label=label)
                self.entities.append(known)
            elif len(name.split()) > len(known.name.split()) and known.name.split()[-1] == name.split()[-1]:
                known.name = name  # a fuller form of the same person
            self.by_surname.setdefault(surname, known)
        else:
            known = self.by_mention.get(key)
            if known is None:
                known = Entity(name=name, label=label)
                self.entities.append(known)
        if name not in known.mentions:
            known.mentions.append(name)
        self.by_mention[key] = known
        return known

    def lookup(self, mention: str) -> Entity | None:
        name = clean_name(mention)
        if not name:
            return None
        hit = self.by_mention.get(name.lower())
        if hit is None and name.split():
            person = self.by_surname.get(name.split()[-1].lower())
            if person is not None and (len(name.split()) == 1 or name.split()[-1][0].isupper()):
                hit = person
        return hit

    def canonical(self, mention: str) -> str:
        hit = self.lookup(mention)
        return hit.name if hit else clean_name(mention)


# Words that name a role; a proper name in apposition to one, or right after one, is a person
# ("the ombudswoman, Tatyana Moskalkova,"), whatever label the small model gave it.
ROLE_WORDS = vocab.words("role_before_name")
# Words that make a capitalised phrase an organisation or a place, not a person.
NON_PERSON_WORDS = vocab.words("not_a_person")


def _text(ent) -> str:
    """ent.text, cut from the Doc's text kept once (Span.text joins a Token built per word)."""
    return text_of(ent.doc)[ent.start_char : ent.end_char]


def _is_person_name(ent) -> bool:
    """A 2-3 word proper name placed like a person's: after a role word or in apposition to one."""
    if not 2 <= len(ent) <= 3:
        return False
    tokens = list(ent)
    if not 2 <= len(tokens) <= 3 or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in tokens):
        return False
    if any(t.lower_ in NON_PERSON_WORDS for t in tokens):
        return False
    root = ent.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in ROLE_WORDS:
        return True
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.lower_.rstrip(".") in {w.rstrip(".") for w in ROLE_WORDS}


def _true_label(ent, person_surnames: set[str]) -> str:
    """The small model often tags people ORG or GPE ("Trump said", "the envoy, Steve Witkoff,")."""
    name = clean_name(_text(ent))
    if ent.label_ in {"ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "LOC"}:
        if name and name.split()[-1].lower() in person_surnames and len(name.split()) <= 2:
            return "PERSON"
        if _is_person_name(ent):
            return "PERSON"
    return ent.label_


def relabel_people(doc) -> None:
    """Write corrected PERSON labels back to doc.ents, so every later stage sees them."""
    from spacy.tokens import Span

    surnames: set[str] = set()
    ents = doc.ents  # a new Span per entity on each access: read once
    for ent in ents:
        if ent.label_ == "PERSON":
            name = clean_name(_text(ent))
            surnames.add(name.split()[-1].lower() if name else "")
    fixed, changed = [], False
    for ent in ents:
        label = _true_label(ent, surnames)
        if label != ent.label_:
            fixed.append(Span(doc, ent.start, ent.end, label=label))
            changed = True
            surnames.add(clean_name(_text(ent)).split()[-1].lower())
        else:
            fixed.append(ent)
    if changed:
        doc.ents = fixed
        forget_tokens(doc)  # the shared token table's entity columns are stale now


def build_index(doc) -> EntityIndex:
    relabel_people(doc)
    index = EntityIndex()
    ents = [e for e in doc.ents if e.label_ in KEPT_LABELS and "\n" not in _text(e).strip()]
    # People first, so that fuller names win and surnames are known when other labels come.
    persons = [e for e in ents if e.label_ == "PERSON"]
    for ent in sorted(persons, key=lambda e: -len(_text(e).split())):
        index.add(_text(ent), "PERSON")
    surnames = set(index.by_surname)
    for ent in ents:
        if ent.label_ == "PERSON":
            continue
        label = _true_label(ent, surnames)
        if label == "PERSON":
            index.add(_text(ent), "PERSON")
        else:
            index.add(_text(ent), label)
    return index


@component("entities", assigns=["entities"])
def extract_entities(ctx: Context) -> None:
    index = build_index(ctx.doc)
    ctx.scratch["entities"] = index
    ctx.record.entities = list(index.entities)
