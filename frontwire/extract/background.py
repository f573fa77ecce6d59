"""What is no new event of the story: deaths in disasters and accidents, running totals, victims
mourned or described, and attacks the sentence refers to as known ("following the attack on the
train", "the bulk of the killings"). Their words are classes of lexicon/classes.yaml."""
from __future__ import annotations

import re
from collections.abc import Container
from functools import lru_cache

from frontwire.extract import triggers as T
from frontwire.extract.actors import actor_words, shared_subject
from frontwire.extract.modality import failure_tells_the_act
from frontwire.extract.parsing import DEFINITE, LOCATIVE_PREPS, path_up, sentence_of, trigger_of
from frontwire.extract.docmemo import kept_in_doc
from frontwire.extract.sectors import sector_of
from frontwire.extract.triggers import modified_word
from frontwire.nlp.tokens import tokens_of


def caused_by_nature(token) -> bool:
    """A death, injury or blow with no one to blame: "an earthquake that killed 1,800", "died in
    the floods", "killed in a plane crash", "the tsunami struck the coast". The causer (subject,
    agent, the noun a relative clause hangs on) or the circumstance ("in", "by", "after",
    "during", "from") is a disaster, an accident or an illness; or the sentence tells of a disaster
    or a common crime and of no armed party as a doer (_disaster_sentence)."""
    causes = T.NATURAL_CAUSES
    table = tokens_of(token.doc)  # positions, not Tokens: this runs on every attack trigger
    children, dep, lemma = table.children, table.dep, table.lemma
    candidates = []
    for child in children[token.i]:
        if dep[child] in {"nsubj", "csubj"}:
            candidates.append(child)
        elif dep[child] == "advcl":  # "injured after the volcano erupted"
            candidates += [c for c in children[child] if dep[c] in {"nsubj", "nsubjpass"}]
            if lemma[child].lower() in T.NATURAL_VERBS and not _said_of_an_event(table, child):
                candidates.append(child)  # "killed after the building collapsed" (not "after protesters stormed it": no storm)
        elif dep[child] == "agent" or (dep[child] == "prep" and table.lower[child] in {"in", "by", "after", "during", "from", "due", "as"}):
            candidates += _circumstance_nouns(table, child)
    head = table.head[token.i]
    if token.dep_ == "relcl":
        candidates.append(head)
    if token.dep_ in {"acl", "advcl", "xcomp"} and table.pos[head] in {"NOUN", "VERB"}:
        candidates += [head] + [c for c in children[head] if dep[c] in {"nsubj", "nsubjpass"}]
    if token.dep_ == "conj":
        candidates += shared_subject(table, token.i)  # "Floodwaters swept away bridges and killed 40 people"
    if any((lemma[t].lower() in causes or any(lemma[c].lower() in causes for c in children[t] if dep[c] in {"compound", "amod"})
            or _a_blaze(table, t) or _a_wildfire(table, t)) and not _a_barrage(table, t) for t in candidates):
        return True
    if token.lemma_.lower() in T.COLLISION_VERBS and any(
            lemma[t].lower() in T.VEHICLES for c in children[token.i] if dep[c] in {"nsubj", "agent"}
            for t in ([c] if dep[c] == "nsubj" else [g for g in children[c] if dep[g] == "pobj"])):
        return True  # "the tanker was struck by a bulk carrier": a collision
    if token.dep_ == "advcl" and _vehicle_ran_into_a_thing(table, head) or any(
            dep[c] == "advcl" and _vehicle_ran_into_a_thing(table, c) for c in children[token.i]):
        return True  # "a truck rammed into a roadside eatery, killing four", "died when a bus hit a tree"
    return _in_disaster_sentence(token)


def _a_barrage(table, noun: int) -> bool:
    """A word of nature said of weapons: "a storm of bullets", "a hail of rockets", "a rain of artillery fire"."""
    weapons = actor_words("weapons")
    return any(table.dep[p] == "prep" and table.lower[p] == "of" and any(
        table.lemma[w].lower() in weapons for o in table.children[p] if table.dep[o] == "pobj" for w in [o] + [
            c for c in table.children[o] if table.dep[c] in {"compound", "amod"}]) for p in table.children[noun])


