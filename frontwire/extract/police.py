"""A learned check on police force and arrests: does a sentence report one actually done?

The lexicon finds ASSAULT and COERCE triggers and the event stage judges their modality; both
are rules. This module adds a sentence classifier trained on IndiaPoliceEvents (Times of India
reporting, each sentence labelled with the police's killings, force and arrests;
`training/train_police.py`, data card in data/police/DATA_CARD.md): spaCy's bag-of-words text
classifier over lower-cased words and word pairs, a few milliseconds per article.

It is consulted only on the police acts the rules found and doubt: an arrest (COERCE, subtype
arrest) whose modality is planned, hypothetical or conditional, or an ASSAULT said hypothetical.
A denial the rules read in the act's own words ("no arrests have been made", "failed to arrest")
is set aside without it. Such an event stays
among the story's events only when the classifier confirms that the sentence reports the act done
("a mob tried to set shops ablaze, which was foiled by the police, who fired 20 rounds"); the others
go to the secondary events with their modality: "we will not hesitate in arresting even senior
leaders", "anybody found moving out would be arrested", "the police failed to arrest Shah".
Asserted events are never vetoed: trained on one newspaper's police reporting, the classifier
gives low scores to arrests told in other words ("Turkish police detained the chief editor"),
and it labels police acts only, so a low ASSAULT score on an attack by a mob or an armed group
means "not the police", not "no attack". Curfews, bans and demolitions are left alone.

The model is chosen by FRONTWIRE_POLICE_MODEL: unset for the packaged model, a path to another
model directory written by the training script, or `rules` for the rules alone.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from frontwire.errors import FrontwireError
from frontwire.models import Event
from frontwire.nlp.model import component_model

DATA = Path(__file__).with_name("data") / "police"
DEFAULT_MODEL = DATA / "model"
LABELS = ("ASSAULT", "COERCE")
# The classifier's decision threshold (held-out figures in data/police/figures.json), and the
# probability at which it confirms an act the rules doubt: low, because the rules found a trigger.
THRESHOLDS = {"ASSAULT": 0.5, "COERCE": 0.5}
CONFIRM_AT = 0.01
ASSAULT_DOUBTS = {"hypothetical", "denied", "conditional"}
# Doubts the classifier does not judge: the act set aside as the rules read it.
SET_ASIDE = {"denied"}
WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*|\d+")


def sentence_words(text: str) -> str:
    """What the classifier reads: the words in lower case, figures as NUM (casing and numbers vary
    by paper), one space apart; EMPTY for a sentence without words (the model needs a token)."""
    return " ".join("NUM" if w.isdigit() else w for w in WORD.findall(text.lower())) or "EMPTY"


class PoliceClassifier:
    def __init__(self, path: Path):
        import spacy

        if not (path / "config.cfg").is_file():
            raise FrontwireError(f"police classifier {str(path)!r} (FRONTWIRE_POLICE_MODEL) is not a spaCy model directory")
        try:
            self.nlp = spacy.load(path)
        except (OSError, ValueError) as exc:
            raise FrontwireError(f"police classifier {str(path)!r} cannot be read: {exc}") from None

    def scores(self, sentences: list[str]) -> list[dict[str, float]]:
        """{label: probability} per sentence."""
        docs = self.nlp.pipe(sentence_words(s) for s in sentences)
        return [{label: doc.cats.get(label, 0.0) for label in LABELS} for doc in docs]


@lru_cache(maxsize=4)
def _load(path: str) -> PoliceClassifier:
    return PoliceClassifier(Path(path))


def load_classifier() -> PoliceClassifier | None:
    """The classifier FRONTWIRE_POLICE_MODEL names (default: the packaged one); None for 'rules'."""
    return component_model("FRONTWIRE_POLICE_MODEL", str(DEFAULT_MODEL), _load)


def _checked_type(event: Event) -> str | None:
    """The classifier's label for a doubted event it can judge: police force (ASSAULT) or an
    arrest (COERCE, subtype arrest); curfews, bans and demolitions are COERCE it knows nothing of.
    An attack the rules call planned is not judged: that doubt is often misplaced ("vowed an
    investigation after seven people were murdered", "attackers set off suicide bombs")."""
    if event.modality == "asserted":
        return None
    if event.type == "ASSAULT" and event.modality in ASSAULT_DOUBTS:
        return event.type
    return event.type if event.type == "COERCE" and event.subtype == "arrest" else None


def review_doubted(events: list[Event], secondary: list[Event],
                   classifier: PoliceClassifier | None = None) -> tuple[list[Event], list[Event]]:
    """The events with those the rules doubt (planned, hypothetical, denied) and the classifier
    does not confirm moved to the secondary events; asserted events as the rules left them."""
    doubted = [e for e in events if _checked_type(e)]
    if not doubted:
        return events, secondary
    classifier = classifier or load_classifier()
    if classifier is None:
        return events, secondary
    # A denial the rules read in the act's own words ("no arrests have been made", "failed to
    # arrest", "denied that any such arrest has been made") is not the classifier's to overturn:
    # its words are those of an arrest report.
    judged = [e for e in doubted if e.modality not in SET_ASIDE]
    scores = classifier.scores([e.evidence for e in judged])
    unconfirmed = {id(e) for e, p in zip(judged, scores) if p[_checked_type(e)] < CONFIRM_AT}
    unconfirmed |= {id(e) for e in doubted if e.modality in SET_ASIDE}
    return [e for e in events if id(e) not in unconfirmed], [*secondary, *(e for e in events if id(e) in unconfirmed)]
