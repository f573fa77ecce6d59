"""Events: who did what to whom, where and when, and who says so (PLOVER types).

Triggers are found on the dependency parse by the lexicon (extract/lexicon/*.yaml, read by
extract/triggers.py); each is licensed by its context (a noun needs a verb that makes it happen,
"held a call"; a verb needs the right kind of object, "sent weapons"), then given actors, a place
from the places stage, a date resolved against publication, casualty and distance figures, a
modality and the quote that reports it. General mechanisms, with their words in
lexicon/classes.yaml, keep out what is no event of the story: acts wanted or not done ("must be
arrested", "failed to arrest": extract/modality.py), disasters and accidents (no ASSAULT), running
totals, mourned victims and known attacks (extract/background.py), past wars and old days (here). One act told twice in a sentence is one event; mentions of one happening
within an article (the summit "on Friday", "his summit with Putin") are merged into one event
whose evidence is its most informative sentence.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Container
from functools import lru_cache

from frontwire import vocab
from frontwire.extract import triggers as T
from frontwire.extract.actors import (OWNING_PRONOUNS, STATE_SECTORS, actor_words, acts_on_people, agents, alpha3, belonging, conjuncts,
                                      done_by_private_party, set_by_private_occasion,
                                      capital_seat, cause_clause_sources, circumstance_sources, country_of, grounds_doers, harmed_people,
                                      is_coded, is_nominal, is_passive, is_separate_act_clause, make_actor, nearest_subject,
                                      nominal_sources, organisation_of, own_clause_of, possessing_speaker, reported_speaker,
                                      sector_of, shared_subject, split_compound_source, states_of_group, subject_is_victim, title_positions)
from frontwire.extract.speakers import GROUP_PRONOUNS, PERSON_PRONOUNS
from frontwire.extract.background import (answered_by, caused_by_nature, cue_describes_other, cumulative_cues, describes_a_party,
                                          describes_victims, is_attack_word, marks_a_milestone, names_a_known_attack,
                                          names_an_attack_told_before, names_only_by_article, share_of)
from frontwire.extract.component import Context, component
from frontwire.extract.dates import (ResolvedDate, counts_back, day_of_another_time, may_name_a_time, names_a_day_or_month,
                                      resolve_date, story_offset_days)
from frontwire.extract.modality import (announces_restriction, denial_of, denied_with_no_refuser, intends_cooperation,
                                        modality_of, threatens_in_statement)
from frontwire.nlp.model import dateline_before
from frontwire.extract.parsing import (DEFINITE, LOCATIVE_PREPS, conjoined_clause, corrected_complement, corrected_noun, negated,
                                      past_after_infinitive, path_up, sentence_of, sentence_text, trigger_of)
from frontwire.extract.police import review_doubted
from frontwire.extract.quantities import Quantities, may_hold_figures, parse_quantities
from frontwire.gazetteer import km
from frontwire.models import Actor, Event, Place
from frontwire.extract.docmemo import kept_in_doc
from frontwire.nlp.text import text_of
from frontwire.nlp.tokens import tokens_of

DIRECTION_PREPS = vocab.words("event_direction")
PLACE_SPECIFICITY = {"city": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4}
# An act dated more than this many days before publication is recalled, not reported. (A week was
# tried: first reports of older acts, "villagers said on Saturday that troops had killed seven men on
# March 1", are news that ACLED codes on their own day.)
BACKGROUND_AFTER_DAYS = 30
# Words that tell a day as a year or more back ("on April 14 last year", "in its year-end report").
_YEAR_BACK = re.compile(r"\b(?:last year|a year ago|years ago|year-end|annual|previous year|the year before)\b", re.I)
# The possessive ending a place's mention may carry when the model read it inside a name.
_POSSESSIVE_END = re.compile(r"['\u2019]s$")
# The days a story's news reaches back: an act of that window described in a relative clause is news.
NEWS_WINDOW_DAYS = 3
# The days back a story's own day may lie: an earlier one is a past act's, not the story's.
STORY_WEEK_DAYS = 7
# What one mention of a happening can fill in another's record.
GAP_FIELDS = ("place", "lat", "lon", "country", "killed", "wounded", "captured", "distance_km")
# Statements: the same act only when the same speaker retells it.
SPEECH_ACT_TYPES = {"THREATEN", "ACCUSE", "REQUEST", "REJECT", "SUPPORT"}
# Aims that the act they are the purpose of performs: "met the governor to demand compensation"
# says the demand, "occupied the Congress building to protest against ..." is the protest (not an
# act within the aim: "deployed police to prevent protests").
PERFORMED_PURPOSES = SPEECH_ACT_TYPES | {"PROTEST"}
ANONYMITY = re.compile(r"condition of anonymity|(?:not|un)authori[sz]ed to (?:speak|discuss|comment)|because they were not authori", re.I)
# A word every ANONYMITY wording holds (letters no other character matches case-insensitively):
# a sentence without one is passed over without running the pattern.
ANONYMITY_STEMS = ("anonym", "author")
# "Dnipropetrovsk region": the word after a place name that the sentence's own name for it includes.
_REGION_SUFFIX = re.compile(r"\s+(region|oblast|Oblast|province|Province|Region|district|District)\b")
# A sentence with none of these parts of speech (a heading, a caption) reports nothing.
_CLAUSE_POS = frozenset({"VERB", "AUX"})


def _cites_anonymity(sentence: str) -> bool:
    lower = sentence.lower()
    return any(map(lower.__contains__, ANONYMITY_STEMS)) and bool(ANONYMITY.search(sentence))
# The content of a request, accusation, refusal, threat, agreement or endorsement is not itself an
# event ("urged Moscow to agree to a ceasefire", "accused Russia of shelling", "agreed to resign",
# "is willing to withdraw its troops", "defended the right of Russian troops to fire"); the
# governing act is (PLOVER codes the agreement once).
CONTENT_GOVERNING_TYPES = {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE", "SUPPORT"}
# An endorsement's object that is a protest or a strike is a happening of its own, another party's,
# not only what is endorsed ("the opposition backed the transport strike": the strike's PROTEST
# and the opposition's SUPPORT; a state backing strikes backs attacks, content as before). Praise
# and backing only: criticism ("the minister condemned the protests") stays an ACCUSE whose content
# is what it condemns, coded once as PLOVER codes an accusation, whether the act happened or is
# only alleged ("condemned the planned strike", "condemned the violence of the protesters").
BACKING_TYPES = {"SUPPORT"}
HELD_WHEN_BACKED_TYPES = {"PROTEST"}
# Acts that ease a measure named as their passive subject, which is then their content ("Sanctions
# against Libya were suspended": the suspension is the event, not the sanctions).
EASING_TYPES = {"CONCEDE"}
# Acts whose grounds a "for ...-ing" gerund gives ("sanctions on Libya for refusing to hand over the
# suspects"): the grounds are a known act, not a new event of the story. (Accusations govern their
# content already; not arrests: "arrested for blocking the highway" tells the protest too, and
# "detained soldiers for shooting protesters" the shooting, with its own day and place.)
GROUNDS_TYPES = {"SANCTION"}
# Acts that ready forces for an act a "for" phrase names ("massed troops for an assault on the
# city", "recruited fighters for its offensive"): the purpose, not an act told.
READYING_TYPES = {"MOBILIZE"}
# An agreement's content is its complement only: "agreed the package after Hungary dropped its
# objections" tells of the concession that made it.
AGREEMENT_TYPES = {"AGREE"}
# Promises and threats are made when told: a day after publication is that of the act promised or
# threatened ("said it would withdraw its troops on Friday"), not theirs.
COMMITMENT_TYPES = {"AGREE", "THREATEN"}
# Modalities of acts not told as done: under an agreement, its content (see _under_an_agreement).
TO_COME_MODALITIES = {"planned", "hypothetical"}
# Acts that recur through a story (strikes, arrests): mentions merge only at one named place.
RECURRING_TYPES = {"ASSAULT", "COERCE"}


def _told_as_repeated(token) -> bool:
    """Is the attack noun (the trigger, or the object of the trigger's preposition: "has come under
    daily attacks") said to recur (classes.yaml REPEATED_ACT_WORDS)?"""
    table = tokens_of(token.doc)
    nouns = [token.i] + [o for p in table.children[token.i] if table.dep[p] == "prep"
                         for o in table.children[p] if table.dep[o] == "pobj"]
    return any(table.pos[n] == "NOUN" and T.has_child_at(table, n, {"amod"}, T.REPEATED_ACT_WORDS) for n in nouns)


def _relative_clause_over(token):
    """The relative clause on a noun that holds the token (itself or an ancestor), or None."""
    for node in [token, *token.ancestors]:
        if node.dep_ == "relcl":
            return node
    return None


def _told_in_an_aside_to(first, later) -> bool:
    """Is the first trigger inside a relative clause on a noun that the later one, outside any,
    is not in: the aside describes a party, the later trigger tells the sentence's act."""
    clause = _relative_clause_over(first)
    return clause is not None and _relative_clause_over(later) is None


def _ancestors(token, limit: int = 6):
    out = []
    for anc in token.ancestors:
        out.append(anc)
        if len(out) >= limit:
            break
    return out


def _tree_distance(a, b) -> int:
    """Edges between two tokens of one sentence in the dependency tree."""
    path_a = path_up(a.doc, a.i)
    depth_b = {t: d for d, t in enumerate(path_up(b.doc, b.i))}
    for depth_a, t in enumerate(path_a):
        if t in depth_b:
            return depth_a + depth_b[t]
    return len(path_a) + len(depth_b)


def _person_spans(table) -> list[tuple[int, int]]:
    """(start, end) of each PERSON entity, as doc.ents gives them (a B token and the I tokens
    after it), read from the token table's entity columns."""
    spans = []
    n = len(table)
    for i in range(n):
        if table.ent_iob[i] == "B" and table.ent_type[i] == "PERSON":
            end = i + 1
            while end < n and table.ent_iob[end] == "I":
                end += 1
            spans.append((i, end))
    return spans


def _title_run_before(table, start: int) -> tuple[str | None, str | None] | None:
    """ "ECOWAS Commission President Omar Alieu Touray" where the parser hung "ECOWAS" elsewhere: the
    capitalised words right before a name, read as one title, that name an organisation, or a state
    with a state's office."""
    i = start
    while i > table.sent_start[start] and table.text[i - 1][:1].isupper() and table.pos[i - 1] in {"PROPN", "NOUN", "ADJ"}:
        i -= 1
    run = " ".join(table.text[i:start])
    if i == start:
        return None
    return _office_named(run)


def _office_named(name: str) -> tuple[str | None, str | None] | None:
    """(country, organisation) of the body a title names: an organisation by its name, or a state
    whose body it is ("China's Foreign Ministry"), not any body with a state in its name ("the China
    Power Project"); None for neither."""
    organisation = organisation_of(name)
    if organisation:
        return None, organisation
    code = country_of(name) if sector_of(name) in STATE_SECTORS else None
    return (code, None) if code else None


def _office_of_one_state(table, title: list[int]) -> tuple[str, None] | None:
    """ "Secretary of State Marco Rubio", "External Affairs Ministry spokesperson Randhir Jaiswal":
    a title naming an office only one state has (actors.yaml seats), read as a phrase where its
    words one by one name no state."""
    code = country_of(" ".join(table.text[i] for i in sorted(title))) if title else None
    return (code, None) if code else None


def _seat_of_official(table, start: int, end: int, title: list[int]) -> tuple[str, None] | None:
    """ "In Tehran, parliament speaker Mohammad Baqer Qalibaf rejected ...": an official whose
    title names no state, speaking in a state's capital the sentence opens with, is that
    state's."""
    if sector_of(" ".join(table.text[i] for i in title)) not in STATE_SECTORS:
        return None
    verb = table.head[next((i for i in range(start, end) if not start <= table.head[i] < end), start)]
    for prep in range(table.sent_start[start], start):
        if table.dep[prep] == "prep" and table.lower[prep] == "in" and table.head[prep] == verb:
            for place in (c for c in table.children[prep] if table.dep[c] == "pobj" and table.ent_type[c] == "GPE"):
                code = country_of(table.text[place]) or capital_seat(table.text[place])
                if code:
                    return code, None
    return None


def _of_the_place(actor: Actor, attack: bool, actors: list[Actor], country: str | None) -> bool:
    """Is an actor that names no country one of the country's where the event happened
    (actors.yaml sectors_of_the_place): its civilians, police, security forces and insurgents, and
    the forces an attack hits there ("attacked the army garrison in Nasir"), not a weapon, and not
    where the attacker is that country's own forces: then the forces hit are the other side's
    ("Russian forces killed soldiers in Kursk region"). Insurgents at home hit their own state's
    forces; an occupation is not told by the words ("Hamas fighters killed three soldiers in
    Rafah" still codes the soldiers Palestinian)."""
    if actor.sector in actor_words("sectors_of_the_place") or actor.name.lower() in actor_words("forces_of_the_place"):
        return True
    # (insurgents at home hit their own state's forces: "militants attacked an army base in Kandahar")
    attacker_at_home = any(a.role == "source" and a.country and a.country == country and a.sector in STATE_SECTORS
                           for a in actors)
    return attack and actor.role == "target" and actor.sector in actor_words("target_sectors_of_the_place") \
        and not _names_a_weapon(actor.name) and not attacker_at_home


# What one says of another, which another party denies: "a charge Kigali dismissed".
CLAIM_NOUNS = frozenset({"charge", "claim", "accusation", "allegation", "assertion"})

# The titles of a region's or a town's office, whose holder is of the state the place is in.
PLACE_OFFICES = frozenset({"governor", "gov.", "gov", "mayor", "governors", "mayors"})

# Types whose light verb's object need not be an event word to name who the act is done on:
# "inflicted heavy losses on the militants", "imposed restrictions on the movement", "lodged a
# complaint against India".
LIGHT_VERB_TYPES = frozenset({"ASSAULT", "SANCTION", "COERCE", "ACCUSE"})
# Types whose "on" names a topic, not a party: "talks on the Iranian nuclear programme", "a deal
# on Ukrainian grain exports" ("talks with", "a deal between" name the parties).
TOPIC_ON_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})

# The name an accusation's target takes until the story says who did the attack it condemns.
ATTACK_TOLD_BEFORE = " (the attack told before)"

# The name the two parties take ("urged both sides to exercise restraint") until the story says
# which two states it pairs (actors_from_story).
TWO_SIDES = " (the two sides)"

# Acts only one sector does, whose source the text may leave out: (type, subtype) -> the actor
# named in its stead (the name says the text did not give it).
IMPLIED_AGENTS = {("COERCE", "arrest"): "police (implied by the arrest)",
                  ("ASSAULT", "repression"): "police (implied by the crowd control)"}


def actors_from_story(events: list[Event]) -> None:
    """An attack the sentence gives no attacking state ("a drone hit a bus stop in Zaporizhzhia,
    wounding five people") is by the one foreign state the story names attacking that country
    ("Russia struck Kharkiv"); where the story names two, or an armed group of the country's own,
    or none, it is left alone. The source added says so in its name ("Russia (implied by the
    story)"). Run on merged events: merging reads the sources the text gives. First, the people and
    forces of an event's place that name no country take its country where the place came from
    the sentence before."""
    for event in events:  # a place taken from the sentence before (inherit_places) codes its people too
        for actor in event.actors:
            if actor.country is None and event.country and _of_the_place(actor, event.type == "ASSAULT", event.actors, alpha3(event.country)):
                actor.country = alpha3(event.country)
    _states_of_the_story(events)
    attackers: dict[str, dict[str, Actor]] = {}  # country attacked -> the states attacking it there
    armed_groups: set[str] = set()  # countries where the story names an armed group attacking
    for event in events:
        home = alpha3(event.country) if event.type == "ASSAULT" else None
        for actor in event.actors:
            if home and actor.role == "source" and actor.sector == "rebels":
                armed_groups.add(home)
            # a state's own forces only: not mercenaries, proxies or groups a state backs
            if home and actor.role == "source" and actor.country and actor.sector in STATE_SECTORS | {None} \
                    and not {w.lower() for w in actor.name.split()} & actor_words("not_the_state"):
                attackers.setdefault(home, {}).setdefault(actor.country, actor)
    for event in events:
        home = alpha3(event.country) if event.type == "ASSAULT" else None
        named = attackers.get(home, {})
        # one foreign state, and no armed group of the country's own ("JNIM fighters" in Mali)
        # only where the text names no one who attacked, or a weapon alone ("a drone hit a bus stop")
        named_source = any(a.role == "source" and (a.country or not _names_a_weapon(a.name)) for a in event.actors)
        # (an armed group of the country's own could have done it, unless it came from the air)
        grounded = home in armed_groups and not _from_the_air(event)
        if len(named) != 1 or home in named or grounded or named_source:
            continue
        (country, model), = named.items()
        if any(a.role == "target" and a.country == country for a in event.actors):
            continue  # its own forces are hit: another attacker's act
        if any(other is not event and other.start == event.start and any(
                a.role == "source" and a.country == country for a in other.actors) for other in events):
            continue  # the sentence names that state as the doer of another act: "after rockets hit Sderot, the Israeli army shelled ..."
        event.actors.insert(0, Actor(name=f"{model.name} (implied by the story)", country=country, role="source",
                                     sector=model.sector))
    _doers_of_condemned_attacks(events)
    _two_sides_of_the_story(events)


# Acts one state does against another: the pairs they name are the parties of the story's conflict.
HOSTILE_TYPES = frozenset({"ASSAULT", "ACCUSE", "THREATEN", "COERCE", "SANCTION"})


def _two_sides_of_the_story(events: list[Event]) -> None:
    """ "China urged both sides to exercise restraint", "the two sides said": the two states the
    story's hostile acts pair (one state's against the other's: "Indian troops fired at Pakistani
    posts"), one actor each. Where those acts name a third state, or pair none, "both sides" is
    dropped: it names no one by itself."""
    pairs, states = set(), set()
    for event in events:
        if event.type in HOSTILE_TYPES:
            named = [a for a in event.actors if a.country and "(implied" not in a.name and not a.name.endswith(TWO_SIDES)]
            states |= {a.country for a in named}
            pairs |= {frozenset({s.country, t.country}) for s in named if s.role == "source"
                      for t in named if t.role == "target" and t.country != s.country}
    # (a third state in those acts, a victim's or a doer's, makes "both sides" any two of them)
    pair = sorted(states) if len(pairs) == 1 and states in pairs else []
    for event in events:
        for actor in [a for a in event.actors if a.name.endswith(TWO_SIDES)]:
            at = event.actors.index(actor)
            parties = [Actor(name=f"{actor.name.removesuffix(TWO_SIDES)} ({country})", country=country, role=actor.role,
                             sector="government") for country in pair if not any(
                                 a.country == country and a.role == actor.role for a in event.actors)]
            event.actors[at : at + 1] = parties


