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

import re
from functools import lru_cache
from typing import Iterable

import numpy
from lemminflect import getAllLemmas, getInflection
from spacy.attrs import DEP, HEAD, IS_ALPHA, IS_LOWER, IS_TITLE, IS_UPPER, LEMMA, LOWER, MORPH, POS, SENT_START, TAG
from spacy.tokens import Doc, Span

from frontwire.nlp.tokens import FINITE_TAGS  # (a sentence with none is a headline or a fragment)
from frontwire import vocab

# Tags that open a noun phrase (the object after a headline's verb).
NOUN_PHRASE_OPENERS = frozenset({"DT", "PDT", "CD", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$"})
# Tags of the words of a noun phrase (the subject before a headline's verb).
NOUN_PHRASE_WORDS = NOUN_PHRASE_OPENERS | {"POS", "HYPH", "NNP", "VBN", "VBG"}
# Dependents of a verb a word after a repaired verb keeps as they are (other than a noun phrase or a preposition).
VERB_DEPENDENTS = frozenset({"prep", "advmod", "npadvmod", "punct", "cc", "conj", "prt", "advcl", "dative", "ccomp", "xcomp"})
# Labels of a noun's modifier a finite-tagged word may have when the parser read it in a noun phrase.
VERB_READ_AS_MODIFIER = frozenset({"compound", "amod"})
# Tags of a word after a headline's candidate verb that is the real verb, the candidate then a noun.
LATER_VERB_TAGS = frozenset({"VB", "VBD", "VBN", "VBP", "VBZ", "MD"})
NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# Dependents a word of a noun phrase keeps under its head; else its tag names its role.
NOUN_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "poss", "case", "punct", "predet"})
MODIFIER_BY_TAG = {"DT": "det", "PDT": "predet", "JJ": "amod", "JJR": "amod", "JJS": "amod", "CD": "nummod", "POS": "case",
                   "PRP$": "poss", "HYPH": "punct"}
# Entities whose name ending in -s is still one ("Paris", "United States", "Mattis").
NAMED_ONES = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON"})
# Words a headline in title case leaves in lower case (data: frontwire/data/words.yaml).
HEADLINE_SMALL_WORDS = vocab.words("headline_small_word")
# Prepositions a headline capitalises (data: frontwire/data/words.yaml), which the tagger may then read as
# a word of a name ("Walkout Over Farm Bills").
HEADLINE_PREPOSITIONS = vocab.words("headline_preposition")
# Words a headline in capitals spells like an English word but means as an initialism ("US"): data
# (frontwire/data/words.yaml).
INITIALISMS_IN_CAPITALS = vocab.words("initialism_in_capitals")
# A word in capitals that is no English word is an initialism up to this length ("EU", "NATO", "SADC"),
# else a name ("TALIBAN": "Taliban").
LONGEST_INITIALISM = 4
# What the model's reading of a headline in capitals gives its words (the text stays as written).
REREAD_ATTRIBUTES = [TAG, POS, MORPH, DEP, HEAD, LEMMA]
# Those a word naming a place keeps from the capitals' reading (columns of REREAD_ATTRIBUTES).
KEPT_FOR_PLACES = [REREAD_ATTRIBUTES.index(attribute) for attribute in (TAG, POS, MORPH, LEMMA)]
# Tags of a tensed verb (not "MD"): a title-case headline read in lower case takes that reading only where a word
# after the first has one.
TENSED_TAGS = frozenset({"VBZ", "VBP", "VBD"})
# A modal's tag: a title-case headline's first word read so before a tensed verb is a word of a name ("Will Smith
# Attacks Critics", "May Attacks Corbyn"), and that reading is not taken.
MODAL_TAG = "MD"
# Labels of a verb's clause under another verb ("Residents Flee as Fighting Spreads"): no second reading of the line.
CLAUSE_OF_A_VERB = frozenset({"conj", "ccomp", "advcl", "xcomp", "relcl", "acl", "pcomp", "csubj"})
# An initialism written with full stops ("U.S.", "U.N."): a word of a title-case headline, kept as written.
INITIALISM_WITH_STOPS = re.compile(r"(?:[A-Z]\.){2,}")
# Entities the lower-case reading of a title-case headline gives only where no word of theirs is an English word and,
# in an article with prose, the prose writes each capitalised: its people ("Freemason Bogdanov Joins Sochi Mayor
# Race" gives "Freemason Bogdanov", and the article's quotes would then name "Andrei Bogdanov" so).
PEOPLE_NOT_REREAD = frozenset({"PERSON"})
# The pipes the lower-case reading of a headline in capitals skips (besides this one): its entities are not
# taken, the capitals' reading's stay.
NOT_REREAD = frozenset({"ner"})
# A proper noun of a headline in capitals that names a place of this many people or more (the place's own name in
# the gazetteer) stays capitalised in its lower-case reading: "TRUCK ATTACK KILLS 84 IN NICE" (Nice, not "nice"),
# "BOMB SCARE IN READING TOWN CENTRE"; a village named like a word ("Arrest", "Warns", "Police") does not.
PLACE_KEPT_CAPITALISED_POPULATION = 100_000
# Plural nouns with no plural ending ("police fire", "people march"): data (frontwire/data/words.yaml).
PLURAL_WITHOUT_S = vocab.words("plural_without_s")


