"""Every entry of the PLOVER lexicon (frontwire/extract/lexicon/<type>.yaml) does what its `note` says.

A note is the example a domain expert reads to know what an entry does (README there): a positive
entry's note must give an event of the file's type on a word of the entry, a suppressing entry's note
must give none. A note holds one or more examples separated by ';'; a parenthesis after an example is
the reader's comment (what the entry does not take, or why) and is not run; an example that starts with
its verb ("imposed a curfew") is run with a subject put before it.
`not_example:` gives wordings the entry must not take: they must give no event of the file's type on
the entry's word. All notes go through the pipeline in one batch.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import pytest
from lemminflect import getAllLemmas

from frontwire.extract.triggers import LEXICON, NOT_TRIGGER_FILES, _words, read_yaml
from frontwire.models import Article

PUBLISHED = dt.date(2002, 3, 10)
# the reader's comment in parentheses (one left open runs to the end)
COMMENT = re.compile(r"\s*\([^)]*(?:\)|$)")


@dataclass(frozen=True)
class Example:
    origin: str  # file:entry number, as the loader names it
    event_type: str
    # the words an event is told on: the entry's lemmas, and for a positive entry the governors or
    # heads it names; empty: any word ('*')
    words: frozenset[str]
    gives_event: bool
    text: str  # as written in the note


def _examples_of(text: str) -> list[str]:
    parts = (part.strip().strip("'\"").rstrip(".").strip() for part in COMMENT.sub("", text).split(";"))
    return [part for part in parts if part]


def _entry_words(entry: dict, with_governors: bool) -> frozenset[str]:
    """The words an event of the entry is told on: its lemmas, and (with_governors) for a noun or an
    adjective read with the verb that makes it happen ("signed a deal", "held X responsible") that
    verb. A suppressing entry answers for its own word alone."""
    if entry["lemma"] == "*":
        return frozenset()
    words = set(_words(entry["lemma"]))
    for key in ("governor", "head") if with_governors else ():
        if isinstance(entry.get(key), (list, str)):
            words |= _words(entry[key])
    return frozenset(words)


def _lexicon_examples() -> list[Example]:
    found = []
    for path in sorted(LEXICON.glob("*.yaml")):
        if path.name in NOT_TRIGGER_FILES:
            continue
        data = read_yaml(path)
        for n, entry in enumerate(data.get("triggers") or []):
            origin, positive = f"{path.name}:{n + 1}", not entry.get("suppress")
            for text in _examples_of(str(entry.get("note") or "")):
                found.append(Example(origin, data["type"], _entry_words(entry, positive), positive, text))
            for text in entry.get("not_example") or []:
                found.append(Example(origin, data["type"], _entry_words(entry, False), False, text))
    return found


EXAMPLES = _lexicon_examples()
# the subject put before an example that starts with its verb, by the verb's tag
SUBJECTS = {"VBD": "They", "VBN": "They", "VBP": "They", "VB": "They", "MD": "They", "VBZ": "He", "VBG": "They are"}


def _as_sentences(nlp, examples: list[str]) -> dict[str, str]:
    """Each example as the sentence it is run as: a subject before one that starts with its verb, a
    capital, a stop."""
    sentences = {}
    for text, doc in zip(examples, nlp.pipe(examples)):
        first = doc[0]
        if first.is_lower and first.tag_ in SUBJECTS and (first.pos_ in ("VERB", "AUX") or first.tag_ == "MD"):
            sentence = f"{SUBJECTS[first.tag_]} {text}"
        else:
            sentence = text[0].upper() + text[1:]
        sentences[text] = sentence if sentence[-1] in ".!?" else sentence + "."
    return sentences


def _word_lemmas(word: str) -> set[str]:
    out = {word.lower()}
    for lemmas in getAllLemmas(word.lower()).values():
        out |= set(lemmas)
    return out


@pytest.fixture(scope="module")
def readings(pipeline) -> dict[str, list[tuple[str, set[str]]]]:
    """example text -> (type, lemmas of the trigger) of every event, current or secondary, of the
    sentence it is run as."""
    texts = sorted({e.text for e in EXAMPLES})
    sentences = _as_sentences(pipeline.nlp, texts)
    articles = [Article(source=text, text=sentences[text], published=PUBLISHED) for text in texts]
    out = {}
    for record in pipeline.pipe(articles, batch_size=64):
        out[record.article.source] = [
            (event.type, set().union(*(_word_lemmas(w) for w in (event.trigger or "").split())))
            for event in record.events + record.secondary_events]
    return out


def _on_entry_word(example: Example, events) -> list[str]:
    return [f"{t}:{sorted(lemmas)}" for t, lemmas in events
            if t == example.event_type and (not example.words or lemmas & example.words)]


def test_the_lexicon_has_notes_to_check():
    assert sum(e.gives_event for e in EXAMPLES) > 400
    assert sum(not e.gives_event for e in EXAMPLES) > 100


@pytest.mark.parametrize("example", [e for e in EXAMPLES if e.gives_event], ids=lambda e: f"{e.origin}-{e.text[:40]}")
def test_a_positive_entry_note_gives_its_type_on_the_entry_word(readings, example):
    assert _on_entry_word(example, readings[example.text]), readings[example.text]


@pytest.mark.parametrize("example", [e for e in EXAMPLES if not e.gives_event], ids=lambda e: f"{e.origin}-{e.text[:40]}")
def test_a_suppressing_note_or_not_example_gives_no_event_on_the_entry_word(readings, example):
    assert not _on_entry_word(example, readings[example.text]), readings[example.text]