def _names_two_sides(table, i: int) -> bool:
    """ "both sides", "the two sides", "both countries", "the two armies": the two parties of a
    conflict or of talks, named as such."""
    # (not "both parties in the ruling coalition": a noun with words of its own is no pair named as such)
    return table.lemma[i].lower() in {"side", "country", "neighbour", "neighbor", "army", "government"} \
        and table.tag[i] in {"NNS", "NNPS"} \
        and not any(table.dep[c] in {"prep", "amod", "compound", "relcl", "acl"} for c in table.children[i]) \
        and any(table.lower[c] == "both" or table.lower[c] == "two" and table.dep[c] == "nummod" for c in table.children[i])


def _from_the_air(event: Event) -> bool:
    """Is the attack told as one from the air ("an airstrike on a school", "a drone hit a car", "an
    air strike"): its trigger or the two words before it?"""
    words = re.findall(r"[\w'-]+", event.evidence.lower())
    trigger = (event.trigger or "").lower()
    at = words.index(trigger) if trigger in words else None
    near = words[max(at - 2, 0) : at + 1] if at is not None else [trigger]
    return bool(set(near) & T.AIR_ATTACK_WORDS)


def _doers_of_condemned_attacks(events: list[Event]) -> None:
    """An attack condemned ("Kallas condemned the attack") is on the one doer the story named for
    the attacks it told before; where it named none, or two (two states: "Russian drones struck
    Kharkiv ... Ukrainian drones hit an oil depot"; or one state's troops and its militants), the
    accusation has no target of that kind. Interceptions are no attacks here."""
    doers: dict[tuple[str, bool], Actor] = {}  # by state and side: a state's forces and its armed groups are two
    for event in sorted(events, key=lambda e: e.start):
        if event.type == "ASSAULT":
            if any(a.role == "target" and _names_a_weapon(a.name) for a in event.actors):
                continue  # an interception ("shot down 30 of the 40 missiles") is no attack to condemn
            # (named doers before implied ones)
            named = sorted((a for a in event.actors if a.role == "source" and a.country), key=lambda a: "(implied" in a.name)
            if named:
                doers.setdefault((named[0].country, named[0].sector in {"rebels", "rioters"}), named[0])
            continue
        for actor in list(event.actors):
            if actor.name.endswith(ATTACK_TOLD_BEFORE):
                if len(doers) != 1:
                    event.actors.remove(actor)
                    continue
                doer, = doers.values()
                name = doer.name if "(implied" in doer.name else f"{doer.name} (implied by the story)"
                event.actors[event.actors.index(actor)] = Actor(name=name, country=doer.country, role="target",
                                                                sector=doer.sector)


def _states_of_the_story(events: list[Event]) -> None:
    """Police the sentence names by its sector alone ("police detained four of them") are the one
    state's whose police the story names ("Police in Georgia"); soldiers, the one state's whose
    forces the story names by the same word ("Israeli troops killed three Palestinians ... In
    Jenin, troops arrested 11"). Not another word ("Rwandan troops ... the army had repositioned
    its units" is the home army), not a weapon, not "our military" in a quotation."""
    def head(actor: Actor) -> str:
        return actor.name.lower().split()[-1]

    coded = [a for e in events for a in e.actors
             if a.country and a.sector in {"police", "military"} and "implied" not in a.name and not _names_a_weapon(a.name)]
    for event in events:
        for actor in event.actors:
            if actor.country is not None or actor.sector not in {"police", "military"} or _names_a_weapon(actor.name) \
                    or actor.name.lower().split()[0] in {"our", "my", "we"}:
                continue
            states = {a.country for a in coded if a.sector == actor.sector
                      and (actor.sector == "police" or head(a) == head(actor))}
            if len(states) == 1:
                actor.country = states.pop()


def _names_a_weapon(name: str) -> bool:
    """ "drone", "ballistic missile", "drones": an actor phrase whose head is a weapon."""
    words = name.lower().split()
    return bool(words) and words[-1].removesuffix("s") in actor_words("weapons")


def _bare_body(table, i: int) -> bool:
    """ "the ministry", "The army", "The spokesman, Esmaeil Baghaei,": a state's body named by its
    word alone (actors.yaml bodies_named_bare) and a definite article, which stands for one the
    story named before."""
    return table.lower[i] in actor_words("bodies_named_bare") and table.pos[i] in {"NOUN", "PROPN"} \
        and any(table.dep[c] == "det" and table.lower[c] in {"the", "this"} for c in table.children[i]) \
        and all(table.dep[c] in {"det", "punct", "appos", "relcl", "acl", "cc", "conj", "advmod"} for c in table.children[i])


# Object pronouns by the number of what they stand for.
PLURAL_OBJECT_PRONOUNS = frozenset({"them"})
SINGULAR_OBJECT_PRONOUNS = frozenset({"him", "her", "it"})


def _object_of_the_main_clause(table, pronoun: int) -> int | None:
    """What an object pronoun of a participle clause with no subject of its own stands for: the
    object of the clause it hangs on, when they agree in number ("Tripoli expelled two British
    diplomats, accusing them of spying": the diplomats; "arrested the editor, charging him with
    sedition"). Not a pronoun of a clause with its own subject ("... after they accused them"),
    nor one that disagrees ("expelled two diplomats, calling it a warning"), nor ground or the
    subject's own (below)."""
    clause = table.head[pronoun]
    if table.dep[clause] not in {"advcl", "xcomp", "conj"} or table.tag[clause] not in {"VBG", "VBN"} \
            or T.has_child_at(table, clause, {"nsubj", "nsubjpass"}):
        return None
    main = table.head[clause]
    objects = [c for c in table.children[main] if table.dep[c] == "dobj" and c < clause]
    if len(objects) != 1 or table.pos[objects[0]] not in {"NOUN", "PROPN"}:
        return None
    if table.lemma[objects[0]] in T.NOT_ACTORS or table.ent_type[objects[0]] in {"LOC", "FAC"} or any(
            table.dep[c] == "poss" and table.pos[c] == "PRON" for c in table.children[objects[0]]):
        # ground, not a party ("shelled the rebel positions, forcing them to retreat"); the subject's
        # own ("withdrew its troops, accusing them ..." accuses others): left unresolved
        return None
    plural = table.tag[objects[0]] in {"NNS", "NNPS"} or any(table.dep[c] == "conj" for c in table.children[objects[0]])
    wanted = table.lower[pronoun] in PLURAL_OBJECT_PRONOUNS
    if table.lower[pronoun] not in PLURAL_OBJECT_PRONOUNS | SINGULAR_OBJECT_PRONOUNS or plural != wanted \
            or table.lower[pronoun] == "it" and table.ent_type[objects[0]] == "PERSON":
        return None
    return objects[0]


def _force_of_the_sentence_before(table, pronoun: int) -> int | None:
    """ "the police reached the spot ... . they opened fire and lobbed tear-gas shells": "they"
    opening a sentence stands for the force (an acting noun: police, troops, army) that was the
    subject of the sentence before, where no other plural noun comes before it in its own."""
    start = table.sent_start[pronoun]
    if start == 0 or any(table.tag[i] in {"NNS", "NNPS"} for i in range(start, pronoun)):
        return None
    before = range(table.sent_start[start - 1], start)
    subjects = [i for i in before
                if table.dep[i] == "nsubj" and table.lower[i] in actor_words("acting_nouns")
                and table.dep[table.head[i]] == "ROOT"]  # of the main clause, not "that the government set up"
    if len(subjects) != 1:
        return None
    # another group of people in that sentence could be "they" as well: "Police surrounded the
    # protesters outside the parliament. They threw stones at officers"
    others = [i for i in before if i != subjects[0] and table.tag[i] in {"NNS", "NNPS"}
              and (table.lemma[i].lower() in actor_words("people_nouns") or table.lemma[i].lower() in actor_words("harmed_people"))]
    return None if others else subjects[0]


@lru_cache(maxsize=8192)  # (asked of every actor's name)
def _person_keys(name: str) -> tuple[str, ...]:
    """The keys a person is found by later: the name and the surname; a name whose last part is
    hyphenated is written family name first ("Lai Ching-te", "Kim Yo-jong": "Mr. Lai")."""
    name = re.sub(r" ?- ?", "-", name)  # (a phrase read from tokens spaces its hyphens: "al - Sudani")
    words = name.split()
    return (name, words[-1]) + ((words[0],) if len(words) > 1 and "-" in words[-1] else ())


def _entity_text(table, i: int) -> str:
    """The words of the entity token i is part of."""
    start, end = i, i + 1
    while start > 0 and table.ent_iob[start] == "I":
        start -= 1
    while end < len(table) and table.ent_iob[end] == "I":
        end += 1
    return " ".join(table.text[start:end])


_YEAR_NUMBER = r"19[4-9]\d|20\d\d"
YEAR = re.compile(rf"(?<![\d,.])({_YEAR_NUMBER})(?![\d,])")
# An older year ("The Battle of Adwa in 1896"): counted only where the model reads it as a date, as
# such digits are as often a count ("1900 policemen were deployed").
OLD_YEAR = re.compile(r"1[6-8]\d\d|19[0-3]\d")
# The digits of a YEAR or an OLD_YEAR: a sentence without them names no year in any of its phrases
# (a phrase's words are the sentence's, and a year's digits are one word's).
YEAR_DIGITS = re.compile(rf"{_YEAR_NUMBER}|{OLD_YEAR.pattern}")


def _phrase(token) -> str:
    """A short actor phrase: modifiers, the head, a following name ("Russian Foreign Minister Sergei Lavrov")."""
    table = tokens_of(token.doc)
    text, n = table.text, len(table)
    left = [c for c in table.children[token.i] if c < token.i and table.dep[c] in {"compound", "amod", "poss", "nmod"}]
    start = min([token.doc[c].left_edge.i for c in left], default=token.i)
    # an upper-case word before a dash or comma is a dateline or a label ("KYIV —"), not a name
    words = [text[i] for i in range(start, token.i + 1) if table.dep[i] not in {"det", "case", "punct"}
             and not (text[i].isupper() and len(text[i]) > 2 and i + 1 < n and text[i + 1] in {"-", "—", "–", ","})]
    return " ".join(words).replace(" 's", "").strip()


def acts_of_a_protest(token) -> bool:
    """ "Palestinian prisoners rioted Monday at this jail, setting fire to their mattresses and
    smashing furniture": a participle (or a run of them) with no subject of its own, hung on a
    protest, tells how the protesters protested; it is that protest, not an attack of its own."""
    if token.lemma_.lower() in T.CASUALTY_WORDS:
        return False  # "demonstrated, setting fire to a police station and killing two officers": a killing is its own act
    participle = T.first_conjunct(token)
    if participle.dep_ != "advcl" or participle.tag_ != "VBG" or T.has_child(participle, {"nsubj", "nsubjpass"}):
        return False
    kind = trigger_of(participle.head)
    return kind is not None and kind[0] == "PROTEST"


def ruled_out_by_predicate(token) -> bool:
    """ "removing the sanctions on Burma is currently out of the question", "withdrawing troops is
    not an option": an act named as the subject of a predicate that rules it out (classes.yaml
    RULING_OUT_PREDICATES) is refused."""
    subject = T.first_conjunct(token)
    if subject.dep_ not in {"csubj", "nsubj"} or subject.head.lemma_.lower() != "be":
        return False
    table = tokens_of(token.doc)
    copula = subject.head.i
    positions = sorted(t for c in table.children[copula] if table.dep[c] in {"neg", "advmod", "prep", "attr", "acomp"}
                       for t in table.subtree(c))
    predicate = " " + " ".join(table.lower[t] for t in positions) + " "
    return any(f" {phrase} " in predicate for phrase in T.RULING_OUT_PREDICATES)


def _done_to_its_noun(participle, trigger) -> bool:
    """ "an investigation into alleged crimes committed by Croat forces during the 1991-1995
    conflict": a participle telling how its noun came about (committed, perpetrated, inflicted)
    is a happening of its own, and its time is that happening's. Not one on the trigger itself
    ("the inquiry launched on Monday")."""
    return participle.tag_ == "VBN" and participle.lemma_.lower() in T.PERPETRATION_VERBS and participle.head.i != trigger.i


def _holds_year_digits(text: str) -> bool:
    """Does the text hold a year's digits (YEAR_DIGITS)?"""
    return YEAR_DIGITS.search(text) is not None