def install(nlp, verb_forms: dict[str, tuple[str, str]], intransitive: frozenset[str],
            patientless: frozenset[str] = frozenset(), particles: dict[str, frozenset[str]] | None = None) -> None:
    """Add the repair after the model's last component. `verb_forms` maps the present-tense forms of
    the verbs a headline's misread word may be to (lemma, tag): "fires" -> ("fire", "VBZ");
    `intransitive` names the verbs whose participle after a noun is that noun's act ("vessels
    massed"), not what was done to it ("Dozens Detained"); `patientless` the verbs with no
    transitive use in their sense (the lexicon's no_transitive_sense), whose participle read as a
    passive with no auxiliary is their past tense ("The rebels disengaged from the towns"); `particles` the
    particles and prepositions the lexicon's rows name for each verb ("pull" -> out, back ...), the only ones
    a title-case headline's verb re-read in lower case may take (reread_title_case; None: the re-read is not
    made). The component holds them itself (the model, loaded once per process, holds the component)."""
    from spacy.language import Language

    if not Language.has_factory(COMPONENT):
        Language.factory(COMPONENT, func=lambda nlp, name: HeadlineVerbs())
    component = nlp.get_pipe(COMPONENT) if COMPONENT in nlp.pipe_names else nlp.add_pipe(COMPONENT, last=True)
    component.verb_forms, component.intransitive = dict(verb_forms), frozenset(intransitive)
    component.patientless = frozenset(patientless)
    component.particles = dict(particles) if particles is not None else None
    component.nlp = nlp


COMPONENT = "frontwire_headline_verbs"


class HeadlineVerbs:
    """The spaCy component: repair() with the verbs install() gave it."""

    def __init__(self):
        self.verb_forms: dict[str, tuple[str, str]] = {}
        self.intransitive: frozenset[str] = frozenset()
        self.patientless: frozenset[str] = frozenset()
        self.particles: dict[str, frozenset[str]] | None = None
        self.nlp = None

    def __call__(self, doc):
        if self.nlp is not None:
            reread_capitals(doc, self.nlp)
        self._repair(doc)
        if self.nlp is not None and self.particles is not None:
            reread_title_case(doc, self.nlp, self._repair, self.verb_forms, self.particles)
        return doc

    def _repair(self, doc) -> None:
        repair(doc, self.verb_forms, self.intransitive, self.patientless)


def repair(doc, verb_forms: dict[str, tuple[str, str]], intransitive, patientless=frozenset()) -> None:
    """Each sentence with no finite verb whose verb the model read as a participle of its root noun
    or as a word of a noun phrase gets that verb as its root, and one whose root is a passive
    participle of a verb with no transitive sense gets it as a past tense (see the module's doc);
    the common nouns of a headline in capitals get their lemmas (see _lemmatise_capitalised_nouns)."""
    if not len(doc):
        return
    _rejoin_prepositional_tails(doc)
    headline_sentences = _title_case_sentences(doc)
    _split_at_prepositions_read_as_nouns(doc, headline_sentences)
    _objects_read_as_appositions(doc, headline_sentences)
    strings = doc.vocab.strings
    columns = doc.to_array([TAG, SENT_START, DEP])
    # (read on the arrays: most sentences have a finite verb, and Token objects cost more than the test)
    # A finite tag on a word the parser made a noun's modifier is a verb read in a noun phrase ("Opposition
    # MPs stage walkout": "stage" VBP, a compound of "walkout"): no finite verb of the sentence.
    finite = (numpy.isin(columns[:, 0], [strings.add(tag) for tag in FINITE_TAGS])
              & ~numpy.isin(columns[:, 2], [strings.add(label) for label in VERB_READ_AS_MODIFIER])).cumsum()
    starts = sorted({0, *numpy.flatnonzero(columns[:, 1] == 1).tolist()}) + [len(doc)]
    for start, end in zip(starts, starts[1:]):
        if end - start < 3 or finite[end - 1] > (finite[start - 1] if start else 0):
            continue
        if _past_tense_read_as_passive(doc[start:end], patientless):
            continue
        reading = _participle_of_root_noun(doc, start, end, intransitive | patientless) or _verb_read_in_noun_phrase(doc, start, end, verb_forms)
        if reading is not None and not _has_verb_root(doc[start:end]) and not _later_verb(doc, reading[0], end) \
                and not _capitalised_name(doc, start, reading[1]):
            _make_root(doc, start, end, *reading)
    # (after the repairs: an entity the model ran over a repaired verb is gone by then)
    _lemmatise_capitalised_nouns(doc, headline_sentences)


def reread_capitals(doc, nlp) -> None:
    """ "US CUTS MILITARY AID TO GUATEMALA", "GOVT BOWS TO STUDENTS' DEMANDS": the tagger reads a sentence in
    capitals as one long name (every word a proper noun, the verb too), which no repair of a noun phrase
    undoes. Such a sentence is read again by the model written as a headline in lower case ("US cuts
    military aid to Guatemala": see _as_in_lower_case), and its words take that reading: tags, lemmas and parse. Its
    entities stay the model's of the capitals (a dateline's "TIJUANA & SAN DIEGO" read in lower case runs
    into one name; the places stage reads them as before). The text stays as written. A sentence that opens
    with a name in capitals (no English word, no initialism, no plural: "AUSTIN", not "US", "BUSH", "TALIBAN")
    keeps the model's reading, as _capitalised_name keeps it from the repair: "AUSTIN WARNS IRAN" read as a
    clause would hand the places stage its subject as a place."""
    sentences = [(start, end) for start, end in _capitals_sentences(doc) if not _opens_with_a_name(doc[start])]
    if not sentences:
        return
    columns = doc.to_array(REREAD_ATTRIBUTES)
    for start, end in sentences:
        places = [token.i for token in doc[start:end] if _place_in_capitals(token)]
        words = [_as_in_lower_case(token, token.i == start, token.i in places) for token in doc[start:end]]
        lowered = _read_again(nlp, doc[start:end], words)
        kept = columns[numpy.ix_(places, KEPT_FOR_PLACES)].copy()
        columns[start:end] = lowered.to_array(REREAD_ATTRIBUTES)
        # a place's word stays the proper noun the capitals' reading made it, which the places stage reads
        # ("NICE MAYOR MEETS ISRAELI ENVOY": "Nice" opening a sentence is read as the adjective)
        columns[numpy.ix_(places, KEPT_FOR_PLACES)] = kept
    entities = list(doc.ents)
    doc.from_array(REREAD_ATTRIBUTES, columns)
    doc.ents = entities


