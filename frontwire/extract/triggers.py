"""The event vocabulary and the engine that reads it.

The knowledge lives in data: `lexicon/<type>.yaml` holds, per PLOVER type, the words that trigger
it (verbs, nouns, adjectives) with the conditions that license them in a sentence (which objects,
which governing verb, which preposition, ...); `lexicon/classes.yaml` holds the shared word classes
those files refer to as `@NAME`. A conflict analyst extends the vocabulary there, without Python.

Matching: for a token, every pattern with its lemma (or `*`) and part of speech is tried, the most
specific first (most conditions); the first whose conditions all hold gives (type, subtype), or
nothing when it is marked `suppress` ("until conditions were met" is no meeting). The conditions
are general tests on the dependency parse, each named and documented in CONDITIONS below.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Container, Mapping

from frontwire import vocab
from frontwire.extract.countries import country_of
from frontwire.extract.sectors import STATE_SECTORS, sector_of
from frontwire.extract.yamlfiles import read_yaml, word_classes
from frontwire.extract.docmemo import kept_in_doc

if TYPE_CHECKING:
    from frontwire.nlp.tokens import Tokens

LEXICON = Path(__file__).resolve().parent / "lexicon"
NOT_TRIGGER_FILES = {"classes.yaml", "actors.yaml"}
OBJECT_DEPS = {"dobj", "obj", "nsubjpass", "attr", "oprd"}


# Cached here, not only in word_classes: the stages ask for a class about 290 times an article, and
# building and hashing the file's Path for each asking (12 µs) cost a sixth of the events stage.
@lru_cache(maxsize=1)
def classes() -> Mapping[str, frozenset[str]]:
    return word_classes(LEXICON / "classes.yaml")


def word_class(name: str) -> frozenset[str]:
    return classes()[name]


def _words(value) -> frozenset[str]:
    """A list of words and @CLASS references, expanded; entity labels (LOC, PERSON) kept upper-case."""
    if isinstance(value, frozenset):
        return value  # expanded when the lexicon was read
    items = value if isinstance(value, list) else [value]
    out: set[str] = set()
    for item in items:
        if not isinstance(item, str):  # YAML reads a bare on/off/yes/no as a boolean: quote it
            raise ValueError(f"lexicon: {item!r} in {value!r} is not a word; quote it in the YAML file")
        if item.startswith("@"):
            out |= classes()[item[1:]]
        else:
            out.add(item if item.isupper() else item.lower())
    return frozenset(out)


# -- the parse, read generally ---------------------------------------------------------------------
# The tests below that look only at a word's children read them from the token table
# (nlp.tokens): Token.children builds a Token per child, and they run on every verb.
@lru_cache(maxsize=1)
def _tables() -> Callable:
    """nlp.tokens.tokens_of, imported on first use, not with this module: importing frontwire.nlp
    loads spaCy, and readers of stored text (crosscheck) use this lexicon without it."""
    from frontwire.nlp.tokens import tokens_of

    return tokens_of


def object_lemmas(token) -> set[str]:
    """What a verb acts on: objects, their modifiers, objects of its prepositions, particles
    ("pushed back"); for a participle used as a modifier, the noun it describes."""
    return object_lemmas_at(_tables()(token.doc), token.i)


def object_lemmas_at(table: "Tokens", i: int) -> set[str]:
    """object_lemmas of the word at position i of the token table."""
    children, dep, lemma = table.children, table.dep, table.lemma
    objs = set()
    for child in children[i]:
        if dep[child] in OBJECT_DEPS:
            objs.add(lemma[child].lower())
            objs.update(lemma[c].lower() for c in children[child] if dep[c] in {"compound", "amod", "conj"})
            # "lifted a state of emergency", "deployed thousands of troops": what the "of" names
            objs.update(lemma[g].lower() for c in children[child] if dep[c] == "prep" and table.lower[c] == "of"
                        for g in children[c] if dep[g] == "pobj")
            if lemma[child].lower() in word_class("QUANTITY_HEADS"):
                # "evacuated hundreds of wounded civilians": the quantity's noun is the object, with its modifiers
                objs.update(lemma[m].lower() for c in children[child] if dep[c] == "prep" and table.lower[c] == "of"
                            for g in children[c] if dep[g] == "pobj" for m in children[g] if dep[m] in {"compound", "amod"})
        if dep[child] in {"prep", "prt"}:  # (a particle with an object: "began handing over(prt) its weapons(pobj)")
            objs.update(lemma[g].lower() for g in children[child] if dep[g] == "pobj")
        if dep[child] in {"prt", "advmod"} and table.lower[child] in word_class("PARTICLE_OBJECTS"):
            objs.add(table.lower[child])
    if dep[i] in {"amod", "acl"} or dep[i] == "relcl" and any(dep[c] == "auxpass" for c in children[i]):
        # "the captured soldiers", "1,141 people to be evacuated", "men who were detained"
        objs.add(lemma[table.head[i]].lower())
    if table.tag[i] == "VBN" and not any(dep[c] in {"aux", "auxpass"} for c in children[i]):
        # a bare passive participle's subject is what it acts on: "with 6,800 people evacuated"
        objs.update(lemma[c].lower() for c in children[i] if dep[c] == "nsubj")
    if dep[i] == "xcomp" and any(dep[c] == "auxpass" for c in children[i]):
        # "six rounds had to be fired", "were ordered to be released": the passive infinitive's
        # patient is its governor's subject, or its object ("forced 1,141 people to be evacuated")
        objs.update(lemma[c].lower() for c in children[table.head[i]] if dep[c] in {"nsubj", "nsubjpass", "dobj"})
    if dep[i] != "conj":
        # "intercepted and destroyed 47 drones": the conjuncts share the object.
        for conj in children[i]:
            if dep[conj] == "conj" and table.pos[conj] == "VERB":
                objs.update(lemma[c].lower() for c in children[conj] if dep[c] == "dobj")
    return objs


def first_conjunct(token):
    """The first of a run of conjuncts ("abuse" for "rape" in "abuse and rape"): it holds the run's role."""
    while token.dep_ == "conj" and token.head.i != token.i:  # spaCy builds a new Token per access: compare positions
        token = token.head
    return token


def first_conjunct_at(table: "Tokens", i: int) -> int:
    """first_conjunct of the word at position i of the token table, as a position."""
    while table.dep[i] == "conj" and table.head[i] != i:
        i = table.head[i]
    return i


def has_child(token, deps: Container[str], words: Container[str] | None = None, column: str = "lower") -> bool:
    """A child whose dependency label is among `deps` and, when `words` is given, whose `column` of
    the token table (lower, ent_type, ...: the string as spaCy gives it) is among them."""
    return has_child_at(_tables()(token.doc), token.i, deps, words, column)


def verb_names(token) -> set[str]:
    """A verb's lemma and, for each particle it has, its phrasal name as word classes write it
    ("go on", "call off")."""
    lemma = token.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in token.children if c.dep_ == "prt"}


def has_child_at(table: "Tokens", i: int, deps: Container[str], words: Container[str] | None = None,
                 column: str = "lower") -> bool:
    """has_child of the token at position i of the table."""
    # Plain loops rather than any(<generator>): this runs on every candidate trigger, tens of
    # thousands of times per hundred articles, and most words have two or three children.
    dep = table.dep
    if words is None:
        for c in table.children[i]:
            if dep[c] in deps:
                return True
        return False
    values = getattr(table, column)
    for c in table.children[i]:
        if dep[c] in deps and values[c] in words:
            return True
    return False


def will_or_would(token) -> bool:
    """ "will respond", "would face": the verb is said of a time to come."""
    return has_child(token, {"aux"}, word_class("WILL_OR_WOULD"))


def _will_or_would_at(table: "Tokens", i: int) -> bool:
    # (asked of every verb of every sentence, candidates_at: a plain loop, the class read once)
    dep, lower, will = table.dep, table.lower, word_class("WILL_OR_WOULD")
    for c in table.children[i]:
        if dep[c] == "aux" and lower[c] in will:
            return True
    return False


def _followed_by_to(prep) -> bool:
    """ "called on the council to \"name the aggressor\"": the infinitive the parser lost."""
    doc, after = prep.doc, prep.right_edge.i + 1
    while after < len(doc) and doc[after].is_quote:
        after += 1
    return after < len(doc) and doc[after].lower_ == "to"


def _prep_then_to(doc, table: "Tokens", i: int, words, followed: bool) -> bool:
    """A preposition child of the word at i among these words that an infinitive follows (or,
    `followed` false, that none follows): "called on the council to ...", or "called on President
    Assad in Damascus"."""
    children = table.children[i]
    infinitive = any(table.dep[x] == "xcomp" for x in children)
    return any(table.dep[c] == "prep" and table.lower[c] in _words(words)
               and (infinitive or _followed_by_to(doc[c])) == followed for c in children)


def _introduces_speech(token) -> bool:
    """Does the verb introduce what someone said: a speech verb as its clause or participle ("shot
    back saying ...", "hit back, adding ..."), or a quotation right after it and its particle
    ("shot back, \"we do not need any permission\"")?"""
    speech = word_class("SPEECH_VERBS")
    if any(c.dep_ in {"advcl", "xcomp", "ccomp", "conj", "parataxis"} and c.lemma_.lower() in speech for c in token.children):
        return True
    doc, after, end = token.doc, token.i + 1, token.sent.end  # (a quotation of this sentence only)
    while after < end and (doc[after].head.i == token.i and doc[after].dep_ in {"prt", "advmod"}
                           or doc[after].is_punct and not doc[after].is_quote):
        after += 1
    return after < end and doc[after].is_quote