class EventExtractor:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.doc = ctx.doc
        self.text = ctx.text
        self.published: dt.date | None = ctx.article.published
        self.places: list[Place] = ctx.record.places
        self.quotes = ctx.record.quotes
        self.index = ctx.scratch["entities"]
        # Events by id(): the dicts hold the events themselves, because an event made and then
        # dropped (a second trigger of one act) would free its id for the next event, which would
        # then look marked; with a set of bare ids that made dates differ from run to run.
        self.speech_dated: dict[int, Event] = {}  # events dated by the day of a statement
        self.retold: dict[int, Event] = {}  # attacks named by a bare definite noun ("in the strikes")
        self.own_attack: dict[int, Event] = {}  # tolls whose sentence names their own attack
        self.anaphoric: dict[int, Event] = {}  # attacks named only as "the attack", "the stabbings"
        # acts a party's denial (REJECT) tells, and acts to come an agreement frames: kept aside, as told
        self.set_aside: dict[int, Event] = {}
        self.person_country = self._countries_of_persons()
        self.cumulative: dict[int, list[int]] = {}  # sentence start -> first tokens of its cumulative cues
        self.quantities: dict[str, Quantities] = {}  # sentence text -> parse_quantities(it)
        self.dates: dict[str, ResolvedDate | None] = {}  # text -> resolve_date(it, published)
        self.sentences: dict[int, object] = {}  # first token of a sentence -> its Span
        self.states_in: dict[int, set[str]] = {}  # first token of a sentence -> _states_named(it)
        # (a test of a sentence's text, first token of the sentence) -> its answer: _sentence_holds
        self.sentence_tests: dict[tuple[Callable[[str], bool], int], bool] = {}
        self.kinds: dict[int, tuple[str, str] | None] = {}  # token position -> trigger_of(it)
        self.mentions_in: dict[int, list] | None = None  # first token of a sentence -> place mentions from there on
        self.place_roots: dict[tuple[int, int], object] = {}  # mention characters -> head Token or None

    def _countries_of_persons(self) -> dict[str, tuple[str | None, str | None]]:
        """The country or organisation the text gives each person when it introduces them
        ("Russian Foreign Minister Sergei Lavrov", "Ukraine's Zelensky", "EU foreign policy chief
        Kaja Kallas", "Mohammed Abdulsalam, the Houthis' chief negotiator"), by canonical name and
        surname, so that a later "Lavrov" is coded too."""
        found: dict[str, tuple[str | None, str | None]] = {}
        table = tokens_of(self.doc)
        for start, end in _person_spans(table):
            title = title_positions(table, start, end)
            coded = next(filter(None, map(lambda i: self._introduces(table, i), title)), None) \
                or _office_of_one_state(table, title) or _seat_of_official(table, start, end, title) \
                or self._office_of_a_place(table, title) or _title_run_before(table, start)
            if coded is None:
                continue
            text = self.text[table.idx[start] : table.idx[end - 1] + len(table.text[end - 1])]
            name = self.index.canonical(text) if self.index is not None else text
            for key in _person_keys(name):
                found.setdefault(key, coded)
        return found

    def _office_of_a_place(self, table, title: list[int]) -> tuple[str, None] | None:
        """ "Kharkiv regional Gov. Oleh Syniehubov", "Saratov Oblast Governor Roman Busargin", "the
        governor of the Tillabéri region, Colonel Seïni Garba Hamadou": a governor or mayor is of
        the state the place of the office is in (a region or town the places stage read in the
        title, not a country: a country names the state itself)."""
        words = {table.lower[i] for i in title}
        if not words & PLACE_OFFICES:
            return None
        chars = {table.idx[i] for i in title}
        states = {alpha3(place.country) for start, end, place in self.ctx.scratch["places"]
                  if any(start <= c < end for c in chars) and place.kind != "country" and not place.metonymy and place.country}
        return (states.pop(), None) if len(states) == 1 else None

    def _introduces(self, table, i: int) -> tuple[str | None, str | None] | None:
        """(country, organisation) a word of a person's title names: a nationality or state, or an
        organisation named by its whole entity ("ECOWAS Commission President")."""
        if table.ent_type[i] == "ORG":
            return _office_named(_entity_text(table, i))
        # a group the parser took for a person is a name all the same ("the Houthis' chief negotiator")
        if table.ent_type[i] in {"NORP", "GPE"} or table.pos[i] == "PROPN":
            code = country_of(table.text[i])
            return (code, None) if code else None
        return None

    # -- arguments -----------------------------------------------------------------------------
    def _referent(self, token):
        """The token a relative or reported-speech pronoun stands for ("the ministry said it had
        downed 57 drones": the ministry), or None."""
        if token.lower_ in {"who", "which", "that"} and token.head.dep_ == "relcl":
            return token.head.head
        table = tokens_of(self.doc)
        speaker = reported_speaker(table, token.i) if token.dep_ == "nsubj" else None
        if speaker is None and token.dep_ == "nsubj" and token.lower_ == "they":
            speaker = _force_of_the_sentence_before(table, token.i)
        if speaker is None and token.dep_ == "dobj":
            speaker = _object_of_the_main_clause(table, token.i)
        return self.doc[speaker] if speaker is not None else None

    def _quoted_speaker(self, pronoun) -> str | None:
        """Whom the quotes stage found a pronoun to stand for, where its verb cues what it is
        quoted saying ("He warned that parliament could take up a bill": the one it named as the
        speaker of that warning)."""
        sent = sentence_of(pronoun)
        start, end = sent.start_char, sent.end_char
        verb = pronoun.head.text
        for quote in self.quotes:
            if quote.who and quote.cue and quote.start < end and quote.end > start and quote.cue.split()[0] == verb:
                return self._with_possessor(quote.who)
        return None

    def _with_possessor(self, name: str) -> str:
        """A body's name with the state the text first gave it as its owner ("Ministry of National
        Defense" -> "Taiwan's Ministry of National Defense"): speaker names drop the possessor."""
        at = self.text.find(name)
        table = tokens_of(self.doc)
        i = bisect.bisect_left(table.idx, at) if at > 0 else 0
        if 2 <= i < len(table) and table.idx[i] == at and table.lower[i - 1] in {"'s", "’s"} and country_of(table.text[i - 2]):
            return f"{table.text[i - 2]}'s {name}"
        return name

    def _actor_name(self, token) -> str | None:
        if token.pos_ == "PRON":
            lower = token.lower_
            quote = self._quote_at(token.idx)
            if quote is not None and lower in {"we", "i", "us", "our"} and quote.who:
                return quote.who
            referent = self._referent(token)
            if referent is None and token.dep_ == "nsubj" and lower in PERSON_PRONOUNS | GROUP_PRONOUNS:
                return self._quoted_speaker(token)
            return self._actor_name(referent) if referent is not None else None
        phrase = _phrase(token)
        if self.index is not None and token.ent_type_ in {"PERSON", "ORG"}:
            canonical = self.index.canonical(phrase)
            if token.ent_type_ == "PERSON":
                table = tokens_of(self.doc)
                # (not a nationality the phrase already holds: "Iraqi Prime Minister Mohammed Shia al-Sudani")
                titles = [table.text[i] for i in range(token.left_edge.i, token.i)
                          if table.ent_type[i] in {"NORP", "GPE"} and table.text[i] not in canonical.split()]
                return " ".join([*titles, canonical]) if titles else canonical
            # a name with an "of" or "on" phrase the phrase stops before ("The Intergovernmental
            # Authority on Development", "the Economic Community of West African States")
            whole = _entity_text(tokens_of(self.doc), token.i)
            return whole if not organisation_of(canonical) and organisation_of(whole) else canonical
        owner = possessing_speaker(tokens_of(self.doc), token.i) \
            if phrase and not (country_of(phrase) or organisation_of(phrase)) else None
        if owner is not None:  # "Russia's defence ministry claimed its troops had advanced"
            speaker = self._actor_name(self.doc[owner])
            own = " ".join(w for w in phrase.split() if w.lower() not in OWNING_PRONOUNS)
            return f"{speaker} {own}" if speaker else phrase
        if phrase and token.lemma_.lower() in actor_words("collective_heads") and not is_coded(phrase):
            # "the special task force of the UP police", "a contingent of the army": a body is
            # coded by what it is part of
            table = tokens_of(self.doc)
            for prep in table.children[token.i]:
                if table.dep[prep] == "prep" and table.lower[prep] == "of":
                    for whole in (c for c in table.children[prep] if table.dep[c] == "pobj"):
                        part = _phrase(self.doc[whole])
                        # "a group of people" is no body acting for anyone
                        if is_coded(part) and sector_of(part) != "civilians":
                            return f"{phrase} of {part}"
        return phrase or None

    def _actors(self, token, place_country: str | None = None, place: str | None = None) -> list[Actor]:
        """Who acts and who is acted on; `place` is the name of the place the event happened at
        and `place_country` (alpha-3) its country, of which the civilians it names are
        (_people_of_the_place)."""
        # Read on the token table (positions, frontwire.extract.actors); a Token is built only for
        # each actor found.
        table = tokens_of(self.doc)
        children, dep, lower = table.children, table.dep, table.lower

        def objects_of(prep: int) -> list[int]:
            return [g for g in children[prep] if dep[g] == "pobj"]

        def is_attack(clause: int) -> bool:
            kind = self._trigger(clause)
            return kind is not None and kind[0] == "ASSAULT"

        # (the acting noun alone names the doer: "police", not "subsequent police")
        split_doers = split_compound_source(
            table, token.i, lambda i: self._trigger(i) is not None or T.is_attack_noun(table.lemma[i].lower()))
        sources, targets = list(split_doers), []
        first = token.i  # a noun trigger's first conjunct, which stands in its place
        verb = token.i if token.pos_ == "VERB" else None
        own_verb = verb is not None  # the trigger is the verb (not the one that governs a noun trigger)
        if is_nominal(table, token.i):
            sources += nominal_sources(table, token.i)
            topic_on = self._type_at(token.i) in TOPIC_ON_TYPES  # "talks on the Iranian nuclear programme"
            for child in children[token.i]:
                if dep[child] == "prep" and lower[child] in {"on", "against", "with", "between"} \
                        and not (topic_on and lower[child] == "on"):
                    targets += objects_of(child)
                elif dep[child] == "prep" and lower[child] == "of" and is_attack(token.i):
                    # "the shelling of the port city": the place an attack is of is the one attacked
                    targets += [o for o in objects_of(child) if table.lemma[o].lower() in T.PLACE_KIND_NOUNS
                                or self._country_of_place_at(self.doc[o]) is not None]
            # a noun conjunct has its first conjunct's place: "launched a missile and drone attack"
            while dep[first] == "conj" and table.pos[table.head[first]] in {"NOUN", "PROPN"} \
                    and any(dep[c] == "cc" and table.head[first] < c < first for c in children[table.head[first]]):
                first = table.head[first]  # ("and" between them: not a list the parser ran on past a comma)
            # ("arrested the gang for the killing of a jeweller": the killing is the gang's, not the arresters')
            if not sources and not own_verb and (grounded := self._grounds_doers(table, first)) is not None:
                sources, verb = grounded, None
            if not sources and not own_verb and dep[first] in {"dobj", "pobj", "nsubj"}:
                head = table.head[first]
                verb = table.head[head] if dep[first] == "pobj" else head
                if dep[first] == "dobj" and (table.lemma[verb].lower() in T.PERCEPTION_VERBS or (
                        table.lemma[verb].lower() in T.WITNESS_VERBS
                        and any(sector_of(table.text[s]) in {"civilians", "media"} for s in nearest_subject(table, verb)))):
                    # "people fled the fighting": who flees it did not fight ("fled after the attack" may
                    # have); "residents reported heavy shelling" (but "the army reported the killing of 20")
                    verb = None
                elif dep[first] == "dobj" and self._type_at(verb) in BACKING_TYPES \
                        and self._type_at(token.i) in HELD_WHEN_BACKED_TYPES:
                    verb = None  # "the Congress supported the strike by teachers": who backs it does not strike
        if own_verb and not sources and (grounded := self._grounds_doers(table, token.i)) is not None:
            sources = grounded  # "arrested two men for attacking a bus": the men's, not the police's
        if verb is not None:
            by = agents(table, verb)
            victim = own_verb and subject_is_victim(table, verb)  # "two police officers died"
            if victim:
                targets += nearest_subject(table, verb)
            elif not sources:
                sources += [s for s in nearest_subject(table, verb) if s not in {token.i, first}]
            for child in children[verb]:
                if dep[child] in {"dobj", "nsubjpass"} and own_verb and child not in by:
                    # the one a light verb's act is done to: "imposed sanctions on three Iraqi nationals",
                    # "inflicted heavy losses on the militants" (not "attacked convoys on the corridors"; not
                    # "condemned the attack on Kharkiv", whose victim is not the one condemned; not the topic
                    # of a deal, "signed a deal on Ukrainian grain exports")
                    kind, object_kind = self._trigger(token.i), self._trigger(child)
                    acts = object_kind is not None
                    # a harm vowed through a light verb is done to the harm's target, not to the harm:
                    # "vowed to launch a general offensive against the rebels", "swore to mount raids on army posts"
                    threat = kind is not None and kind[0] == "THREATEN" and T.is_attack_noun(table.lemma[child].lower())
                    if not threat:
                        targets.append(child)
                    harm = threat or kind is not None and kind[0] == "ASSAULT"
                    light = kind is not None and (threat or (object_kind[0] == kind[0] if acts else kind[0] in LIGHT_VERB_TYPES)) \
                        and kind[0] not in TOPIC_ON_TYPES and (harm or not T.is_attack_noun(table.lemma[child].lower()))
                    if light:
                        # (an attack a complaint is against is no party: "lodged a protest against the Indian shelling")
                        targets += [o for prep in children[child] if dep[prep] == "prep" and lower[prep] in {"on", "against"}
                                    for o in objects_of(prep)
                                    if (acts or threat or table.ent_type[o] in {"GPE", "NORP", "ORG", "PERSON"}
                                        or sector_of(" ".join(table.text[min(table.subtree(o)) : o + 1])))
                                    and (harm or not T.is_attack_noun(table.lemma[o].lower()))]
                elif dep[child] == "prep" and own_verb and (lower[child] in {"on", "against", "with"}
                                                            or lower[child] == "at" and is_attack(token.i)):
                    # ("fired tear gas at protesters": what an attack is aimed at)
                    # "clashed with police", but "struck the city with drones": a weapon is the means
                    targets += [o for o in objects_of(child) if table.lemma[o].lower() not in actor_words("weapons")]
            sources += by
            if not sources:
                sources = circumstance_sources(table, verb) or (
                    cause_clause_sources(table, verb, is_attack) if victim or is_passive(table, verb) else [])
            if not sources:
                sources = shared_subject(table, verb)
        # "a charge Kigali dismissed as fantasy", parsed as the charge with Kigali beside it: the one
        # named beside a claim that is the subject is who dismissed it
        sources = [next((c for c in children[s] if dep[c] == "appos" and table.ent_type[c] in {"GPE", "NORP", "ORG", "PERSON"}), s)
                   if table.lemma[s].lower() in CLAIM_NOUNS else s for s in sources]
        actors = []
        for role, positions in (("source", sources), ("target", targets)):
            for tok in positions:
                for position in conjuncts(table, tok):
                    if position == tok and _replaced_by_correction(table, tok):
                        continue  # "did not arrest the leaders but their supporters": the supporters only
                    member = self.doc[position]
                    name = table.text[position] if position in split_doers else self._actor_name(member)
                    if not name or any(a.name == name for a in actors):
                        continue
                    # a group the parser took for a person ("the Houthis") has no introduction to read;
                    # a surname the entity tagger missed is the person introduced by it ("Iranian Foreign
                    # Minister Abbas Araqchi ... Araqchi accused the three countries")
                    introduced = next(filter(None, map(self.person_country.get, _person_keys(name))), None)
                    person = member.ent_type_ == "PERSON" or (introduced is not None and member.pos_ in {"PROPN", "PRON"} and not member.ent_type_)
                    known = introduced or (None, None) if person and not sector_of(member.text) else (None, None)
                    actor = make_actor(name, role, *known)
                    place_attacked = False
                    if role == "target" and actor.country is None and actor.sector is None and is_attack(token.i) \
                            and not name.isupper():  # (a dateline the parser took in, "CHARSADDA:")
                        actor.country, place_name = self._place_attacked(member, place_country)
                        place_attacked = actor.country is not None and member.lemma_.lower() in T.PLACE_KIND_NOUNS
                        if place_attacked and place_name:
                            actor.name = f"{name} ({place_name})"  # "port city (Hodeidah)"
                    others = []
                    # (a pronoun is the name or body it stands for: "The World Food Program said it had delivered")
                    stands_for = self._referent(member) if member.pos_ == "PRON" else member
                    if actor.country is None and not organisation_of(name):
                        # what the words around the name say of it ("it" reads its speaker's)
                        parties = belonging(table, stands_for.i) if stands_for is not None else []
                        if parties:
                            (country, organisation, whose), *rest = parties
                            if rest:
                                actor.name = f"{name} from {whose}"
                            actor.country = country
                            actor.sector = actor.sector if country or not organisation else organisation
                            # the rest of a list, one actor each: "diplomats from Britain, France and Germany"
                            others = [Actor(name=f"{name} from {whose}", country=country, role=role,
                                            sector=actor.sector if country or not organisation else organisation)
                                      for country, organisation, whose in rest]
                    if actor.country is None and not organisation_of(name) and states_of_group(name):
                        # "The E3 will trigger the mechanism": each member state
                        (first_state, *rest) = states_of_group(name)
                        actor.name, actor.country, actor.sector = f"{name} ({first_state})", first_state, "government"
                        others = [Actor(name=f"{name} ({country})", country=country, role=role, sector="government")
                                  for country in rest]
                    if actor.country is None and actor.sector in STATE_SECTORS and stands_for is not None:
                        actor.country = self._state_told_before(stands_for)
                    # (before ground words: "side" alone is ground, "the Russian side of the border")
                    # ("the commanders of the two armies": a state's body of each)
                    sides_of = [o for p in children[member.i] if dep[p] == "prep" and lower[p] == "of" for o in objects_of(p)
                                if _names_two_sides(table, o)] if actor.sector in STATE_SECTORS else []
                    if actor.country is None and (_names_two_sides(table, member.i) or sides_of):
                        sides = sides_of[0] if sides_of else member.i
                        words = " ".join(table.text[j] for j in range(min(table.subtree(sides)), sides + 1))  # "both sides"
                        words = f"{name} of {words}" if sides_of else words
                        actors.append(Actor(name=f"{words}{TWO_SIDES}", country=None, role=role, sector=None))
                        continue
                    # Only who can act: a country, a sector, or a named person or organisation;
                    # "U.S. soil" and "Ukrainian lines" are ground, not actors.
                    if member.lemma_.lower() in T.NOT_ACTORS and not place_attacked and not (
                            role == "source" and member.lemma_.lower() in T.PARTY_WHEN_ACTING):
                        # ... but a force named before the ground is the one hit there: "fired at
                        # Lebanese army positions" is on the Lebanese army
                        holder = self._force_holding(member) if role == "target" else None
                        if holder is not None and not any(a.name == holder.name for a in actors):
                            actors.append(holder)
                        continue
                    if role == "target" and member.dep_ == "dobj" and _names_a_weapon(name) \
                            and member.head.lemma_.lower() in T.LAUNCH_VERBS:
                        continue  # the means: "fired two anti-ship ballistic missiles at a bulk carrier"
                    if role == "target" and self._condemns_an_attack_told_before(token, member):
                        actors.append(Actor(name=f"{name}{ATTACK_TOLD_BEFORE}", country=None, role="target", sector=None))
                        continue
                    if actor.country and not others:
                        others = self._other_owners(member, name, actor)
                    named = person or (stands_for if stands_for is not None else member).ent_type_ in {"PERSON", "ORG"} \
                        or (member.pos_ == "PRON" and stands_for is None)  # (the speaker the quotes stage found)
                    if actor.country or actor.sector or named:
                        actors += [actor, *others]
        kind = self._trigger(token.i)
        if kind in IMPLIED_AGENTS and not any(a.role == "source" for a in actors) and not agents(table, token.i) and (
                acts_on_people(table, token.i) if kind[0] == "COERCE" else not self._names_armed_forces(token)):
            # (crowd control is the police's whoever it is done to: "tear-gas shells were lobbed to disperse the crowd")
            # "over 100 persons were arrested in combing operations": an arrest is the police's act; not
            # where the text names who did it, coded or not ("sent to judicial custody by the magistrate")
            actors.insert(0, Actor(name=IMPLIED_AGENTS[kind], country=None, role="source", sector="police"))
        if place_country is not None:
            # the place an attack stands for is its target only where the parse found no named one
            # ("struck PKK hideouts in northern Iraq" is on the PKK; "advanced two kilometers" on no one)
            # (an armed group's positions are on that group: "its forces in Syria struck militant positions in Idlib")
            # (a place in the target's phrase is where it stands, not whose: "fired at forward posts in
            # the Keran sector")
            def placed_under(t: int, top: int) -> bool:
                while t != top and table.head[t] != t:
                    t = table.head[t]
                    if dep[t] == "prep":
                        return True
                return False

            named_target = any(table.ent_type[t] in {"PERSON", "ORG", "NORP"}
                               or table.ent_type[t] == "GPE" and not placed_under(t, p)
                               for p in targets for t in table.subtree(p)) \
                or any(sector_of(" ".join(table.text[t] for t in table.subtree(p))) == "rebels" for p in targets)
            self._people_of_the_place(token, actors, place_country, is_attack(token.i), None if named_target else place)
        return actors

    def _state_told_before(self, token) -> str | None:
        """ "Rwanda's foreign ministry rejected the claim ... The ministry added": a state's body
        named bare ("the ministry", "the army", "the spokesman") is the one the story named before by
        the same word, and of its state, where it named no other state's so. The nearest named with
        words of its own and no state ("the Ministry of Defence"), or none named before, leaves it
        uncoded: "the ministry" of a story that names the French foreign ministry only later is
        not France's."""
        table = tokens_of(self.doc)
        if not _bare_body(table, token.i):
            return None
        lemma = table.lemma[token.i].lower()
        named = []  # the state of each body named before by the same word with words of its own, nearest first
        for j in range(token.i - 1, -1, -1):
            if table.lemma[j].lower() == lemma and table.pos[j] in {"NOUN", "PROPN"} and not _bare_body(table, j):
                words = [table.text[k] for k in sorted(_phrase_positions(table, j)) if k <= j and table.dep[k] != "punct"]
                parties = belonging(table, j)
                named.append(country_of(" ".join(words)) or (parties[0][0] if len(parties) == 1 else None))
        # (two states' bodies named so before: "Israel's army ... Lebanon's army ... the army" is either's;
        # one with no state further back does not count: "the National Defense Ministry (MSB) said ...
        # Iraq's Foreign Ministry said ... The ministry described")
        if not (named and set(named) - {None} == {named[0]}):
            return None
        # (its own sentence placed in another state: "In New Delhi, the ministry rejected the protest")
        here = {country_of(e.text) or capital_seat(e.text) for e in sentence_of(token).ents if e.label_ == "GPE"
                and e.root.dep_ == "pobj" and e.root.head.lower_ in {"in", "from", "at"} and e.root.head.head == token.head} - {None}
        return None if here - {named[0]} else named[0]

    def _force_holding(self, ground) -> Actor | None:
        """The armed force a ground word's modifiers name ("Lebanese army positions", "Ukrainian
        military posts"), with its state; None for a state alone ("Ukrainian lines", "U.S. soil")."""
        table = tokens_of(self.doc)
        force = [c for c in table.children[ground.i] if table.dep[c] == "compound" and sector_of(table.text[c]) == "military"]
        if not force:
            return None
        # ("Lebanese army positions": the parser hangs "Lebanese" on the ground, not on the army)
        left = min([min(table.subtree(c)) for c in table.children[ground.i]
                    if table.dep[c] in {"amod", "compound", "nmod", "poss"} and c < force[0]] + [min(table.subtree(force[0]))])
        words = [table.text[j] for j in range(left, force[0] + 1) if table.dep[j] not in {"punct", "det", "case"}]
        actor = make_actor(" ".join(words), "target")
        return actor if actor.country else None

    def _condemns_an_attack_told_before(self, trigger, member) -> bool:
        """ "EU foreign policy chief Kaja Kallas condemned the attack": an accusation whose object
        is an attack the story told ("the attack", "Sunday's strike", "these killings"), with no
        doer named in its phrase. Its target is that attack's doer (actors_from_story)."""
        if self._type_at(trigger.i) != "ACCUSE" or member.dep_ != "dobj" \
                or not T.is_attack_noun(member.lemma_.lower()):
            return False
        table = tokens_of(self.doc)
        children = table.children[member.i]
        told = any(table.dep[c] == "det" and table.lower[c] in {"the", "this", "these", "that", "those"}
                   or table.dep[c] == "poss" and table.ent_type[c] == "DATE" for c in children)
        return told and not any(table.dep[c] in {"amod", "compound", "poss", "prep"} and table.ent_type[c] in {"NORP", "GPE", "ORG"}
                                for c in children)

    def _other_owners(self, member, name: str, actor: Actor) -> list[Actor]:
        """The other states of a list of owners before the noun, one actor each: "the Turkish and
        Greek sides" (Greek sides, GRC), "US and South Korean forces"."""
        table = tokens_of(self.doc)

        def owner_words(i: int) -> str:  # "South Korean": the owner and its own modifiers
            return " ".join(table.text[j] for j in range(min(table.subtree(i)), i + 1) if table.dep[j] != "punct")

        head = table.text[member.i]
        found = []
        for owner in (c for c in table.children[member.i] if table.dep[c] in {"amod", "compound", "nmod"}):
            for other in conjuncts(table, owner)[1:]:
                country = country_of(owner_words(other))
                if country and country != actor.country:
                    found.append(Actor(name=f"{owner_words(other)} {head}", country=country, role=actor.role, sector=actor.sector))
            if found:  # the first of the list is named by its own state alone too
                actor.name = f"{owner_words(owner)} {head}"
                return found
        return found

    def _names_armed_forces(self, token) -> bool:
        """Does the trigger's sentence name soldiers or other armed forces (whose crowd control it may be:
        "tear gas was used to disperse the crowd after soldiers arrived")?"""
        table = tokens_of(self.doc)
        sent = self._sentence(token)
        return any(table.lemma[i].lower() in T.ARMED_MEN for i in range(sent.start, sent.end))

    def _people_of_the_place(self, token, actors: list[Actor], country: str, attack: bool, place: str | None) -> None:
        """Civilians are coded as citizens of the country where the event happened, as CAMEO and
        ICEWS code them: "police detained 37 people in Tbilisi" (GEO civilians); an attack's
        casualty verb adds the people it names as targets where the parse gave none ("Israeli air
        strikes have killed at least nine people in southern Lebanon": LBN civilians), beside any
        target the sentence names."""
        for actor in actors:
            if actor.country is None and _of_the_place(actor, attack, actors, country):
                actor.country = country
        if not attack:
            return
        for position in harmed_people(tokens_of(self.doc), token.i):
            name = self._actor_name(self.doc[position])
            if name and not any(a.name == name for a in actors):
                actors.append(Actor(name=name, country=country, role="target", sector="civilians"))
        # an attack by one state's forces where another's land is (no target named: "Russian forces
        # advanced in southwestern Chasiv Yar") is an attack on that state
        foreign = any(a.role == "source" and a.country and a.country != country for a in actors)
        # (not a dateline in capitals, "DUBAI -": where the reporter is)
        if place and not place.isupper() and foreign and not any(a.role == "target" and a.country == country for a in actors):
            # (the name says the text did not name the target: it is read from the place)
            actors.append(Actor(name=f"{place} (implied by the place)", country=country, role="target", sector=None))

    def _place_attacked(self, member, event_country: str | None) -> tuple[str | None, str | None]:
        """The country a place attacked stands for ("Russia struck Kharkiv"); a site named by its
        place, that place's ("struck the Ryazan oil refinery"); a place named by its kind, that of
        its name ("attacks on the capital, Kyiv", "the shelling of the port city of Hodeidah") or,
        named by its kind alone, of the place the event happened at ("attacks on the capital").
        With the name of the place that gave it, if a kind's name did."""
        table = tokens_of(self.doc)
        children, dep = table.children[member.i], table.dep
        named = [member.i] + [c for c in children if c < member.i and dep[c] in {"compound", "nmod", "poss"}]
        kind = member.lemma_.lower() in T.PLACE_KIND_NOUNS
        its_name = [c for c in children if dep[c] == "appos"] + [
            o for p in children if dep[p] == "prep" and table.lower[p] == "of" for o in table.children[p] if dep[o] == "pobj"] if kind else []
        for position in named + its_name:
            mention = self._place_mention_at(self.doc[position])
            if mention is not None and alpha3(mention[2].country):
                return alpha3(mention[2].country), text_of(self.doc)[mention[0]:mention[1]] if position in its_name else None
        return (event_country if kind else None), None

    def _country_of_place_at(self, member) -> str | None:
        """The country (alpha-3) of the place the places stage read at this token, if any."""
        mention = self._place_mention_at(member)
        return None if mention is None else alpha3(mention[2].country)

    def _place_mention_at(self, member):
        """The places stage's mention (start, end, place) at this token, if any."""
        for start, end, place in self._place_mentions(self._sentence(member)):
            if start <= member.idx < end:
                return start, end, place
        return None

    def _quote_at(self, char: int):
        for quote in self.quotes:
            if quote.start <= char < quote.end:
                return quote
        return None

    def _place_for(self, token, sent) -> tuple[Place, str] | None:
        """The place the event happened at, with the name this sentence uses for it.

        The place nearest the trigger in the parse wins: "detained men who tried to flee El
        Fasher toward Tawila" happened in El Fasher; places reached by "toward", "from" or "to",
        and places describing the actor ("relatives of hostages held in Gaza"), are weaker.
        """
        mentions = self._place_mentions(sent)
        table = tokens_of(self.doc)
        dep = table.dep
        subject_tokens = {t for c in table.children[token.i] if dep[c] in {"nsubj", "nsubjpass"}
                          for t in table.subtree(c)}
        trigger_path = set(path_up(self.doc, token.i))  # the trigger and its ancestors: whose subtree holds it
        ranked = []
        for start, end, place in mentions:
            tok = self._place_root(start, end)
            if tok is None:
                continue
            place_path = path_up(self.doc, tok.i)  # the place's head and its ancestors
            # "near the town of Dobropillia": the preposition that counts is "near", not "of".
            preps = [table.lower[a] for a in place_path[:5] if dep[a] == "prep" and table.lower[a] != "of"]
            located = bool(preps) and preps[0] in LOCATIVE_PREPS
            if place.kind == "country" and (tok.dep_ in {"nsubj", "nsubjpass", "poss", "compound", "amod", "nmod"}
                                            or tok.i in subject_tokens and not located):
                # "Russia attacked ...", "U.S. sanctions", "the Serbian government's envoy": an actor,
                # not where it happened ("Albanians in south Serbia are demanding ..." is where)
                continue
            # "in the city of Shebekino" is as near as "in the city": the name stands where its kind does
            of = table.head[tok.i]
            kind = table.head[of]
            named = self.doc[kind] if dep[tok.i] == "pobj" and table.lower[of] == "of" and dep[of] == "prep" \
                and table.lemma[kind].lower() in T.PLACE_KIND_NOUNS else tok
            cost = _tree_distance(token, named)
            if preps and preps[0] in DIRECTION_PREPS:
                cost += 2
            elif preps and preps[0] in LOCATIVE_PREPS:
                cost -= 1
            if tok.dep_ in {"nsubj", "dobj", "nsubjpass", "poss"} and token.i not in place_path:
                cost += 2  # "accused Kyiv of shelling ...": Kyiv acts, the shelling is elsewhere
            # a relative clause over the place that does not hold the trigger
            if tok.i in subject_tokens or any(dep[a] == "relcl" and a not in trigger_path for a in place_path[1:5]):
                cost += 2
            surface = _POSSESSIVE_END.sub("", self.text[start:end])  # "Kyiv's Independence Square": Kyiv
            suffix = _REGION_SUFFIX.match(self.text, end, end + 12)
            if suffix and suffix.group(1).lower() not in surface.lower():
                surface += " " + suffix.group(1)  # the sentence's own name for it: "Dnipropetrovsk region"
            ranked.append((cost, PLACE_SPECIFICITY.get(place.kind, 0), start, place, surface, tok))
        if not ranked:
            return self._dateline_place(sent)
        best = min(ranked, key=lambda r: r[:3])
        inner = _nested_town(best, ranked)
        return (inner[3], inner[4]) if inner is not None else (best[3], best[4])

    def _sentence(self, token):
        """sentence_of(token), kept per sentence: each trigger asks for its own several times, and
        spaCy builds a new Span each time."""
        start = tokens_of(self.doc).sent_start[token.i]
        sent = self.sentences.get(start)
        if sent is None:
            sent = self.sentences[start] = sentence_of(token)
        return sent

    def _trigger(self, i: int) -> tuple[str, str] | None:
        """trigger_of the token at position i, worked out once per position (each trigger asks it
        again of its governors) on the token table: a Token is built only for a trigger."""
        if i not in self.kinds:
            kind = T.match_at(self.doc, i)
            rules = T.type_rules(kind[0]) if kind is not None else None
            if rules is not None and rules.private_agents \
                    and done_by_private_party(self.doc[i], rules.private_agents, rules.private_names,
                                              rules.private_whoever_the_other_side, rules.private_patients,
                                              rules.private_victims):
                kind = None  # "the club clinched a deal to sign the striker": no party to a political event
            elif rules is not None and rules.private_occasions \
                    and set_by_private_occasion(self.doc[i], rules.private_occasions, rules.occasion_preps):
                kind = None  # "police were put on alert ahead of the derby": a match's policing, no conflict
            self.kinds[i] = kind
        return self.kinds[i]

    def _attack_told_earlier(self, token) -> bool:
        """Has an earlier sentence of the document told an attack as done, with the words this one is
        described by ("the attack on the convoy" after "gunmen ambushed an army convoy")? Only then
        is a described attack a known one (events._the_time_after): in a lead it is the news."""
        earlier = range(token.sent.start)
        # (told as done: not an attack only warned of, threatened or denied: "rebels may attack the
        # town, officials warned. When the attack took place, ..." is the news)
        if not any(self._type_at(i) == "ASSAULT" and modality_of(self.doc[i], "ASSAULT") == "asserted" for i in earlier):
            return False
        told = {self.doc[i].lemma_.lower() for i in earlier}
        described = {w.lemma_.lower() for prep in token.children if prep.dep_ == "prep"
                     for w in prep.subtree if w.pos_ in {"NOUN", "PROPN"}}
        return described <= told

    def _grounds_doers(self, table, act: int) -> list[int] | None:
        """Who did an act given as the grounds of another done to them ("police arrested two men for
        attacking a bus", "jailed the gang for the killing of a jeweller", "criticised the army for
        shelling the town"): actors.grounds_doers, with the governing verb an act of the lexicon (not
        "used drones for attacking the convoy") and "for" its preposition. None when the act is no such
        grounds."""
        if table.dep[table.head[act]] != "prep":
            return None
        doers = grounds_doers(table, act, lambda governor: table.pos[governor] == "VERB" and self._type_at(governor) is not None)
        # (no act or weapon: "launched an offensive for capturing the town", "deployed helicopters for attacking")
        return None if doers is None else [c for c in doers if self._trigger(c) is None
                                           and table.lemma[c].lower() not in actor_words("weapons")]

    def _type_at(self, i: int) -> str | None:
        kind = self._trigger(i)
        return kind[0] if kind is not None else None

    def _dateline_of(self, sent):
        """The dateline opening the paragraph this sentence is the lede of ("KYIV, Oct 2 (Reuters)
        -"), which the model cut off as a sentence of its own, or None."""
        return dateline_before(self.doc, sent.start)

    def _dateline_place(self, sent) -> tuple[Place, str] | None:
        """Where a lede that names no place happened: its dateline's place ("PESHAWAR, Pakistan (AP)
        — Gunmen ambushed a police patrol"), unless the dateline is a bureau that covers a region
        (classes.yaml REGIONAL_BUREAUS: "BEIRUT (Reuters) - Syrian government forces shelled ...")
        or the lede names another state's people or places ("CAIRO - RSF fighters ...": Sudanese)."""
        dateline = self._dateline_of(sent)
        if dateline is None:
            return None
        near = [(start, end, place) for start, end, place in self.ctx.scratch["places"]
                if dateline.start_char <= start < dateline.end_char and not place.metonymy]
        if not near:
            return None
        start, end, place = near[0]
        surface = self.text[start:end]
        if surface.lower() in T.REGIONAL_BUREAUS:
            return None
        home = alpha3(place.country)
        named = self._states_named(sent, doers=False)
        if named - {home} and home not in named:
            return None  # "CAIRO - RSF fighters killed ...", but "GAZA - Israeli forces killed three Palestinians"
        return place, surface

    def _states_named(self, sent, doers: bool = True) -> set[str]:
        """The states (alpha-3) the sentence's nationality and place entities name; with `doers`
        false, not the nationality before a subject's head, which says who acted, not where
        ("DEIR AL-BALAH, Gaza Strip (AP) — Israeli strikes killed at least 20 people")."""
        table = tokens_of(self.doc)
        subject_words = set() if doers else {  # the words before a subject's head in its phrase
            i for s in range(sent.start, sent.end) if table.dep[s] == "nsubj" for i in table.subtree(s) if i < s}
        return {code for i in range(sent.start, sent.end) if table.ent_type[i] in {"NORP", "GPE"} and i not in subject_words
                and (code := country_of(table.text[i]) or capital_seat(table.text[i]))}

    def _names_state(self, sent, code: str | None) -> bool:
        if code is None:
            return False
        if sent.start not in self.states_in:  # (each trigger of the sentence with a place asks)
            self.states_in[sent.start] = self._states_named(sent)
        return code in self.states_in[sent.start]

    def _dateline_day(self, sent):
        """The day a lede's dateline gives the report ("DAMASCUS, March 2 (Reuters) -"), if it
        gives one and it is no later than publication."""
        dateline = self._dateline_of(sent)
        found = resolve_date(dateline.text, self.published) if dateline is not None else None
        if found is None or found.precision != "day" or (self.published is not None and found.date > self.published.isoformat()):
            return None
        return found

    def _place_mentions(self, sent) -> list:
        """The places stage's mentions in this sentence that name where something is (no
        metonymy), in the places stage's order."""
        if self.mentions_in is None:
            # by the first token of the sentence each starts in, read once: each trigger of a
            # sentence asks, and a story has many sentences and many mentions
            self.mentions_in = {}
            table = tokens_of(self.doc)
            for mention in self.ctx.scratch["places"]:
                word = bisect.bisect_right(table.idx, mention[0]) - 1
                if word >= 0 and not mention[2].metonymy:
                    self.mentions_in.setdefault(table.sent_start[word], []).append(mention)
        return [(start, end, place) for start, end, place in self.mentions_in.get(sent.start, ())
                if sent.start_char <= start < sent.end_char]

    def _place_root(self, start: int, end: int):
        """The head token of a place mention's characters, or None where they cover no token;
        kept per mention (char_span and Span.root walk the tokens)."""
        if (start, end) not in self.place_roots:
            span = self.doc.char_span(start, end, alignment_mode="expand")
            self.place_roots[(start, end)] = span.root if span is not None and len(span) else None
        return self.place_roots[(start, end)]

    # -- one trigger -----------------------------------------------------------------------------
    @staticmethod
    def _reading(token, kind: tuple[str, str]) -> tuple[str, str, str]:
        """The (type, subtype, modality) a trigger gives in its context: a refused act is a
        rejection ("will not withdraw", "would not recognise Israel", "refused to cooperate")."""
        event_type, subtype = kind
        modality = modality_of(token, event_type)
        if event_type in {"RETREAT", "CONCEDE", "AGREE", "AID", "SUPPORT", "COOPERATE"} and modality == "denied" \
                and not denied_with_no_refuser(token) or (
            event_type in {"RETREAT", "AGREE", "CONSULT"} and any(a.lemma_.lower() in T.REFUSAL_VERBS for a in _ancestors(token, 2))
        ) or event_type in {"RETREAT", "CONCEDE", "AGREE", "CONSULT", "AID"} and ruled_out_by_predicate(token) \
                or event_type == "CONSULT" and modality == "denied" and _refuses_to_meet(token):
            event_type, subtype, modality = "REJECT", "reject", "asserted"  # "will not withdraw"
        elif event_type == "CONCEDE" and _lifts_own_siege(token):
            event_type, subtype = "RETREAT", "withdrawal"  # "Serb forces lifted their siege of Sarajevo"
        elif event_type == "ASSAULT" and acts_of_a_protest(token):
            event_type, subtype = "PROTEST", "protest"  # "rioted Monday, setting fire to their mattresses"
        elif threatens_in_statement(token, event_type, modality):
            # "said they would target any ship", "would execute the hostages if ...": the threat is made now
            event_type, subtype, modality = "THREATEN", "threat", "asserted"
        elif intends_cooperation(token, event_type, modality):
            # The promise is made now; the subtype keeps the act promised ("intended meeting").
            event_type, subtype, modality = "AGREE", f"intended {subtype}", "asserted"
        elif announces_restriction(token, event_type, subtype, modality):
            # The warning is made now; the subtype keeps the measure ("announced restriction").
            event_type, subtype, modality = "THREATEN", f"announced {subtype}", "asserted"
        return event_type, subtype, modality

    def _denier(self, token, event_type: str):
        """The denial verb (classes.yaml DENIAL_VERBS) by which a party denies the trigger's act,
        where that verb is no trigger of its own: "The army denied that its troops had shelled the
        village", "the rebels denied killing the aid workers", "denied reports that troops
        massacred villagers". PLOVER codes the denial as the party's REJECT; the act is not told
        as done. None for an act the sentence does not deny so, and for a denial with no party
        ("it was denied that ..."), and for a party denying the act of another side it is not of
        ("villagers denied that the rebels had attacked the post": PLOVER's REJECT is a party's
        answer to a charge against itself; the act is still told as denied)."""
        if event_type == "REJECT" or (position := denial_of(token)) is None or self._trigger(position) is not None:
            return None
        verb = self.doc[position]
        if not T.has_child(verb, {"nsubj"}) or modality_of(token, event_type) != "denied":
            return None
        denier = next(c for c in verb.children if c.dep_ == "nsubj")
        # who does the act denied: the subject or agent of the nearest clause on the way up to the
        # denial ("denied that police had beaten anyone during the raid": the raid's is the police)
        doers, clause = [], token
        while not doers and clause.i != position and clause.head.i != clause.i:
            doers = [c for c in clause.children if c.dep_ == "nsubj"] + [self.doc[a] for a in agents(tokens_of(self.doc), clause.i)]
            clause = clause.head
        if any(_other_side(denier, doer) for doer in doers):
            return None  # "Villagers denied that the rebels had attacked the post": no charge of theirs rejected
        return verb

    def _event(self, token, event_type: str, subtype: str, modality: str) -> Event:
        sent = self._sentence(token)
        sentence = sentence_text(sent).strip()
        clause = _enclosing_clause(token)
        # the day said of the act itself comes first ("freed on Saturday", "police on Saturday arrested
        # the accused in the February 27 carnage"): another day the sentence names is another act's
        resolved = own = _own_day(token, sent, self.published)
        datable = self._sentence_holds(may_name_a_time, sent)  # (else every blanked copy below resolves to None)
        if own is None and clause is not None and datable:
            resolved = self._date_in(_without_other_clauses(token, sent, within=clause))
        bound = False
        if own is None and (resolved is None or resolved.precision == "year"):
            # a bare year in a clause is mostly a frame ("one of its largest attacks this year"): a
            # day the sentence names comes first; in a clause told as earlier, only as a bound
            main = self._date_in(_without_other_clauses(token, sent)) if datable else None
            bound = main is not None and _told_as_earlier(clause)
            if bound and self.published is not None and main.date > self.published.isoformat():
                main, bound = None, False  # "talks next week, the first since the offensive": no bound
            days = _days_before(clause) if bound and main.precision == "day" else None
            if days is not None:
                # "killed five on Tuesday, a day after drones hit a refinery": the day is Monday
                main = dataclasses.replace(main, date=(dt.date.fromisoformat(main.date) - dt.timedelta(days=days)).isoformat())
                bound = False
            resolved = main or resolved
        if resolved is not None and (own is None or not _simple_past(token)) and self.published is not None \
                and day_of_another_time(resolved, self.published) \
                and not T.has_child(token, {"aux"}, {"had"}) and not _YEAR_BACK.search(sentence):
            # the day of something planned ("threatened an agitation if the ceremony is not allowed on
            # March 15"): the act's own is another the sentence names ("on Sunday"), or publication's.
            # Not a day on an act told in the simple past ("attacked the town on March 15"; "has banned
            # processions on March 15" names the ban's day ahead), nor one told as long past
            # ("had killed 20 policemen on May 2", "on April 14 last year").
            planned = resolved.expression
            resolved, bound = None, False
            for within in ([clause] if clause is not None else []) + [None]:  # its clause's other day, else the sentence's
                rest = _without_other_clauses(token, sent, within=within).replace(planned, " " * len(planned), 1)
                if (resolved := self._date_in(rest)) is not None:
                    break
            if resolved is not None and day_of_another_time(resolved, self.published):
                resolved = None
        if resolved is not None and event_type in COMMITMENT_TYPES and modality != "planned" and self.published is not None \
                and resolved.date > self.published.isoformat():
            resolved, bound = None, False
        event = Event(type=event_type, evidence=sentence, trigger=token.text, start=sent.start_char, end=sent.end_char, modality=modality)
        event.subtype = subtype
        if resolved is not None:
            event.date, event.date_precision = resolved.date, resolved.precision
            event.date_source = "bound" if bound else "text"
            if resolved.speech:
                self.speech_dated[id(event)] = event
        elif (reported := self._dateline_day(sent)) is not None:
            # a lede with no day of its own happened on the day its dateline gives the report
            event.date, event.date_precision, event.date_source = reported.date, "day", "publication"
        elif self.published is not None:
            event.date, event.date_precision = self.published.isoformat(), "day"
            event.date_source = "publication"
        located = self._place_for(token, sent)
        from_dateline = False
        if located is not None:
            place, surface = located
            event.place, event.lat, event.lon, event.country = surface, place.lat, place.lon, place.country
            # (a dateline's place gives the actors its state only where the lede names that state too:
            # "CHARSADDA: ... in Pakistan's Charsadda district")
            from_dateline = not any(mentioned is place for _, _, mentioned in self._place_mentions(sent)) \
                and not self._names_state(sent, alpha3(place.country))
        if event_type == "ASSAULT" and self._sentence_holds(may_hold_figures, sent):  # (else no figure in any copy: all None)
            figures = self._figures(_figures_text(_without_victim_descriptions(token, sent), token, sent))
            event.killed, event.wounded, event.captured = figures.killed, figures.wounded, figures.captured
            event.distance_km = figures.distance_km
        # (a place read from the dateline is the report's, too weak to give the actors their state)
        event.actors = self._actors(token, None if from_dateline else alpha3(event.country), None if from_dateline else event.place)
        quote = self._quote_at(token.idx)
        event.attribution = quote.who if quote is not None else self.ctx.article.publisher
        event.background = self._is_background(event, token)
        if event_type == "ASSAULT" and names_an_attack_told_before(token):
            self.retold[id(event)] = event
        if event_type == "ASSAULT" and names_only_by_article(token):
            self.anaphoric[id(event)] = event
        return event

    def _is_content_of_another(self, token) -> bool:
        """Is this trigger what a request, accusation, refusal, threat, agreement or endorsement is about?"""
        table = tokens_of(self.doc)  # positions: the walk builds a Token only to test a trigger
        dep, sentence_of = table.dep, table.sent
        child, aside, said_beside = token.i, False, False
        for governor in path_up(self.doc, token.i)[1:6]:
            if sentence_of[governor] != sentence_of[token.i]:
                break
            if dep[child] == "ccomp" and governor > child and ";" in table.text[self.doc[child].right_edge.i + 1:governor]:
                return False  # "Police arrested 20 people on Monday; the arrests were criticised": a clause of its own, misparsed
            # (the act named as the subject itself, not a noun its clause describes: "the 51 people
            # arrested for their role in the violence had been charged")
            if child == token.i and dep[child] == "nsubjpass" \
                    and (passive := self._type_at(governor)) in CONTENT_GOVERNING_TYPES | EASING_TYPES \
                    and passive != self._type_at(token.i) \
                    and not _named_with_its_own_news(token):
                # "The killings were blamed on Hutu militiamen": what is blamed, not an act told (not the
                # act itself told twice: "a peace agreement ... was signed in Nairobi")
                return True
            if child == token.i and dep[child] == "nsubj" and self._draws_an_accusation(governor) \
                    and not _named_with_its_own_news(token):
                return True  # "The attack drew strong condemnation from the Arab League"
            if dep[child] in {"nsubj", "nsubjpass", "csubj"}:
                return False  # "The group, which has not claimed an attack, said ...": the speaker, not the content
            if dep[child] == "conj" and past_after_infinitive(table, child):
                return False  # "threatened to retaliate and deployed bombers": the second act is told, not threatened
            # (an infinitive the parser hangs on its noun as a relative clause is the noun's content, no
            # aside: "reached a deal to exchange prisoners")
            on_noun = _infinitive_on_noun(table, child)
            aside = aside or dep[child] == "advcl" or dep[child] == "relcl" and not on_noun
            if on_noun and _protested_against(table, governor, self._type_at):
                return True  # "marched against the decision to suspend the talks": the grievance, decided, not done
            said_beside = said_beside or dep[child] == "advcl" and table.tag[child] == "VBG" \
                and table.lemma[child].lower() in T.SPEECH_VERBS
            if dep[child] == "relcl" and (left := self.doc[child].left_edge.i) > 0 and table.text[left - 1] == ",":
                return False  # "rejected the bail plea of Siddiqui, who was arrested on Saturday": an aside tells its own act
            if dep[child] == "relcl" and _told_in_the_past(table, child) \
                    and T.has_child_at(table, child, {"nsubj", "nsubjpass"}, {"who"}) and not _hedged(table, child):
                return False  # "demanded action against the policemen who killed a ram bhakt": who they are, a done act
            if dep[child] == "pcomp" and table.lower[governor] == "for" and table.tag[child] == "VBG" \
                    and self._type_at(table.head[governor]) in GROUNDS_TYPES:
                return True  # "imposed sanctions on Libya for refusing to hand over": the grounds
            if dep[child] == "pobj" and child == token.i and table.lower[governor] == "for" \
                    and self._type_at(table.head[governor]) in READYING_TYPES and self._type_at(token.i) != "MOBILIZE":
                return True  # "recruited fighters for its offensive", "massed troops for an assault": what they are for
            if dep[child] == "pcomp" and table.lower[governor] == "for" and table.tag[child] == "VBG" \
                    and table.lemma[table.head[governor]].lower() in T.CENSURE_VERBS:
                # "criticised the police for opening fire on the crowd": the act censured is told as done
                # (not when hedged: "condemned the police for allegedly torturing detainees")
                return _hedged(table, child)
            if dep[child] == "pcomp" and table.lower[governor] == "for" and table.tag[child] == "VBG" and _hedged(table, child) \
                    and self._type_at(table.head[governor]) is not None:
                return True  # "arrested a man for allegedly supplying arms to the rioters": the grounds, only alleged
            if dep[child] == "pcomp" and table.lower[governor] in {"of", "for", "with"} \
                    and table.lemma[table.head[governor]].lower() in T.ALLEGING_WORDS:
                return True  # "suspected of carrying out the bombing": alleged, whether or not the accusing is an event
            if dep[child] == "dobj" and table.lemma[governor].lower() in T.TOPIC_VERBS \
                    and T.has_child_at(table, governor, {"aux"}, {"to"}):
                # "telephoned his counterpart to discuss the cross-border attacks": what a meeting is for,
                # not an act told (not "Egyptians online have been discussing a series of gang rapes": news)
                return True
            governing_type = self._type_at(governor)
            if governing_type and dep[child] == "advcl" and _purpose_infinitive(table, child) \
                    and governing_type != (own := self._type_at(token.i)) \
                    and not (child == token.i and own in PERFORMED_PURPOSES):
                # "deployed police to prevent protests", "sent warships to enforce the embargo": the
                # aim, not an act done (see PERFORMED_PURPOSES)
                return True
            if dep[child] == "advcl" and _purpose_infinitive(table, child) and any(
                    dep[o] == "dobj" and self._type_at(o) in AGREEMENT_TYPES for o in table.children[governor]):
                return True  # "reached a deal to swap 95 prisoners" (the infinitive hung on the verb): the deal's content
            if governing_type == "REJECT" and said_beside and table.lemma[governor].lower() in T.DENIAL_VERBS:
                # "denied the claim, saying all attempts by the enemy were repelled": the party's own
                # report (not a refusal's reason: "refused to meet the king, saying he would only
                # welcome him in Jerusalem")
                return False
            if governing_type in BACKING_TYPES and child == token.i and self._type_at(token.i) in HELD_WHEN_BACKED_TYPES:
                return False  # "the opposition backed the transport strike": the strike is held, the backing another act
            governs = governing_type in CONTENT_GOVERNING_TYPES and not (aside and governing_type in AGREEMENT_TYPES)
            conjunct_verb = dep[child] == "conj" and table.pos[child] == "VERB"
            if conjunct_verb and self._type_at(child) in CONTENT_GOVERNING_TYPES:
                return False  # "accused Israel of ... and urged Washington to ...": two acts
            if conjunct_verb and governs:
                # "was indicted ... and will resign": a second act, the content only of what governs
                # both ("urged Moscow to agree ... and return")
                child = governor
                continue
            if governs:
                return True
            child = governor
        return False

    def _draws_an_accusation(self, verb: int) -> bool:
        """Is the verb one of drawing a reaction (classes.yaml REACTION_VERBS) whose object is an
        accusation ("drew strong condemnation", "sparked criticism", "was met with condemnation")?
        Its subject is what is condemned."""
        table = tokens_of(self.doc)
        if table.lemma[verb].lower() not in T.REACTION_VERBS:
            return False
        objects = [c for c in table.children[verb] if table.dep[c] == "dobj"] + [
            g for c in table.children[verb] if table.dep[c] == "prep" and table.lower[c] == "with"
            for g in table.children[c] if table.dep[g] == "pobj"]
        return any(self._type_at(o) == "ACCUSE" for o in objects)

    def _in_a_claim_of(self, token, event_type: str) -> bool:
        """Is the trigger the subject of a passive naming who did or caused it ("by ...") in the
        reported clause of a trigger of this type ("charged that the riots were instigated by foreign
        agents")? A claim about the act itself ("charging that the offensive had killed ten
        civilians") tells it."""
        table = tokens_of(self.doc)
        verb = table.head[token.i]
        if table.dep[token.i] != "nsubjpass" or not T.has_child_at(table, verb, {"agent"}):
            return False
        return table.dep[verb] == "ccomp" and self._type_at(table.head[verb]) == event_type

    def _names_past_years(self, token) -> bool:
        """ "South Sudan's 2013-2018 civil war killed nearly 400,000 people", "clashes in 2014": the
        trigger's subject, modifiers or date phrase name only years before publication."""
        if self.published is None or not self._sentence_holds(_holds_year_digits, self._sentence(token)):
            return False  # (most sentences name no year: their phrases are not gathered)
        table = tokens_of(self.doc)
        near = [c for c in table.children[token.i] if table.dep[c] in {"nsubj", "nsubjpass", "npadvmod", "compound", "amod",
                                                                         "nummod", "nmod", "prep"} and table.lower[c] != "since"]
        text = " ".join(table.text[t] for c in near for t in _phrase_positions(table, c) if not _names_an_agreement(table, t))
        # A war or campaign as the subject carries its whole history, relative clauses included.
        text += " " + " ".join(t.text for c in near if table.dep[c] == "nsubj" and table.lemma[c].lower() in T.DURATIVE_CONFLICTS
                               for t in self.doc[c].subtree)
        years = [int(y) for y in YEAR.findall(text)] + [
            int(table.text[t]) for c in near for t in _phrase_positions(table, c)
            if table.ent_type[t] == "DATE" and OLD_YEAR.fullmatch(table.text[t]) and _dates_as_a_year(table, t)]
        return bool(years) and max(years) < self.published.year

    def _sentence_holds(self, test: Callable[[str], bool], sent) -> bool:
        """test(the sentence's text), read once per sentence: each trigger of it asks. The tests are cheap gates
        (_holds_year_digits; dates.may_name_a_time and quantities.may_hold_figures, where False spares making
        the blanked copies of the sentence that would find nothing)."""
        key = (test, sent.start)
        if key not in self.sentence_tests:
            self.sentence_tests[key] = test(sentence_text(sent))
        return self.sentence_tests[key]

    def _spans_past_years(self, token) -> bool:
        """ "The border region has been the scene of frequent clashes since the 1960s", "rebels
        have killed 300 people since 2019": an act told over a span that began in a year before
        publication's (a "since" on the trigger, its head or the head's head) is a history, not
        the story's event; not the baseline of a milestone ("the first talks since 1998",
        background.marks_a_milestone)."""
        if self.published is None:
            return False
        table = tokens_of(self.doc)
        near = []
        for p in path_up(self.doc, token.i)[:3]:
            near.append(p)
            if table.dep[p] == "conj":
                break  # a conjunct's own span is not this act's ("has occupied the town since 1999 and on Saturday shelled ...")
        for since in (c for p in near for c in table.children[p] if table.lower[c] == "since" and table.dep[c] == "prep"):
            phrase = " ".join(table.text[t] for t in table.subtree(since))
            years = [int(y) for y in YEAR.findall(phrase)]
            # (a year back in words: "have been stalled since last year")
            if (years and max(years) < self.published.year or _YEAR_BACK.search(phrase)) \
                    and not marks_a_milestone(self.doc, since):
                return True
        return False

    def _date_in(self, text: str) -> ResolvedDate | None:
        """resolve_date against publication, read once per text: the triggers of one sentence often
        leave the same words once the other clauses are blanked."""
        if text not in self.dates:
            self.dates[text] = resolve_date(text, self.published)
        return self.dates[text]

    def _figures(self, sentence: str) -> Quantities:
        """parse_quantities, read once per text: the triggers of one sentence mostly leave it the
        same, and the figure patterns are many."""
        found = self.quantities.get(sentence)
        if found is None:
            found = self.quantities[sentence] = parse_quantities(sentence)
        return found

    def _names_years_before(self, sent) -> bool:
        years = [int(y) for y in YEAR.findall(sentence_text(sent))]
        return self.published is not None and bool(years) and min(years) < self.published.year

    def _in_cumulative_sentence(self, token, event_type: str = "", subtype: str = "") -> bool:
        """Does a running total of the token's sentence tell about it (cumulative_cues, read once per
        sentence: one sentence often holds several triggers, and the pattern is a long alternation)?
        Not an arrest counted up to now ("only one has been arrested till date", as "so far": the
        arrests are reported, COUNTED_ARRESTS_CUES), nor one act as the subject of its own toll ("the
        police firing claimed two lives": the firing killed them; not "the riots claimed 700 lives")."""
        sent = self._sentence(token)
        cues = self.cumulative.get(sent.start)
        if cues is None:
            offset = sent.start_char
            text = sentence_text(sent)
            cues = self.cumulative[sent.start] = [
                (span[0].i, " ".join(text[start:end].lower().split())) for start, end in cumulative_cues(text)
                if (span := self.doc.char_span(offset + start, offset + end, alignment_mode="expand")) is not None and len(span)]
        return any(not cue_describes_other(self.doc, cue, token.i) and not marks_a_milestone(self.doc, cue)
                   and not (event_type == "COERCE" and subtype == "arrest" and phrase in T.COUNTED_ARRESTS_CUES
                            and not self._names_years_before(sent))
                   and not self._own_toll(cue, token) for cue, phrase in cues)

    def _own_toll(self, cue: int, token) -> bool:
        """ "the police firing claimed two lives", "the blast claimed 12 lives": one act (an attack word
        in the singular) as the subject of the "claimed ... lives" cue is its own toll, not a running
        total (not "the riots claimed 700 lives", "the attacks have claimed 675 lives")."""
        claim = self.doc[cue]
        # (the parser reads "the police firing" as "police" with a participle on it)
        subject = token.head if token.dep_ == "acl" and token.tag_ == "VBG" else token
        return claim.lemma_.lower() == "claim" and not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in claim.children) \
            and subject.head.i == cue and subject.dep_ in {"nsubj", "csubj"} \
            and subject.tag_ in {"NN", "VBG"} and token.tag_ in {"NN", "VBG"} \
            and (self._trigger(token.i) or ("", ""))[1] not in T.DURATIVE_SUBTYPES

    def _is_background(self, event: Event, token) -> bool:
        if self._in_cumulative_sentence(token, event.type, event.subtype) or self._names_past_years(token) or self._spans_past_years(token):
            return True
        if answered_by(token, event.type, self._type_at, AGREEMENT_TYPES) is not None and not _told_as_news(event):
            return True  # "suspended aid after troops fired on demonstrators": the act the sanction answers
        if event.date_source != "text" and describes_a_party(token, event.type, self._type_at) \
                and not (event.type == "ASSAULT" and _names_its_doer(token)):
            return True  # "granted an amnesty to militants who laid down their arms": who they are
        share = share_of(token)
        if share is not None and share.lemma_.lower() in T.SUMMARY_SHARES and share.head.lemma_.lower() in T.SUMMARY_VERBS:
            return True  # "the bulk of the killings have taken place in Naroda": a sum of acts told
            # (not "most of the strikes hit energy facilities": what they did is news)
        if event.type == "ASSAULT" and names_a_known_attack(token):
            return True
        if event.type == "ASSAULT" and _told_as_repeated(token) and _relative_clause_over(token) is not None:
            # "In Kostyantynivka, which has come under almost daily glide-bomb attacks, two people were
            # killed": many acts, told of the place in an aside (a main clause's "Dobropillia has come
            # under regular drone attacks" is the news)
            return True
        if event.type == "ASSAULT" and _the_time_after(token, self._attack_told_earlier):
            return True  # "Shops remained closed in the town after the clashes": the known clashes name a time
        if event.type in {"ASSAULT", "PROTEST"} and _known_act_timing_a_clause(token, self._attack_told_earlier):
            return True  # "have been detained since the protests in Yerevan began": the known protests name a time
        if event.type in {"PROTEST", "ASSAULT"} and _ended(token):
            # "conceded the workers' demands, ending their five-day strike", "the militia had suspended its
            # attacks in May": the end is told, the acts known
            return True
        if _referred_to_by_its_record(token):
            return True  # "the files on the bombing", "two suspects in the bombing"
        if names_only_by_article(token) and self._in_a_claim_of(token, "ACCUSE"):
            return True  # "charged that the riots were instigated by foreign agents": who caused the known riots
        if _inquired_into(token):
            return True  # "set up a joint investigation team into the drone incursions": investigated, known
        if event.type == "MOBILIZE" and event.date_source != "text" and _where_forces_stand(token):
            return True  # "Most of the 4,000 Russian troops stationed in Moldova have been withdrawn"
        if event.date_source in {"text", "bound"} and self.published and event.date:
            age = (self.published - _period_end(event.date, event.date_precision)).days
            if age > BACKGROUND_AFTER_DAYS:
                return True
        if token.dep_ == "relcl" and token.head.pos_ in {"NOUN", "PROPN"} and (
                T.ruled_out_as(token.head) == "ASSAULT" or is_attack_word(token.head) and names_a_known_attack(token.head)):
            return True  # "since the massacre in which 75 persons were killed": the known attack's toll
        if token.dep_ == "relcl" and any(c.lower_ == "had" and c.dep_ == "aux" for c in token.children):
            return True  # "journalists who had been detained in ...": what happened to them before
        # "the train which was attacked in Godhra last Wednesday": a past act, dated, describing its
        # noun; after a comma it is an aside that tells its own act ("Siddiqui, who was arrested on
        # Saturday", "Chhota Udaipur, where police on Thursday opened fire"), unless its noun is a
        # time ("since Nov. 7, when it fired a missile": an earlier act the time is known by)
        aside = token.left_edge.i > 0 and self.doc[token.left_edge.i - 1].text == "," and not _is_time(token.head)
        # (a passive one only when its day is older than the news of the last days: "the apartment
        # block that was hit by a Russian missile on Monday" is today's news)
        past = not aside and (token.tag_ == "VBD" or token.tag_ == "VBN" and any(
            c.dep_ == "auxpass" and c.tag_ == "VBD" for c in token.children)) and self._older_than_news(event)
        return token.dep_ == "relcl" and past and event.modality == "asserted" and event.date_source == "text"

    def _older_than_news(self, event: Event) -> bool:
        """Is the event's day older than the last few days before publication?"""
        if self.published is None or not event.date:
            return False
        return (self.published - _period_end(event.date, event.date_precision)).days > NEWS_WINDOW_DAYS

    def run(self) -> tuple[list[Event], list[Event]]:
        events: list[Event] = []
        table = tokens_of(self.doc)
        for sent in self.doc.sents:
            if len(sent) < 4 or len(sent) < 12 and _CLAUSE_POS.isdisjoint(table.pos[sent.start : sent.end]):
                continue  # headings report nothing (a long caption the tagger read without a verb may)
            if _cites_anonymity(sentence_text(sent)):
                continue  # "spoke on condition of anonymity to discuss military operations": sourcing
            self.sentences[sent.start] = sent  # (for _sentence: spaCy builds a new Span on each slice)
            found: dict[tuple[str, str | None, int | None], Event] = {}
            displaced: list[Event] = []  # doubted attacks an attack told as done took the place of
            token_of: dict[int, object] = {}
            # the verbs a statement made threats of, with the type each had ("said it would impose ...")
            retyped_as_threat: dict[int, str] = {}
            for i in range(sent.start, sent.end):
                # (the part of speech first: half the words are of none that triggers, and need no call)
                if table.pos[i] not in T.TRIGGER_POS or not T.may_match_at(table, i):
                    continue  # most words trigger nothing: no Token built for them
                kind = self._trigger(i)
                if kind is None:
                    continue
                token = self.doc[i]
                if self._is_content_of_another(token) or describes_victims(token):
                    continue
                if kind[0] in {"ASSAULT", "THREATEN"} and caused_by_nature(token):
                    continue  # deaths in a disaster or an accident are no attack
                event_type, subtype, modality = self._reading(token, kind)
                if event_type == "THREATEN" != kind[0]:
                    retyped_as_threat[i] = kind[0]
                elif table.dep[i] == "dobj" and retyped_as_threat.get(table.head[i]) == kind[0]:
                    continue  # "said it would impose sanctions if ...": the measure the threat is of, one record
                denier = self._denier(token, kind[0])
                if denier is not None:
                    # "the army denied that its troops had shelled the village": the denial is the
                    # party's act (REJECT); the act denied is kept aside as told, denied
                    event_type, subtype, modality = kind[0], kind[1], "denied"
                    if ("REJECT", "denial", None) not in found:
                        rejection = found[("REJECT", "denial", None)] = self._event(denier, "REJECT", "denial", "asserted")
                        token_of[id(rejection)] = denier
                # one event per act, and for attacks per clause of its own (another attack: "police opened fire after a mob pelted stones")
                key = (event_type, subtype, own_clause(token) if event_type == "ASSAULT" else None)
                held = found.get(key)
                # (attacks have their own clause's event each, and their own ways of giving way)
                # (a main clause's act only planned or possible leaves the aside's act done: "Protesters, who
                # marched through Lima on Monday, plan to rally again")
                aside = held is not None and event_type != "ASSAULT" and modality == "asserted" \
                    and _told_in_an_aside_to(token_of[id(held)], token)
                if held is None or aside or event_type == "ASSAULT" and modality == "asserted" and (
                        held.modality in {"conditional", "hypothetical", "denied"} or _referred_to_by_its_record(token_of[id(held)])
                        and not _referred_to_by_its_record(token)) and not _told_within(token, token_of[id(held)]):
                    if held is not None and not aside:
                        displaced.append(held)  # kept as told ("Israel denied attacking ..."), beside the act done
                    # Only the first trigger of a (type, subtype) in a sentence makes its event
                    # (but an act the sentence tells in a relative clause on a noun gives way to the
                    # one of its main clause: "Oman, which mediated talks between Iran and the US
                    # before the war, said its minister had met Araqchi in Muscat on Sunday"):
                    # the others are not worked out (date, place, actors, figures) to be dropped.
                    # An attack told as done takes the place of one only possible or denied before it
                    # ("villages prone to shelling were hit again on Sunday"), unless it is part of
                    # what that one tells ("if one counts the 58 killed in the train attack").
                    event = found[key] = self._event(token, event_type, subtype, modality)
                    token_of[id(event)] = token
                    if denier is not None or modality in TO_COME_MODALITIES and event_type not in AGREEMENT_TYPES \
                            and _under_an_agreement(token):
                        self.set_aside[id(event)] = event
                elif event_type == "ASSAULT" and token.lemma_.lower() not in T.CASUALTY_WORDS \
                        and not names_an_attack_told_before(token):
                    self.own_attack[id(held)] = held  # "killed in police firing on a mob": a toll with its own attack
            if found:  # (most sentences tell no event: nothing to weigh)
                kept = one_attack_per_sentence(list(found.values()), token_of, self.own_attack)
                events += demands_voiced_by_protest(kept, token_of) + displaced
        events = absorb_casualty_followups(events, self.doc, self.own_attack)
        give_retold_tolls_to_their_attack(events, self.retold)
        events = fold_anaphoric_mentions(events, self.anaphoric)
        inherit_places(events, self.text)
        date_from_story(events, self.published, self.speech_dated)
        inherit_days(events, self.text, self.published, self.set_aside)
        current = [e for e in events if not _secondary(e) and id(e) not in self.set_aside]
        secondary = [e for e in events if _secondary(e) or id(e) in self.set_aside]
        current = merge_mentions(current)
        actors_from_story(current + secondary)
        return current, secondary


