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
from typing import TYPE_CHECKING, Callable, Container

import yaml

from frontwire import vocab

if TYPE_CHECKING:
    from frontwire.nlp.tokens import Tokens

LEXICON = Path(__file__).resolve().parent / "lexicon"
NOT_TRIGGER_FILES = {"classes.yaml", "actors.yaml"}
OBJECT_DEPS = {"dobj", "obj", "nsubjpass", "attr", "oprd"}
# The C parser where PyYAML was built with libyaml: reading the lexicon takes 0.05 s instead of 0.6 s.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(path: Path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)


@lru_cache(maxsize=1)
def classes() -> dict[str, frozenset[str]]:
    raw = read_yaml(LEXICON / "classes.yaml")
    return {name: frozenset(str(w).lower() for w in words) for name, words in raw.items()}


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
    table = _tables()(token.doc)
    children, dep, lemma = table.children, table.dep, table.lemma
    objs = set()
    for child in children[token.i]:
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
    if token.dep_ in {"amod", "acl"} or token.dep_ == "relcl" and any(dep[c] == "auxpass" for c in children[token.i]):
        # "the captured soldiers", "1,141 people to be evacuated", "men who were detained"
        objs.add(lemma[table.head[token.i]].lower())
    if token.tag_ == "VBN" and not any(dep[c] in {"aux", "auxpass"} for c in children[token.i]):
        # a bare passive participle's subject is what it acts on: "with 6,800 people evacuated"
        objs.update(lemma[c].lower() for c in children[token.i] if dep[c] == "nsubj")
    if token.dep_ == "xcomp" and any(dep[c] == "auxpass" for c in children[token.i]):
        # "six rounds had to be fired", "were ordered to be released": the passive infinitive's
        # patient is its governor's subject, or its object ("forced 1,141 people to be evacuated")
        objs.update(lemma[c].lower() for c in children[table.head[token.i]] if dep[c] in {"nsubj", "nsubjpass", "dobj"})
    if token.dep_ != "conj":
        # "intercepted and destroyed 47 drones": the conjuncts share the object.
        for conj in children[token.i]:
            if dep[conj] == "conj" and table.pos[conj] == "VERB":
                objs.update(lemma[c].lower() for c in children[conj] if dep[c] == "dobj")
    return objs


def first_conjunct(token):
    """The first of a run of conjuncts ("abuse" for "rape" in "abuse and rape"): it holds the run's role."""
    while token.dep_ == "conj" and token.head.i != token.i:  # spaCy builds a new Token per access: compare positions
        token = token.head
    return token


def has_child(token, deps: Container[str], words: Container[str] | None = None, column: str = "lower") -> bool:
    """A child whose dependency label is among `deps` and, when `words` is given, whose `column` of
    the token table (lower, ent_type, ...: the string as spaCy gives it) is among them."""
    return has_child_at(_tables()(token.doc), token.i, deps, words, column)


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


def _followed_by_to(prep) -> bool:
    """ "called on the council to \"name the aggressor\"": the infinitive the parser lost."""
    doc, after = prep.doc, prep.right_edge.i + 1
    while after < len(doc) and doc[after].is_quote:
        after += 1
    return after < len(doc) and doc[after].lower_ == "to"


def _prep_then_to(token, words, followed: bool) -> bool:
    """A preposition child among these words that an infinitive follows (or, `followed` false, that
    none follows): "called on the council to ...", or "called on President Assad in Damascus"."""
    infinitive = any(x.dep_ == "xcomp" for x in token.children)
    return any(c.dep_ == "prep" and c.lower_ in _words(words) and (infinitive or _followed_by_to(c)) == followed
               for c in token.children)


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


def _clauses(token):
    return [c for c in token.children if c.dep_ in {"xcomp", "ccomp"}]


def noun_role(token):
    """The word holding a noun's role in its clause: a later conjunct's is the first conjunct
    ("bedlam over the riots and killing of innocent people": "killing" is under "over" too)."""
    if token.pos_ in {"NOUN", "PROPN"}:
        first = first_conjunct(token)
        if first.pos_ in {"NOUN", "PROPN"}:
            return first
    return token


def _governors(token) -> set[str]:
    """The verbs that make a noun happen: its head, the verb over its preposition, a participle
    modifying it ("imposed sanctions"), and `subject` when the noun is a subject (for a conjunct,
    those of the first: noun_role)."""
    role = noun_role(token)
    heads = {role.head.lemma_.lower(), _verb_over(role).lemma_.lower()}
    heads.update(c.lemma_.lower() for c in token.children if c.dep_ == "amod" and c.tag_ == "VBN")
    if role.dep_ in {"nsubj", "nsubjpass"}:
        heads.add("subject")
    return heads