def _circumstance_nouns(table, prep: int) -> list[int]:
    """The nouns a circumstance's preposition names, with their modifiers and conjuncts, and an
    "of" phrase's ("in the wake of the earthquake"): not a place a further preposition puts them in
    ("in an encounter in the forests of Bijapur" is no forest fire, "in clashes in the flood-hit
    district" no flood)."""
    children, dep = table.children, table.dep
    found, todo = [], [prep]
    while todo:
        word = todo.pop()
        for c in children[word]:
            if dep[c] in {"pobj", "compound", "amod", "conj"}:
                found.append(c)
                todo.append(c)
            elif dep[c] == "prep" and table.lower[c] == "of":
                todo.append(c)
    return found


def _a_wildfire(table, noun: int) -> bool:
    """A fire of a forest (classes.yaml WILDFIRE_PLACES): "killed in forest fires"."""
    return table.lemma[noun].lower() in T.COUNTED_BLAZES and any(
        table.dep[c] == "compound" and table.lemma[c].lower() in T.WILDFIRE_PLACES for c in table.children[noun])


def _vehicle_ran_into_a_thing(table, verb: int) -> bool:
    """A vehicle driven into a thing by the road or another vehicle (classes.yaml IMPACT_VERBS,
    VEHICLES, ROADSIDE_THINGS), or one that hits people on the road with a verb of no intent
    (RUN_OVER_VERBS, ROAD_USERS): an accident ("a speeding car rammed into a tree", "a truck hit a
    dhaba", "a speeding tanker hit a pedestrian"), not a car rammed into a crowd or a checkpoint."""
    children, dep, lemma = table.children, table.dep, table.lemma
    if lemma[verb].lower() not in T.IMPACT_VERBS | T.RUN_OVER_VERBS or not any(
            dep[c] == "nsubj" and lemma[c].lower() in T.VEHICLES for c in children[verb]):
        return False
    hit = [c for c in children[verb] if dep[c] == "dobj"] + [
        g for c in children[verb] if dep[c] == "prep" and table.lower[c] in {"into", "with", "against"}
        for g in children[c] if dep[g] == "pobj"]
    things = T.VEHICLES | T.ROADSIDE_THINGS
    if lemma[verb].lower() in T.RUN_OVER_VERBS:
        things |= T.ROAD_USERS | T.PERSONS | T.ORDINARY_VICTIMS
    return bool(hit) and all(lemma[h].lower() in things for h in hit)


_DISASTER_KEY = "frontwire.background.disaster_sentences"

# Prepositions by which a noun names the party of another noun ("thousands of militants", "charges
# against minors", "an amnesty to rebels", "bail for activists").
PARTY_PREPS = frozenset({"of", "against", "to", "for"})

# actors.yaml sectors of who fights: a crime one of them commits is political violence
ARMED_SECTORS = frozenset({"military", "police", "rebels"})


def _in_disaster_sentence(token) -> bool:
    """_disaster_sentence of the token's sentence, read once per sentence (in the Doc's user data):
    each attack trigger of the sentence asks."""
    start = tokens_of(token.doc).sent_start[token.i]
    return kept_in_doc(token.doc, _DISASTER_KEY, start, _disaster_of_sentence_at, token)


def _disaster_of_sentence_at(token) -> bool:
    return _disaster_sentence(sentence_of(token))


def _a_blaze(table, noun: int) -> bool:
    """A fire counted as one ("a fire at a nightclub killed 60", "died in a fire"): a blaze, an
    accident; fire as gunfire is a mass noun ("Israeli fire killed two", "killed in an exchange of
    fire"). Not one someone set ("a fire set by rioters")."""
    return table.lemma[noun].lower() in T.COUNTED_BLAZES and any(
        table.dep[c] == "det" and table.lower[c] in {"a", "an"} for c in table.children[noun]) and not any(
        table.dep[c] in {"acl", "relcl"} for c in table.children[noun])


def _said_of_an_event(table, verb: int) -> bool:
    """Is a verb of a disaster said of a happening the lexicon knows ("after talks collapsed", "the
    ceasefire collapsed") or of a party (imech30: "after government troops collapsed", "the regime
    collapsed": the word itself names a sector, not only a modifier, as in "the army truck
    overturned")? Then it tells no disaster."""
    return any(table.dep[c] in {"nsubj", "nsubjpass"} and (
        any(not p.suppress for p in T.patterns_for(table.lemma[c].lower(), "NOUN"))  # (a noun of one: "shares plunged" is no sharing)
        or table.pos[c] != "PRON" and sector_of(table.text[c]) is not None)
        for c in table.children[verb])