def _read_again(nlp, span, words: list[str]) -> Doc:
    """The model's reading of a headline's words written anew (`words`, one per token of `span`, with its
    spacing), by every pipe but this component and NOT_REREAD: reread_capitals and reread_title_case both
    read a headline so."""
    lowered = Doc(nlp.vocab, words=words, spaces=[bool(token.whitespace_) for token in span])
    for name, component in nlp.pipeline:
        if name != COMPONENT and name not in NOT_REREAD:
            lowered = component(lowered)
    return lowered


def reread_title_case(doc, nlp, repair_parse=lambda doc: None, verb_forms=None, particles=None) -> None:
    """ "EU Slaps Fresh Sanctions on Belarus", "Rebels Withdraw From Key Town": in a headline in title case the
    tagger reads the capitalised verb as a word of a name, and the model's entity often runs over it. A
    sentence in title case (no word in lower case but a title's small words; not all in capitals:
    reread_capitals reads those) whose root is no finite verb with a subject is read again by the model as
    a headline in lower case (see _kept_capitalised): "EU slaps fresh sanctions on Belarus", and that reading
    gets the headline repairs (`repair_parse`: "Rebels withdraw from key town", the verb read as a clause of
    "Rebels"). The lower-case reading is taken only where its first tensed verb after its first word (not one read
    as a noun's modifier) is one of `verb_forms`; else the line stays as the model read it. The words then take that reading
    (tags, lemmas, parse); the model's entities of the title case stay but for those that ran over a word the
    lower-case reading makes a verb, whose words take the lower-case reading's entities. Only a line that opens
    with a word and holds one of `verb_forms` (the event lexicon's verbs, as repair() takes them) after a word of
    its subject is read again (_may_hold_a_verb): the model runs once more for each, and a web page's title-case
    lines ("Terms of Use | Privacy Policy") are many.

    Names made of English words ("Will Smith", "Robin Cook", "Rice"): the words of the model's PERSON entities of
    the title case before the lower-case reading's verb (_words_of_people) are kept capitalised and the line read
    again, taken only with the same verb and none of those words read as a verb ("Will" a modal); they stay a PERSON
    (_people_kept: "John Kerry", not "John Kerry Meets Lavrov"). A verb with a particle (or a preposition with no
    object: "bomb out of") that no row of the lexicon names for it (`particles`: lemma -> words) is a phrasal verb
    of another sense ("Saints Bomb Out of Cup"): not taken; nor is a verb with a to-infinitive ("Mayor Vows to Wipe
    Out Potholes": threaten.yaml's vow rows take any object of the act vowed, in prose as well)."""
    headline_sentences = _title_case_sentences(doc)
    sentences = [(start, end) for start, end in headline_sentences
                 if _may_hold_a_verb(doc[start:end], verb_forms) and not doc[start:end].text.isupper()
                 and not _clause(doc[start:end])]
    if not sentences:
        return
    columns = doc.to_array(REREAD_ATTRIBUTES)
    entities = list(doc.ents)
    taken = False
    names = _names_of_the_prose(doc, headline_sentences)
    prose = len(doc) > sum(end - start for start, end in headline_sentences)
    for start, end in sentences:
        kept = _kept_capitalised(doc, start, end) | {t.i for t in doc[start + 1:end] if t.lower_ in names}
        lowered, tensed = _read_in_lower_case(doc, nlp, start, end, kept, repair_parse, verb_forms)
        if lowered is None:
            continue
        # The model's people of the title case keep their words capitalised: read again so where the first reading
        # lower-cased one ("Robin cook condemns", "Will smith shoots"), and taken only with the same verb.
        verb = start + tensed[0].i
        people = _words_of_people(entities, start, end, verb)
        if people - kept:
            kept |= people
            lowered, tensed = _read_in_lower_case(doc, nlp, start, end, kept, repair_parse, verb_forms)
            if lowered is None or start + tensed[0].i != verb:
                continue
        if any(lowered[i - start].pos_ in {"VERB", "AUX"} for i in people) or lowered[0].tag_ == MODAL_TAG \
                or any(_unnamed_particle(t, particles) for t in tensed if verb_forms is None or t.lower_ in verb_forms) \
                or any(c.dep_ == "xcomp" and c.tag_ == "VB" for c in tensed[0].children):
            # ("Will Smith Shoots New Film": "will" a modal; a first word read as a modal before a tensed verb is a
            # word of a name the model gave no PERSON, "Will Smith Attacks Critics of Ali Biopic"; "Saints Bomb Out
            # of Cup": no event row's "bomb out"; "Mayor Vows to Wipe Out Potholes": the vow rows of threaten.yaml take any object of the verb vowed, as in prose
            # "the mayor vowed to wipe out potholes", and a headline's vow to act is left as the model read it)
            continue
        for name in NOT_REREAD:  # (the entities, needed only for a reading taken)
            lowered = nlp.get_pipe(name)(lowered)
        taken = True
        columns[start:end] = lowered.to_array(REREAD_ATTRIBUTES)
        verbs = {start + t.i for t in lowered if t.tag_ in FINITE_TAGS}
        overrun = [e for e in entities if start <= e.start < end and any(e.start <= v < e.end for v in verbs)]
        entities = [e for e in entities if e not in overrun]
        freed = {i for e in overrun for i in range(e.start, e.end)}
        # (where the article has prose, a name's words are those it writes capitalised: "Freemason Bogdanov Joins Sochi
        # Mayor Race" over "Andrei Bogdanov", "Car Bomb Kills 20" over "a car bomb exploded")
        named_words = {i for i in people if doc[i].lower_ in names} if prose else people
        named = _people_kept(doc, overrun, named_words,
                             {(start + e.start, start + e.end) for e in lowered.ents if e.label_ == "PERSON"})
        entities += named
        freed -= {i for e in named for i in range(e.start, e.end)}
        entities += [Span(doc, start + e.start, start + e.end, label=e.label_) for e in lowered.ents
                     if all(start + i in freed for i in range(e.start, e.end)) and not _first_word_of_a_name(e, start, kept)
                     and (e.label_ not in PEOPLE_NOT_REREAD or not any(getAllLemmas(t.lower_) for t in e)
                          and (not prose or all(t.lower_ in names for t in e)))]
    if taken:
        doc.from_array(REREAD_ATTRIBUTES, columns)
        doc.ents = sorted(entities, key=lambda e: e.start)