def _replaced_by_correction(table, i: int) -> bool:
    """Is the word X of "not X but Y" under its verb, or X's preposition's object ("did not arrest the
    leaders but their supporters", "did not negotiate with the rebels but with tribal elders"): the
    one the act was not done to (parsing.corrected_complement); or X of "not X but Y" on X itself ("not the
    army but the militia attacked": the militia only; parsing.corrected_noun)?"""
    if corrected_noun(table, i) is not None:
        return True
    head = table.head[i]
    if table.dep[i] == "pobj":
        return corrected_complement(table, table.head[head]) in {i, head}
    return corrected_complement(table, head) == i


def _own_conjunct(token) -> bool:
    """A verb conjoined to another with a subject of its own, with or without a tense of its own
    ("troops shelled the town and rebels bombed a checkpoint"; "four were burnt alive in the clash and
    two killed in police firing"): the merge of attacks reads a toll told so as one of another attack.
    (Looser than parsing.conjoined_clause, which modality and _told_within read: there a gapped
    participle shares the first conjunct's auxiliary and governor, here its toll is its own.)"""
    return token.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)


def _told_within(token, governor) -> bool:
    """Is the trigger part of what the governor tells: below it, and not in a conjoined clause with a
    subject of its own ("the missiles would have hit the capital, but a drone struck a depot")?"""
    for word in (token, *token.ancestors):
        if word == governor:
            return True
        if conjoined_clause(tokens_of(word.doc), word.i):
            return False
    return False