def _accidental_explosion(word) -> bool:
    """An explosion or fire whose own words name an accident's source ("a gas explosion", "a
    chemical plant exploded", "explosions caused by ammonium nitrate stored in the port"). Not
    the site it hit: refineries, depots and factories are what strikes hit ("explosions hit a
    factory in Kharkiv")."""
    return any(c.lemma_.lower() in T.ACCIDENT_SOURCES for c in word.subtree
               if c.dep_ in {"compound", "amod", "nsubj", "pobj"})


# Clauses within a clause or phrase, and appositions detailing it ("after violence on Monday--two
# in stabbing and one in police firing"): an act told in one is news, not the act an answer follows.
_INNER_CLAUSES = frozenset({"acl", "relcl", "ccomp", "xcomp", "advcl", "parataxis", "appos"})


def answered_by(token, own: str, type_at, told_with: Container[str] = frozenset()) -> int | None:
    """The position of the act of another type the trigger's clause or phrase is the cause of, or
    None: "Belgium cut off military cooperation with Zaire after troops fired on demonstrators",
    "froze assistance following the army's crackdown": the firing and the crackdown are what the
    sanction answers, background to it. Not an act of the same type ("was killed after troops
    opened fire": the firing is the killing told). `own` is the trigger's event type, `type_at(i)`
    the type position i triggers, or None; `told_with`: types whose circumstances are news with them
    ("agreed the package after Hungary dropped its objections": the concession that made it)."""
    doc = token.doc
    table = tokens_of(doc)
    dep, lower, head, children = table.dep, table.lower, table.head, table.children
    markers = T.ANSWERED_ACT_MARKERS
    path = path_up(doc, token.i)
    for child, governor in zip(path, path[1:]):
        if table.sent[governor] != table.sent[token.i]:
            return None
        if dep[child] == "advcl" and any(dep[c] == "mark" and lower[c] in markers for c in children[child]):
            main = governor  # "... after troops fired on demonstrators"
        elif dep[child] in {"pobj", "pcomp"} and dep[governor] == "prep" and lower[governor] in markers:
            # "... following the army's crackdown", "after months of protests", "imposed a curfew on
            # the town after seizing it"
            main = head[governor]
        elif dep[child] == "pobj" and dep[governor] == "prep" and lower[governor] in T.JUDGED_ACT_MARKERS \
                and not _own_day_or_place(table, child):
            # "imposed sanctions over the crackdown": the act a judgement answers, for those types only
            return _answer_of_types(table, head[governor], own, type_at, told_with,
                                    T.JUDGING_TYPES)
        elif dep[child] == "pobj" and dep[governor] == "prep" and _answer_phrase(table, head[governor]):
            main = head[head[head[governor]]]  # "imposed sanctions in response to the crackdown"
        elif dep[child] == "advcl" and _sets_the_scene(table, child, opening=child < governor):
            # "Facing mass protests, the government backed down", "Having lost the battle, ...", "scrapped
            # the levy, bowing to months of protests"
            main = governor
        elif dep[child] in _INNER_CLAUSES:
            return None  # an act told inside a clause of the phrase ("after violence resulting in injuries, two in stabbing")
        else:
            continue
        return _answer_of_types(table, main, own, type_at, told_with)
    return None


def _answer_of_types(table, main: int, own: str, type_at, told_with: Container[str],
                     types: Container[str] | None = None) -> int | None:
    """The act at the main word (answered_by) if it is of another type than the trigger's, not one
    told with it, and (given types, lower-case as word classes are read) one of these."""
    for act in _act_at(table, main):
        answer = type_at(act)
        if answer is not None:
            return act if answer != own and answer not in told_with and (
                types is None or answer.lower() in types) else None
    return None


# Entity labels of a word that tells an act's own day or place.
_DAY_OR_PLACE = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})


def _own_day_or_place(table, act: int) -> bool:
    """Does the phrase the act's noun heads name its day or place ("over Sunday's protest in Minsk",
    "over three days of protests"): the noun, a possessor or a preposition's object that is a date,
    time or place?"""
    ent, dep, children = table.ent_type, table.dep, table.children
    owners = [act] + [c for c in children[act] if dep[c] in {"poss", "npadvmod", "compound"}] + [
        g for c in children[act] if dep[c] == "prep" for g in children[c] if dep[g] == "pobj"]
    return any(ent[w] in _DAY_OR_PLACE for w in owners)


