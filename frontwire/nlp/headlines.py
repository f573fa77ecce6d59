"""Headline register: a sentence with no finite verb whose verb the model read as part of a noun phrase.

Headlines drop articles and auxiliaries, and the tagger and parser, trained on running prose, then
read the subject and its verb as one noun phrase: "Chinese maritime militia vessels massed near
Whitsun Reef" (the verb a participle describing "vessels"), "Houthis fire missiles at tanker",
"Rebels shell army base", "Police lathicharge protesters" (the verb a noun, an adjective or a bare
form modifying the object). Every stage reads the parse, so the repair is made on the parse, once,
right after the model: the verb becomes the sentence's root, the noun phrase before it its subject
and the one after it its object. Which words can be such a verb is the owner's to say (the
pipeline gives the event lexicon's verbs, as for keep_words_whole).
"""
from __future__ import annotations

from typing import Iterable

from spacy.attrs import SENT_START, TAG

# Tags of a finite verb: a sentence with none is a headline or a fragment.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Tags that open a noun phrase (the object after a headline's verb).
NOUN_PHRASE_OPENERS = frozenset({"DT", "PDT", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$"})
# Tags of the words of a noun phrase (the subject before a headline's verb).
NOUN_PHRASE_WORDS = NOUN_PHRASE_OPENERS | {"POS", "HYPH", "NNP", "VBN", "VBG"}
# Dependents of a verb a repaired verb keeps as they are; anything else after it is its object.
VERB_DEPENDENTS = frozenset({"dobj", "prep", "advmod", "npadvmod", "punct", "cc", "conj", "prt", "advcl", "dative", "ccomp", "xcomp"})
# Plural nouns with no plural ending ("police fire", "people march").
PLURAL_WITHOUT_S = frozenset({"police", "people", "cattle", "personnel", "militia", "clergy"})


def install(nlp, verb_forms: dict[str, tuple[str, str]], intransitive: frozenset[str]) -> None:
    """Add the repair after the model's last component. `verb_forms` maps the present-tense forms of
    the verbs a headline's misread word may be to (lemma, tag): "fires" -> ("fire", "VBZ");
    `intransitive` names the verbs whose participle after a noun is that noun's act ("vessels
    massed"), not what was done to it ("Dozens Detained")."""
    from spacy.language import Language

    if not Language.has_factory(COMPONENT):
        @Language.component(COMPONENT)
        def headline_verbs(doc):
            repair(doc, _VERB_FORMS, _INTRANSITIVE)
            return doc

    _VERB_FORMS.clear()
    _VERB_FORMS.update(verb_forms)
    _INTRANSITIVE.clear()
    _INTRANSITIVE.update(intransitive)
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, last=True)


COMPONENT = "frontwire_headline_verbs"
# The verb forms the installed component reads (one set per process: the pipeline's lexicon's).
_VERB_FORMS: dict[str, tuple[str, str]] = {}
_INTRANSITIVE: set[str] = set()


def repair(doc, verb_forms: dict[str, tuple[str, str]], intransitive) -> None:
    """Each sentence with no finite verb whose verb the model read as a participle of its root noun
    or as a word of a noun phrase gets that verb as its root (see the module's doc)."""
    if not len(doc):
        return
    strings = doc.vocab.strings
    finite = {strings.add(tag) for tag in FINITE_TAGS}
    columns = doc.to_array([TAG, SENT_START])
    starts = [i for i in range(len(doc)) if columns[i, 1] == 1 or i == 0] + [len(doc)]
    for start, end in zip(starts, starts[1:]):
        if end - start < 3 or any(int(columns[i, 0]) in finite for i in range(start, end)):
            continue
        reading = _participle_of_root_noun(doc, start, end, intransitive) or _verb_read_in_noun_phrase(doc, start, end, verb_forms)
        if reading is not None:
            _make_root(doc, start, end, *reading)


def _participle_of_root_noun(doc, start: int, end: int, intransitive) -> tuple[int, int, str, str, str] | None:
    """ "Chinese maritime militia vessels massed near Whitsun Reef": the verb a participle (tagged
    one or, "Iranian navy speedboats massed near the strait", a past tense) describing the root, a
    plural noun, with no object of its own. The noun is what the participle was done to ("Dozens
    Detained As ...": nsubjpass) unless its verb is one of the `intransitive`. (verb, subject, lemma,
    tag, subject's label)."""
    for token in doc[start:end]:
        root = token.head
        if token.dep_ == "acl" and token.tag_ in {"VBN", "VBD"} and root.dep_ == "ROOT" and root.tag_ in {"NNS", "NNPS"} \
                and root.i < token.i and not any(c.dep_ in {"dobj", "agent"} for c in token.children):
            active = token.tag_ == "VBD" or token.lemma_.lower() in intransitive
            return token.i, root.i, token.lemma_, token.tag_, "nsubj" if active else "nsubjpass"
    return None


def _verb_read_in_noun_phrase(doc, start: int, end: int, verb_forms) -> tuple[int, int, str, str] | None:
    """ "Houthis fire missiles at tanker", "Army shells rebel positions": a present-tense form of
    one of `verb_forms` between a noun phrase whose head ends right before it, agreeing with it in
    number, and a noun phrase after it. Of two such words side by side the second is the verb
    ("Israeli strikes kill 20": the first is its subject). (verb, subject, lemma, tag, subject's label)."""
    found = [i for i in range(start + 1, end - 1) if _verb_after_its_subject(doc, start, i, verb_forms)]
    for i in found:
        if i + 1 not in found:
            lemma, tag = verb_forms[doc[i].lower_]
            return i, i - 1, lemma, tag, "nsubj"
    return None


def _verb_after_its_subject(doc, start: int, i: int, verb_forms) -> bool:
    word, subject, after = doc[i], doc[i - 1], doc[i + 1]
    if word.lower_ not in verb_forms or after.tag_ not in NOUN_PHRASE_OPENERS:
        return False
    if any(t.tag_ not in NOUN_PHRASE_WORDS for t in doc[start:i]):
        return False  # the words before the verb are one noun phrase ("Israeli troops"), no label or clause
    if not (subject.pos_ in {"NOUN", "PROPN"} or subject.tag_ == "JJ" and subject.text[:1].isupper() and (
            subject.ent_type_ in {"GPE", "NORP", "ORG"} or _plural(subject))):
        return False  # ("Houthis", "Pakistan": a name the tagger of title case read as an adjective; not "Small Steps")
    _, tag = verb_forms[word.lower_]
    return (tag == "VBP") == _plural(subject)


def _plural(noun) -> bool:
    if noun.tag_ in {"NNS", "NNPS"} or noun.lower_ in PLURAL_WITHOUT_S:
        return True
    if noun.tag_ in {"NN", "NNP"}:
        return False
    return noun.lower_.endswith("s") and not noun.lower_.endswith("ss")


def _make_root(doc, start: int, end: int, verb: int, subject: int, lemma: str, tag: str, label: str) -> None:
    """The verb heads the sentence, the phrase before it is its subject and the rest hangs on it:
    each word whose head lay outside its own side of the verb is attached to the verb (the first
    noun after it as its object, unless it already holds a verb's role)."""
    head = doc[verb]
    head.head = head
    head.dep_, head.pos_, head.tag_, head.lemma_ = "ROOT", "VERB", tag, lemma
    noun = doc[subject]
    if noun.pos_ == "ADJ":
        noun.pos_ = "PROPN" if noun.text[:1].isupper() else "NOUN"
        noun.tag_ = ("NNPS" if _plural(noun) else "NNP") if noun.pos_ == "PROPN" else ("NNS" if _plural(noun) else "NN")
    noun.head, noun.dep_ = head, label
    for token in doc[start:subject]:
        if not start <= token.head.i < subject + 1 or token.head.i == token.i:
            token.head = noun  # (a modifier the parser hung on a word after the verb: "Houthis" on "missiles")
    has_object = False
    for token in doc[verb + 1 : end]:
        if verb < token.head.i < end and token.head.i != token.i:
            continue  # inside a phrase after the verb
        token.head = head
        if token.dep_ == "dobj" or token.dep_ not in VERB_DEPENDENTS and token.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} and not has_object:
            token.dep_ = "dobj"
            has_object = True
        elif token.dep_ not in VERB_DEPENDENTS:
            token.dep_ = "npadvmod" if token.pos_ in {"NOUN", "PROPN", "NUM"} else "dep"


def forms(lemmas: Iterable[str], inflect) -> dict[str, tuple[str, str]]:
    """The present-tense forms of these verbs: bare ("fire", VBP) and third person ("fires", VBZ)."""
    table = {}
    for lemma in lemmas:
        table.setdefault(lemma, (lemma, "VBP"))
        for form in inflect(lemma):
            table.setdefault(form, (lemma, "VBZ"))
    return table