def _side(token) -> tuple[str, str] | None:
    """Whose side a party named by this word is on: its country, else its sector (a state's
    government, army and police are one side), or those of whom it belongs to ("the group's
    spokesperson"); None for a pronoun, a word owned by a pronoun ("its troops": the speaker's
    side, unread) or a word no country or sector word names."""
    if token.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None) or next(
        (g for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "for"} for g in c.children if g.dep_ == "pobj"), None)
    if owner is not None:
        return _side(owner)  # "the group's spokesperson", "a spokesman for the army": whom he speaks for
    phrase = T.modified_word(tokens_of(token.doc), token.i)  # (no owner here: a "poss" child returned above)
    if (country := country_of(phrase)) is not None:
        return ("country", country)
    sector = sector_of(phrase)
    if sector is None:
        return None
    return ("sector", "state" if sector in STATE_SECTORS else sector)


def _other_side(denier, doer) -> bool:
    """Are the denier and the doer of the act it denies known to be on different sides (a country
    against another country, or sectors: villagers and rebels, residents and the army)? A country
    and one of its own sectors ("Pakistan" and "militants") compare as sectors."""
    sides = _side(denier), _side(doer)
    if None in sides:
        return False
    (kind_a, a), (kind_b, b) = sides
    if kind_a == kind_b:
        return a != b
    country_side = "state"  # a country acting is its state
    return (a if kind_a == "sector" else country_side) != (b if kind_b == "sector" else country_side)