def _clauses_at(table: "Tokens", i: int) -> list[int]:
    """The verb's clausal complements; not the clause of a free relative the parser hangs on it with
    "what" as the verb's object ("struck what it called militant hideouts": what was struck, named)."""
    return [c for c in table.children[i] if table.dep[c] == "xcomp" or table.dep[c] == "ccomp" and not _free_relative(table, c)]


def _free_relative(table: "Tokens", clause: int) -> bool:
    """Is the clause a free relative that names the verb's object, opening with "what" as the object
    of a naming verb right after the verb it hangs on ("struck what it called hideouts", "what it
    described as camps"; classes.yaml NAMING_VERBS)? (Not a question's clause: "asked what the army
    wanted".)"""
    opener = table.children[clause][0] if table.children[clause] else clause
    return table.lemma[clause].lower() in word_class("NAMING_VERBS") and table.dep[opener] == "dobj" \
        and table.lower[opener] in {"what", "whatever"} and opener == table.head[clause] + 1


def noun_role(token):
    """The word holding a noun's role in its clause: a later conjunct's is the first conjunct
    ("bedlam over the riots and killing of innocent people": "killing" is under "over" too)."""
    if token.pos_ in {"NOUN", "PROPN"}:
        first = first_conjunct(token)
        if first.pos_ in {"NOUN", "PROPN"}:
            return first
    return token


def noun_role_at(table: "Tokens", i: int) -> int:
    """noun_role of the word at position i of the token table, as a position."""
    if table.pos[i] in {"NOUN", "PROPN"}:
        first = first_conjunct_at(table, i)
        if table.pos[first] in {"NOUN", "PROPN"}:
            return first
    return i


def _governors(table: "Tokens", i: int) -> set[str]:
    """The verbs that make a noun happen: its head, the verb over its preposition, a participle
    modifying it ("imposed sanctions"), and `subject` when the noun is a subject (for a conjunct,
    those of the first: noun_role)."""
    lemma = table.lemma
    role = noun_role_at(table, i)
    heads = {lemma[table.head[role]].lower(), lemma[_verb_over(table, role)].lower()}
    heads.update(lemma[c].lower() for c in table.children[i] if table.dep[c] == "amod" and table.tag[c] == "VBN")
    if table.dep[role] in {"nsubj", "nsubjpass"}:
        heads.add("subject")
    return heads


def _verb_over(table: "Tokens", role: int) -> int:
    """The verb a noun's role (noun_role) hangs on: its head, or the verb over its preposition
    ("went on the offensive": went)."""
    return table.head[table.head[role]] if table.dep[role] == "pobj" else table.head[role]


def _patient_among(table: "Tokens", i: int, words) -> bool:
    """The one the word acts on, a direct object or a passive subject, is one of these words; for a
    participle completing another verb with none of its own, that verb's ("a woman was found
    murdered", "found him murdered"); for a passive infinitive, its governor's subject too ("the plans are
    yet to be executed", the parser's acomp of "are", as object_lemmas_at reads an xcomp)."""
    dep, lemma, children = table.dep, table.lemma, table.children
    patients = [c for c in children[i] if dep[c] in {"dobj", "nsubjpass"}]
    if not patients and dep[i] in {"xcomp", "oprd", "acomp"} and table.tag[i] == "VBN":
        passive = any(dep[c] == "auxpass" for c in children[i])
        patients = [c for c in children[table.head[i]] if dep[c] in {"dobj", "nsubjpass"} or passive and dep[c] == "nsubj"]
    return any(lemma[c].lower() in words for c in patients) \
        or any(lemma[s].lower() in words for s in _objects_read_as_subjects(table, i))


def _patient_described_by(table: "Tokens", i: int, words) -> bool:
    """A direct object or passive subject of the word has a participle, an adjective or a preposition's object
    among these words on it (the parser hangs "from his kidnappers" on the person rescued)."""
    dep, lemma, children = table.dep, table.lemma, table.children
    for patient in (c for c in children[i] if dep[c] in {"dobj", "nsubjpass"}):
        for m in children[patient]:
            if dep[m] in {"acl", "relcl", "amod"} and lemma[m].lower() in words:
                return True
            if dep[m] == "prep" and any(dep[g] == "pobj" and lemma[g].lower() in words for g in children[m]):
                return True
    return False


def _objects_read_as_subjects(table: "Tokens", i: int) -> list[int]:
    """ "cops caned AMU students marching towards the court": the parser reads the object as the
    subject of a participle it hangs on the verb as a complement clause; that subject is the
    verb's object (a bare -ing clause, no auxiliary or conjunction of its own)."""
    dep = table.dep
    return [s for c in table.children[i] if dep[c] == "ccomp" and table.tag[c] == "VBG"
            and not any(dep[a] in {"aux", "mark"} for a in table.children[c])
            for s in table.children[c] if dep[s] == "nsubj"]


def _object_head_among(table: "Tokens", i: int, words) -> bool:
    """An object's own head word is one of these: a passive participle's noun, a direct object or
    passive subject, a preposition's object."""
    dep, lemma = table.dep, table.lemma
    return dep[i] == "acl" and table.tag[i] == "VBN" and lemma[table.head[i]].lower() in words \
        or _patient_among(table, i, words) or any(dep[c] == "prep" and any(
            dep[g] == "pobj" and lemma[g].lower() in words for g in table.children[c]) for c in table.children[i])


def _modifiers(table: "Tokens", i: int) -> set[str]:
    lemma = table.lemma
    out = {lemma[c].lower() for c in table.children[i]}
    out.update(lemma[c].lower() for c in table.subtree(i) if table.dep[c] in {"acl", "compound", "amod"})
    return out


def _prep_with(table: "Tokens", i: int, spec: dict) -> bool:
    """A preposition child named in spec whose object is one of its words, or, for an entity
    label (LOC, PERSON), holds such an entity ("spoke with Grossi", "fired into the East Sea")."""
    # a passive's "by" is its agent ("were caught by the Kolkata police"); a "to" the parser reads as
    # a dative is a preposition too ("ordered additional warplanes to bases in Italy"); a verb's "to"
    # the parser hangs on its direct object is the verb's ("transferred the suspect to the tribunal"), and so
    # is an "on" or "against" hung on what is acted on ("slapped the act on the organisers", "a ban on the outfit
    # was extended", "registered an FIR against the sarpanch")
    children, dep, lower = table.children, table.dep, table.lower
    candidates = list(children[i])
    if "to" in spec:
        candidates += [p for o in children[i] if dep[o] == "dobj" for p in children[o] if lower[p] == "to"]
        # "sent the five accused to judicial custody": the parser makes the numeral the object and the
        # people it counts a participle describing it, with the verb's "to" under that participle
        candidates += [p for o in children[i] if dep[o] == "dobj" and table.pos[o] == "NUM"
                       for a in children[o] if dep[a] == "acl" for p in children[a] if lower[p] == "to"]
    if "of" in spec:
        # "walked out of the assembly": the parser hangs "of" on an "out" it reads as a preposition
        candidates += [g for c in children[i] if dep[c] == "prep" and lower[c] == "out" for g in children[c] if lower[g] == "of"]
    if "on" in spec or "against" in spec:
        candidates += [p for o in children[i] if dep[o] in {"dobj", "nsubjpass"} for p in children[o]
                       if lower[p] in {"on", "against"}]
    for child in candidates:
        if dep[child] not in {"prep", "agent", "dative"} or lower[child] not in spec:
            continue
        wanted = _words(spec[lower[child]])
        if any(table.lemma[g].lower() in wanted or lower[g] in wanted for g in children[child]):
            return True
        if any(table.ent_type[t] in wanted for t in table.subtree(child)):  # (the preposition's own label too)
            return True
    return False


# The dependents that make a noun of an act one act told: a determiner, a possessor, a number, a clause or a phrase.
ACT_SPECIFIERS = frozenset({"det", "poss", "nummod", "relcl", "acl", "prep", "appos"})


def _grounds(table: "Tokens", i: int) -> set[str]:
    """The lemmas of the grounds a "for" or "over" phrase on the word gives: the preposition's object or
    gerund, the gerund's object, and an "of" phrase's object on either ("for violating building codes": violate,
    code; "for non-payment of taxes": non-payment, tax); the parser may hang the phrase on the object ("sealed 30
    shops for non-payment of tax")."""
    children, dep, lemma = table.children, table.dep, table.lemma
    holders = [i] + [o for o in children[i] if dep[o] in {"dobj", "nsubjpass"}]
    found = [g for h in holders for c in children[h] if dep[c] == "prep" and table.lower[c] in {"for", "over"}
             for g in children[c] if dep[g] in {"pobj", "pcomp"}]
    found += [o for g in found if dep[g] == "pcomp" for o in children[g] if dep[o] == "dobj"]
    found += [o for g in list(found) for p in children[g] if dep[p] == "prep" and table.lower[p] == "of"
              for o in children[p] if dep[o] == "pobj"]
    return {lemma[g].lower() for g in found}


