"""Named entities with one canonical name per person or organisation in an article.

spaCy finds mentions; this component merges them ("Zelensky", "Volodymyr Zelensky",
"Ukrainian President Volodymyr Zelensky" -> "Volodymyr Zelensky") and repairs the small
model's most common label slips (a known person's surname tagged ORG).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from frontwire.models import Entity
from frontwire.pipeline import Context, component

KEPT_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")


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


def _true_label(ent, person_surnames: set[str]) -> str:
    """The small model often tags a well-known surname ORG or GPE ("Trump said")."""
    name = clean_name(ent.text)
    if ent.label_ in {"ORG", "GPE"} and name and name.split()[-1].lower() in person_surnames:
        if len(name.split()) <= 2:
            return "PERSON"
    return ent.label_


def build_index(doc) -> EntityIndex:
    index = EntityIndex()
    ents = [e for e in doc.ents if e.label_ in KEPT_LABELS and "\n" not in e.text.strip()]
    # People first, so that fuller names win and surnames are known when other labels come.
    persons = [e for e in ents if e.label_ == "PERSON"]
    for ent in sorted(persons, key=lambda e: -len(e.text.split())):
        index.add(ent.text, "PERSON")
    surnames = set(index.by_surname)
    for ent in ents:
        if ent.label_ == "PERSON":
            continue
        label = _true_label(ent, surnames)
        if label == "PERSON":
            index.add(ent.text, "PERSON")
        else:
            index.add(ent.text, label)
    return index


@component("entities")
def extract_entities(ctx: Context) -> None:
    index = build_index(ctx.doc)
    ctx.scratch["entities"] = index
    ctx.record.entities = list(index.entities)