def _read_in_lower_case(doc, nlp, start: int, end: int, kept: set[int], repair_parse, verb_forms):
    """The model's reading of doc[start:end] with the words not `kept` in lower case, repaired, and its tensed verbs
    (after the first word; not a noun's modifier), or (None, []) where its first tensed verb is none of `verb_forms`
    or a later one may be the verb as well."""
    words = [token.text if token.i in kept else token.lower_ for token in doc[start:end]]
    lowered = _read_again(nlp, doc[start:end], words)
    repair_parse(lowered)
    last = max((t.i for t in lowered if t.is_alpha), default=-1)
    tensed = [t for t in lowered[1:] if t.tag_ in TENSED_TAGS and t.pos_ == "VERB" and t.dep_ not in VERB_READ_AS_MODIFIER]
    if not tensed or not (verb_forms is None or tensed[0].lower_ in verb_forms) \
            or any(t.dep_ not in CLAUSE_OF_A_VERB or t.i == last for t in tensed[1:]):
        # (its verb is not the event's, "Police Station Attacks Rise In Punjab", "Opposition Plans Protest March"
        # (the event's verb a clause of another), or a later one may be the verb as well, "Farmers Protest Plans
        # Stall", "Paris Attacks Anniversary Marked": the line stays as the model read it)
        return None, []
    return lowered, tensed


def _words_of_people(entities, start: int, end: int, verb: int) -> set[int]:
    """The words of the model's PERSON entities of a title-case sentence before the lower-case reading's `verb`: the
    names of its subject ("Robin Cook" of "Robin Cook Condemns Attack", "Will Smith", "Gates" of "Gates Warns"), which
    the lower-case reading keeps capitalised; not a place's name ("Chad" of "Chad Closes Border": _kept_capitalised
    keeps it, and the lower-case reading names it). (Not the words after the verb: "Talks" of "Erdogan Hold Talks"
    is no name, and capitalised it is no noun the lexicon knows.)"""
    return {token.i for entity in entities if entity.label_ == "PERSON" and start <= entity.start < end
            for token in entity if token.i < verb and not _a_place_named(token.text)}


def _people_kept(doc, overrun, people: set[int], read_as_people: set[tuple[int, int]]) -> list:
    """The PERSON entities the title case's model gave, cut to the words of their name (_words_of_people) where they
    ran over a verb of the lower-case reading ("John Kerry Meets Lavrov" -> "John Kerry", "Gates Warns" -> "Gates"). A
    name of one English word is one only where the lower-case reading (`read_as_people`: its PERSON spans) reads it
    so as well ("Storm" of "Storm Kills Five" is none)."""
    kept = []
    for entity in overrun:
        if entity.label_ == "PERSON":
            name = [i for i in range(entity.start, entity.end) if i in people]
            while name and name != list(range(name[0], name[0] + len(name))):
                name = name[1:]  # (the words of the name that end it: "Bogdanov" of "Freemason Bogdanov")
            if name and (
                    len(name) > 1 or not getAllLemmas(doc[name[0]].lower_) or (name[0], name[0] + 1) in read_as_people):
                kept.append(Span(doc, name[0], name[-1] + 1, label="PERSON"))
    return kept


def _unnamed_particle(verb, particles) -> bool:
    """Has the verb, right after it, a particle (an adverb the parser hung on it as one, or a preposition with no
    object: "bomb out of cup") that no row of the lexicon names for its lemma (`particles`)?"""
    if particles is None or verb.i + 1 >= len(verb.doc):
        return False
    word = verb.doc[verb.i + 1]
    if word.head.i != verb.i:
        return False
    particle = word.dep_ == "prt" or word.tag_ == "RP" \
        or word.tag_ == "IN" and word.dep_ in {"prep", "advmod"} and not any(c.dep_ in {"pobj", "pcomp"} for c in word.children) \
        or word.dep_ == "advmod" and any(word.lower_ in named for named in particles.values())
    return particle and word.lower_ not in particles.get(verb.lemma_.lower(), frozenset())


def _first_word_of_a_name(entity, start: int, kept: set[int]) -> bool:
    """Is an entity of the lower-case reading a compound of a noun right after it that the title case capitalised
    and the lower-case form did not ("Washington Post Hit Piece Exploits ...": "Washington" in "Washington post"
    names no place)?"""
    doc = entity.doc
    if entity.end >= len(doc):
        return False
    after = doc[entity.end]
    return start + after.i not in kept and after.text[:1].islower() and after.is_alpha and after.tag_ in {"NN", "NNS"} \
        and entity[-1].dep_ == "compound" and entity[-1].head.i == after.i


def _may_hold_a_verb(sent, verb_forms) -> bool:
    """Does the line open with a word (or a number: "2 Soldiers Killed ...") and hold one of `verb_forms` between
    its first word and its last ("Copyright 2025 The Associated Press", "| Contact | Privacy Policy" hold none)?"""
    if not (_word(sent[0]) or sent[0].like_num):
        return False
    words = [t for t in sent if _word(t)]
    # (the verb after a word of its subject: not "Terms of Use | Privacy Policy")
    return verb_forms is None or any(t.lower_ in verb_forms and _may_end_a_subject(before)
                                     for before, t in zip(words[:-2], words[1:-1]))


def _word(token) -> bool:
    """A word, or an initialism written with full stops ("U.S.", "U.N.")."""
    return token.is_alpha or INITIALISM_WITH_STOPS.fullmatch(token.text) is not None


def _may_end_a_subject(word) -> bool:
    return word.i + 1 < len(word.doc) and word.doc[word.i + 1].is_alpha and word.lower_ not in HEADLINE_SMALL_WORDS \
        and word.lower_ not in HEADLINE_PREPOSITIONS