def _verb_over(role):
    """The verb a noun's role (noun_role) hangs on: its head, or the verb over its preposition
    ("went on the offensive": went)."""
    return role.head.head if role.dep_ == "pobj" else role.head


def _patient_among(token, words) -> bool:
    """The one the word acts on, a direct object or a passive subject, is one of these words."""
    return any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in words for c in token.children)


def _modifiers(token) -> set[str]:
    out = {c.lemma_.lower() for c in token.children}
    out.update(c.lemma_.lower() for c in token.subtree if c.dep_ in {"acl", "compound", "amod"})
    return out


def _prep_with(token, spec: dict) -> bool:
    """A preposition child named in spec whose object is one of its words, or, for an entity
    label (LOC, PERSON), holds such an entity ("spoke with Grossi", "fired into the East Sea")."""
    # a passive's "by" is its agent ("were caught by the Kolkata police"); a "to" the parser reads as
    # a dative is a preposition too ("ordered additional warplanes to bases in Italy"); a verb's "to"
    # the parser hangs on its direct object is the verb's ("transferred the suspect to the tribunal")
    candidates = list(token.children)
    if "to" in spec:
        candidates += [p for o in token.children if o.dep_ == "dobj" for p in o.children if p.lower_ == "to"]
    for child in candidates:
        if child.dep_ not in {"prep", "agent", "dative"} or child.lower_ not in spec:
            continue
        wanted = _words(spec[child.lower_])
        if any(g.lemma_.lower() in wanted or g.lower_ in wanted for g in child.children):
            return True
        if any(t.ent_type_ in wanted for t in child.subtree if t is not child):
            return True
    return False


def _party_must(clause, auxiliaries: frozenset[str]) -> bool:
    """ "Libya must hand over the suspects": an act (not "be" or "have") with one of these
    auxiliaries whose subject names a country, a people, an organisation or a person."""
    if clause.lower_ in auxiliaries and any(c.dep_ == "xcomp" for c in clause.children):
        pass  # "Syria ought to pull its troops out": the parser makes the auxiliary the clause's verb
    elif clause.lemma_.lower() in {"be", "have"} or not any(
            a.dep_ in {"aux", "auxpass"} and a.lower_ in auxiliaries for a in clause.children):
        return False
    elif not any(a.dep_ == "aux" and a.lower_ == "must" for a in clause.children) and (
            clause.lemma_.lower() in word_class("OUTCOME_VERBS") or any(a.dep_ == "aux" and a.lower_ == "have" for a in clause.children)):
        return False  # "Iran should receive the fuel next week", "should have known better": expected, or regretted
    return any(c.dep_ == "nsubj" and (c.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"} or any(
        x.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"} for x in c.children if x.dep_ in {"compound", "amod", "poss", "nmod"}))
               for c in clause.children)


def _subjects(token) -> list:
    """The word's subjects (active or passive); for the infinitive or gerund of a verb of beginning,
    going on or trying without one of its own, that verb's ("the KLA began handing over its weapons");
    for a verb conjoined to another without one of its own, the first verb's ("the police acted
    swiftly and caught some of them", "the mob surrounded the house and set it on fire")."""
    found = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not found and token.dep_ == "xcomp" and token.head.lemma_.lower() in word_class("ASPECT_VERBS"):
        found = [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    while not found and token.dep_ == "conj" and token.pos_ in {"VERB", "AUX"} and token.head.pos_ in {"VERB", "AUX"}:
        token = token.head
        found = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return found


def subject_among(token, words) -> bool:
    """A subject (active or passive) of the word is one of these words, or a quantity of them
    ("thousands of protesters gathered", "hundreds of fans poured into the streets")."""
    wanted = _words(words)
    for c in _subjects(token):
        if c.lemma_.lower() in wanted:
            return True
        if c.lemma_.lower() in word_class("QUANTITY_HEADS") and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() in wanted for g in p.children)
                for p in c.children):
            return True
    return False


@lru_cache(maxsize=1)
def _sector_reader() -> Callable:
    """actors.sector_of, imported on first use: the actors module reads this one's word classes."""
    from frontwire.extract.actors import sector_of

    return sector_of