def _sets_the_scene(table, clause: int, opening: bool) -> bool:
    """A participle with no subject of its own that tells what the main act faced or followed:
    opening its sentence (classes.yaml SCENE_PARTICIPLES: "Facing mass protests, ...", "Having lost
    the battle for the town, ...", "Confronted with demonstrations, ...", "Citing attacks on its
    troops, ..."), or anywhere for one that names what the act gives in to (YIELDING_PARTICIPLES:
    "withdrew the decree, bowing to weeks of strikes"). Not one that tells how the main act was done
    ("Firing from helicopters, troops attacked the camp") nor what followed it ("..., losing the town")."""
    lemma = table.lemma[clause].lower()
    return table.tag[clause] in {"VBG", "VBN"} and (opening and lemma in T.SCENE_PARTICIPLES or lemma in T.YIELDING_PARTICIPLES) \
        and not any(table.dep[c] in {"nsubj", "nsubjpass", "mark"} for c in table.children[clause])


def _answer_phrase(table, noun: int) -> bool:
    """ "in response to", "in retaliation for", "in protest at": a noun of ANSWER_NOUNS under "in"."""
    return table.lemma[noun].lower() in T.ANSWER_NOUNS and table.dep[noun] == "pobj" and table.lower[table.head[noun]] == "in"


def _act_at(table, verb: int) -> list[int]:
    """Where a clause's act may be named: its verb, then its direct objects ("held an emergency
    meeting", "granted an amnesty")."""
    return [verb] + [c for c in table.children[verb] if table.dep[c] == "dobj"]


def describes_a_party(token, own: str, type_at) -> bool:
    """Is the trigger in a restrictive clause that tells who a party of another act is by what it
    did or underwent before, or does as a rule: a relative clause in the past ("granted an amnesty to
    militants who laid down their arms", "released prisoners who were captured in the fighting") or
    the simple present ("an amnesty for rebels who surrender their weapons") or a participle
    ("freed 20 truck drivers captured in the fighting", "granted refuge to Iraqis fleeing the
    fighting")? It is background to the act of another type the sentence tells (`own`: the
    trigger's type; `type_at(i)`: the type position i triggers, or None). The caller keeps clauses
    with a day of their own."""
    doc = token.doc
    table = tokens_of(doc)
    dep, children, tag = table.dep, table.children, table.tag
    for clause in path_up(doc, token.i)[:4]:
        if dep[clause] in {"ccomp", "xcomp", "advcl", "ROOT"}:
            return False
        if dep[clause] == "relcl":
            # (or a simple present, which tells who qualifies, not an act done: "an amnesty to fighters
            # who lay down their arms")
            past = tag[clause] == "VBD" or tag[clause] == "VBN" and any(
                dep[c] in {"auxpass", "aux"} and tag[c] == "VBD" for c in children[clause]) \
                or tag[clause] in {"VBP", "VBZ"} and not any(dep[c] in {"aux", "auxpass"} for c in children[clause])
        elif dep[clause] == "acl" and tag[clause] in {"VBN", "VBG"}:
            past = True  # a participle's act is told as known ("captured in the fighting", "fleeing the fighting")
        else:
            continue
        noun = table.head[clause]
        left = doc[clause].left_edge.i
        if table.pos[noun] not in {"NOUN", "PROPN"} or left > 0 and table.text[left - 1] == ",":
            return False  # an aside tells its own act ("Siddiqui, who was arrested on Saturday")
        if type_at(noun) is not None:
            return False  # a happening, not a party: "the meeting after which the joint appeal was made"
        if not past or dep[clause] == "acl" and dep[noun] == "nsubjpass":
            return False  # (a participle on a subject tells news: "the 51 people arrested for their role were charged")
        return _party_of_another_act(table, noun, own, type_at)
    return False


def _party_of_another_act(table, noun: int, own: str, type_at) -> bool:
    """Is the noun an object of an act of another type than `own`, directly or as what a quantity
    or a share is of ("an amnesty to thousands of militants", "the families of Muslims")?"""
    dep, head = table.dep, table.head
    for _ in range(3):
        if dep[noun] not in {"dobj", "pobj", "dative", "nsubjpass"}:
            return False
        governor = head[head[noun]] if dep[noun] == "pobj" else head[noun]
        if dep[noun] == "pobj" and table.lower[head[noun]] in PARTY_PREPS and table.pos[governor] in {"NOUN", "PROPN", "NUM", "PRON"} \
                and type_at(governor) is None:
            # "thousands of militants who ...": the quantity's role; "dropped charges against minors
            # arrested during the protests": the role of the noun whose party they are (not what a
            # report is about: "denied reports about the members arrested in Kolkata" tells the arrest)
            noun = governor
            continue
        # the act is the governor's or its object's ("granted an amnesty to militants who ..."), or
        # that of a verb whose complement the governor is ("asked Syria to help it rebuild the power
        # stations destroyed by Israeli raids": the request's)
        verbs = [governor]
        while dep[verbs[-1]] in {"xcomp", "ccomp"} and len(verbs) < 4:
            verbs.append(head[verbs[-1]])
        return any((answer := type_at(act)) is not None and answer != own
                   for verb in verbs for act in _act_at(table, verb) if act != noun)
    return False