def _names_of_the_prose(doc, headline_sentences: list[tuple[int, int]]) -> set[str]:
    """The words (lower case) the text's other sentences write capitalised inside a sentence and never in lower
    case: the article's own names ("Washington Post Hit Piece Exploits ..." over "The Washington Post ran a
    feature"), which its headline in title case keeps as written."""
    inside = numpy.ones(len(doc), dtype=bool)
    for start, end in headline_sentences:
        inside[start:end] = False
    columns = doc.to_array([IS_TITLE, IS_LOWER, SENT_START, LOWER])
    prose = inside & (columns[:, 2] != 1)
    strings = doc.vocab.strings
    capitalised = {strings[int(w)] for w in columns[prose & (columns[:, 0] == 1), 3]}
    return capitalised - {strings[int(w)] for w in columns[prose & (columns[:, 1] == 1), 3]}


def _clause(sent) -> bool:
    """Is the sentence's root a finite verb, or a verb the headline repairs made ("Dozens Detained As ..."), with a
    subject before it, and no word of a name the model's entity ran over ("Putin, Erdogan Hold Talks in Sochi":
    "Erdogan Hold Talks" a PERSON)?"""
    roots = [t for t in sent if t.dep_ == "ROOT" and not t.ent_type_]
    return any((root.tag_ in FINITE_TAGS or root.pos_ == "VERB") and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < root.i for c in root.children)
               for root in roots)


def _kept_capitalised(doc, start: int, end: int) -> set[int]:
    """The words of a title-case sentence its lower-case form keeps as written: its first word (a headline in lower
    case capitalises it), words that are no English word (names: "Belarus", "Houthis", "Venezuelan"), initialisms
    and other words with capitals inside ("EU", "NATO", "McDonald"), and English words that name a place, alone of
    PLACE_KEPT_CAPITALISED_POPULATION people or more ("Chad", "Turkey", "Reading") or with the capitalised words
    next to them ("Red Sea", "Gaza Strip")."""
    kept = {start}
    for token in doc[start + 1:end]:
        if INITIALISM_WITH_STOPS.fullmatch(token.text):
            kept.add(token.i)  # ("U.N.": no English word)
        if not token.is_alpha or token.lower_ in HEADLINE_SMALL_WORDS or token.like_num:
            continue
        if not token.is_title or not getAllLemmas(token.lower_) or _a_place_named(token.text):
            kept.add(token.i)
    for i in range(start, end - 1):
        for j in range(min(end, i + 4), i + 1, -1):
            span = doc[i:j]
            if all(t.is_title for t in span) and not {t.i for t in span} <= kept and _a_feature_named(span.text):
                kept.update(range(i, j))
                break
    return kept


@lru_cache(maxsize=4096)  # (the same lines recur: a site's headlines, its pages' captions)
def _a_feature_named(name: str) -> bool:
    """Is `name` the gazetteer's own name of a place (any size: "Red Sea", "Gaza Strip")?"""
    from frontwire.gazetteer import get_gazetteer

    return any(m.quality == 2 and m.place.name == name for m in get_gazetteer().candidates(name, variants=False))


def _capitals_sentences(doc) -> list[tuple[int, int]]:
    """The sentences (start, end) of three words or more all in capitals."""
    columns = doc.to_array([IS_ALPHA, IS_UPPER, SENT_START])
    # (read on the arrays: nearly every sentence of prose has a word in lower case)
    starts = sorted({0, *numpy.flatnonzero(columns[:, 2] == 1).tolist()}) + [len(doc)]
    alpha, upper = columns[:, 0] == 1, columns[:, 1] == 1
    return [(start, end) for start, end in zip(starts, starts[1:])
            if alpha[start:end].sum() >= 3 and not (alpha[start:end] & ~upper[start:end]).any()]


def _opens_with_a_name(token) -> bool:
    # (or with a place an English word names: "NICE MAYOR MEETS ISRAELI ENVOY" read in lower case has the places
    # stage take "Nice" opening a sentence for the adjective)
    return _name_in_capitals(token) and token.lower_ not in PLURAL_WITHOUT_S or _place_in_capitals(token)


def _english_in_capitals(token) -> bool:
    """A small word, a number or a word of the dictionary (not one of INITIALISMS_IN_CAPITALS)."""
    lower = token.lower_
    return lower not in INITIALISMS_IN_CAPITALS and (
        lower in HEADLINE_SMALL_WORDS or lower in HEADLINE_PREPOSITIONS or token.is_stop or token.like_num
        or bool(getAllLemmas(lower)))


def _name_in_capitals(token) -> bool:
    """No English word and no initialism (INITIALISMS_IN_CAPITALS, or up to LONGEST_INITIALISM letters)."""
    return token.text[:1].isalpha() and token.lower_ not in INITIALISMS_IN_CAPITALS and not _english_in_capitals(token) \
        and len(token.text) > LONGEST_INITIALISM


def _place_in_capitals(token) -> bool:
    """A proper noun of the capitals' reading that names a place by an English word ("NICE", "READING")."""
    return token.tag_ in {"NNP", "NNPS"} and token.text[:1].isalpha() and _a_place_named(token.text[0] + token.lower_[1:])


def _as_in_lower_case(token, first: bool, place: bool = False) -> str:
    """A word of a headline in capitals as a headline in lower case writes it: an English word (the
    dictionary's, a small word, a number) in lower case, the first capitalised; an initialism
    (INITIALISMS_IN_CAPITALS, or no English word of up to LONGEST_INITIALISM letters) in capitals; a
    name ("TALIBAN") capitalised."""
    text, lower = token.text, token.lower_
    if not text[:1].isalpha():
        return lower  # ("'S", "$")
    if place:
        return text[0] + lower[1:]  # a place named by an English word: "NICE", "READING", "MOBILE"
    if _english_in_capitals(token):
        word = lower
    elif _name_in_capitals(token):
        word = text[0] + lower[1:]
    else:
        return text
    return word[0].upper() + word[1:] if first else word