def _prep_object_of_another_state(table: "Tokens", i: int, preps) -> bool:
    """An object of one of these prepositions (on the word or on its direct object, as _prep_with reads "to") that a
    modifier names as of a state or people other than the doer's: a state or a people by name, or a body ("aid to
    Pakistani schools", "transfers to Palestinian municipalities", "funding to UNRWA schools"; not "to Kenyan
    hospitals" when Kenya is the doer). With no doer's country known, any such modifier is another's."""
    children, dep, lower = table.children, table.dep, table.lower
    wanted = _words(preps)
    candidates = list(children[i]) + [p for o in children[i] if dep[o] == "dobj" for p in children[o]]
    objects = [g for c in candidates if dep[c] in {"prep", "dative"} and lower[c] in wanted
               for g in children[c] if dep[g] == "pobj"]
    objects += [c for o in objects for c in children[o] if dep[c] == "conj"]
    doers = {country_of(" ".join(table.text[w] for w in table.subtree(d))) for d in _named_doers(table, i)} - {None}
    for o in objects:
        for m in children[o]:
            if dep[m] not in {"amod", "compound", "nmod", "poss"} or table.ent_type[m] not in {"NORP", "GPE", "ORG"}:
                continue
            country = country_of(" ".join(table.text[w] for w in table.subtree(m)))
            if country is None or country not in doers:
                return True
    return False


def subjunctive_at(table: "Tokens", clause: int) -> bool:
    """ "insisted that the army withdraw", "demanded that the minister resign", "that they be
    released": a clause's bare verb with a subject of its own and no auxiliary (but a passive's
    "be"); a singular noun subject with the plural form is one too ("that the militia release").
    What a party must do, said without "must"."""
    children, dep, tag = table.children[clause], table.dep, table.tag
    subjects = [c for c in children if dep[c] in {"nsubj", "nsubjpass"}]
    if not subjects or any(dep[a] == "aux" for a in children):
        return False
    passive = [a for a in children if dep[a] == "auxpass"]
    if passive:
        return all(table.lower[a] == "be" for a in passive)
    # (a noun read as an adjective is one too: "that the paramilitary lift")
    return tag[clause] == "VB" or tag[clause] == "VBP" and any(tag[s] in {"NN", "NNP", "JJ"} for s in subjects)


def _party_must(table: "Tokens", clause: int, auxiliaries: frozenset[str]) -> bool:
    """ "Libya must hand over the suspects": an act (not "be" or "have") with one of these
    auxiliaries whose subject names a country, a people, an organisation or a person."""
    children, dep, lower, ent_type = table.children[clause], table.dep, table.lower, table.ent_type
    if lower[clause] in auxiliaries and any(dep[c] == "xcomp" for c in children):
        pass  # "Syria ought to pull its troops out": the parser makes the auxiliary the clause's verb
    elif table.lemma[clause].lower() in {"be", "have"} or not any(
            dep[a] in {"aux", "auxpass"} and lower[a] in auxiliaries for a in children):
        return False
    elif not any(dep[a] == "aux" and lower[a] == "must" for a in children) and (
            table.lemma[clause].lower() in word_class("OUTCOME_VERBS") or any(dep[a] == "aux" and lower[a] == "have" for a in children)):
        return False  # "Iran should receive the fuel next week", "should have known better": expected, or regretted
    return any(dep[c] == "nsubj" and (ent_type[c] in {"GPE", "ORG", "NORP", "PERSON"} or any(
        ent_type[x] in {"GPE", "ORG", "NORP", "PERSON"} for x in table.children[c] if dep[x] in {"compound", "amod", "poss", "nmod"}))
               for c in children)


def _subjects(table: "Tokens", i: int) -> list[int]:
    """The word's subjects (active or passive); for the infinitive or gerund of a verb of beginning,
    going on or trying without one of its own, that verb's ("the KLA began handing over its weapons");
    for a verb conjoined to another without one of its own, the first verb's ("the police acted
    swiftly and caught some of them", "the mob surrounded the house and set it on fire"). (A
    headline's verb the model read as a noun phrase is repaired on the parse: nlp.headlines.)"""
    children, dep, head, pos = table.children, table.dep, table.head, table.pos
    found = [c for c in children[i] if dep[c] in {"nsubj", "nsubjpass"}]
    if not found and dep[i] == "xcomp" and table.lemma[head[i]].lower() in word_class("ASPECT_VERBS"):
        found = [c for c in children[head[i]] if dep[c] in {"nsubj", "nsubjpass"}]
    while not found and dep[i] == "conj" and pos[i] in {"VERB", "AUX"} and pos[head[i]] in {"VERB", "AUX"}:
        i = head[i]
        found = [c for c in children[i] if dep[c] in {"nsubj", "nsubjpass"}]
    return found


def participle_doer(table: "Tokens", i: int) -> int | None:
    """The noun a participle clause describes where that noun does the participle's act: a present participle ("the
    opposition attacking the centre on the issue", "security men bundling them into a van", "the gang attacking the
    village"), or a past form with an object, a finite verb the parser read as a modifier ("dharwad: police arrested 50
    workers"); None for any other word. (A participle has no subject of its own: has_subject.) The one reading of a
    participle's doer for the lexicon's conditions, the actors step and the crime filter."""
    if table.dep[i] != "acl":
        return None
    head = table.head[i]
    if table.pos[head] not in {"NOUN", "PROPN"}:
        return None
    if table.tag[i] == "VBG" or table.tag[i] in {"VBD", "VBN"} and any(table.dep[c] == "dobj" for c in table.children[i]):
        return head
    return None


def _named_doers(table: "Tokens", i: int) -> list[int]:
    """_subjects, or a participle's noun that does its act (participle_doer): who does it, for the conditions that name
    the doer."""
    if found := _subjects(table, i):
        return found
    doer = participle_doer(table, i)
    return [] if doer is None else [doer]


def _doers(table: "Tokens", i: int) -> list[int]:
    """_subjects, a first verb's shared only when the verb follows "and" (or an adverb or comma)
    straight: "a tiger killed a woman and angry villagers attacked ..." is read by the parser as
    coordinated objects, "villagers" the verb's real subject."""
    if table.dep[i] == "conj" and not has_child_at(table, i, {"nsubj", "nsubjpass"}) \
            and table.dep[i - 1] not in {"cc", "advmod", "punct"}:
        return []
    return _subjects(table, i)


def _is_state_word(table: "Tokens", i: int) -> bool:
    """A country's name or its people's word ("Kyrgyz", "Tajik", "India") by actors.yaml, tagged as a place or a
    people, or a proper noun or an adjective (the tagger reads "Tajik" or "Bangladeshi" before "and" as a person or an
    organisation as often)."""
    return (table.ent_type[i] in {"GPE", "NORP"} or table.pos[i] in {"PROPN", "ADJ"}) and country_of(table.lower[i]) is not None


def _named_doers_with_split_head(table: "Tokens", i: int) -> list[int]:
    """_named_doers, and the common noun the parser conjoined to a people's word it took for the subject: in "Kyrgyz
    and Tajik forces pulled back" it reads "Kyrgyz" as the subject and "forces" (with "Tajik" on it) as its conjunct,
    where the forces of both are the subject."""
    doers = _named_doers(table, i)
    return doers + [c for d in doers if table.pos[d] in {"PROPN", "ADJ"} and _is_state_word(table, d)
                    for c in table.children[d] if table.dep[c] == "conj" and table.pos[c] == "NOUN"
                    and any(table.dep[m] in {"amod", "compound"} and _is_state_word(table, m) for m in table.children[c])]


def _parties_named(table: "Tokens", n: int) -> tuple[int, int]:
    """How many parties a subject names with its conjuncts, and how many of them are states or peoples: "Egypt and
    Israel" (two names), "Indian and American navies" (two peoples' words on one noun), "Kyrgyz and Tajik forces" (the
    parser's split: a people's word and a noun with another's), "the UN and Syria" (an organisation and a state)."""
    heads = [n] + [c for c in table.children[n] if table.dep[c] == "conj"]
    named = states = 0
    for h in heads:
        words = [h] + [m for m in table.children[h] if table.dep[m] in {"amod", "compound"}]
        for w in words:
            if _is_state_word(table, w) or table.ent_type[w] == "ORG" and table.pos[w] == "PROPN":
                more = sum(1 for c in table.children[w] if table.dep[c] == "conj" and _is_state_word(table, c))
                named += 1 + more
                states += _is_state_word(table, w) + more
                break
    return named, states


def _joint_doers(table: "Tokens", i: int) -> bool:
    """The word's subject names two or more parties acting together, one of them at least a state or a people ("Egypt
    and Israel coordinated the evacuation", "the UN and Syria"; not "the embassy coordinated the evacuation", nor
    "police and firefighters", nor two firms: rf34b, "Shell and BP coordinated the evacuation of their staff")."""
    return any(named >= 2 and states >= 1 for named, states in (_parties_named(table, n) for n in _named_doers(table, i)))


def subject_among(token, words) -> bool:
    """A subject (active or passive) of the word is one of these words, or a quantity of them
    ("thousands of protesters gathered", "hundreds of fans poured into the streets")."""
    return subject_among_at(_tables()(token.doc), token.i, words)