def _disaster_sentence(sent) -> bool:
    """A sentence that tells of a disaster, an accident (a noun or verb of one, or an explosion of
    gas, chemicals or a boiler) or a common crime, and of no armed violence: its deaths and blows
    are no attack."""
    table = tokens_of(sent.doc)
    positions = range(sent.start, sent.end)
    lemma_of = [table.lemma[i].lower() for i in positions]
    lemmas = set(lemma_of)
    if (lemmas & T.CRIME_CUES or _private_quarrel(table, positions)) and not _names_a_party(table, positions):
        # "shot dead when he resisted an attempt to rob him", "murdered by his brother over a property
        # dispute": a crime, no political violence
        return True
    if lemmas & T.CONFLICT_CUES:
        return False
    for i, lemma in zip(positions, lemma_of):
        pos = table.pos[i]
        if pos == "NOUN" and (lemma in T.NATURAL_CAUSES and not _a_barrage(table, i) or _a_wildfire(table, i)) \
                or pos == "VERB" and lemma in T.NATURAL_VERBS and not _said_of_an_event(table, i):
            return True
        if lemma in T.EXPLOSION_WORDS and _accidental_explosion(sent.doc[i]):
            return True
        if lemma in {"cause", "trigger"} and any(
                c.dep_ == "agent" and any(g.lemma_.lower() in T.ACCIDENT_SOURCES for g in c.subtree) for c in sent.doc[i].children):
            return True  # "explosions hit the city, caused by large quantities of ammonium nitrate stored in the port"
    return False


def _names_a_party(table, positions) -> bool:
    """Does the sentence name an armed or political party: a word of ARMED_ACTORS ("a mob",
    "militants", "police fired", "a police party was attacked by smugglers": an attack on the
    state's forces) other than as the source of what it says ("police said"); or, as a doer
    (_a_doer), a word of ARMED_COMBATANTS or a noun whose phrase names an armed sector of actors.yaml
    ("FARC dissidents robbed and killed"; not a victim, a possessor or a place: "robbers killed a
    security guard", "a retired general was robbed", "near the military hospital")?"""
    def armed_actor(i: int) -> bool:
        return table.lemma[i].lower() in T.ARMED_ACTORS and not (
            table.dep[i] == "nsubj" and table.lemma[table.head[i]].lower() in T.SPEECH_VERBS)

    def armed_doer(i: int) -> bool:
        return (table.lemma[i].lower() in T.ARMED_COMBATANTS or table.pos[i] in {"NOUN", "PROPN"}
                and sector_of(modified_word(table, i)) in ARMED_SECTORS) and _a_doer(table, i)
    return any(armed_actor(i) or armed_doer(i) for i in positions)


def _a_doer(table, word: int) -> bool:
    """Is the noun (or the noun it is a modifier of: "FARC dissidents", "police officers") who does
    an act: a subject other than a speaker's, an agent ("killed by militants"), the noun an act's
    relative clause hangs on ("militants who stormed") or its participle's doer (T.participle_doer:
    "caught militants robbing a trader"), or a conjunct of one?"""
    dep, head, lower = table.dep, table.head, table.lower
    while dep[word] in {"compound", "amod", "nmod", "conj"} and head[word] != word:
        word = head[word]
    if dep[word] == "nsubj":
        return table.lemma[head[word]].lower() not in T.SPEECH_VERBS
    if dep[word] == "pobj":
        return lower[head[word]] == "by"
    return any(dep[c] == "relcl" and any(dep[s] == "nsubj" and table.tag[s] in {"WP", "WDT"} for s in table.children[c])
               or T.participle_doer(table, c) == word for c in table.children[word])