@lru_cache(maxsize=4096)
def _a_place_named(name: str) -> bool:
    """Is `name` the gazetteer's own name of a place of PLACE_KEPT_CAPITALISED_POPULATION people or more?"""
    from frontwire.gazetteer import get_gazetteer  # (opened on the first headline in capitals only)

    return any(m.quality == 2 and m.place.name == name and m.place.population >= PLACE_KEPT_CAPITALISED_POPULATION
               for m in get_gazetteer().candidates(name, variants=False))


def _rejoin_prepositional_tails(doc) -> None:
    """ "Houthis Fire Missiles At Tanker In Red Sea": the parser may end a headline's sentence before
    a preposition and make the rest one of its own. A sentence that opens with a preposition in
    capitals (a headline's, not a word of prose, whose lines the parser may also cut: "it is my hope
    that today / marks a move") the parser made its root, with no finite verb, after one on the same
    line that ends in a word (no full stop or other mark) is a phrase of that one: the preposition
    hangs on its root (which joins the two)."""
    strings = doc.vocab.strings
    columns = doc.to_array([TAG, DEP, SENT_START, IS_ALPHA, IS_TITLE, IS_UPPER])
    # (read on the arrays: a sentence opening with a preposition after a word is rare)
    openers = numpy.flatnonzero((columns[:, 2] == 1) & (columns[:, 1] == strings.add("ROOT"))
                                & ((columns[:, 4] == 1) | (columns[:, 5] == 1))
                                & numpy.isin(columns[:, 0], [strings.add("IN"), strings.add("TO")]))
    for i in openers.tolist():
        # (a word before it, hyphenated ones too: "Farmers Stage Sit-In At Collectorate")
        if i == 0 or not (columns[i - 1, 3] or doc[i - 1].text[-1:].isalnum()):
            continue
        opener, before = doc[i], doc[i - 1].sent
        after = opener.sent
        if "\n" not in doc.text[before.end_char:after.start_char] and not any(t.tag_ in FINITE_TAGS for t in after):
            opener.head, opener.dep_ = before.root, "prep"


def _past_tense_read_as_passive(sent, patientless) -> bool:
    """ "The rebels disengaged from the frontline towns": the root a passive participle with a
    passive subject and no auxiliary, of a verb with no transitive use in its sense, is the past
    tense of its subject's act. The participle becomes a past tense and its subject an active one (a verb told
    with a patient keeps its passive: "Three soldiers killed in ambush"; so does one with a "by"
    agent or an object: "Separatists disarmed by the army")."""
    root = sent.root
    if root.tag_ != "VBN" or root.lemma_.lower() not in patientless:
        return False
    deps = [c.dep_ for c in root.children]
    if "nsubjpass" not in deps or {"aux", "auxpass", "agent", "dobj"} & set(deps):
        return False
    root.tag_ = "VBD"
    for child in root.children:
        if child.dep_ == "nsubjpass":
            child.dep_ = "nsubj"
    return True