def subject_among_at(table: "Tokens", i: int, words) -> bool:
    """subject_among of the word at position i of the token table."""
    wanted = _words(words)
    children, dep, lemma = table.children, table.dep, table.lemma
    for c in _named_doers_with_split_head(table, i):
        # a word, or an entity label (PERSON: "Blinken travelled to Cairo")
        if lemma[c].lower() in wanted or table.ent_type[c] in wanted:
            return True
        # a body named by a generic head is of the class only by its modifier ("the army unit pulled out"; not "the
        # ruling coalition"), a modifier's own included ("the fire brigade units": fire); a body led by a state
        # is "state-led" ("the Saudi-led coalition", not "the Congress-led coalition")
        if lemma[c].lower() in word_class("GENERIC_BODY_HEADS") and any(
                dep[m] in {"compound", "amod"} and (
                    lemma[m].lower() in wanted or "state-led" in wanted and _led_by_a_state(table, m)
                    or any(dep[n] == "compound" and lemma[n].lower() in wanted for n in children[m]))
                for m in children[c]):
            return True
        if lemma[c].lower() in word_class("QUANTITY_HEADS") and any(
                dep[p] == "prep" and table.lower[p] == "of" and any(dep[g] == "pobj" and lemma[g].lower() in wanted for g in children[p])
                for p in children[c]):
            return True
    return False


def _led_by_a_state(table: "Tokens", i: int) -> bool:
    """Is the word at i the parser's "led" of "Saudi-led", "US-led", with a country's name or its people's before it?
    A sect, a creed or a party leads a coalition of parties ("the Shiite-led coalition", "the Socialist-led
    coalition"), which the tagger tags as a people too: only a name actors.yaml reads as a country counts."""
    return table.lemma[i].lower() == "lead" and any(
        table.ent_type[k] in {"GPE", "NORP"} and country_of(table.lower[k]) for k in table.children[i])


def _acts_for_another(table: "Tokens", i: int) -> bool:
    """Is the party the word acts for another than its doer? That party is its object or its clause's (or the object
    of its "to"), or the possessive or "of" of such a noun ("came to Kyiv's defence", "to the defence of Kyiv"); not a
    place or a foe it is done in or against ("defend itself against Iran", "protect Russian citizens in Ukraine").
    It is another when named by a title of another (ALLY_TITLES: "its allies") and the doer is a state, an
    organisation or a force (ALLY_KEEPERS: not "the minister ... his friend"), or by a country, a people or an
    organisation whose country is not the doer's known one ("Britain ... Kyiv"; not "Ukraine ... Kyiv", nor
    "Zelensky ... Ukraine": a doer of no known country is no evidence). A place that names no country ("the city",
    "Bakhmut") and the doer itself are no other party."""
    doers, own, parties = _parties_acted_for(table, i)
    for n, code in parties:
        if code is None and table.lemma[n].lower() in word_class("ALLY_TITLES") and any(
                table.ent_type[d] in {"GPE", "ORG", "NORP"} or table.lemma[d].lower() in word_class("ALLY_KEEPERS")
                for d in doers):
            return True
        if code is not None and own and code not in own:
            return True
    return False


def _acts_for_its_own(table: "Tokens", i: int) -> bool:
    """Does a doer of a known country act for no party shown to be another's (_acts_for_another): its own country's
    ("Ukraine defended Kyiv", "Kenya's president defended Kenya") or a place of no known country ("the Russian army
    vowed to defend Crimea")? A doer of no known country ("Arafat defended Iraq") is not shown to act for its own."""
    return bool(_parties_acted_for(table, i)[1]) and not _acts_for_another(table, i)


def _parties_acted_for(table: "Tokens", i: int) -> tuple[list[int], set[str], list[tuple[int, str | None]]]:
    """The word's doers, their countries, and the parties it acts for with each one's country (None for a word that
    names none); a doer's country is its own name's or its modifiers' ("the Russian army"), or, for a person or a
    title, that of its possessive or its "of" ("Kenya's president", "President Zelensky of Ukraine")."""
    children, dep = table.children, table.dep
    given, giving = word_class("GIVEN_TO_A_PARTY"), word_class("GIVING_VERBS")
    nouns: list[int] = []
    # the nouns a state's body by its people's word may be read in: not the "to" of a verb whose object is no thing
    # given, which is an audience or a destination there ("defended its claims to the Russian government", "protect the
    # convoys to the American army"), but a giving verb's ("handed two helicopters to the Chadian army")
    receivers: set[int] = set()
    for w in [i, *_clauses_at(table, i)]:
        objects = [c for c in children[w] if dep[c] == "dobj"]
        to_a_receiver = not objects or table.lemma[w].lower() in giving or any(
            table.lemma[o].lower() in given for o in objects)
        for c in children[w]:
            found = [c] if dep[c] == "dobj" else _to_objects(table, c)
            nouns += found
            receivers.update(found if dep[c] == "dobj" or to_a_receiver else [])
    # the "to" the parser hangs on an object that is the thing given ("pledged support to Kyiv", "offered help to the
    # Lebanese army"; classes.yaml GIVEN_TO_A_PARTY), not a destination ("protect the aid convoy to Syria")
    hung = [n for o in nouns if dep[o] == "dobj" and table.lemma[o].lower() in given
            for c in children[o] if dep[c] == "prep" for n in _to_objects(table, c)]
    nouns += hung
    receivers.update(hung)
    receivers.update(_possessors(table, [n for n in nouns if n in receivers]))
    nouns += _possessors(table, nouns)
    doers = _controlling_subjects(table, i)
    own = {code for s in [*doers, *_possessors(table, doers)] if (code := country_of(modified_word(table, s)))}
    # a name (the tagger may take a capital for a person: "Kyiv's defence"), or a state's body by its people's word
    # ("the Chadian army", "the Lebanese government"), not a thing of a people's ("American workers"); a title of
    # another is kept with no country
    parties = [(n, country_of(modified_word(table, n))
                if table.pos[n] == "PROPN" or table.ent_type[n] in {"GPE", "NORP", "ORG"}
                or n in receivers and _state_body_of_a_people(table, n) else None) for n in nouns]
    return doers, own, parties


def _to_objects(table: "Tokens", prep: int) -> list[int]:
    """The objects of a "to" (a preposition or the parser's dative: "sent congratulations to Brazil's president")."""
    if table.lower[prep] != "to" or table.dep[prep] not in {"prep", "dative"}:
        return []
    return [g for g in table.children[prep] if table.dep[g] == "pobj"]


def _state_body_of_a_people(table: "Tokens", n: int) -> bool:
    """A common noun naming a state's body (a sector of STATE_SECTORS, by actors.yaml's sector words) with a country's people's word or
    name as its modifier: "the Chadian army", "the Lebanese armed forces", "the Iraqi government"."""
    return table.pos[n] == "NOUN" and sector_of(table.lower[n]) in STATE_SECTORS and any(
        table.dep[m] in {"amod", "compound"} and table.ent_type[m] in {"GPE", "NORP"} and country_of(table.lower[m])
        for m in table.children[n])


def _possessors(table: "Tokens", nouns: list[int]) -> list[int]:
    """The possessives and "of" objects of these nouns ("Kyiv's defence", "the defence of Kyiv")."""
    children, dep = table.children, table.dep
    return [m for n in nouns for c in children[n] for m in (
        [c] if dep[c] == "poss" else [g for g in children[c] if dep[g] == "pobj"] if table.lower[c] == "of" else [])]


def _controlling_subjects(table: "Tokens", i: int) -> list[int]:
    """The word's subjects, or, for an infinitive with none of its own, the subjects of the verb it completes or of
    the verb over the noun it describes ("Japan reiterated its commitment to defend the Philippines": Japan)."""
    for _ in range(3):
        if found := _subjects(table, i):
            return found
        if table.dep[i] not in {"xcomp", "acl", "dobj", "pobj", "prep"} or table.head[i] == i:
            return []
        i = table.head[i]
    return []


def doer_sectors(table: "Tokens", i: int) -> set[str]:
    """The sectors (actors.yaml) of who does the act at position i: an active verb's subjects and a
    passive's "by" agent, each read with its compound and adjective modifiers ("security men", "riot
    police", "unidentified men"); none for a doer no sector word names."""
    children, dep = table.children, table.dep
    # (a present participle's noun is its doer whatever its own role: "security men bundling them into a van")
    doers = [c for c in _named_doers(table, i) if dep[c] == "nsubj" or c == table.head[i]] + [
        g for c in children[i] if dep[c] == "agent" for g in children[c] if dep[g] == "pobj"]
    sectors = set()
    for doer in doers:
        if (sector := sector_of(modified_word(table, doer))) is not None:
            sectors.add(sector)
    return sectors


def modified_word(table: "Tokens", i: int) -> str:
    """The word at i with the compound, adjective and noun modifiers before it ("security men",
    "riot police", "unidentified men"): what names a party's sector or country."""
    # children are in text order: those before the word are its left modifiers
    return " ".join([table.text[m] for m in table.children[i] if m < i and table.dep[m] in {"compound", "amod", "nmod"}]
                    + [table.text[i]])