def _private_quarrel(table, positions) -> bool:
    """Does the sentence tell a private quarrel with no party to it a state, a people or an
    organisation: a dispute of a private matter ("over a property dispute", "a quarrel over water",
    "following a domestic dispute"), or a doer of the victim's kin ("by his brother", "her husband
    attacked her")? PLOVER and ACLED leave such crimes out."""
    lemma, dep, children = table.lemma, table.dep, table.children
    if any(table.ent_type[i] in {"ORG", "NORP"} or lemma[i].lower() in T.COMMUNAL_CUES for i in positions):
        return False  # "a BJP worker was killed by his neighbour", "killed by upper caste men": a party's member
    for i in positions:
        word = lemma[i].lower()
        if word in T.QUARREL_NOUNS and any(
                dep[c] in {"compound", "amod"} and lemma[c].lower() in T.PRIVATE_MATTERS
                or dep[c] == "prep" and table.lower[c] == "over" and any(lemma[g].lower() in T.PRIVATE_MATTERS for g in children[c])
                for c in children[i]):
            return True
        if word in T.KIN_WORDS and (dep[i] == "nsubj" or dep[i] == "pobj" and dep[table.head[i]] == "agent") \
                and any(dep[c] == "poss" for c in children[i]):
            return True
    return False


def _cumulative_pattern() -> re.Pattern:
    phrases = sorted(T.CUMULATIVE_CUES, key=len, reverse=True)  # lower case: NUMBER reads "number"
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+").replace("number", NUMBER) for p in phrases)
    # The lookahead on the phrases' first letters matches nothing the alternation would not; it
    # lets the engine pass over most positions without trying every phrase (twice as fast).
    firsts = "".join(sorted({p[0] for p in phrases}))
    first_letter = "" if any(p.startswith("number") for p in phrases) else f"(?=[{re.escape(firsts)}])"
    return re.compile(rf"\b{first_letter}(?:{body})\b", re.I)


CUMULATIVE = None


# A figure in digits or in words ("in the last ten years").
NUMBER = r"(?:[\d,.]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)"


def cumulative_cues(sentence: str) -> list[tuple[int, int]]:
    """The character spans of running totals and retrospectives in a sentence ("the toll now
    stands at 667", "have so far claimed over 250 lives", "since 2022"): what has happened over
    time, not the story's own event."""
    global CUMULATIVE
    if CUMULATIVE is None:
        CUMULATIVE = _cumulative_pattern()
    return [m.span() for m in CUMULATIVE.finditer(sentence)]


def cue_describes_other(doc, cue_start: int, trigger: int) -> bool:
    """Is the cue at this token inside a relative clause or a participle's phrase on a noun, a
    clause the trigger is outside of? "started peace talks to end a conflict that has claimed
    160,000 lives": the running total is the conflict's, the talks are news."""
    for position in path_up(doc, cue_start):
        token = doc[position]
        if token.dep_ in {"relcl", "acl"} and token.head.pos_ in {"NOUN", "PROPN"}:
            return not token.left_edge.i <= trigger <= token.right_edge.i
    return False


def marks_a_milestone(doc, since: int) -> bool:
    """Is the "since" at this position the baseline of a milestone, not the start of a running
    total: a "since" phrase or clause on a noun told as the first or the most of its kind (or on
    the verb of that noun): "held their first face-to-face meeting since the war began", "the
    deadliest attack since the ceasefire", "for the first time since 2012"? The act is today's."""
    word = doc[since]
    if word.lower_ != "since":
        return False
    anchor = word.head.head if word.dep_ == "mark" else word.head  # "since the war began": the clause's head
    nouns = [anchor] if anchor.pos_ in {"NOUN", "PROPN"} else [
        c for c in anchor.children if c.dep_ in {"dobj", "attr", "nsubj", "nsubjpass", "npadvmod"}]
    # ("for the first time since 2012": the noun of a phrase on the verb)
    nouns += [g for c in anchor.children if c.dep_ == "prep" and c.i != word.i for g in c.children if g.dep_ == "pobj"]
    return any(c.dep_ in {"amod", "nummod"} and (c.lemma_.lower() in T.MILESTONE_WORDS or c.tag_ == "JJS")
               for noun in nouns for c in noun.children)