def _names_its_doer(token) -> bool:
    """A blow whose clause names who struck ("villages attacked by Fulani gunmen", "men who lynched a
    trader"): news of an attack, not only a description of its victims or of who they are."""
    # (not "which" or "that": "the torching of the train which killed scores" names a known attack, no doer)
    return any(c.dep_ == "agent" for c in token.children) or (token.tag_ == "VBD" and any(
        c.dep_ == "nsubj" and c.lower_ not in {"which", "that"} for c in token.children))


def _told_as_news(event: Event) -> bool:
    """An act told with its own toll ("after Pakistani troops killed two Indian soldiers", "after
    gunmen killed more than 100 villagers"): news in its own right, whatever answered it. (Not a
    day in its phrase: "after a demonstration over fraud in Sunday's elections" dates the elections.)"""
    return any(n is not None for n in (event.killed, event.wounded, event.captured))


def _named_with_its_own_news(token) -> bool:
    """ "The Israeli raid on Gaza on Monday, which killed 12 people, was condemned by the UN": an act
    named with a day or a clause of its own is reported there, not only referred to."""
    return any(t.ent_type_ in {"DATE", "TIME"} for t in token.subtree if t.i != token.i) \
        or any(c.dep_ == "relcl" for c in token.children)


def _the_time_after(token, told_earlier: Callable[..., bool]) -> bool:
    """ "after the clashes", "following the violence", "after the recent killings in the state": an
    attack named by the definite article as the time after which the sentence's act or state comes.
    With words that describe it, only an attack an earlier sentence told (`told_earlier`: in a lead,
    "after the attack on the convoy by gunmen, two peacekeepers died" is the news), and not where
    what comes after tells harm to people, nor one with its own clause ("after the attack that
    killed 12": its toll is told) or a part of them ("after one of the strikes")."""
    if token.dep_ != "pobj" or token.head.lower_ not in T.TIME_AFTER_PREPS:
        return False
    if names_only_by_article(token):
        return True
    return _definite_with_modifiers(token) and not _tells_harm_beside(token.head.head, token) and told_earlier(token)


def _tells_harm_beside(clause, act) -> bool:
    """Does the clause tell harm to people outside the act's own words ("two villagers died after the
    attack", "no one was hurt when the attack took place"), negated or not: the toll is news."""
    inside = {t.i for t in act.subtree}
    return any(t.i not in inside and t.lemma_.lower() in T.CASUALTY_WORDS | actor_words("victim_subject_verbs")
               for t in clause.subtree)


def _dates_as_a_year(table, t: int) -> bool:
    """Is the number at t a year: a date preposition's object ("in 1898"; YEAR_PREPS) or a month's or
    day's ("May 1915")? The model tags counts and clock times as dates too ("1930 rebels were killed",
    "at 1930 local time")."""
    head = table.head[t]
    return table.dep[t] == "pobj" and table.lower[head] in T.YEAR_PREPS \
        or head != t and table.ent_type[head] == "DATE" and table.text[head].isalpha()


def _known_act_timing_a_clause(token, told_earlier: Callable[..., bool]) -> bool:
    """ "since the protests in Yerevan began", "after the clashes ended", "when the attack took
    place": an act named as known (a definite article or an owner, no figure) as the subject of a
    clause of time, which its course only dates (classes.yaml TIME_CLAUSE_MARKS)."""
    clause = token.head
    lemma = clause.lemma_.lower()
    # the object that makes an occurrence phrase of the verb ("took place": classes.yaml OCCURRENCE_VERBS)
    phrase_words = [c for c in clause.children if f"{lemma} {c.lower_}" in T.OCCURRENCE_VERBS]
    # "when" times a clause only with a bare occurrence verb (classes.yaml WHEN_OCCURRENCE_VERBS), for an
    # act an earlier sentence told, and a main clause that tells no harm ("when the massacre took
    # place, the governor was away"; not "when the clashes broke out, police fired": the onset is news)
    when_timed = T.has_child(clause, {"advmod"}, {"when"}) \
        and (lemma in T.WHEN_OCCURRENCE_VERBS or any(f"{lemma} {c.lower_}" in T.WHEN_OCCURRENCE_VERBS for c in phrase_words)) \
        and not _tells_harm_beside(clause.head, clause) and told_earlier(token)
    timed = T.has_child(clause, {"mark"}, T.TIME_CLAUSE_MARKS) or when_timed
    # (a clause that tells what the act did, "after the clashes left five dead", tells it as news;
    # a PROPN: lower-case text tags "the godhra massacre" as a name)
    return token.dep_ == "nsubj" and token.pos_ in {"NOUN", "PROPN"} and clause.dep_ == "advcl" \
        and timed and not T.has_child(token, {"nummod"}) \
        and not any(c.dep_ in {"dobj", "oprd", "ccomp"} and c not in phrase_words for c in clause.children) \
        and (T.has_child(token, {"det"}, DEFINITE) or T.has_child(token, {"poss"}))


def _ended(token) -> bool:
    """Is the act the object of a verb that ends it ("ending their five-day strike", "called off the
    sit-in"; classes.yaml ENDING_VERBS), its passive subject ("after the rally was called off"), or
    what an end is brought to ("bringing an end to the strike": ENDING_NOUNS, ENDING_NOUN_GOVERNORS)?"""
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ == "to":
        # "to" on the end ("bringing an end to the strike") or on the verb ("brought an end to the strike")
        governor = verb.head.head if verb.head.dep_ == "dobj" else verb.head
        return governor.lemma_.lower() in T.ENDING_NOUN_GOVERNORS and not _ended_by_force(governor) and any(
            o.dep_ == "dobj" and o.lemma_.lower() in T.ENDING_NOUNS for o in governor.children)
    return token.dep_ in {"dobj", "nsubjpass"} and not T.verb_names(verb).isdisjoint(T.ENDING_VERBS) \
        and not _ended_by_force(verb)


def _ended_by_force(verb) -> bool:
    """Is the act ended by an armed party's agent ("the rally was ended by police with tear gas")? A
    protest dispersed is the story's. (Not yet an armed subject, "police ended the rally": the
    protest's source would then be read as the police.)"""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in T.ARMED_ACTORS
               for c in verb.children if c.dep_ == "agent" for g in c.children)


def _infinitive_on_noun(table, verb: int) -> bool:
    """ "a deal to exchange prisoners", "the decision to suspend the talks": an infinitive on a noun
    (an acl, or a relcl as the parser often reads it)."""
    return table.dep[verb] in {"acl", "relcl"} and table.tag[verb] == "VB" and T.has_child_at(table, verb, {"aux"}, {"to"}) \
        and table.pos[table.head[verb]] in {"NOUN", "PROPN"}


def _protested_against(table, noun: int, type_at) -> bool:
    """Is the noun what a protest is against ("marched against the decision ...", "protests over the
    plan ...")?"""
    prep = table.head[noun]
    return table.dep[noun] == "pobj" and table.lower[prep] in T.GRIEVANCE_PREPS and type_at(table.head[prep]) == "PROTEST"


def _told_in_the_past(table, verb: int) -> bool:
    """A clause in the simple past or the past perfect, active or passive ("who killed", "who
    were arrested", "who had fired"), without a modal: an act done, not one wished or feared."""
    auxiliaries = [c for c in table.children[verb] if table.dep[c] in {"aux", "auxpass"}]
    if any(table.lower[a] in T.MODAL_AUX | T.FUTURE_AUX for a in auxiliaries):
        return False
    if table.tag[verb] == "VBD":
        return not auxiliaries
    return table.tag[verb] == "VBN" and bool(auxiliaries) and table.tag[auxiliaries[0]] == "VBD"


def _hedged(table, verb: int) -> bool:
    """Does the clause tell its act as only said to be done ("who allegedly killed", "for reportedly
    torturing"; classes.yaml HEDGE_ADVERBS)?"""
    return any(table.lower[c] in T.HEDGE_ADVERBS for c in table.children[verb])


def _purpose_infinitive(table, verb: int) -> bool:
    """An infinitive of purpose without a subject of its own ("sent troops to protect the border")."""
    return table.tag[verb] == "VB" and T.has_child_at(table, verb, {"aux"}, {"to"}) \
        and not T.has_child_at(table, verb, {"nsubj", "nsubjpass"})


def _referred_to_by_its_record(token) -> bool:
    """ "Germany turned over the files on the bombing", "Two suspects in the bombing were
    extradited", "No arrests were made in connection with the protest": an act named by its
    article alone in a phrase of a noun of its record or its inquiry (classes.yaml RECORD_NOUNS:
    files, suspects, investigation, trial, connection ...) is a known one the sentence refers to,
    not one it reports."""
    if token.dep_ != "pobj" or token.head.lower_ not in {"on", "in", "into", "over", "about", "behind", "for", "of", "with"} \
            or not (names_only_by_article(token) or _definite_with_modifiers(token)):
        return False
    noun = token.head.head
    if noun.pos_ == "VERB":
        # the phrase hung on the verb that acts on the record's noun ("police questioned two suspects
        # in the bombing", "detectives studied the evidence on the attack")
        noun = next((c for c in noun.children if c.dep_ == "dobj"), noun)
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in T.RECORD_NOUNS and trigger_of(noun) is None


def _definite_with_modifiers(token) -> bool:
    """ "a hearing on the Chinese incursions", "the trial over the 2008 Mumbai bombings": in a record's
    phrase the definite article points back to a known act whatever words describe it (a part of
    them, "one of the strikes", is told anew). Not modality._definite, which asks only whether a word
    is determined, by a definite article or a possessor, whatever else hangs on it ("their march", "the
    arrests made by police"): here the article must be all that picks the act out, as in
    background.names_only_by_article, with words of description allowed beside it but no clause or
    possessor of its own, which would tell the act anew ("the strikes that hit Kyiv on Monday")."""
    share = share_of(token)
    return (share is None or share.pos_ not in {"NUM", "PRON", "ADJ"}) and token.pos_ == "NOUN" \
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children) \
        and all(c.dep_ in {"det", "punct", "amod", "compound", "nmod", "nummod", "prep"} for c in token.children)