def clause_marked(token, marks: frozenset[str]) -> bool:
    """An adverbial clause on the word opened by one of these ("... unless Iran complies")."""
    return _clause_marked_at(_tables()(token.doc), token.i, marks)


def _clause_marked_at(table: "Tokens", i: int, marks: frozenset[str]) -> bool:
    children, dep = table.children, table.dep
    return any(dep[c] == "advcl" and any(dep[m] == "mark" and table.lower[m] in marks for m in children[c])
               for c in children[i])


def _is_happening(table: "Tokens", i: int) -> bool:
    """Not a state: "Russia occupies a fifth of Ukraine", "occupied Crimea" describe, not report."""
    if table.tag[i] in {"VBZ", "VBP"}:
        return False
    return not (table.tag[i] == "VBN" and not has_child_at(table, i, {"aux", "auxpass"}))


# Each condition: (the Doc, its token table, the word's position, value from the data) -> does the
# pattern hold here? They read the token table (nlp.tokens): a pattern is tried on every candidate
# word, and a spaCy Token builds a new Token for each head or child asked for. A Token is built from
# the Doc only for what the table does not hold (quotation marks, punctuation, a phrase's edges).
_TESTS: dict[str, Callable] = {
    # an object (or object of a preposition, or a particle) among these words
    "object": lambda doc, tb, i, v: bool(_read_once(doc, tb, i, object_lemmas_at) & _words(v)),
    # an object's own head word (not its modifiers) among these ("attacked the BJP allies", not "the party office")
    # (a passive subject, and the noun a past participle describes, count: "a police vehicle targeted by
    # a bomber"; not a present participle's, its doer: "a student holding a degree")
    "object_head": lambda doc, tb, i, v: _object_head_among(tb, i, _words(v)),
    # the one acted on, a direct object or a passive subject, among these (not a preposition's object:
    # "police picked up the journalist from his house" is no house picked up)
    "patient": lambda doc, tb, i, v: _patient_among(tb, i, _words(v)),
    # ... none of these ("will withdraw its troops", not "the cases will be withdrawn")
    "not_patient": lambda doc, tb, i, v: not _patient_among(tb, i, _words(v)),
    # the one acted on is described by a participle, an adjective or a preposition's object among these ("troops
    # rescued three engineers abducted by rebels", "a businessman from his kidnappers": a rescue from captivity)
    "patient_described": lambda doc, tb, i, v: _patient_described_by(tb, i, _words(v)),
    # no object among these words ("struck a blow", "fighting corruption")
    "not_object": lambda doc, tb, i, v: not (_read_once(doc, tb, i, object_lemmas_at) & _words(v)),
    # a direct object that names a country, a people or an organisation ("backs Kyiv"); or, given labels, one of
    # those ([GPE, NORP]: "thanked Japan", not "thanked the Red Cross")
    "object_entity": lambda doc, tb, i, v: has_child_at(
        tb, i, {"dobj"}, {"GPE", "ORG", "NORP"} if isinstance(v, bool) else v, "ent_type") == (v is not False),
    # someone or something acted on: an object, or a passive subject ("was picked up by police")
    "has_patient": lambda doc, tb, i, v: has_child_at(tb, i, {"dobj", "nsubjpass"}) == bool(v),
    # the subject names two or more states, peoples or organisations acting together, one a state or a people at least
    # ("Egypt and Israel coordinated the evacuation", "Indian and American navies"; not "the embassy", nor "police and
    # firefighters", nor two firms)
    "joint_doers": lambda doc, tb, i, v: _joint_doers(tb, i) == bool(v),
    # a subject among these words ("demonstrators gathered")
    "subject": lambda doc, tb, i, v: subject_among_at(tb, i, v),
    # no subject among these words ("the opposition attacked the centre", not "a mob attacked the centre")
    "not_subject": lambda doc, tb, i, v: not subject_among_at(tb, i, v),
    # the doer (subject, or a passive's "by" agent) is of one of these sectors (actors.yaml: police,
    # military, rebels, ...): "security men bundled the protesters into a van" is an arrest
    "doer_sector": lambda doc, tb, i, v: bool(doer_sectors(tb, i) & _words(v)),
    # no doer is of these sectors ("gunmen bundled the trader into a car": an abduction)
    "not_doer_sector": lambda doc, tb, i, v: not (doer_sectors(tb, i) & _words(v)),
    # the party acted for is another than the doer ("pledged to defend Taiwan", "came to Kyiv's defence"; not "the
    # army vowed to defend the city", "Israel pledged to defend itself")
    "other_party": lambda doc, tb, i, v: _acts_for_another(tb, i) == bool(v),
    "own_party": lambda doc, tb, i, v: _acts_for_its_own(tb, i) == bool(v),
    # a subject of its own at all (not: "Attacking the VHP, Yadav said ...", a participle's clause)
    "has_subject": lambda doc, tb, i, v: bool(_subjects(tb, i)) == bool(v),
    # a direct object at all ("visited Kyiv")
    "has_object": lambda doc, tb, i, v: has_child_at(tb, i, {"dobj"}) == bool(v),
    # a particle or adverb child among these words ("ruled out")
    # (a predicative adjective counts: "were set free" parses free as the passive's oprd)
    "particle": lambda doc, tb, i, v: has_child_at(tb, i, {"prt", "advmod", "oprd"}, _words(v)),
    # a preposition child among these words ("called for", "warned of", "sided with")
    "prep": lambda doc, tb, i, v: has_child_at(tb, i, {"prep"}, _words(v)),
    # no preposition child among these words ("shot back, saying", not "fired back at the posts, saying")
    "not_prep": lambda doc, tb, i, v: not has_child_at(tb, i, {"prep"}, _words(v)),
    # a passive participle names who did it ("the agreement signed by Israel and Hamas on Friday")
    "has_agent": lambda doc, tb, i, v: has_child_at(tb, i, {"agent"}) == bool(v),
    # a preposition among these whose complement is a gerund ("attacking the VHP for failing to ...")
    "prep_gerund": lambda doc, tb, i, v: any(tb.dep[c] == "prep" and tb.lower[c] in _words(v) and any(
        tb.dep[g] == "pcomp" and tb.tag[g] == "VBG" for g in tb.children[c]) for c in tb.children[i]),
    # the grounds a "for" or "over" phrase gives are among these: its object, its gerund's object, or their "of"
    # phrase's object ("sealed off three buildings for violating building codes", "for non-payment of taxes")
    "grounds": lambda doc, tb, i, v: bool(_grounds(tb, i) & _words(v)),
    # (nouns) a kind of act named in general, with no determiner, possessor, number, clause or phrase that makes it
    # one act told ("citing crime and kidnapping"; not "citing the killing of three aid workers", "citing
    # Tuesday's rocket attack", "citing violence in which 40 people were killed")
    "bare": lambda doc, tb, i, v: v == (not any(tb.dep[c] in ACT_SPECIFIERS for c in tb.children[i])),
    # a preposition with an object among the words given for it ("came under fire")
    "prep_object": lambda doc, tb, i, v: _prep_with(tb, i, v),
    # no such preposition with such an object ("came to the defence of Israel" is no visit to Israel)
    "not_prep_object": lambda doc, tb, i, v: not _prep_with(tb, i, v),
    # no object of these prepositions named by its modifier as another state's or people's than the doer's ("Washington
    # suspended aid to Pakistani schools" is a sanction; "the government suspended aid to farmers" is administration)
    "not_prep_object_of_another_state": lambda doc, tb, i, v: not _prep_object_of_another_state(tb, i, v),
    # a preposition among these words followed by an infinitive ("called on the council to ...")
    "prep_then_to": lambda doc, tb, i, v: _prep_then_to(doc, tb, i, v, True),
    # a preposition among these words with no infinitive after it ("called on President Assad in Damascus": a visit)
    "not_prep_then_to": lambda doc, tb, i, v: _prep_then_to(doc, tb, i, v, False),
    # a clause (xcomp/ccomp) whose verb is among these words, or any clause with `any`
    "clause": lambda doc, tb, i, v: any(v == "any" or tb.lemma[c].lower() in _words(v) for c in _clauses_at(tb, i)),
    # the clause is negated, or not ("vowed not to return the Golan Heights" is no promise to return it)
    "clause_negated": lambda doc, tb, i, v: any(has_child_at(tb, c, {"neg"}) for c in _clauses_at(tb, i)) == bool(v),
    # that clause's object among these words ("called on men to join the army")
    "clause_object": lambda doc, tb, i, v: any(object_lemmas_at(tb, c) & _words(v) for c in _clauses_at(tb, i)),
    # that clause's active subject among these, as `subject` reads a subject ("alleged that the caretaker government
    # was rigging the elections": the one alleged to do it; not "alleged that its president had been detained")
    "clause_subject": lambda doc, tb, i, v: any(has_child_at(tb, c, {"nsubj"}) and subject_among_at(tb, c, v)
                                              for c in _clauses_at(tb, i)),
    # a clause said of a time to come or a possibility ("warned that Russia would respond")
    "clause_modal": lambda doc, tb, i, v: any(any(tb.lower[a] in word_class("MODAL_AUX") for a in tb.children[c])
                                            for c in tb.children[i] if tb.dep[c] == "ccomp") == bool(v),
    # a reported clause in which a named party must do something ("said that Libya must hand over ...")
    # (or, under a verb of demanding, the party's act in the subjunctive: "insisted that the army withdraw")
    "demand_clause": lambda doc, tb, i, v: any(
        _party_must(tb, c, _words(v)) or tb.lemma[i].lower() in word_class("DEMAND_GOVERNORS") and subjunctive_at(tb, c)
        for c in tb.children[i] if tb.dep[c] == "ccomp"),
    # a reported clause opened by "that" ("asked that a neutral country host the talks"; not "asked whether")
    "clause_that": lambda doc, tb, i, v: any(tb.dep[c] == "ccomp" and has_child_at(tb, c, {"mark"}, {"that"})
                                           for c in tb.children[i]) == bool(v),
    # the word is negated ("will not accept")
    "negated": lambda doc, tb, i, v: has_child_at(tb, i, {"neg"}) == bool(v),
    # "will"/"would" on the word itself ("would face consequences")
    "future": lambda doc, tb, i, v: _will_or_would_at(tb, i) == bool(v),
    # an adverbial clause opened by one of these words ("... unless Iran complies")
    "clause_mark": lambda doc, tb, i, v: _clause_marked_at(tb, i, _words(v)),
    # an adverbial clause opened by one of these words and negated ("... if the compensation is not paid")
    "negated_clause_mark": lambda doc, tb, i, v: any(
        tb.dep[c] == "advcl" and has_child_at(tb, c, {"mark"}, _words(v)) and has_child_at(tb, c, {"neg"}) for c in tb.children[i]),
    # no such adverbial clause ("will withdraw ... unless": an ultimatum, not a promise)
    "not_clause_mark": lambda doc, tb, i, v: not _clause_marked_at(tb, i, _words(v)),
    # nouns: a verb among these makes them happen ("signed a deal"); `subject` admits a subject
    "governor": lambda doc, tb, i, v: bool(_read_once(doc, tb, i, _governors) & _words(v)),
    # nouns: the verb making it happen has no subject among these ("the BJP went on the offensive",
    # not "the army went on the offensive")
    "not_governor_subject": lambda doc, tb, i, v: not subject_among_at(tb, _verb_over(tb, noun_role_at(tb, i)), v),
    # nouns: the verb making it happen has a subject among these ("the state's image has taken a beating": no one
    # beaten)
    "governor_subject": lambda doc, tb, i, v: subject_among_at(tb, _verb_over(tb, noun_role_at(tb, i)), v),
    # nouns: the verb over it is negated, or not ("did not suspend military exchanges": no suspension; the verb is
    # the act here, so modality._not_done, which passes only a light or making verb's denial to its noun, leaves it)
    "governor_negated": lambda doc, tb, i, v: has_child_at(tb, _verb_over(tb, noun_role_at(tb, i)), {"neg"}) == bool(v),
    # nouns: a modifier among these words ("aid convoy", "offensive operations")
    "modifier": lambda doc, tb, i, v: bool(_read_once(doc, tb, i, _modifiers) & _words(v)),
    "not_modifier": lambda doc, tb, i, v: not ({tb.lower[c] for c in tb.children[i]} & _words(v)),
    # the word's head is one of these ("Attacking the VHP, Yadav said ...": the attack is what he said)
    "head": lambda doc, tb, i, v: tb.lemma[tb.head[i]].lower() in _words(v),
    # the word's head is negated, or not, and has will/would on it, or not ("would not hesitate to launch an
    # offensive": one still to come; not "did not hesitate to launch an offensive last week", done)
    "head_negated": lambda doc, tb, i, v: has_child_at(tb, tb.head[i], {"neg"}) == bool(v),
    "head_future": lambda doc, tb, i, v: _will_or_would_at(tb, tb.head[i]) == bool(v),
    # the word's head has no modifier among these ("and threatened legal action": a suit, no force)
    "not_head_modifier": lambda doc, tb, i, v: not (_modifiers(tb, tb.head[i]) & _words(v)),
    # the word's head is not one of these ("in advance")
    "not_head": lambda doc, tb, i, v: tb.lower[tb.head[i]] not in _words(v),
    # the word before is one of these: a compound the parser split ("killed in police firing" read
    # as "police" and a verb "firing")
    "preceded_by": lambda doc, tb, i, v: i > tb.sent_start[i] and tb.lower[i - 1] in _words(v),
    # the word's own dependency label (a conjunct's: its first's) is one of these ("the drills were a warning": attr)
    "dep": lambda doc, tb, i, v: tb.dep[noun_role_at(tb, i)] in _words(v),
    # the dependency label of the word's head ("the arrested persons were identified": the participle's
    # noun is a subject)
    "head_dep": lambda doc, tb, i, v: tb.dep[tb.head[i]] in _words(v),
    # the word's head has an object among these ("called the allegations baseless": what is called so)
    "head_object": lambda doc, tb, i, v: bool(object_lemmas_at(tb, tb.head[i]) & _words(v)),
    # the word introduces what someone said ("shot back, saying ...": a retort, not a shot)
    "speech": lambda doc, tb, i, v: _introduces_speech(doc[i]) == bool(v),
    # a reported happening, not a state (see _is_happening)
    "happening": lambda doc, tb, i, v: _is_happening(tb, i) == bool(v),
}