def _title_case_sentences(doc) -> list[tuple[int, int]]:
    """The sentences (start, end) of three words or more in title case or capitals: no word in lower case but
    the small words a title leaves so ("Houthis Fire Missiles At Tanker", "MPs Stage Walkout over Bills": a
    word of mixed case is no word in lower case)."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    columns = doc.to_array([IS_ALPHA, IS_LOWER, LOWER])
    # (read on the arrays: a word in lower case, in nearly every sentence of prose, rules it out)
    small = numpy.isin(columns[:, 2], [strings.add(word) for word in HEADLINE_SMALL_WORDS])
    lower_case = (columns[:, 0] == 1) & (columns[:, 1] == 1) & ~small
    starts = sorted({0, *numpy.flatnonzero(doc.to_array([SENT_START]) == 1).tolist()})
    # (counted for all sentences at once: an article's sentences are many and nearly none is a headline's)
    lower_words = numpy.add.reduceat(lower_case.astype(numpy.int32), starts)
    words = numpy.add.reduceat((columns[:, 0] == 1).astype(numpy.int32), starts)
    ends = starts[1:] + [len(doc)]
    return [(starts[k], ends[k]) for k in numpy.flatnonzero((lower_words == 0) & (words >= 3)).tolist()]


def _split_at_prepositions_read_as_nouns(doc, sentences: list[tuple[int, int]]) -> None:
    """ "Opposition MPs Stage Walkout Over Farm Bills": in title case or capitals the tagger may read a
    preposition as a word of a name, and the parser then makes one noun phrase of the words round it. A
    preposition so read (a noun's modifier outside any entity: not "Bank Of England"), with a noun of the
    same phrase right before it, is a preposition again: the words before it are a phrase headed by that
    noun, which takes the whole phrase's place ("walkout", the verb's object), the preposition hangs on
    that phrase's head (a verb's or a noun's, as the parser put the whole) and the words after it are its
    object. One the parser hung as a preposition is only tagged one again."""
    for start, end in sentences:
        for p in range(start + 1, end - 1):
            word = doc[p]
            if word.lower_ not in HEADLINE_PREPOSITIONS or word.ent_iob_ != "O" or word.tag_ not in NOUNS | {"IN", "TO"}:
                continue
            if word.dep_ == "prep":
                word.tag_, word.pos_, word.lemma_ = "TO" if word.lower_ == "to" else "IN", "ADP", word.lower_
                continue
            if word.dep_ not in VERB_READ_AS_MODIFIER:
                continue
            phrase = word.head
            before = doc[p - 1]
            if phrase.i <= p or before.tag_ not in NOUNS or before.head.i not in {p, phrase.i}:
                continue
            first = min(t.i for t in phrase.subtree)
            if first >= p:
                continue
            governor, label = phrase.head, phrase.dep_
            for token in doc[first:p - 1]:
                if first <= token.head.i <= phrase.i:
                    token.head = before
            for token in doc[p + 1:phrase.i]:
                if first <= token.head.i <= phrase.i:
                    token.head = phrase
            before.head, before.dep_ = (before if governor.i == phrase.i else governor), label
            word.tag_, word.pos_, word.lemma_ = "TO" if word.lower_ == "to" else "IN", "ADP", word.lower_
            word.head, word.dep_ = (before if governor.i == phrase.i or governor.pos_ not in {"VERB", "AUX"} else governor), "prep"
            phrase.head, phrase.dep_ = word, "pobj"


def _objects_read_as_appositions(doc, sentences: list[tuple[int, int]]) -> None:
    """ "Moscow Slams NATO Expansion Plans": in title case or capitals the parser may hang the noun phrase
    after a finite verb on it as an apposition. A verb has no apposition: a noun so hung after its verb,
    which has no object, is its object."""
    for start, end in sentences:
        for token in doc[start:end]:
            verb = token.head
            if token.dep_ == "appos" and token.pos_ in {"NOUN", "PROPN"} and verb.i < token.i \
                    and verb.tag_ in FINITE_TAGS and verb.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in verb.children):
                token.dep_ = "dobj"


def _lemmatise_capitalised_nouns(doc, sentences: list[tuple[int, int]]) -> None:
    """In a headline in title case or capitals the tagger reads common nouns as proper nouns, whose
    lemma is the word as written ("Houthis Fire Missiles At Tanker": "Missiles", which no word class
    of munitions holds). Such a word outside any entity, whose lower case is an English noun,
    gets that noun's lemma ("missile"); its tag is left, and a name the dictionary does not hold
    ("Houthis", "Kyiv") keeps its own."""
    for start, end in sentences:
        for token in doc[start:end]:
            if token.tag_ in {"NNP", "NNPS"} and token.ent_iob_ == "O" and token.lemma_ == token.text:
                lemmas = getAllLemmas(token.lower_, "NOUN").get("NOUN")
                if lemmas:
                    token.lemma_ = lemmas[0]


def _has_verb_root(sent) -> bool:
    """Does the sentence already have a participle root with its subject (the model read it as a clause)?"""
    root = sent.root
    return root.tag_ in {"VBD", "VBN"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in root.children)


def _later_verb(doc, verb: int, end: int) -> bool:
    """Can a word after the candidate be the sentence's verb, the candidate then a noun of the subject
    ("Paris Attacks Anniversary Marked", "Border Clashes Fears Grow": a word tagged a verb; "Police
    Station Attacks Rise In ...", "Army deserter arrests double": a bare verb form after a plural
    noun, with no object of its own)? Not a past participle the parser hung on the noun phrase right after
    a candidate the tagger read as an adverb or a particle, no word of a noun phrase ("Traders Back Bandh
    Called By Opposition": "back" is the verb, "called" describes the bandh); a participle after a
    preposition or hung elsewhere is a clause of its own ("Refugees Back Home After Ceasefire Declared")."""
    candidate_adverb = doc[verb].tag_ in {"RB", "RP"}
    # A candidate that agrees with a subject plural by its ending ("MILITANTS ATTACK") is not undone by
    # a later bare form after a noun plural only by the word list ("POLICE POST IN KUPWARA": the police
    # post is the object; "Police Station Attacks Rise" still has its later verb after "Attacks").
    agreeing = verb > 0 and doc[verb - 1].lower_.endswith("s") and doc[verb - 1].tag_ in NOUNS and _plural(doc[verb - 1]) \
        and _bare_verb_form(doc[verb].lower_)
    for i in range(verb + 1, end):
        word = doc[i]
        if candidate_adverb and _describes_the_phrase_after(doc, verb, word):
            continue
        if word.tag_ == "VB" and doc[i - 1].tag_ == "TO":
            continue  # an infinitive completes a word before it ("Spurn Demand To Surrender"), no verb of the sentence
        if word.tag_ in LATER_VERB_TAGS or _bare_verb_form(word.lower_) and _plural(doc[i - 1]) and doc[i - 1].tag_ in NOUNS \
                and not (agreeing and not doc[i - 1].lower_.endswith("s")) \
                and (i + 1 == end or doc[i + 1].tag_ in {"IN", "RB", "RP", "TO", "."}):
            return True
    return False


def _describes_the_phrase_after(doc, verb: int, participle) -> bool:
    """Is `participle` a past participle the parser hung (acl) on a noun, with only words of the noun phrase
    after `verb` between them ("Back Bandh Called": yes, also where the parser of a lower-case headline hung
    "called" on the subject; "Back Home After Ceasefire Declared": no, a clause of its own after a preposition)?"""
    return participle.tag_ == "VBN" and participle.dep_ == "acl" and participle.head.pos_ in {"NOUN", "PROPN"} \
        and all(t.tag_ in NOUN_PHRASE_WORDS for t in doc[verb + 1:participle.i])


def _bare_verb_form(word: str) -> bool:
    return word in getAllLemmas(word, "VERB").get("VERB", ())


def _capitalised_name(doc, start: int, subject: int) -> bool:
    """Is the subject one proper name in capitals ("AUSTIN WARNS IRAN", "GARLAND STEPS ASIDE")? In
    capitals the tagger's proper noun tells a surname from a city no better than the word itself, and a
    repaired subject would hand the places stage a person as a place: it is left as the model read it. A
    plural of an English noun is no such name ("NURSES STAGE WALKOUT", "REBELS FIRE ROCKETS"), nor is a
    plural with no plural ending ("TALIBAN SPURN DEMAND": PLURAL_WITHOUT_S)."""
    noun = doc[subject]
    return noun.text.isupper() and noun.tag_ in {"NNP", "NNPS"} and subject == start and noun.lower_ not in PLURAL_WITHOUT_S \
        and noun.lower_ in getAllLemmas(noun.lower_, "NOUN").get("NOUN", (noun.lower_,))


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
    """ "Houthis fire missiles at tanker", "Army shells rebel positions": a tensed form of
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
    if tag == "VBD":
        # a past tense agrees with either number; the parser must have read it as a modifier of the noun
        # after it ("Qatar's emir hosted talks": "hosted" an adjective of "talks"), and its subject must be a
        # noun ("Israeli occupied territories" is a phrase)
        return word.dep_ in VERB_READ_AS_MODIFIER and subject.pos_ in {"NOUN", "PROPN"} \
            and not _first_half_of_compound_adjective(doc, start, subject, word)
    if tag == "VBZ" and i - 2 >= start and doc[i - 2].tag_ in NOUNS and getAllLemmas(word.lower_, "NOUN"):
        return False  # a noun compound with a plural head ("Police Station Attacks", "Army deserter arrests")
    return (tag == "VBP") == _plural(subject)


def _first_half_of_compound_adjective(doc, start: int, noun, participle) -> bool:
    """Did the parser read `noun` and the past form after it as one adjective written without its hyphen
    ("Kremlin backed candidate", "State funded schools", "Besieged town hosted refugees": the noun an
    npadvmod of the participle)? Not where a determiner or a possessor opens the phrase before: such a
    phrase is a whole noun phrase, the participle's subject ("Qatar's emir hosted leaders")."""
    return noun.dep_ == "npadvmod" and noun.head.i == participle.i \
        and not any(t.tag_ in {"DT", "POS", "PRP$"} for t in doc[start:noun.i])


def _plural(noun) -> bool:
    if noun.tag_ in {"NNS", "NNPS"} or noun.lower_ in PLURAL_WITHOUT_S or _plural_initialism(noun.text):
        return True
    if noun.tag_ == "NN" and not noun.is_upper or noun.tag_ == "NNP" and (_ends_a_name(noun) or not (noun.is_title or noun.is_upper)):
        return False
    # (a title-case word the tagger calls a proper noun, not a name: "Houthis Fire Missiles", "Rebels Attack";
    # a word in capitals whatever its tag, which in capitals says no more: "HOUTHIS FIRE MISSILES", "MPS STAGE";
    # the model's entity of a title-case headline often runs on over the verb and says nothing then)
    return noun.lower_.endswith("s") and not noun.lower_.endswith("ss") and not _verb_of_name_before(noun)


def _verb_of_name_before(word) -> bool:
    """Is a word in capitals a verb's third-person form right after a name, that name's verb ("ISIS CLAIMS
    ATTACK": "claims", no plural of a subject "ISIS CLAIMS")? A name is a proper noun that is no English noun
    ("SECURITY FORCES KILL": "forces" stays the plural of the subject)."""
    if not word.is_upper or word.is_sent_start or word.i == 0:
        return False
    name = word.doc[word.i - 1]
    return name.is_upper and name.tag_ == "NNP" and not getAllLemmas(name.lower_, "NOUN") \
        and any(word.lower_ in getInflection(lemma, "VBZ") for lemma in getAllLemmas(word.lower_, "VERB").get("VERB", ()))


def _plural_initialism(word: str) -> bool:
    """ "MPs", "MLAs", "NGOs": capitals with a plural "s", which the tagger often tags a singular noun."""
    return len(word) > 2 and word[-1] == "s" and word[:-1].isupper() and word[:-1].isalpha()


def _ends_a_name(noun) -> bool:
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return noun.ent_type_ in NAMED_ONES and (following is None or following.ent_iob_ != "I")


def _make_root(doc, start: int, end: int, verb: int, subject: int, lemma: str, tag: str, label: str) -> None:
    """The verb heads the sentence, the phrase before it is its subject (each word whose head lay
    outside that side of the verb attached to it) and the words after it are read by _attach_after."""
    # (an entity the model began at the verb, or ran through it, names no one: "Police Chief Blames
    # Protesters", "Missiles Hit Kyiv"; one that holds only the subject is left as it was, so the
    # places stage sees the subject as before)
    doc.ents = [e for e in doc.ents if not e.start <= verb < e.end]
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
    _attach_after(doc, head, end, object_allowed=label != "nsubjpass")


def _attach_after(doc, verb, end: int, object_allowed: bool) -> None:
    """The words after the verb, read as headlines put them: noun phrases, each headed by its last
    word, and the prepositions between them. The first phrase right after the verb is its object
    ("fire tear gas at protesters": "gas", not the phrase the parser built round "protesters"); a
    phrase after a preposition is its object; anything else hangs on the verb."""
    preposition, i = None, verb.i + 1
    while i < end:
        token = doc[i]
        if token.tag_ in NOUN_PHRASE_OPENERS:
            last = i
            while last + 1 < end and doc[last + 1].tag_ in NOUN_PHRASE_OPENERS | {"POS", "HYPH"}:
                last += 1
            phrase_head = doc[last]
            for word in doc[i:last]:
                word.head = phrase_head
                if word.dep_ not in NOUN_MODIFIERS:
                    word.dep_ = MODIFIER_BY_TAG.get(word.tag_, "compound")
            if preposition is not None:
                phrase_head.head, phrase_head.dep_ = preposition, "pobj"
            else:
                phrase_head.head = verb
                phrase_head.dep_ = "dobj" if i == verb.i + 1 and object_allowed else "npadvmod"
            preposition, i = None, last + 1
            continue
        token.head = verb
        if token.tag_ in {"IN", "TO"}:
            token.dep_, preposition = "prep", token
        elif token.dep_ not in VERB_DEPENDENTS:
            token.dep_ = "dep"
        i += 1


def forms(lemmas: Iterable[str], inflect, past=lambda lemma: ()) -> dict[str, tuple[str, str]]:
    """The tensed forms of these verbs: bare ("fire", VBP), third person ("fires", VBZ) and, from `past`,
    past ("fired", VBD; a form that is also a present one stays a present: "hit")."""
    table = {}
    for lemma in lemmas:
        table.setdefault(lemma, (lemma, "VBP"))
        for form in inflect(lemma):
            table.setdefault(form, (lemma, "VBZ"))
    for lemma in lemmas:
        for form in past(lemma):
            table.setdefault(form, (lemma, "VBD"))
    return table