def doer_sectors(token) -> set[str]:
    """The sectors (actors.yaml) of who does the act: an active verb's subjects and a passive's
    "by" agent, each read with its compound and adjective modifiers ("security men", "riot
    police", "unidentified men"); none for a doer no sector word names."""
    doers = [c for c in _subjects(token) if c.dep_ == "nsubj"] + [
        g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    sectors = set()
    for doer in doers:
        words = [m.text for m in doer.lefts if m.dep_ in {"compound", "amod", "nmod"}] + [doer.text]
        if (sector := _sector_reader()(" ".join(words))) is not None:
            sectors.add(sector)
    return sectors


def clause_marked(token, marks: frozenset[str]) -> bool:
    """An adverbial clause on the word opened by one of these ("... unless Iran complies")."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)
               for c in token.children)


def _is_happening(token) -> bool:
    """Not a state: "Russia occupies a fifth of Ukraine", "occupied Crimea" describe, not report."""
    if token.tag_ in {"VBZ", "VBP"}:
        return False
    return not (token.tag_ == "VBN" and not has_child(token, {"aux", "auxpass"}))


# Each condition: (token, value from the data) -> does the pattern hold here?
CONDITIONS: dict[str, Callable] = {
    # an object (or object of a preposition, or a particle) among these words
    "object": lambda t, v: bool(object_lemmas(t) & _words(v)),
    # an object's own head word (not its modifiers) among these ("attacked the BJP allies", not "the party office")
    # (a passive subject, and the noun a past participle describes, count: "a police vehicle targeted by
    # a bomber"; not a present participle's, its doer: "a student holding a degree")
    "object_head": lambda t, v: t.dep_ == "acl" and t.tag_ == "VBN" and t.head.lemma_.lower() in _words(v) \
        or _patient_among(t, _words(v)) or any(c.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in _words(v) for g in c.children) for c in t.children),
    # the one acted on, a direct object or a passive subject, among these (not a preposition's object:
    # "police picked up the journalist from his house" is no house picked up)
    "patient": lambda t, v: _patient_among(t, _words(v)),
    # no object among these words ("struck a blow", "fighting corruption")
    "not_object": lambda t, v: not (object_lemmas(t) & _words(v)),
    # a direct object that names a country, a people or an organisation ("backs Kyiv")
    "object_entity": lambda t, v: has_child(t, {"dobj"}, {"GPE", "ORG", "NORP"}, "ent_type") == bool(v),
    # someone or something acted on: an object, or a passive subject ("was picked up by police")
    "has_patient": lambda t, v: has_child(t, {"dobj", "nsubjpass"}) == bool(v),
    # a subject among these words ("demonstrators gathered")
    "subject": lambda t, v: subject_among(t, v),
    # no subject among these words ("the opposition attacked the centre", not "a mob attacked the centre")
    "not_subject": lambda t, v: not subject_among(t, v),
    # the doer (subject, or a passive's "by" agent) is of one of these sectors (actors.yaml: police,
    # military, rebels, ...): "security men bundled the protesters into a van" is an arrest
    "doer_sector": lambda t, v: bool(doer_sectors(t) & _words(v)),
    # no doer is of these sectors ("gunmen bundled the trader into a car": an abduction)
    "not_doer_sector": lambda t, v: not (doer_sectors(t) & _words(v)),
    # a subject of its own at all (not: "Attacking the VHP, Yadav said ...", a participle's clause)
    "has_subject": lambda t, v: bool(_subjects(t)) == bool(v),
    # a direct object at all ("visited Kyiv")
    "has_object": lambda t, v: has_child(t, {"dobj"}) == bool(v),
    # a particle or adverb child among these words ("ruled out")
    # (a predicative adjective counts: "were set free" parses free as the passive's oprd)
    "particle": lambda t, v: has_child(t, {"prt", "advmod", "oprd"}, _words(v)),
    # a preposition child among these words ("called for", "warned of", "sided with")
    "prep": lambda t, v: has_child(t, {"prep"}, _words(v)),
    # no preposition child among these words ("shot back, saying", not "fired back at the posts, saying")
    "not_prep": lambda t, v: not has_child(t, {"prep"}, _words(v)),
    # a passive participle names who did it ("the agreement signed by Israel and Hamas on Friday")
    "has_agent": lambda t, v: has_child(t, {"agent"}) == bool(v),
    # a preposition among these whose complement is a gerund ("attacking the VHP for failing to ...")
    "prep_gerund": lambda t, v: any(c.dep_ == "prep" and c.lower_ in _words(v) and any(
        g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children) for c in t.children),
    # a preposition with an object among the words given for it ("came under fire")
    "prep_object": _prep_with,
    # a preposition among these words followed by an infinitive ("called on the council to ...")
    "prep_then_to": lambda t, v: _prep_then_to(t, v, True),
    # a preposition among these words with no infinitive after it ("called on President Assad in Damascus": a visit)
    "not_prep_then_to": lambda t, v: _prep_then_to(t, v, False),
    # a clause (xcomp/ccomp) whose verb is among these words, or any clause with `any`
    "clause": lambda t, v: any(v == "any" or c.lemma_.lower() in _words(v) for c in _clauses(t)),
    # the clause is negated, or not ("vowed not to return the Golan Heights" is no promise to return it)
    "clause_negated": lambda t, v: any(has_child(c, {"neg"}) for c in _clauses(t)) == bool(v),
    # that clause's object among these words ("called on men to join the army")
    "clause_object": lambda t, v: any(object_lemmas(c) & _words(v) for c in _clauses(t)),
    # a clause said of a time to come or a possibility ("warned that Russia would respond")
    "clause_modal": lambda t, v: any(any(a.lower_ in word_class("MODAL_AUX") for a in c.children) for c in t.children
                                     if c.dep_ == "ccomp") == bool(v),
    # a reported clause in which a named party must do something ("said that Libya must hand over ...")
    "demand_clause": lambda t, v: any(_party_must(c, _words(v)) for c in t.children if c.dep_ == "ccomp"),
    # a reported clause opened by "that" ("asked that a neutral country host the talks"; not "asked whether")
    "clause_that": lambda t, v: any(c.dep_ == "ccomp" and has_child(c, {"mark"}, {"that"}) for c in t.children) == bool(v),
    # the word is negated ("will not accept")
    "negated": lambda t, v: has_child(t, {"neg"}) == bool(v),
    # "will"/"would" on the word itself ("would face consequences")
    "future": lambda t, v: will_or_would(t) == bool(v),
    # an adverbial clause opened by one of these words ("... unless Iran complies")
    "clause_mark": lambda t, v: clause_marked(t, _words(v)),
    # no such adverbial clause ("will withdraw ... unless": an ultimatum, not a promise)
    "not_clause_mark": lambda t, v: not clause_marked(t, _words(v)),
    # nouns: a verb among these makes them happen ("signed a deal"); `subject` admits a subject
    "governor": lambda t, v: bool(_governors(t) & _words(v)),
    # nouns: the verb making it happen has no subject among these ("the BJP went on the offensive",
    # not "the army went on the offensive")
    "not_governor_subject": lambda t, v: not subject_among(_verb_over(noun_role(t)), v),
    # nouns: a modifier among these words ("aid convoy", "offensive operations")
    "modifier": lambda t, v: bool(_modifiers(t) & _words(v)),
    "not_modifier": lambda t, v: not ({c.lower_ for c in t.children} & _words(v)),
    # the word's head is one of these ("Attacking the VHP, Yadav said ...": the attack is what he said)
    "head": lambda t, v: t.head.lemma_.lower() in _words(v),
    # the word's head is not one of these ("in advance")
    "not_head": lambda t, v: t.head.lower_ not in _words(v),
    # the word before is one of these: a compound the parser split ("killed in police firing" read
    # as "police" and a verb "firing")
    "preceded_by": lambda t, v: t.i > t.sent.start and t.doc[t.i - 1].lower_ in _words(v),
    # the word's own dependency label (a conjunct's: its first's) is one of these ("the drills were a warning": attr)
    "dep": lambda t, v: noun_role(t).dep_ in _words(v),
    # the dependency label of the word's head ("the arrested persons were identified": the participle's
    # noun is a subject)
    "head_dep": lambda t, v: t.head.dep_ in _words(v),
    # the word introduces what someone said ("shot back, saying ...": a retort, not a shot)
    "speech": lambda t, v: _introduces_speech(t) == bool(v),
    # a reported happening, not a state (see _is_happening)
    "happening": lambda t, v: _is_happening(t) == bool(v),
}


@dataclass(frozen=True)
class Pattern:
    type: str
    subtype: str
    pos: str
    conditions: tuple[tuple[str, object], ...]
    suppress: bool
    origin: str

    def holds(self, token) -> bool:
        # A plain loop rather than all(<generator>): it runs for every pattern tried on a word.
        for name, value in self.conditions:
            if not CONDITIONS[name](token, value):
                return False
        return True


@dataclass(frozen=True)
class TypeRules:
    """Rules a file sets for all triggers of its type (see assault.yaml)."""
    judged_subject_heads: frozenset[str] = frozenset()
    vague_objects: frozenset[str] = frozenset()
    animal_agents: frozenset[str] = frozenset()
    private_agents: frozenset[str] = frozenset()  # read by the event stage (actors.done_by_private_party)


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
                                      _words(type_rules.get("private_agents", [])))
        for n, entry in enumerate(data.get("triggers") or []):
            unknown = set(entry) - {"lemma", "pos", "subtype", "suppress", "note", "not_example"} - set(CONDITIONS)
            if unknown:
                raise ValueError(f"{path.name} entry {n + 1}: unknown condition(s) {sorted(unknown)}")
            try:
                conditions = tuple((k, _expanded(v)) for k, v in entry.items() if k in CONDITIONS)
            except ValueError as exc:
                raise ValueError(f"{path.name} entry {n + 1}: {exc}") from None
            for lemma in _lemmas_of(entry):
                pos = entry.get("pos", "VERB")
                patterns.setdefault((lemma, pos), []).append(Pattern(
                    event_type, entry.get("subtype", event_type.lower()), pos, conditions,
                    bool(entry.get("suppress")), f"{path.name}:{n + 1}"))
    return patterns, rules


@lru_cache(maxsize=4096)
def patterns_for(lemma: str, pos: str) -> tuple[Pattern, ...]:
    table, _ = lexicon()
    found = table.get((lemma, pos), []) + table.get(("*", pos), [])
    # the most specific first; among equals a suppressing pattern, then file order
    return tuple(sorted(found, key=lambda p: (-len(p.conditions), not p.suppress)))


def type_rules(event_type: str) -> TypeRules:
    return lexicon()[1].get(event_type, TypeRules())


def kinds_of_lemma(lemma: str) -> list[tuple[str, str]]:
    """Every (type, subtype) a lemma can trigger, verbs first: for readers of stored events."""
    table, _ = lexicon()
    return [(p.type, p.subtype) for pos in ("VERB", "NOUN", "ADJ") for p in table.get((lemma, pos), []) if not p.suppress]


@lru_cache(maxsize=8192)
def is_attack_noun(lemma: str) -> bool:
    """Does the lexicon know this noun as the name of an attack, told or only referred to ("the
    carnage", "the killings")?"""
    table, _ = lexicon()
    return any(p.type == "ASSAULT" for p in table.get((lemma, "NOUN"), []))


# The lexicon's part of speech for spaCy's (proper nouns trigger as nouns); others trigger nothing.
TRIGGER_POS = {"NOUN": "NOUN", "PROPN": "NOUN", "VERB": "VERB", "ADJ": "ADJ"}


# Memoised: the events pass asks for every word of every sentence (most words repeat across the
# articles of a process), and the answer depends on these three strings alone.
@lru_cache(maxsize=65536)
def _candidates(lemma: str, pos: str, dep: str) -> tuple[Pattern, ...]:
    """The patterns to try on a word, from its lemma, spaCy part of speech and dependency label
    alone: none for a word whose role rules it out."""
    pos = TRIGGER_POS.get(pos)
    if pos is None:
        return ()
    if pos == "VERB" and dep in {"amod", "compound"}:
        # "designated targets", "captured soldiers", "fighting age": a description, unless an entry
        # asks for the participle as a modifier ("the arrested persons were identified as ...")
        return tuple(p for p in patterns_for(lemma.lower(), pos) if any(
            name == "dep" and dep in value for name, value in p.conditions))
    if pos == "NOUN" and dep == "compound":
        return ()  # "attack drones"
    return patterns_for(lemma.lower(), pos)


def may_match(lemma: str, pos: str, dep: str) -> bool:
    """Could a word with these attributes trigger? A test on the token table (nlp.tokens) that
    spares building a spaCy Token for every word of a sentence: most words have no pattern."""
    return bool(_candidates(lemma, pos, dep))


def match(token) -> tuple[str, str] | None:
    """The (type, subtype) a token triggers in its context, or None."""
    candidates = _candidates(token.lemma_, token.pos_, token.dep_)
    if not candidates:
        return None
    if candidates[0].pos == "VERB" and token.tag_ != "VBG" and has_child(token, {"det", "amod"}):
        # "the accused", "the wounded": a participle naming people (not a gerund the tagger left a
        # verb: "died in the police firing")
        return None
    if token.ent_type_ == "DATE" and any(c.like_num for c in token.children):
        return None  # "on march 15", "the may 1 deadline": a day's name, not a march
    particle = _sense_particle(token) if candidates[0].pos == "VERB" else None
    for pattern in candidates:
        if particle is not None and not any(name == "particle" and particle in words for name, words in pattern.conditions):
            continue  # "backed down": only a pattern for the phrasal verb reads it
        if not pattern.holds(token):
            continue
        if pattern.suppress or not _licensed_for_type(token, pattern):
            return None
        return pattern.type, pattern.subtype
    return None


def _sense_particle(token) -> str | None:
    """The particle that gives the verb another sense (PHRASAL_SENSES: "backed down", "hit out"), or None."""
    table = _tables()(token.doc)
    lemma = table.lemma[token.i].lower()
    for c in table.children[token.i]:
        if table.dep[c] in {"prt", "advmod"} and f"{lemma} {table.lower[c]}" in word_class("PHRASAL_SENSES"):
            return table.lower[c]
    return None


def ruled_out_as(token) -> str | None:
    """The type whose lexicon rules this word out in its context (a `suppress` pattern holds before
    any trigger pattern: "following the attack on the train" names a known attack), or None."""
    for pattern in _candidates(token.lemma_, token.pos_, token.dep_):
        if pattern.holds(token):
            return pattern.type if pattern.suppress else None
    return None


def _licensed_for_type(token, pattern: Pattern) -> bool:
    rules = type_rules(pattern.type)
    if pattern.pos == "VERB" and rules.animal_agents and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in rules.animal_agents
            or c.dep_ == "agent" and any(g.lemma_.lower() in rules.animal_agents for g in c.children) for c in token.children):
        return False  # "red deer stags battle for mating rights", "a villager was killed by a leopard"
    if pattern.pos == "VERB" and rules.vague_objects:
        objects = [c for c in token.children if c.dep_ == "dobj"]
        if objects and objects[0].pos_ == "PRON" and objects[0].lower_ in rules.vague_objects:
            return False  # "destroy them", "hit it": too vague to record
    if pattern.pos == "NOUN":
        # "sexual abuse and rape too are common": a bare conjunct shares the run's role (not "the
        # airstrike and the shelling that killed 12 were the deadliest", which tells its own act)
        bare = not any(c.dep_ in {"det", "relcl", "acl", "prep", "nummod", "poss"} for c in token.children)
        role = noun_role(token) if bare else token
        if role.dep_ in {"nsubj", "nsubjpass"} and role.head.lemma_.lower() in rules.judged_subject_heads:
            return False  # "the raids were a flagrant violation", "such attacks showed ...": a judgement
        governor = token.head.head if token.dep_ == "pobj" else token.head
        if token.dep_ in {"dobj", "pobj", "oprd"} and governor.lemma_.lower() in word_class("NON_EVENT_GOVERNORS") \
                and governor.lemma_.lower() != token.lemma_.lower():
            return False  # "to call the advances a breakthrough"
    if pattern.pos == "VERB" and token.dep_ == "csubj" and token.head.lemma_.lower() in rules.judged_subject_heads:
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


def forms_pattern(lemmas) -> str:
    """A regular-expression alternation of every form of these words and phrases, longest first."""
    alternatives = set()
    for lemma in lemmas:
        words = lemma.split()
        alternatives.add(r"\s+".join("(?:" + "|".join(sorted(map(re.escape, word_forms(w)), key=len, reverse=True)) + ")"
                                     for w in words))
    return "|".join(sorted(alternatives, key=len, reverse=True))


@lru_cache(maxsize=4096)
def lemmas_of_word(word: str) -> tuple[str, ...]:
    """The dictionary forms a word of stored text may stand for ("shelled": shell; "took": take)."""
    from lemminflect import getAllLemmas, getAllLemmasOOV

    low = word.lower().strip()
    table = getAllLemmas(low) or {**getAllLemmasOOV(low, "NOUN"), **getAllLemmasOOV(low, "VERB")}  # "airstrikes"
    found = [low] + [lemma.lower() for lemmas in table.values() for lemma in lemmas]
    return tuple(dict.fromkeys(found))