_READ_KEY = "frontwire.triggers.read"


def _read_once(doc, table: "Tokens", i: int, read: Callable) -> frozenset[str]:
    """read(table, i) (the word's objects, governors or modifiers), kept per Doc and position: the
    patterns of a word are tried one after another, and many ask the same."""
    return kept_in_doc(doc, _READ_KEY, (read.__name__, i), _frozen, read, table, i)


def _frozen(read: Callable, table: "Tokens", i: int) -> frozenset[str]:
    return frozenset(read(table, i))


# The conditions that gather words from around the trigger (its objects, governors, modifiers, the
# preposition phrases and clauses under it): a pattern tries them after its other conditions, which
# look at a child or two and most often fail first (all must hold: the order changes no result).
COSTLY_CONDITIONS = frozenset({"object", "not_object", "object_head", "head_object", "patient", "not_patient",
                               "patient_described", "governor_subject",
                               "governor", "not_governor_subject", "modifier", "prep_object", "not_prep_object",
                               "not_prep_object_of_another_state", "prep_then_to",
                               "not_prep_then_to", "clause_object", "clause_subject", "demand_clause", "speech", "subject",
                               "not_subject", "doer_sector", "not_doer_sector", "other_party", "own_party", "joint_doers"})


def _condition(test: Callable) -> Callable:
    """A test of _TESTS as a condition of a Token alone: (token, value) -> bool."""
    return lambda token, value: test(token.doc, _tables()(token.doc), token.i, value)


# Each condition by its name in the lexicon: (token, value from the data) -> does the pattern hold here?
CONDITIONS: dict[str, Callable] = {name: _condition(test) for name, test in _TESTS.items()}


@dataclass(frozen=True)
class Pattern:
    type: str
    subtype: str
    pos: str
    conditions: tuple[tuple[str, object], ...]
    suppress: bool
    origin: str
    # the verb has no transitive use in this sense ("the rebels capitulated"): read as a passive with
    # no auxiliary, it is its subject's past act (nlp.headlines)
    no_transitive_sense: bool = False

    def holds(self, doc, table: "Tokens", i: int) -> bool:
        """Do the conditions hold for the word at position i of the Doc (`table`: its token table)?"""
        # A plain loop rather than all(<generator>): it runs for every pattern tried on a word.
        for name, value in self.conditions:
            if not _TESTS[name](doc, table, i, value):
                return False
        return True


@dataclass(frozen=True)
class TypeRules:
    """Rules a file sets for all triggers of its type (see assault.yaml)."""
    judged_subject_heads: frozenset[str] = frozenset()
    vague_objects: frozenset[str] = frozenset()
    animal_agents: frozenset[str] = frozenset()
    private_agents: frozenset[str] = frozenset()  # read by the event stage (actors.done_by_private_party)
    private_names: frozenset[str] = frozenset()  # businesses by name (TSMC, Siemens): private agents too
    private_whoever_the_other_side: bool = False  # a private agent's act is business even toward a state
    private_patients: bool = False  # a private party readied or acted on makes the act private too
    private_occasions: frozenset[str] = frozenset()  # a match or a final the act is done for (actors.set_by_private_occasion)
    occasion_preps: frozenset[str] = frozenset()  # the prepositions that set that occasion ("ahead" of, "for", "into")
    private_victims: frozenset[str] = frozenset()  # people an act falls on, which make a private agent's act political


def _expanded(value):
    """A condition's value with its word lists and @CLASS references expanded once, at reading."""
    if isinstance(value, bool) or value == "any":
        return value
    if isinstance(value, dict):
        if any(isinstance(k, bool) for k in value):
            # YAML reads a bare on/off/yes/no as true/false: {on: [economy]} would never match
            raise ValueError(f"a key read as {sorted(k for k in value if isinstance(k, bool))}: quote on/off/yes/no ('on')")
        return {str(k).lower(): _words(v) for k, v in value.items()}
    return _words(value)


def _lemmas_of(entry: dict) -> list[str]:
    return sorted(_words(entry["lemma"]))