def _inquired_into(token) -> bool:
    """ "set up a joint investigation team into the drone incursions", "a probe panel into the
    custodial deaths": an act an inquiry named by a body's noun (its compound one of classes.yaml
    INQUIRY_NOUNS; an inquiry noun that is a trigger governs its content already) is "into" is a
    known one, investigated, not one the sentence reports, whatever words of its own it has."""
    if token.dep_ != "pobj" or token.head.lower_ != "into":
        return False
    body = token.head.head
    if body.pos_ == "VERB":
        body = next((c for c in body.children if c.dep_ == "dobj"), body)  # (the parser hangs "into" on "set up")
    return body.pos_ == "NOUN" and any(c.dep_ == "compound" and c.lemma_.lower() in T.INQUIRY_NOUNS for c in body.children)


def _where_forces_stand(token) -> bool:
    """ "the 4,000 Russian troops stationed in Moldova", "U.S. forces based in Okinawa": a bare past
    participle of a deployment on the forces' noun, with no doer and no time of its own, tells
    where they stand, not a deployment ("troops deployed to the border on Monday" is one; "troops
    sent by NATO" too). Only beside a verb of the sentence: with none, the participle is the
    sentence's own verb misread ("Thousands of volunteers enlisted in the army")."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and token.sent.root.pos_ in {"VERB", "AUX"} and not any(
        c.dep_ in {"agent", "aux", "auxpass", "npadvmod"} for c in token.children)


def _refuses_to_meet(token) -> bool:
    """ "Israel said it would not negotiate with the militants", "Colombia will not negotiate with
    the guerrillas": talks a party says it will not hold with a named other are refused (PLOVER
    REJECT). Not talks the calendar lacks ("the two leaders will not meet this week": no party
    turned away)."""
    return negated(token) and T.will_or_would(token) and (
        T.has_child(token, {"dobj"}) or T.has_child(token, {"prep"}, {"with"}))


def _lifts_own_siege(token) -> bool:
    """ "Serb forces lifted their siege of Sarajevo", "the rebels lifted the siege of the town": a
    siege (SIEGES) an armed force (MILITARY_FORCES) lifts is its withdrawal, not a concession of a
    government; a road blockade lifted by activists or by the police is one."""
    return T.has_child(token, {"dobj", "nsubjpass"}, T.SIEGES, "lemma") and T.subject_among(token, T.MILITARY_FORCES)


def _simple_past(token) -> bool:
    """Told in the simple past, active or passive ("attacked", "was arrested"), not the perfect."""
    auxiliaries = [c for c in token.children if c.dep_ in {"aux", "auxpass"}]
    return token.tag_ == "VBD" and not auxiliaries or token.tag_ == "VBN" and len(auxiliaries) == 1 and (
        auxiliaries[0].dep_ == "auxpass" and auxiliaries[0].tag_ == "VBD")


def _own_day(token, sent, published: dt.date | None):
    """The date a phrase on the trigger itself gives ("on Saturday", "Saturday", "on March 3"; for a
    noun, its own "on Friday"), resolved, or None. Only a day: a month or a year on the act frames it."""
    phrases = []
    for child in token.children:
        if child.dep_ in {"npadvmod", "tmod"} and _is_time(child) and child.ent_type_ == "DATE":
            phrases.append(child)
        elif child.dep_ == "prep" and child.lower_ in {"on", "during", "overnight", "early", "late"} and any(
                g.dep_ == "pobj" and _is_time(g) for g in child.children):
            phrases.append(child)
    if not phrases:
        return None
    base = sent.start_char
    text = sentence_text(sent)
    chars = [" "] * len(text)
    # the phrases, and the verb with its auxiliaries for their tense ("On Friday, a helicopter came
    # under fire": last Friday; "will meet on Friday": the next)
    kept = [(p.left_edge.idx, p.right_edge.idx + len(p.right_edge)) for p in phrases]
    # (a subject noun's tense is its verb's: "The strikes on Monday hit Kharkiv" is last Monday; not
    # an object's: "invited the leaders for talks on Wednesday" are talks to come)
    verb = token.head if token.dep_ in {"nsubj", "nsubjpass"} else token
    tensed = [token] + ([verb] if verb is not token and verb.pos_ in {"VERB", "AUX"} else [])
    kept += [(w.idx, w.idx + len(w)) for t in tensed for w in [t, *(c for c in t.children if c.dep_ in {"aux", "auxpass"})]]
    for left, right in kept:
        chars[left - base:right - base] = text[left - base:right - base]
    found = resolve_date("".join(chars), published)
    return found if found is not None and found.precision == "day" else None


def _is_time(token) -> bool:
    """A day, a date or a stretch of time ("Nov. 7", "that night", "in 1999")."""
    return token.ent_type_ in {"DATE", "TIME"} or token.lemma_.lower() in T.TIME_NOUNS or names_a_day_or_month(token.lemma_)


def _secondary(event: Event) -> bool:
    """Kept apart from the story's events: background, conditional, and restrictions only planned
    ("will extend the night-time curfew", "planned to impose a curfew": no one is confined yet). A
    planned arrest is left to the police classifier (police.review_doubted), which may confirm it;
    an attack planned stays an event, as a military plan the story reports."""
    return event.background or event.modality == "conditional" or (
        event.modality == "planned" and event.type == "COERCE" and event.subtype != "arrest")


def _under_an_agreement(token) -> bool:
    """ "Under the deal struck late on Sunday, Serbia will allow international monitors into
    Kosovo": an act to come that a phrase "under" an agreement (classes.yaml AGREED_FRAMES) frames
    is that agreement's content, not an act of the story (the agreement itself, or a promise
    told as AGREE, is: the caller keeps AGREEMENT_TYPES)."""
    table = tokens_of(token.doc)
    verb = token.i
    if table.pos[verb] in {"NOUN", "PROPN"} and table.dep[verb] in {"dobj", "nsubjpass"}:
        verb = table.head[verb]  # "will hold talks under the accord"
    # (the parser may hang the phrase on the agreement's own participle, read as a clause of the
    # verb: "Under the deal struck on Sunday, Serbia will allow ...")
    heads = [verb] + [c for c in table.children[verb] if table.dep[c] == "advcl" and c < verb]
    return any(table.dep[c] == "prep" and table.lower[c] == "under" and any(
        table.dep[g] == "pobj" and table.lemma[g].lower() in T.AGREED_FRAMES for g in table.children[c])
        for h in heads for c in table.children[h])


def _nested_town(best, ranked):
    """A town the sentence places inside the chosen wider place, which then is only its address:
    "the Black Sea port of Novorossiysk", "the North Darfur capital of El Fasher", "the town of
    Shostka in the northern Sumy region"."""
    _, _, _, place, _, tok = best
    if place.kind not in {"admin1", "region"}:
        return None
    for other in sorted(ranked, key=lambda r: r[:3]):
        town, town_tok = other[3], other[5]
        if town.kind != "city" or other is best:
            continue
        # "<place> port/capital/town of <town>"
        head = tok.head if tok.dep_ in {"compound", "amod", "nmod", "poss"} else None
        if head is not None and any(c.dep_ == "prep" and c.lower_ == "of" and town_tok in c.subtree for c in head.children):
            return other
        # "<town>, the capital of the <region>": an apposition gives the town its address
        if any(c.dep_ == "appos" and tok in c.subtree for c in town_tok.children):
            return other
        # "<town> in the (northern) <region>": the region is the town's address
        between = tok.doc[town_tok.i + 1 : tok.left_edge.i]
        if town_tok.i < tok.i and len(between) <= 4 and any(t.lower_ in {"in", ","} for t in between) and all(
                t.lower_ in {"in", ",", "the"} or t.pos_ == "ADJ" for t in between):
            return other
        # "In the Belgorod Region, ... a drone hit a house in Shebekino": a town near the region's centre
        if place.kind == "admin1" and town.country == place.country and other[0] <= best[0] + 2 \
                and None not in (town.lat, place.lat) and km(town.lat, town.lon, place.lat, place.lon) < 150:
            return other
    return None


def _enclosing_clause(token):
    """The relative or adverbial clause the trigger sits in, the nearest one up (None in the main
    clause): a time it names is the trigger's before any other of the sentence."""
    for position in path_up(token.doc, token.i):
        if tokens_of(token.doc).dep[position] in {"relcl", "advcl"}:
            return token.doc[position]
    return None


def own_clause(token) -> int | None:
    """The position of the clause of its own the trigger tells its act in: an adverbial clause opened
    by "after" (SEPARATE_ACT_MARKS) with a subject of its own ("Police opened fire after protesters
    pelted stones", "Russian strikes killed five in Kharkiv a day after Ukrainian drones hit a
    refinery") is another act, by other actors, on another day; None in the main clause."""
    return own_clause_of(tokens_of(token.doc), token.i)


def _figures_text(text: str, token, sent) -> str:
    """The part of a sentence text (blanked with spaces, offsets kept) that holds the figures of the
    trigger's act: its own clause (own_clause), or the sentence without the clauses of their own."""
    chars, base = list(text), sent.start_char
    mine = own_clause(token)
    if mine is not None:
        clause = sent.doc[mine]
        left, right = clause.left_edge.idx - base, clause.right_edge.idx + len(clause.right_edge) - base
        return (" " * left + text[left:right] + " " * (len(text) - right))[:len(text)]
    path = path_up(sent.doc, token.i)
    for i in _read_once(sent, "separate acts", _separate_act_clauses):
        if i not in path:
            clause = sent.doc[i]
            left, right = clause.left_edge.idx - base, clause.right_edge.idx + len(clause.right_edge) - base
            chars[left:right] = " " * (right - left)
    return "".join(chars)


def _separate_act_clauses(sent) -> tuple[int, ...]:
    """The verbs of the sentence's clauses of another act (actors.is_separate_act_clause), in order."""
    table = tokens_of(sent.doc)
    return tuple(i for i in range(sent.start, sent.end) if is_separate_act_clause(table, i))


# Number words a span of days may be given in ("two days after").
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}
_DAYS_IN = {"day": 1, "week": 7}


def _days_before(clause) -> int | None:
    """How many days an "after" clause tells its act came before the main clause's ("a day after",
    "three days after", "two weeks after"), or None."""
    for child in clause.children:
        unit = _DAYS_IN.get(child.lemma_.lower())
        if child.dep_ != "npadvmod" or unit is None:
            continue
        for count in child.children:
            word = count.lower_
            if count.dep_ in {"det", "nummod"} and (word in _COUNT_WORDS or word.isdigit() and int(word) < 60):
                return unit * (_COUNT_WORDS.get(word) or int(word))
    return None


def _told_as_earlier(clause) -> bool:
    """An adverbial clause opened by "after" or "since": what it tells came before the main
    clause's time, which bounds its day but is not its day ("introduced power cuts on Tuesday
    after Russia hit power plants": the strikes were on Tuesday or before, and they do not give
    the story its day)."""
    return clause is not None and clause.dep_ == "advcl" and T.has_child(clause, {"mark"}, T.EARLIER_MARKS)


def _names_an_act(noun) -> bool:
    """Is the noun an act of the lexicon or an attack word ("the explosion", "the clashes", "the rally"), not
    a participant of one?"""
    return trigger_of(noun) is not None or is_attack_word(noun)


def _without_other_clauses(token, sent, within=None) -> str:
    """The sentence with the clauses that tell of other happenings blanked out, so that their
    dates are not the event's: "... killed nine people, the deadliest day since a ceasefire
    took effect in November"; "Mr. Lai, who took office in May 2024, condemned the drills".
    `within`: the trigger's own relative or adverbial clause (_enclosing_clause), all outside it
    blanked too: a time that clause names is the trigger's ("lifted a state of emergency that was
    imposed six months ago after tribal clashes": the clashes are six months old, not Sunday's).
    Blanked with spaces: the text keeps its length and the date finder its offsets."""
    text = sentence_text(sent)
    chars = list(text)
    base = sent.start_char
    if within is not None:
        left, right = within.left_edge.idx - base, within.right_edge.idx + len(within.right_edge) - base
        chars[:left], chars[right:] = " " * left, " " * (len(chars) - right)
    path = set(path_up(sent.doc, token.i))  # the tokens whose subtree holds the trigger
    table = tokens_of(sent.doc)

    def blank(t, at_least_to: int = 0) -> None:
        """Spaces over the clause under t (and on to `at_least_to`): the text keeps its offsets."""
        left, right = t.left_edge.idx - base, max(t.right_edge.idx + len(t.right_edge) - base, at_least_to)
        chars[left:right] = " " * (right - left)

    for i in _read_once(sent, "agreement years", _agreement_years):
        if table.head[i] not in path:
            # "under the 1951 mutual defence treaty", "withdrew from the 2015 nuclear deal": a year on an
            # agreement a preposition names is the agreement's name, not the act's day
            chars[table.idx[i] - base : table.idx[i] - base + 4] = " " * 4
    # (the words that may tell of another happening by what they are alone)
    attacks = frozenset() if is_attack_word(token) else _read_once(sent, "attacks", _attack_names)
    modal_clauses, clauses = _read_once(sent, "modal", _modal_clauses), _read_once(sent, "clauses", _clause_words)
    for i in sorted(attacks | modal_clauses | clauses):
        if i in attacks and i not in path:
            # "arrested in connection with the February 27 carnage", "condemned the February 27
            # carnage", "convicted five policemen of killing a student on February 2", "arrested two
            # suspects in the January 5 bombing", "the january 5 blast case": the day of another kind of
            # happening, named by its noun or gerund, is not the event's
            # (one it follows or precedes bounds it: "suspended cooperation after the strikes in June")
            blank(sent.doc[i])
            continue
        if i in modal_clauses and table.head[i] == token.i:
            # "warned that it would attack Hezbollah positions on Friday", "said it would withdraw
            # on Friday": the day of the act to come the clause tells, not the warning's
            blank(sent.doc[i])
            continue
        if i not in clauses:
            continue  # none of the clauses below: no Token built
        t = sent.doc[i]
        if t.dep_ == "acl" and i not in path and token not in t.subtree and (any(
                trigger_of(d) is not None for d in t.subtree if d.i != i) or _done_to_its_noun(t, token)
                or t.head.i != token.i and (kind := trigger_of(t)) is not None and kind[0] != (trigger_of(token) or ("",))[0]):
            # "offered to hand over two nationals suspected of blowing up a plane in 1988", "the 12 men
            # arrested on February 27 were released on Friday", "the ceasefire agreed on February 20
            # collapsed": a participle describing someone or something by another happening carries
            # that happening's date (not one on the trigger itself, "the summit, set for Friday", nor
            # the same act told on: "set on fire, killing 58 people on February 27")
            blank(t)
            continue
        if t.dep_ == "acl":
            continue
        if t.dep_ == "advcl" and t.tag_ == "VBG" and t.lemma_.lower() in T.SPEECH_VERBS and token not in t.subtree:
            # "dismissed an appeal, saying they had lost all trust in the government they rose up
            # against on September 19": what is said is not when the act was done
            blank(t)
            continue
        if t.dep_ in {"advcl", "relcl"} and i not in path and t.head.i not in path and (
                t.head.head.i != token.i or t.head.dep_ == "conj" and t.head.pos_ in {"NOUN", "PROPN"}):
            # "paid compensation for assets they lost when Amin expelled them 18 years ago", "suing
            # the US for damages which were caused by a missile attack in August": a clause on
            # another verb, or on a noun that is not the event's own participant, tells its own
            # time (one on the event's own description or participant may tell the event's: "the
            # summit, set to take place on Friday", "detained men who tried to flee on Saturday"; a
            # noun the parser joins to the verb is none: "people are being massacred and the anarchy
            # that was unleashed on February 27 still reigns").
            blank(t)
            continue
        if t.dep_ == "relcl" and i not in path \
                and counts_back(text[t.left_edge.idx - base:t.right_edge.idx + len(t.right_edge) - base]) and not _names_an_act(t.head):
            # "troops who arrived two weeks ago shelled the town", "arrested a man who had attacked a shop
            # two weeks back": a span counted back from the story's day dates the clause's own act on a
            # participant, long before the story's (a restrictive clause's day may be the event's: "detained
            # men who tried to flee on Saturday"; a clause on a noun of an act dates that act: "the explosion
            # that happened two days ago killed four")
            blank(t)
            continue
        if t.dep_ in {"relcl", "appos"} and i not in path and t.left_edge.i > sent.start \
                and t.doc[t.left_edge.i - 1].text == ",":
            # "Mr. Lai, who took office in May 2024, condemned the drills": the aside's date. A
            # restrictive clause may carry the event's ("detained men who tried to flee on Saturday").
            blank(t)
            continue
        if t.lower_ != "since" or i in path or t.i < token.i and t.dep_ not in {"prep", "mark"}:
            continue
        if t.i > token.i:
            # The parser often hangs the clause's verb elsewhere: blank to the clause's end.
            blank(t, t.idx - base + re.search(r"[,;]|$", text[t.idx - base:]).start())
        else:
            blank(t)
    return "".join(chars).strip()


_OTHER_KEY = "frontwire.events.other_happenings"


def _read_once(sent, what: str, read):
    """read(sent), kept per sentence in the Doc's user data: each trigger of the sentence asks, two
    or three times for its date, and once for its figures."""
    return kept_in_doc(sent.doc, _OTHER_KEY, (sent.start, what), read, sent)


def _attack_names(sent) -> frozenset[int]:
    """The nouns and gerunds of the sentence that name an attack, not as the time they place the
    event by ("after the strikes")."""
    table = tokens_of(sent.doc)
    return frozenset(i for i in range(sent.start, sent.end) if table.dep[i] != "conj" and table.children[i]
                     and not _placed_in_time_by(table, i) and _names_an_attack(table, sent.doc, i))


def _modal_clauses(sent) -> frozenset[int]:
    """The reported clauses of the sentence that tell of an act to come ("said it would withdraw")."""
    table = tokens_of(sent.doc)
    return frozenset(i for i in range(sent.start, sent.end)
                     if table.dep[i] == "ccomp" and T.has_child_at(table, i, {"aux"}, T.MODAL_AUX))


def _clause_words(sent) -> frozenset[int]:
    """The relative, adverbial and participle clauses, appositions and "since" of the sentence."""
    table = tokens_of(sent.doc)
    return frozenset(i for i in range(sent.start, sent.end)
                     if table.dep[i] in {"advcl", "relcl", "appos", "acl"} or table.lower[i] == "since")


def _names_an_attack(table, doc, i: int) -> bool:
    """Does the word name an attack: an attack noun, a noun with one as its compound ("the blast
    case"), or a gerund of attacking after a preposition ("for killing a student")?"""
    return table.pos[i] == "NOUN" and (T.is_attack_noun(table.lemma[i].lower()) or any(
        table.dep[c] == "compound" and T.is_attack_noun(table.lemma[c].lower()) for c in table.children[i])) \
        or table.tag[i] == "VBG" and table.dep[i] == "pcomp" and is_attack_word(doc[i])