def describes_victims(token) -> bool:
    """ "all 11 children killed were students", "those killed included two journalists": a bare
    casualty participle after its noun names victims of an attack told elsewhere; with its own
    circumstances ("31 killed in strikes across Gaza") it still reports one, unless "those" names
    them ("compensation for those killed in the riots", "a silence for those killed in the violence")."""
    if token.lemma_.lower() not in T.CASUALTY_WORDS:
        return False
    if token.dep_ == "acl" and token.tag_ == "VBN" \
            and token.head.dep_ in {"nsubj", "nsubjpass", "pobj", "dobj", "attr"} \
            and (token.head.lower_ == "those"
                 or not any(c.dep_ in {"prep", "agent", "advmod", "npadvmod"} for c in token.children)):
        return True  # victims named as an argument
    return token.dep_ in {"acl", "relcl"} and not _circumstances_of_its_own(token) and mourned(token.head)


def _circumstances_of_its_own(token) -> bool:
    """ "killed by police in Nairobi on Sunday", "killed by Indian border guards": an agent, a time
    or a phrase other than one naming a known attack ("killed in the riots", "in the attack on the
    train", "for the cause") tells the killing itself."""
    for child in token.children:
        if child.dep_ in {"agent", "npadvmod", "advmod", "advcl"} and child.lower_ not in {"also", "later", "allegedly"}:
            return True  # (an adverbial clause: "killed when a Russian drone hit a bus on Saturday")
        if child.dep_ == "prep" and not any(_names_known_circumstance(child, g) for g in child.children if g.dep_ == "pobj"):
            return True
    return False


def _names_known_circumstance(prep, noun) -> bool:
    """ "in the riots", "in the Sabarmati train attack", "at Godhra": a known happening (a definite
    one, or one named by a proper name) or only a place, which tell no killing of their own."""
    if prep.lower_ in {"in", "during", "for"} and (
            any(d.dep_ == "det" and d.lower_ in DEFINITE for d in noun.children)
            or is_attack_word(noun) and any(c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_.lower() in T.NAMING_ENTITIES)
                                             for c in noun.children)):
        return True
    return prep.lower_ in LOCATIVE_PREPS and noun.ent_type_ in {"GPE", "LOC", "FAC"}


def mourned(noun) -> bool:
    """ "homage to the people killed in the train attack", "compensation to the kin of those killed
    in the riots", "a tribute to the activists who were killed": the dead remembered, mourned or
    compensated are victims of an attack told elsewhere, named to say what is done for them (not
    "the family of a teenager killed by police on Sunday": see _circumstances_of_its_own). A conjunct is read
    by its first ("in memory of the late speaker and those killed in the violence")."""
    noun = T.first_conjunct(noun)
    for _ in range(2):
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        governor = noun.head.head
        if governor.lemma_.lower() in T.MOURNING_WORDS or any(
                c.dep_ == "dobj" and c.lemma_.lower() in T.MOURNING_WORDS for c in governor.children):
            return True  # "homage to ...", "paid tributes to ..." (the parser hangs "to" on the verb)
        noun = governor  # "the kin of those killed": one step up
    return False


def is_attack_word(token) -> bool:
    """Can the word's lemma trigger an attack, in any part of speech ("shelling", "killed", "attacking":
    a gerund's lemma is its verb's), by a row that gives an event (not a suppressing one)? Not
    triggers.is_attack_noun, which asks of nouns only and counts suppressing rows too: "war",
    "carnage", "riot" name attacks there (referred to, never told by the noun), and are none here;
    "kill", "shell" are attack words here, no attack nouns there."""
    return _is_attack_lemma(token.lemma_.lower())


@lru_cache(maxsize=8192)  # (asked of every trigger and of gerunds around it)
def _is_attack_lemma(lemma: str) -> bool:
    return any(kind == "ASSAULT" for kind, _ in T.kinds_of_lemma(lemma))