@lru_cache(maxsize=1)
def lexicon() -> tuple[dict[tuple[str, str], list[Pattern]], dict[str, TypeRules]]:
    """(lemma, pos) -> patterns, most specific first; type -> rules."""
    patterns: dict[tuple[str, str], list[Pattern]] = {}
    rules: dict[str, TypeRules] = {}
    for path in sorted(LEXICON.glob("*.yaml")):
        if path.name in NOT_TRIGGER_FILES:
            continue
        data = read_yaml(path)
        event_type = data["type"]
        type_rules = data.get("rules") or {}
        rules[event_type] = TypeRules(_words(type_rules.get("judged_subject_heads", [])),
                                      _words(type_rules.get("vague_objects", [])),
                                      _words(type_rules.get("animal_agents", [])),
                                      _words(type_rules.get("private_agents", [])),
                                      _words(type_rules.get("private_names", [])),
                                      bool(type_rules.get("private_whoever_the_other_side")),
                                      bool(type_rules.get("private_patients")),
                                      _words(type_rules.get("private_occasions", [])),
                                      _words(type_rules.get("occasion_preps", [])),
                                      _words(type_rules.get("private_victims", [])))
        for n, entry in enumerate(data.get("triggers") or []):
            unknown = set(entry) - {"lemma", "pos", "subtype", "suppress", "note", "not_example", "no_transitive_sense"} - set(CONDITIONS)
            if unknown:
                raise ValueError(f"{path.name} entry {n + 1}: unknown condition(s) {sorted(unknown)}")
            try:
                conditions = tuple(sorted(((k, _expanded(v)) for k, v in entry.items() if k in CONDITIONS),
                                          key=lambda condition: condition[0] in COSTLY_CONDITIONS))
            except ValueError as exc:
                raise ValueError(f"{path.name} entry {n + 1}: {exc}") from None
            for lemma in _lemmas_of(entry):
                pos = entry.get("pos", "VERB")
                patterns.setdefault((lemma, pos), []).append(Pattern(
                    event_type, entry.get("subtype", event_type.lower()), pos, conditions,
                    bool(entry.get("suppress")), f"{path.name}:{n + 1}", bool(entry.get("no_transitive_sense"))))
    return patterns, rules


@lru_cache(maxsize=4096)
def patterns_for(lemma: str, pos: str) -> tuple[Pattern, ...]:
    table, _ = lexicon()
    found = table.get((lemma, pos), []) + table.get(("*", pos), [])
    # the most specific first; among equals a suppressing pattern, then file order
    return tuple(sorted(found, key=lambda p: (-len(p.conditions), not p.suppress)))


# The rules of a type whose file sets none: one shared instance (frozen), not a new one per asking
# (the events stage asks for every trigger it weighs).
_NO_RULES = TypeRules()


def type_rules(event_type: str) -> TypeRules:
    return lexicon()[1].get(event_type, _NO_RULES)


def kinds_of_lemma(lemma: str) -> list[tuple[str, str]]:
    """Every (type, subtype) a lemma can trigger, verbs first: for readers of stored events."""
    table, _ = lexicon()
    return [(p.type, p.subtype) for pos in ("VERB", "NOUN", "ADJ") for p in table.get((lemma, pos), []) if not p.suppress]


@lru_cache(maxsize=8192)
def is_attack_noun(lemma: str) -> bool:
    """Does the lexicon know this noun as the name of an attack, told or only referred to ("the
    carnage", "the killings")? Suppressing rows count (a noun an ASSAULT row only suppresses is
    still named as an attack's: "war", "carnage", "bloodshed"; so are the other nouns those rows
    list, "arrest", "death", "attempt", "bid", "plot"); only noun rows count. background.is_attack_word
    asks the other question: can a word, in any part of speech, trigger an attack event."""
    table, _ = lexicon()
    return any(p.type == "ASSAULT" for p in table.get((lemma, "NOUN"), []))


# The lexicon's part of speech for spaCy's (proper nouns trigger as nouns); others trigger nothing.
TRIGGER_POS = {"NOUN": "NOUN", "PROPN": "NOUN", "VERB": "VERB", "ADJ": "ADJ"}


# Memoised: the events pass asks for every word of every sentence (most words repeat across the
# articles of a process), and the answer depends on these three strings alone.
@lru_cache(maxsize=65536)
def _candidates(lemma: str, pos: str, dep: str) -> tuple[tuple[Pattern, ...], tuple[Pattern, ...]]:
    """The patterns to try on a word, from its lemma, spaCy part of speech and dependency label: for
    a word with will/would on it (_will_or_would_at), and for one without. None for a word whose
    role rules it out, and none whose `dep` or `future` condition it already fails. The lexicon is
    so indexed by what its conditions ask as well as by lemma: its '*' verb patterns all ask for
    will/would, and were otherwise tried (a Token built, the conditions read) on every verb."""
    pos = TRIGGER_POS.get(pos)
    if pos is None:
        return (), ()
    if pos == "VERB" and dep in {"amod", "compound"}:
        # "designated targets", "captured soldiers", "fighting age": a description, unless an entry
        # asks for the participle as a modifier ("the arrested persons were identified as ...")
        found = tuple(p for p in patterns_for(lemma.lower(), pos) if any(
            name == "dep" and dep in value for name, value in p.conditions))
    elif pos == "NOUN" and dep == "compound":
        return (), ()  # "attack drones"
    else:
        found = patterns_for(lemma.lower(), pos)
    future = tuple(p for p in found if _may_hold(p, dep, True))
    present = tuple(p for p in found if _may_hold(p, dep, False))
    # (the same tuple when no pattern asks: candidates_at then need not look for will/would)
    return (future, future) if future == present else (future, present)


def _may_hold(pattern: Pattern, dep: str, future: bool) -> bool:
    """Could the pattern hold on a word with this dependency label, with will/would on it or not?
    (Only a conjunct's `dep` is its first conjunct's: noun_role_at.)"""
    for name, value in pattern.conditions:
        if name == "future" and bool(value) != future or name == "dep" and dep != "conj" and dep not in value:
            return False
    return True


def candidates_at(table: "Tokens", i: int) -> tuple[Pattern, ...]:
    """The patterns to try on the word at position i of the token table (_candidates)."""
    future, present = _candidates(table.lemma[i], table.pos[i], table.dep[i])
    if future is present:
        return future
    return future if _will_or_would_at(table, i) else present


def may_match_at(table: "Tokens", i: int) -> bool:
    """Could the word at position i trigger? A test on the token table (nlp.tokens) that spares
    building a spaCy Token for every word of a sentence: most words have no pattern to try."""
    return bool(candidates_at(table, i))


def match(token) -> tuple[str, str] | None:
    """The (type, subtype) a token triggers in its context, or None."""
    return match_at(token.doc, token.i)


def match_at(doc, i: int) -> tuple[str, str] | None:
    """match of the word at position i of the Doc, read on the token table: the events pass asks it
    of every candidate word and of the heads and children of triggers, most of which trigger
    nothing, and builds their Token only for a trigger."""
    table = _tables()(doc)
    candidates = candidates_at(table, i)
    if not candidates:
        return None
    if candidates[0].pos == "VERB" and table.tag[i] != "VBG" and has_child_at(
            table, i, {"det"} if table.tag[i] in {"VBZ", "VBP"} else {"det", "amod"}):
        # "the accused", "the wounded": a participle naming people (not a gerund the tagger left a
        # verb: "died in the police firing"); a verb in the present with an adjective is a headline's
        # whose subject the tagger read as one ("Kyiv slams Hungary veto")
        return None
    if table.ent_type[i] == "DATE" and (any(doc[c].like_num for c in table.children[i]) or table.dep[i] == "pobj" and not any(
            table.dep[c] in {"det", "poss"} for c in table.children[i])):
        # "on march 15", "the may 1 deadline": a day's name, not a march; so is a month the model read
        # as a date after a preposition with no article ("the activist, held since March": not "joined
        # the March for Our Lives")
        return None
    particle = _sense_particle(table, i) if candidates[0].pos == "VERB" else None
    for pattern in candidates:
        if particle is not None and not any(name == "particle" and particle in words for name, words in pattern.conditions):
            continue  # "backed down": only a pattern for the phrasal verb reads it
        if not pattern.holds(doc, table, i):
            continue
        if pattern.suppress or not _licensed_for_type(table, i, pattern):
            return None
        return pattern.type, pattern.subtype
    return None


def _sense_particle(table: "Tokens", i: int) -> str | None:
    """The particle that gives the verb another sense (PHRASAL_SENSES: "backed down", "hit out"), or None."""
    lemma = table.lemma[i].lower()
    for c in table.children[i]:
        if table.dep[c] in {"prt", "advmod"} and f"{lemma} {table.lower[c]}" in word_class("PHRASAL_SENSES"):
            return table.lower[c]
    return None


def ruled_out_as(token) -> str | None:
    """The type whose lexicon rules this word out in its context (a `suppress` pattern holds before
    any trigger pattern: "following the attack on the train" names a known attack), or None."""
    table, i = _tables()(token.doc), token.i
    for pattern in candidates_at(table, i):
        if pattern.holds(token.doc, table, i):
            return pattern.type if pattern.suppress else None
    return None