def _placed_in_time_by(table, noun: int) -> bool:
    """Is the noun the object of a preposition that places the event in time relative to it ("after
    the strikes", "during the riots"; not "in": "arrested two suspects in the bombing" is its case)?"""
    return table.dep[noun] == "pobj" and table.lower[table.head[noun]] in T.TIME_PREPS


def _without_victim_descriptions(token, sent) -> str:
    """The sentence with the phrases that name victims of an attack told elsewhere blanked out
    ("He said all 11 children killed were students, and that more than 30 people had been
    wounded"): their figure is a part of a toll already given, not this event's. Blanked with
    spaces, as in _without_other_clauses."""
    chars = list(sentence_text(sent))
    base = sent.start_char
    # (describes_victims needs a participle modifying a noun: no Token built for other words)
    for i in _read_once(sent, "participles", _describing_participles):
        t = sent.doc[i]
        # Victims as the subject of what is said of them; "put its losses at two soldiers killed" is a toll.
        if t is not token and describes_victims(t) and t.head.dep_ in {"nsubj", "nsubjpass"} and token not in t.head.subtree:
            phrase = t.head
            left, right = phrase.left_edge.idx - base, phrase.right_edge.idx + len(phrase.right_edge) - base
            chars[left:right] = " " * (right - left)
    return "".join(chars).strip()


def _describing_participles(sent) -> tuple[int, ...]:
    """The past participles of the sentence that modify a noun ("children killed"), in order."""
    table = tokens_of(sent.doc)
    return tuple(i for i in range(sent.start, sent.end) if table.dep[i] == "acl" and table.tag[i] == "VBN")


def _agreement_years(sent) -> tuple[int, ...]:
    """The years of the sentence that name an agreement a preposition names (_names_an_agreement,
    on the object of a preposition: "under the 1951 treaty")."""
    table = tokens_of(sent.doc)
    return tuple(i for i in range(sent.start, sent.end)
                 if _names_an_agreement(table, i) and table.dep[table.head[i]] == "pobj")


def _names_an_agreement(table, i: int) -> bool:
    """Is the word a year modifying an agreement noun (classes.yaml AGREEMENTS: "withdrew from the 2015
    nuclear deal", "in breach of the 1994 accord")? The year names the agreement, not the act's day."""
    return table.dep[i] in {"nummod", "compound", "amod", "nmod"} and table.lemma[table.head[i]].lower() in T.AGREEMENTS \
        and len(table.text[i]) == 4 and table.text[i].isdigit()


def _phrase_positions(table, i: int) -> list[int]:
    """The positions of a phrase without the clauses inside it ("soldiers captured in 2022" gives
    "soldiers") nor its "since" baseline ("the first talks since 2022"), from the token table."""
    out = [i]
    for child in table.children[i]:
        if table.dep[child] not in {"relcl", "acl", "advcl", "ccomp", "xcomp", "appos"} and table.lower[child] != "since":
            out += _phrase_positions(table, child)
    return out


def _period_end(date: str, precision: str | None) -> dt.date:
    """Last day of the period a resolved date stands for ("in 2022" ends on 31 December)."""
    day = dt.date.fromisoformat(date)
    if precision == "year":
        return dt.date(day.year, 12, 31)
    if precision == "month":
        following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    if precision == "week":
        return day + dt.timedelta(days=6)
    return day


def date_from_story(events: list[Event], published: dt.date | None, speech_dated: Container[int] = frozenset()) -> None:
    """ "Two days earlier, five soldiers were killed ...": such an event is dated from a day the
    text gave before it, not from the publication date. The anchor is the story's first event
    of the same type dated by its own words (the attack the story leads with, not "claimed
    responsibility for the attack by Monday evening" nor "a monitor said on Saturday"), else
    the last dated event of any type."""
    def own_day(event: Event) -> bool:  # a day the sentence gives, not publication's
        return event.date_source == "text" and event.date_precision == "day" and bool(event.date)

    in_order = sorted(events, key=lambda e: e.start)
    first_day: dict[str, dt.date] = {}
    last_day: dt.date | None = None
    for event in in_order:
        if own_day(event):
            last_day = dt.date.fromisoformat(event.date)
            if id(event) not in speech_dated:
                first_day.setdefault(event.type, last_day)
            continue
        offset = story_offset_days(event.evidence) if event.date_source == "publication" else None
        anchor = first_day.get(event.type) or last_day
        if offset is not None and anchor is not None:
            event.date, event.date_precision = (anchor + dt.timedelta(days=offset)).isoformat(), "day"
            event.date_source = "story"
    # An attack the text gives no day for is the story's attack: "In Kryvyi Rih, a missile hit
    # a power plant" after "The strikes, launched overnight on Nov. 17, ...".
    story_day = next((dt.date.fromisoformat(e.date) for e in in_order if e.type == "ASSAULT" and own_day(e)
                      and id(e) not in speech_dated and not e.background), None)
    if story_day is None or published is None or not 0 < (published - story_day).days <= STORY_WEEK_DAYS:
        return  # the story's day is a recent one, not publication's or a past war's
    for event in events:
        if event.type == "ASSAULT" and event.date_source == "publication":
            event.date, event.date_precision, event.date_source = story_day.isoformat(), "day", "story"


def inherit_days(events: list[Event], text: str, published: dt.date | None, set_aside: Container[int] = frozenset()) -> None:
    """An event told as done whose sentence gives no day happened on the day the sentence before it
    in the same paragraph gave its event ("... held a flag meeting on Wednesday. The Indian side
    lodged a strong protest ..."), not on the day of publication; a day of the last week only (an
    older day is a recalled act's, not the news the paragraph goes on with). An act to come ("Turkey
    will host the next round") has no day yet, and an event set aside or secondary gives none.
    Statements and charges go on with the day too ("Russian drones hit Odesa on Sunday. Ukraine's
    foreign ministry condemned the attack"; "Police arrested him on Wednesday. He was charged with
    murder"): a reaction told in the same paragraph is most often the same day's, and leaving
    SPEECH_ACT_TYPES out cost tests/corpus 3 of 147 dates (date accuracy .939 -> .918)."""
    if published is None:
        return
    for previous, event in zip(events, events[1:]):
        if event.date_source == "publication" and event.modality == "asserted" and not _secondary(event) \
                and id(event) not in set_aside and not _secondary(previous) and id(previous) not in set_aside \
                and previous.date_source in {"text", "story"} and previous.date_precision == "day" \
                and 0 <= (published - dt.date.fromisoformat(previous.date)).days <= STORY_WEEK_DAYS \
                and "\n\n" not in text[previous.start:event.start]:
            event.date, event.date_source = previous.date, "story"


def inherit_places(events: list[Event], text: str) -> None:
    """An event with no place in its sentence happened where the one before it in the same
    paragraph did ("...blocked a road in Jerusalem. Police said three were detained.")."""
    for previous, event in zip(events, events[1:]):
        if event.place is None and previous.place and "\n\n" not in text[previous.start:event.start]:
            event.place, event.lat, event.lon, event.country = previous.place, previous.lat, previous.lon, previous.country


def fill_gaps(into: Event, source: Event) -> None:
    """Fill what `into` lacks (place, coordinates, figures) from another mention of its happening."""
    for field in GAP_FIELDS:
        if getattr(into, field) is None and getattr(source, field) is not None:
            setattr(into, field, getattr(source, field))


def one_attack_per_sentence(found: list[Event], token_of: dict, own_attack: Container[int] = frozenset()) -> list[Event]:
    """ "Russian drones struck the port of Odesa, killing two people": one act told twice in a
    sentence is one event, with its casualties once. The attack keeps the event; a casualty verb
    only adds figures, and another wording of the same act in the attack's own clause ("resorted
    to firing", "struck the depot, setting it on fire") fills what the attack lacks."""
    attacks = [e for e in found if e.type == "ASSAULT"]
    if len(attacks) < 2:
        return found
    def is_casualty(event: Event) -> bool:
        return token_of[id(event)].lemma_.lower() in T.CASUALTY_WORDS

    def told_as_done(event: Event) -> bool:
        # (not one that would have been, might be or will be: "the missiles would have hit the
        # capital, but troops shelled a depot")
        return not _secondary(event) and event.modality not in {"denied", "hypothetical", "conditional", "planned"}

    def toll_only(event: Event) -> bool:
        """A casualty word that tells no doer ("were killed", "died", ", killing six"): a toll, not an
        act of its own ("Israeli troops killed two Palestinians ... after gunmen opened fire" is one)."""
        token = token_of[id(event)]
        return is_casualty(event) and not (T.has_child(token, {"nsubj"}) and not T.has_child(token, {"auxpass"}))

    # an act in a clause of its own is another act: each clause on its own
    clause_of = {id(e): own_clause(token_of[id(e)]) for e in attacks}
    attack_clauses = {clause_of[id(e)] for e in attacks if told_as_done(e) and not toll_only(e)}
    if len(attack_clauses) == 1:
        # a toll in a clause with no attack told as done goes to the attack that is ("a missile hit the
        # building after air defences failed to intercept it, killing nine"; "introduced power cuts after
        # Russia hit power plants, killing six")
        clause_of.update({id(e): next(iter(attack_clauses)) for e in attacks if toll_only(e)})
    if len(set(clause_of.values())) > 1:
        kept: set[int] = set()
        for clause in set(clause_of.values()):
            mine = [e for e in attacks if clause_of[id(e)] == clause]
            kept |= {id(e) for e in (one_attack_per_sentence(mine, token_of, own_attack) if len(mine) > 1 else mine)}
        return [e for e in found if e.type != "ASSAULT" or id(e) in kept]
    # an act told as done keeps the event before one only possible ("villages prone to shelling were hit")
    keeper = next((e for e in attacks if not is_casualty(e) and told_as_done(e)), None) \
        or next((e for e in attacks if not is_casualty(e)), attacks[0])
    head = token_of[id(keeper)]
    absorbed = []
    for event in attacks:
        token = token_of[id(event)]
        if event is keeper or told_as_done(event) != told_as_done(keeper):
            continue
        # (not a trigger that is a conjoined clause with a subject of its own: "troops shelled the
        # town and rebels bombed a checkpoint"; a clause below one still is: "a soldier was killed and
        # seven wounded when a bomb detonated")
        related = token in head.subtree and not _own_conjunct(token) or head in token.subtree and not _own_conjunct(head)
        if id(event) in own_attack and not related:
            continue  # "four were burnt alive in the clash and two killed in police firing": a toll of its own attack
        if is_casualty(event) or related:
            absorbed.append(event)
            fill_gaps(keeper, event)
    return [e for e in found if not any(e is a for a in absorbed)]


def demands_voiced_by_protest(found: list[Event], token_of: dict) -> list[Event]:
    """ "Thousands demonstrated in Kirkuk calling for independence", "began a hunger strike to
    demand the return of property": the demand is what the protest says, not a second act. A
    request with no subject of its own within the protest's clause (the verb that tells it, or holds
    it as a word) goes with it; not one elsewhere in the sentence ("footage of a wife pleading for her
    husband's life came as officials praised the protests")."""
    clauses = [_clause_of(token_of[id(e)]) for e in found if e.type == "PROTEST"]
    if not clauses:
        return found
    return [e for e in found if not (
        e.type == "REQUEST" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in token_of[id(e)].children)
        and any(clause.is_ancestor(token_of[id(e)]) or clause == token_of[id(e)] for clause in clauses))]


def _clause_of(token):
    """The verb whose clause holds the word: itself when it is one, else its nearest verb above."""
    return next((t for t in (token, *token.ancestors) if t.pos_ in {"VERB", "AUX"}), token)


def _adjacent(before: Event, after: Event) -> bool:
    """Sentences next to each other, in one paragraph or across one paragraph break."""
    return 0 <= after.start - before.end <= 2


def _continues_attack(event: Event) -> bool:
    """ "Armed men ... opened fire on everyone they saw. Houses ... were then set on fire": an attack
    mention with no place, no toll and no day of its own tells more of the attack before it."""
    return (event.type == "ASSAULT" and not event.place and event.killed is None and event.wounded is None
            and event.date_source != "text")


def _incident_told_before(out: list[Event]) -> Event | None:
    """The attack a casualty sentence right after `out` completes: the last one, or, when that only
    continues the story of an earlier attack (placeless, toll-less, adjacent) that has a toll, that
    attack: the sentence retells its toll ("the ministry had reported 21 dead")."""
    if not out or out[-1].type != "ASSAULT":
        return None
    index = len(out) - 1
    while _continues_attack(out[index]) and index > 0 and out[index - 1].type == "ASSAULT" \
            and _adjacent(out[index - 1], out[index]):
        index -= 1
    told = out[index]
    return told if told.killed is not None or told.wounded is not None else out[-1]


def absorb_casualty_followups(events: list[Event], doc, own_attack: Container[int] = frozenset()) -> list[Event]:
    """ "...killed 11 people, the agency said. At least 40 were wounded." is one strike: a
    sentence that only adds casualty figures completes the attack reported just before it (the
    attack whose story the sentences between continue: "37 civilians were killed when jihadists
    attacked a village ... Houses were then set on fire. The ministry had reported 21 dead" gives
    the 21 to the attack, not to the fire)."""
    out: list[Event] = []
    for event in events:
        previous = _incident_told_before(out)
        follows = previous is not None and _adjacent(out[-1], event)
        bare = (event.type == "ASSAULT" and (event.trigger or "").lower() in T.CASUALTY_WORDS
                and id(event) not in own_attack  # "one person was killed in police firing on a mob": another act
                and not event.place and not any(a.role == "source" for a in event.actors)
                and story_offset_days(event.evidence) is None)  # "Two days earlier, five were killed": another day
        # A running total ("more than 270 killed since the ceasefire began") completes no attack.
        if follows and bare and not event.background and (event.killed is not None or event.wounded is not None):
            for field in ("killed", "wounded"):
                if getattr(previous, field) is None:
                    setattr(previous, field, getattr(event, field))
            previous.mentions.append(event.evidence)
            continue
        out.append(event)
    return out


def fold_anaphoric_mentions(events: list[Event], anaphoric: Container[int]) -> list[Event]:
    """An attack named only as "the attack" after an attack the story told is a mention of that
    one: it fills what that one lacks and joins its mentions (its toll went to it already, see
    give_retold_tolls_to_their_attack): the story's latest own attack, or, when the story told
    none, a known one named as background ("sought a ban following the attack on the Orissa
    assembly ... the attack"). Before any told attack it stays an event of its own."""
    out: list[Event] = []
    for event in events:
        told = None
        if id(event) in anaphoric and not event.background and event.date_source != "text":
            # not an attack denied for one asserted: "Russia denied it had attacked the hospital. The attack killed 12"
            attacks = [e for e in reversed(out) if e.type == "ASSAULT" and (e.modality == "denied") == (event.modality == "denied")]
            # the story's own attack before a known one named in passing; a known one when the story told none
            told = next((e for e in attacks if not e.background), attacks[0] if attacks else None)
        if told is not None:
            fill_gaps(told, event)
            told.mentions.append(event.evidence)
            continue
        out.append(event)
    return out


def give_retold_tolls_to_their_attack(events: list[Event], retold: Container[int]) -> None:
    """ "Drones hit a truck near Amadiya, killing two ... Media claimed that only one member was killed
    in the strikes": a toll told of an attack named as one told before belongs to that attack
    (the latest placed attack before it), where it fills only what is missing; the retelling
    keeps no figure of its own, so the toll is counted once."""
    for index, event in enumerate(events):
        if id(event) not in retold or event.background or (event.killed is None and event.wounded is None):
            continue
        before = [e for e in reversed(events[:index]) if e.type == "ASSAULT" and not e.background and id(e) not in retold]
        told = next((e for e in before if e.place), before[0] if before else None)  # the story's attacks have a place
        if told is None:
            continue
        for field in ("killed", "wounded"):
            if getattr(told, field) is None:
                setattr(told, field, getattr(event, field))
            setattr(event, field, None)


def _informative(event: Event) -> int:
    return (2 * bool(event.place) + (event.date_source == "text") + len(event.actors)
            + 2 * (event.modality == "asserted") + bool(event.killed or event.wounded or event.distance_km))


def _party(actor: Actor) -> str | None:
    """The state or international organisation an actor speaks or acts for."""
    return actor.country or organisation_of(actor.name)


def _same_happening(a: Event, b: Event) -> bool:
    if a.type != b.type or a.subtype != b.subtype:
        return False
    if a.start == b.start and a.type == "ASSAULT":
        return False  # two attacks one_attack_per_sentence kept apart ("police opened fire after a mob pelted stones")
    if a.place and b.place and a.place != b.place:
        return False
    if (a.modality == "planned") != (b.modality == "planned"):
        return False  # "the council is expected to meet on Friday" is not the talks going on now
    if a.date_source == b.date_source == "text" and a.date != b.date:
        return False
    countries_a = {_party(x) for x in a.actors if x.role == "source" and _party(x)}
    countries_b = {_party(x) for x in b.actors if x.role == "source" and _party(x)}
    if countries_a and countries_b and not countries_a & countries_b:
        return False
    if a.type in RECURRING_TYPES:
        # Fighting and arrests recur: only mentions at one named place, or casualty-free mentions of one
        # day with no place, are taken for the same incident before cross-checking.
        if a.place and b.place:
            return a.place == b.place and not ((a.killed or a.wounded) and (b.killed or b.wounded))
        return False
    names_a = {x.name for x in a.actors if x.role == "source"}
    names_b = {x.name for x in b.actors if x.role == "source"}
    if names_a and names_b and not names_a & names_b and not (countries_a & countries_b):
        return False
    if a.type in SPEECH_ACT_TYPES and not (names_a and names_a & names_b):
        return False  # "called on the council" twice: the same act only from the same speaker
    if a.type != "CONSULT" and (a.trigger or "").lower() != (b.trigger or "").lower():
        # "warned that the response would be painful" and "will continue to prevent ships": one
        # speaker's two threats are two acts; only a retelling with the same verb is the same act.
        # Talks are the exception: "the summit", "the talks", "met" tell of one meeting.
        return False
    return True


def merge_mentions(events: list[Event]) -> list[Event]:
    """One event per happening: later mentions fill gaps and may supply better evidence."""
    groups: list[list[Event]] = []
    for event in events:
        for group in groups:
            if _same_happening(group[0], event):
                group.append(event)
                break
        else:
            groups.append([event])
    merged = []
    for group in groups:
        best = max(group, key=_informative)
        for other in group:
            fill_gaps(best, other)
            for actor in other.actors:
                if not any(a.name == actor.name for a in best.actors):
                    best.actors.append(actor)
        # keep what absorb_casualty_followups already attached, then the merged mentions
        best.mentions = [*best.mentions, *(m for e in group if e is not best for m in [e.evidence, *e.mentions])]
        merged.append(best)
    return sorted(merged, key=lambda e: e.start)


@component("events", requires=["entities", "places", "quotes"], assigns=["events"])
def extract_events(ctx: Context) -> None:
    ctx.record.events, ctx.record.secondary_events = review_doubted(*EventExtractor(ctx).run())