def names_a_known_attack(token) -> bool:
    """ "after the Sabarmati Express attack", "the guilty of the Godhra killings", "since last
    Wednesday's train massacre", "Gujarat killings rocked the Rajya Sabha", "condoled the killing of
    the passengers": an attack named by its place, its target or its day, with a definite article
    (or, a name for it, a bare "Godhra killings"), in a phrase or as an argument of another verb,
    is a known event the sentence refers to, not one it reports. Not under an attack or casualty
    verb ("killed in the Godhra attack" retells its toll), a verb of its happening ("the attack on
    the train took place", "carried out the attack") nor a claim of it ("claimed responsibility for
    the attack on the gas plant"), nor an attack described by its weapon ("sustained losses in the
    missile attack")."""
    role = T.first_conjunct(token)  # "Ayodhya issue and Gujarat killings rocked ...": the first conjunct's role
    share = share_of(role)
    if share is not None and (share.pos_ in {"NUM", "PRON"} or share.lemma_.lower() in T.SUMMARY_SHARES):
        role = share  # "most of the attacks on Wednesday targeted army positions": the share's role
    if token.pos_ not in {"NOUN", "PROPN"} or role.dep_ not in {"pobj", "dobj", "nsubj", "nsubjpass"}:
        return False  # (a PROPN: lower-case text tags "the godhra train massacre" as a name)
    # named by a place, a target or a day ("the Godhra killings", "the train massacre", "last
    # Wednesday's massacre"); a possessive names the attacker ("Yemen's missile attack") unless it is a day
    # (the weapon or the kind, "the missile attack", "the air strikes", describes it; it names nothing)
    by_name = any(c.dep_ in {"compound", "nmod"} and c.pos_ in {"PROPN", "NOUN"} and c.lemma_.lower() not in T.ATTACK_MEANS
                  for c in token.children)
    named = by_name or any(c.dep_ == "poss" and c.ent_type_ == "DATE"
                           or c.dep_ == "prep" and c.lower_ in {"of", "on", "against"} and any(g.dep_ == "pobj" for g in c.children)
                           for c in token.children)  # or by its victims or target: "silence on the killing of 58 passengers"
    # without an article only a proper name names it ("Godhra killings"; not "gang rapes", "rallies battle")
    proper_name = any(c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_.lower() in T.NAMING_ENTITIES)
                      and c.lemma_.lower() not in T.ATTACK_MEANS for c in token.children)
    article = any(c.dep_ == "det" for c in token.children)
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE or c.dep_ == "poss"
                   for c in token.children) or (proper_name and not article)
    governor = role.head.head if role.dep_ == "pobj" else role.head
    if role.dep_ == "pobj" and governor.lemma_.lower() in T.CASUALTY_WORDS and describes_victims(governor):
        # "compensation to the kin of the ram sevaks killed in the attack on the Sabarmati Express":
        # the attack of victims named to say what is done for them is a known one
        return definite and named
    if role.dep_ != "pobj" and (governor.lemma_.lower() in T.HAPPENING_VERBS or token.lemma_.lower() in T.ONGOING_ATTACKS):
        return False  # "the attack took place"; "the Kursk offensive entered its third week": still going on
    if role.dep_ == "nsubj" and governor.lemma_.lower() in T.LASTING_GOVERNORS and definite and named:
        return True  # "the killing of the journalist by Saudi agents remains a source of tension": a known one
    if role.dep_ != "pobj" and any(c.dep_ in {"relcl", "acl"} or c.dep_ == "poss" and c.ent_type_ == "DATE"
                                   or c.dep_ == "prep" and c.lower_ == "by" for c in token.children):
        # "linked Sunday's bombing of a mosque, which killed 12, to ...": told with its day, its toll
        # or its doers ("the lynching of two men by a mob"), it is news
        return False
    if failure_tells_the_act(governor, token):
        return False  # "failed to prevent the attack on Kyiv", "could not prevent the killing of four civilians": it happened
    return definite and named and trigger_of(governor) is None and governor.lemma_.lower() not in T.CASUALTY_WORDS \
        and governor.lemma_.lower() not in T.ATTACK_CLAIMS


def names_an_attack_told_before(token) -> bool:
    """ "was killed in the strikes", "repulsed the attack": an attack noun with only a definite
    article names an attack the story has told; with its own words ("the drone attack on Izmail",
    "the deadliest strike") it may be a new one."""
    # As the circumstance or the object of the act ("killed in the strikes", "repulsed the attack");
    # "one of the strikes hit a truck" tells a new part of it.
    in_role = token.dep_ == "dobj" or (token.dep_ == "pobj" and token.head.lower_ in {"in", "during", "by", "after", "from"})
    return in_role and names_only_by_article(token)


def share_of(token):
    """The word a noun is a share of, by "of" ("most" in "most of the strikes", "one" in "one of the
    attacks"), or None."""
    return token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None


def names_only_by_article(token) -> bool:
    """ "the stabbings took place on Relief Road", "what prompted the attack", "injured in the
    clashes": an attack noun with a definite article and no word of its own points back to an
    attack the story has told (or one its readers know); it is no new one."""
    share = share_of(token)
    if share is not None and share.pos_ in {"NUM", "PRON", "ADJ"}:
        return False  # "one of the strikes hit a pickup truck": a part of them, told anew
    return token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children) \
        and all(c.dep_ in {"det", "punct"} for c in token.children)