def _licensed_for_type(table: "Tokens", i: int, pattern: Pattern) -> bool:
    rules = type_rules(pattern.type)
    children, dep, lemma, head = table.children, table.dep, table.lemma, table.head
    if pattern.pos == "VERB" and rules.animal_agents and (any(
            dep[c] == "agent" and any(lemma[g].lower() in rules.animal_agents for g in children[c]) for c in children[i])
            or any(dep[s] != "nsubjpass" and lemma[s].lower() in rules.animal_agents for s in _doers(table, i))):
        # "red deer stags battle for mating rights", "a villager was killed by a leopard", "a bear
        # entered the camp and mauled a guard" (the subject shared with the first verb)
        return False
    if pattern.pos == "VERB" and rules.vague_objects:
        objects = [c for c in children[i] if dep[c] == "dobj"]
        if objects and table.pos[objects[0]] == "PRON" and table.lower[objects[0]] in rules.vague_objects:
            return False  # "destroy them", "hit it": too vague to record
    if pattern.pos == "NOUN":
        # "sexual abuse and rape too are common": a bare conjunct shares the run's role (not "the
        # airstrike and the shelling that killed 12 were the deadliest", which tells its own act)
        bare = not any(dep[c] in {"det", "relcl", "acl", "prep", "nummod", "poss"} for c in children[i])
        role = noun_role_at(table, i) if bare else i
        if dep[role] in {"nsubj", "nsubjpass"} and lemma[head[role]].lower() in rules.judged_subject_heads:
            return False  # "the raids were a flagrant violation", "such attacks showed ...": a judgement
        governor = head[head[i]] if dep[i] == "pobj" else head[i]
        if dep[i] in {"dobj", "pobj", "oprd"} and lemma[governor].lower() in word_class("NON_EVENT_GOVERNORS") \
                and lemma[governor].lower() != lemma[i].lower():
            return False  # "to call the advances a breakthrough"
    if pattern.pos == "VERB" and dep[i] == "csubj" and lemma[head[i]].lower() in rules.judged_subject_heads:
        return False  # "killing innocent men, women and children is inhuman": a judgement of such acts
    return True


# Word classes the event stage uses beyond triggers (modality, refusals, content of requests).
def __getattr__(name: str):
    """T.SPECULATIVE_GOVERNORS and the like: the classes of classes.yaml, by name. Kept as a module
    global once read: the event stage reads them per token, and this hook runs on every miss."""
    if name.isupper() and name in classes():
        value = globals()[name] = classes()[name]
        return value
    raise AttributeError(name)


# -- the same vocabulary for readers of stored text (crosscheck) -------------------------------------
# Conditions a word keeps its sense without: a pattern that needs a given object, particle or
# modifier ("pushed back", "broke through") is too loose as a bare word and is not a cue; such
# words are listed whole in the claim classes of classes.yaml instead.
CUE_CONDITIONS = frozenset({"not_head", "happening", "not_modifier", "governor"})


@lru_cache(maxsize=8)
def cue_lemmas(types: frozenset[str], subtypes_class: str, claim_class: str) -> frozenset[str]:
    """The words that tell of one family of events in plain text: the lexicon's triggers of these
    types with a subtype of `subtypes_class` (classes.yaml) that need no object to keep their
    sense, and the words of `claim_class` (phrases allowed: "take control")."""
    subtypes = word_class(subtypes_class)
    table, _ = lexicon()
    out = {lemma for (lemma, _pos), patterns in table.items() if lemma != "*" for p in patterns
           if p.type in types and p.subtype in subtypes and not p.suppress
           and {name for name, _ in p.conditions} <= CUE_CONDITIONS}
    return frozenset(out | word_class(claim_class))


def hyphenated_trigger_forms() -> frozenset[str]:
    """Every inflected form of the lexicon's hyphenated words, triggers and word classes ("sit-in",
    "sit-ins", "lathi-charged"), which the tokenizer must keep whole (the pipeline gives them to
    nlp.model.keep_words_whole)."""
    table, _ = lexicon()
    verbs = {lemma for lemma, pos in table if pos == "VERB"}
    words = {lemma for lemma, _pos in table} | {w for members in classes().values() for w in members}
    # a verb's inflections too ("lathi-charged"); a noun's plural only: the tagger reads an unknown
    # whole "gang-raped" as an adjective, where "raped" after the split is the verb it knows
    return frozenset(form for word in words if "-" in word and " " not in word and word[0].isalpha()
                     for form in (word_forms(word) if word in verbs else {word, vocab.plural(word)})
                     if "-" in form)


def headline_verb_forms() -> dict[str, tuple[str, str]]:
    """The tensed forms of the lexicon's trigger verbs, each with its lemma and tag ("shells" ->
    ("shell", "VBZ"), "shelled" -> ("shell", "VBD")): the words a headline's verb the model read as a noun may be (the pipeline
    gives them to nlp.headlines)."""
    from frontwire.nlp.headlines import forms

    table, _ = lexicon()
    verbs = {lemma for (lemma, pos), patterns in table.items()
             if pos == "VERB" and lemma != "*" and " " not in lemma and any(not p.suppress for p in patterns)}
    return forms(sorted(verbs), lambda lemma: verb_forms([lemma], ("VBZ",)), lambda lemma: verb_forms([lemma], ("VBD",)))


def headline_verb_particles() -> dict[str, frozenset[str]]:
    """The particles and prepositions the lexicon's rows name for each trigger verb ("crack" -> {"down"}, "pull" ->
    {"out", "back", ...}): a headline's verb read with another particle is a phrasal verb no row gives an event
    ("Saints bomb out of cup"), whose reading nlp.headlines does not take."""
    table, _ = lexicon()
    named: dict[str, set[str]] = {}
    for (lemma, pos), patterns in table.items():
        if pos == "VERB" and lemma != "*" and " " not in lemma:
            for p in patterns:
                if not p.suppress:
                    for name, value in p.conditions:
                        if name in {"particle", "prep"} and isinstance(value, frozenset | set):
                            named.setdefault(lemma, set()).update(value)
    return {lemma: frozenset(words) for lemma, words in named.items()}


def intransitive_trigger_verbs() -> frozenset[str]:
    """The lexicon's trigger verbs it knows as told with no object ("troops massed near the border"):
    a headline's participle of one after a noun is that noun's act (nlp.headlines)."""
    table, _ = lexicon()
    return frozenset(lemma for (lemma, pos), patterns in table.items() if pos == "VERB" and lemma != "*"
                     for p in patterns if not p.suppress and ("has_object", False) in p.conditions)


def patientless_trigger_verbs() -> frozenset[str]:
    """The lexicon's trigger verbs marked `no_transitive_sense` ("the rebels capitulated", "the troops
    disengaged"): one read as a passive with no auxiliary is a past tense (nlp.headlines). Not every
    verb a row takes only with no object: such a row may say the verb's transitive use is another
    thing ("powers conferred on the military", "the army disarmed the militia")."""
    table, _ = lexicon()
    return frozenset(lemma for (lemma, pos), patterns in table.items() if pos == "VERB" and lemma != "*"
                     and any(p.no_transitive_sense and not p.suppress for p in patterns))


@lru_cache(maxsize=4096)
def word_forms(lemma: str) -> frozenset[str]:
    """Every inflected form of a word ("strike": strikes, struck, striking) or of each word of a
    phrase, from lemminflect's tables (its rules for words they lack)."""
    from lemminflect import getAllInflections, getAllInflectionsOOV

    forms = {lemma}
    table = getAllInflections(lemma) or {**getAllInflectionsOOV(lemma, "NOUN"), **getAllInflectionsOOV(lemma, "VERB")}
    for inflected in table.values():
        forms.update(f.lower() for f in inflected)
    return frozenset(forms)


def verb_forms(lemmas, tags) -> frozenset[str]:
    """The forms of these verbs that these Penn tags name ("say" with VBD and VBZ: said, says), from
    lemminflect's tables (its rules for verbs they lack)."""
    from lemminflect import getInflection

    return frozenset(form.lower() for lemma in lemmas for tag in tags for form in getInflection(lemma, tag))


def alternation(words) -> str:
    """Words as a regular expression's alternatives, escaped, longest first: where a boundary follows,
    no shorter word can stand for a longer one."""
    return "|".join(re.escape(word) for word in sorted(words, key=lambda word: (-len(word), word)))


def forms_pattern(lemmas) -> str:
    """A regular-expression alternation of every form of these words and phrases, longest first."""
    alternatives = set()
    for lemma in lemmas:
        words = lemma.split()
        alternatives.add(r"\s+".join(f"(?:{alternation(word_forms(w))})" for w in words))
    return "|".join(sorted(alternatives, key=len, reverse=True))


@lru_cache(maxsize=4096)
def lemmas_of_word(word: str) -> tuple[str, ...]:
    """The dictionary forms a word of stored text may stand for ("shelled": shell; "took": take)."""
    from lemminflect import getAllLemmas, getAllLemmasOOV

    low = word.lower().strip()
    table = getAllLemmas(low) or {**getAllLemmasOOV(low, "NOUN"), **getAllLemmasOOV(low, "VERB")}  # "airstrikes"
    found = [low] + [lemma.lower() for lemmas in table.values() for lemma in lemmas]
    return tuple(dict.fromkeys(found))
