"""Modality of an event trigger: told as done, planned, demanded, hypothetical, conditional or
denied ("must be arrested", "failed to arrest", "plans to meet"), and the intentions and
announcements that PLOVER codes as the act of promising or warning ("intends to cooperate",
"announced a curfew"). Their words are classes of lexicon/classes.yaml."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from frontwire.extract import triggers as T
from frontwire.extract.actors import STATE_SECTORS, agrees_with_speaker, country_of, organisation_of
from frontwire.extract.docmemo import kept_in_doc
from frontwire.extract.parsing import (DEFINITE, LOCATIVE_PREPS, conjoined_clause, corrected_complement, corrected_noun, negated,
                                      path_up, sentence_of, sentence_text)
from frontwire.extract.sectors import sector_of
from frontwire.nlp.tokens import tokens_of


# Force and arrests given as a purpose, a power or a chance ("20 days to arrest him") are not told
# as done; a call or a rally told with its purpose ("telephoned Kozyrev to discuss", "returned to
# rally against") is, and PLOVER codes it.
PURPOSE_DOUBTED_TYPES = {"ASSAULT", "COERCE"}


# Measures of force (COERCE) that a party announcing them threatens with; an arrest only planned
# is left to the police classifier (police.review_doubted).
ANNOUNCED_MEASURES = frozenset({"restriction", "ban", "deportation", "demolition"})


def _act_negated(verb) -> bool:
    """Is the verb negated as an act, not in one of its complements that a "but" phrase then
    corrects ("did not take place in Geneva but in Vienna", "did not attack the town but the base":
    it happened, elsewhere or to another)?"""
    return negated(verb) and corrected_complement(tokens_of(verb.doc), verb.i) is None




def _not_done(token) -> bool:
    """ "police failed to arrest Shah", "were unable to arrest them", "no arrests have been made",
    "prevented them from arresting": the act did not happen."""
    if token.pos_ in {"NOUN", "PROPN"} and T.has_child(token, {"det"}, {"no"}):
        return True
    table = tokens_of(token.doc)
    children, dep, lower = table.children, table.dep, table.lower
    for subject in (c for c in children[token.i] if dep[c] in {"nsubj", "nsubjpass"}):
        if (lower[subject] in {"nobody", "none", "no-one"} or any(
                dep[c] == "neg" or dep[c] == "det" and lower[c] == "no" for c in children[subject]) \
                and corrected_noun(table, subject) is None) \
                and not any(lower[c] in T.EXCEPTION_WORDS for c in children[subject]):
            # "not a single activist has been arrested", "no one was arrested", "nobody was detained"; not "not
            # the army but the militia attacked": another did it, nor "nobody but Qatar has delivered aid"
            # (classes.yaml EXCEPTION_WORDS): one did
            return True
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ == "dobj" and token.head.lemma_.lower() in T.ACT_VERBS \
            and _act_negated(token.head):
        return True  # "have not carried out an attack since 2019", "has not launched an offensive": the light verb's negation is the act's
    role = T.noun_role(token)
    if (maker := _maker_of(token)) is not None and (_maker_negated(maker) or _not_done(maker)):
        # "has not imposed sanctions", "talks have not been held since 1999", "failed to reach a ceasefire",
        # "no country has sent aid": what was to make the act happen did not, so neither did the act
        return True
    if token.pos_ in {"NOUN", "PROPN"} and role.dep_ in {"dobj", "nsubjpass"} and role.head.lemma_.lower() in T.AVERTING_VERBS \
            and _prevention_realised(role.head) and not T.has_child(token, {"relcl", "acl"}):
        return True  # "patrolling was intensified to avert any communal clash", "prevented an attack on the convoy"
    head = token.head
    if token.dep_ == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in T.PREVENTION_VERBS:
        return True  # "nothing can prevent them from arresting the accused", "stopped them from attacking"
    if token.dep_ in {"xcomp", "pcomp", "pobj"} and head.lemma_.lower() in T.FAILURE_GOVERNORS:
        return True
    # An act a negated permission withholds ("the law does not permit any security force
    # to carry out arrests", "the RPF is not empowered to open fire")
    return _governed_negated(token, T.PERMISSION_WORDS)


# Memo key of _maker_of (per Doc and noun).
_MAKER_KEY = "frontwire.modality.maker"
# The dependents an OCCURRENCE_LIMITS word heads: "until Monday", "until the envoy arrived", "as first reported".
_LIMIT_DEPS = frozenset({"prep", "mark", "advcl"})
# Words a making verb may have beside its negation and the noun: its subject, auxiliaries, particle, agent, the
# one it gives to, its clause's "that", a date or period ("this month") or a conjunct. (A limit of
# OCCURRENCE_LIMITS as a mark is not: "not until", "as".)
_MAKER_FREE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "neg", "punct", "dobj", "dative", "prt",
                              "agent", "mark", "npadvmod", "cc", "conj"})
_MAKER_FREE_ADVERBS = frozenset({"yet", "again", "ever", "still", "far", "so"})


def _maker_of(token):
    """The verb that makes a noun's act happen, whose own negation, failure or pendency is then the
    act's: a light verb of classes.yaml ACT_VERBS ("carried out an attack", "held talks") or a verb of
    MAKING_VERBS ("reached a ceasefire", "imposed sanctions", "delivered aid"), with the noun as its
    object or passive subject. None for a verb that does something to an act already there or has
    another make it ("did not respect the ceasefire", "did not lift the ban", "failed to broker a
    truce"), and for a noun as an active subject ("the ceasefire did not hold"). Worked out once per
    noun (modality_of, _not_done and the event stage's denied_with_no_refuser each ask)."""
    found = kept_in_doc(token.doc, _MAKER_KEY, token.i, _making_verb_at, token)
    return None if found is None else token.doc[found]


def _making_verb_at(token) -> int | None:
    """_maker_of's position, or None. (Not a verb the parser hangs as a preposition, "given" or "following"
    read so: its modality is that of whatever clause it is wrongly hung under.)"""
    role = T.noun_role(token)
    if token.pos_ not in {"NOUN", "PROPN"} or role.dep_ not in {"dobj", "nsubjpass"} or role.head.pos_ != "VERB" \
            or role.head.dep_ == "prep":
        return None
    lemma = role.head.lemma_.lower()
    return role.head.i if lemma in T.ACT_VERBS or lemma in T.MAKING_VERBS else None


def _negation_on_the_act(verb, free) -> bool:
    """Does the verb's negation bear on its act, not on a word after it: the verb negated as an act
    (_act_negated), and every child of it one `free` leaves the negation with, none a time limit, manner or
    source of classes.yaml OCCURRENCE_LIMITS ("did not resume until March", "was not signed until Monday",
    "not signed without reservations": it happened). The one test of occurrence verbs
    (_occurrence_denied) and of the verbs making a noun's act (_maker_negated)."""
    if not _act_negated(verb):
        return False
    return all(free(c) and not (c.dep_ in _LIMIT_DEPS and c.lower_ in T.OCCURRENCE_LIMITS) for c in verb.children)


def _maker_negated(verb) -> bool:
    """Is the making verb negated as an act: its "not" before it ("has not imposed sanctions"), not a
    contrast after it ("reached a ceasefire, not a peace deal"), and nothing after it that the negation
    bears on instead: a phrase of manner, place, reason or extent ("not held in public", "not imposed
    because of the coup", "not delivered on such a scale": classes.yaml MAKING_FREE_PREPS and
    NEGATION_BEARING_NOUNS), a clause, an adverb ("was not reached easily"), a corrected agent ("not by
    the president but by his deputy") or the doer stressed ("did not deliver the aid itself")?"""
    negations = [c for w in (verb, verb.head) for c in w.children if c.dep_ == "neg"]
    if any(n.i > verb.i for n in negations):
        return False
    if any(c.lower_ in T.EMPHATIC_REFLEXIVES for w in (verb, *verb.children) for c in w.children
           if c.dep_ in {"appos", "npadvmod"}):
        return False
    first = min(n.i for n in negations) if negations else verb.i
    return _negation_on_the_act(verb, lambda child: child.i < first or _leaves_the_negation_on_a_maker(child))


def _leaves_the_negation_on_a_maker(child) -> bool:
    """Does a child after the negation of a making verb leave the negation on the act (_maker_negated)? (One
    before it does: "following a pay dispute, he was not granted permission"; but for a time limit, which
    _negation_on_the_act finds anywhere: "until Monday, the deal was not signed".)"""
    if child.dep_ == "prep":
        return child.lower_ in T.MAKING_FREE_PREPS and not any(
            g.dep_ == "pobj" and g.lemma_.lower() in T.NEGATION_BEARING_NOUNS for g in child.children)
    if child.dep_ == "advmod":
        return child.lower_ in _MAKER_FREE_ADVERBS
    return child.dep_ in _MAKER_FREE_DEPS


def denied_with_no_refuser(token) -> bool:
    """Does the noun's making verb name no party that could have refused the act: one its subject got
    or reached, not gave (classes.yaml OUTCOME_VERBS: "had never received any legal assistance",
    "failed to reach a ceasefire"), or a passive with no agent ("the deal was not clinched")? Negated,
    the act did not happen; no one is told to have refused it (events._reading reads a refusal otherwise)."""
    maker = _maker_of(token)
    if maker is None:
        return False
    return maker.lemma_.lower() in T.OUTCOME_VERBS or T.noun_role(token).dep_ == "nsubjpass" \
        and not any(c.dep_ == "agent" for c in maker.children)


def _governed_negated(token, governors) -> bool:
    """Is the act (or the act a light verb carries: "make arrests") the complement of a negated
    governor of these ("is not empowered to open fire", "was not compelled to arrest him")?"""
    head = token.head
    verb = head if token.pos_ in {"NOUN", "PROPN"} and token.dep_ == "dobj" and head.lemma_.lower() in T.ACT_VERBS else token
    return verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in governors and negated(verb.head)


def _prevention_realised(verb) -> bool:
    """Did the prevention happen? Not when negated or failed ("failed to prevent the attack"), said
    of what might have been ("could have been prevented"), or done by no one ("nothing could prevent")."""
    if negated(verb) or verb.dep_ == "xcomp" and verb.head.lemma_.lower() in T.FAILURE_GOVERNORS:
        return False
    if T.has_child(verb, {"aux"}, T.HYPOTHETICAL_AUX):
        return False
    return not T.has_child(verb, {"nsubj"}, {"nothing", "nobody", "none", "no-one"})


def prevention_failed(verb, act) -> bool:
    """Does the sentence tell a particular act that a prevention failed to stop, so that it happened
    ("failed to prevent the attack on Kyiv", "could not prevent the killing of four civilians", "could
    have prevented the massacre")? Not a prevention still possible or to come ("the sanctions cannot
    prevent a Chinese attack if ...", "would not prevent a retaliatory strike")."""
    particular = any(c.dep_ in {"det", "poss", "relcl", "nummod"} and (c.dep_ != "det" or c.lower_ in DEFINITE)
                     for c in act.children) or T.has_child(act, {"prep"}, {"by"})
    if not particular or any(T.clause_marked(v, T.CONDITION_MARKS) for v in (verb, verb.head)):
        return False
    if _failed_to(verb):
        return True  # "failed to prevent"
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return negated(verb) and bool(aux & {"could", "did"}) or "have" in aux and bool(aux & T.MODAL_AUX)


def _failed_to(verb) -> bool:
    """ "failed to prevent", "had failed to halt": a failure told, in the past (not "cannot stop", "could not stop")."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in T.FAILURE_GOVERNORS and verb.head.tag_ in {"VBD", "VBN"}


def failure_tells_the_act(verb, act) -> bool:
    """Does the verb's failure over a particular act tell that the act happened? An averting verb's
    (classes.yaml AVERTING_VERBS: "could not prevent the killing of four civilians", "failed to avert the
    attack"), or a stop's told failure only (FAILED_STOPS: "failed to halt the massacre of 200 villagers";
    not "could not halt the enemy's offensive" without air power, nor a game's "could not stop the attack
    by United")."""
    lemma = verb.lemma_.lower()
    if lemma in T.AVERTING_VERBS or lemma in T.FAILED_STOPS and _failed_to(verb):
        return prevention_failed(verb, act)
    return False


def _alternative_threatened(role) -> bool:
    """Is the act (its noun's role) the object of "face" in the alternative an ultimatum gives ("to
    leave or face an assault", "disarm or face attack")?"""
    verb = role.head
    return role.dep_ == "dobj" and verb.lemma_.lower() == "face" and verb.dep_ == "conj" \
        and T.has_child(verb.head, {"cc"}, {"or"})


def _obliged(token) -> bool:
    """ "should be arrested", "must be punished", "ought to be banned", "demanded that they be
    arrested" (a bare subjunctive under a demand): an act wanted, not one done."""
    if T.has_child(token, {"aux", "auxpass"}, T.OBLIGATION_AUX):
        return True
    head = token.head
    if token.dep_ == "xcomp" and head.lemma_.lower() in T.OBLIGATION_AUX | {"have", "need"} \
            and T.has_child(token, {"aux"}, {"to"}) and head.lemma_.lower() != "have":
        return True  # "need to be arrested"
    if token.dep_ in {"ccomp", "xcomp", "oprd"} and head.lemma_.lower() in T.DEMAND_GOVERNORS and token.tag_ == "VBN" \
            and not any(c.dep_ == "auxpass" or c.dep_ == "aux" and c.lemma_.lower() in {"be", "have"} for c in token.children):
        return True  # "the Congress wants Modi booked under POTO"
    if token.dep_ == "ccomp" and head.lemma_.lower() in T.DEMAND_GOVERNORS and T.subjunctive_at(tokens_of(token.doc), token.i):
        return True  # "demanded that they be arrested", "insisted that the president step down": a subjunctive
    # "pressed the Security Council to lift the sanctions", "wants Pyongyang to allow inspectors back",
    # "issued a warning to the separatists to lay down their arms": the content of a demand
    return _infinitive(token) and token.dep_ in {"xcomp", "ccomp", "advcl"} and (
        head.lemma_.lower() in T.DEMAND_GOVERNORS or T.has_child(head, {"dobj"}, T.DEMAND_NOUNS))


def _expected_on_a_day(token, verb: int) -> bool:
    """ "should" (classes.yaml EXPECTATION_AUX) on a verb whose clause names its own time: an act
    expected on the calendar ("the talks should resume next week"), not one only wanted."""
    table = tokens_of(token.doc)
    return T.has_child_at(table, verb, {"aux"}, T.EXPECTATION_AUX) and _names_own_time(token.doc[verb])


def _infinitive(token) -> bool:
    return token.tag_ == "VB" and T.has_child(token, {"aux"}, {"to"})


def _unrealised(token) -> bool:
    """ "granted the police 20 days to arrest him", "gave the sarpanches powers to make arrests", "in
    a position to nab Shah", "an application to pass orders to arrest Shah", "a conspiracy to get
    the activists arrested", "in order to provoke clashes between the villages": an act the
    sentence gives as a purpose, a power or a chance (an infinitive on a noun, an adjective or a
    clause of purpose), not one done. Infinitives a verb takes as its complement ("had to resort to
    firing", "went on to kill") are left to the other rules, and so are the governors that tell the
    act done ("were able to arrest 39", "acted swiftly to arrest") unless they are negated or modal
    ("will not be able to make any arrests")."""
    if token.head.lower_ == "for" and token.head.head.lemma_.lower() in T.PURPOSE_GOVERNORS and (
            token.dep_ == "pcomp" and token.tag_ == "VBG"
            or token.dep_ == "pobj" and not T.has_child(token, {"det", "poss", "relcl", "acl"})):
        # "religions are not meant for killing", "drones designed for attacks on ships": a purpose
        # (not "trained for the attack that killed 26")
        return True
    verb = token
    if token.pos_ in {"NOUN", "PROPN"} and token.dep_ == "dobj" and token.head.lemma_.lower() in T.CAUSING_VERBS:
        if _set_off_as_a_result(token.head, token):
            return False  # "the verdict was enough to trigger clashes": the clashes happened
        verb = token.head  # "to spark clashes"
    elif token.pos_ in {"NOUN", "PROPN"} and token.dep_ == "dobj" and token.head.lemma_.lower() in T.ACT_VERBS:
        verb = token.head  # "make arrests"
    elif token.dep_ == "conj" and token.head.pos_ == "VERB" and token.tag_ == "VB":
        # "for anyone to order firing and use force": a bare infinitive shares the run's clause (not
        # "were ordered to clear the square and opened fire", a finite act of its own)
        verb = T.first_conjunct(token)
    for _ in range(3):
        if verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in T.PERMISSION_WORDS and not negated(verb.head) \
                and not _let_happen(verb.head):
            return True  # "sections that allow the police to arrest anyone": a power given, not an arrest
        if _infinitive(verb) and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in T.DEMAND_GOVERNORS:
            return True  # "was directed to arrest the accused forthwith": the content of an order
        if _infinitive(verb) and (verb.dep_ in {"advcl", "acl", "relcl"} or verb.head.pos_ in {"NOUN", "PROPN", "ADJ"}):
            governor = verb.head
            clause = governor.head if governor.pos_ == "ADJ" and governor.dep_ == "acomp" else governor  # "were able"
            # (a phrasal governor by its particle: "went on to kill" tells the act, "had gone to arrest" an aim)
            done = not T.verb_names(governor).isdisjoint(T.IMPLICATIVE_GOVERNORS) and _plainly_asserted(clause)
            return not done
        if not (verb.dep_ in {"ccomp", "xcomp"} or verb.dep_ == "advcl" and _infinitive(verb)) or verb.head is verb:
            return False  # "returned to collect their belongings when the mob attacked": the attack happened
        verb = verb.head  # "to pass orders ... to arrest Shah", "to get them arrested"
    return False


def _set_off_as_a_result(verb, act) -> bool:
    """ "fired on the marchers, only to provoke clashes", "the verdict was enough to trigger clashes",
    "raided the camp, enough to spark a gunfight that lasted an hour": an infinitive of a causing verb
    that tells what came of something (after "only"; after a degree word of classes.yaml
    RESULT_DEGREE_WORDS on a past verb with no modal or negation; or with the act's own clause in the
    past), not what was aimed at."""
    if T.has_child(verb, {"advmod"}, {"only"}):
        return True
    if any(c.dep_ == "relcl" and c.tag_ == "VBD" for c in act.children):
        return True
    degree = verb.head
    clause = degree.head if degree.dep_ in {"acomp", "advmod"} else None  # "was enough", "raided the camp, enough"
    return degree.lemma_.lower() in T.RESULT_DEGREE_WORDS and clause is not None and clause.tag_ == "VBD" \
        and _plainly_asserted(clause)


def _plainly_asserted(clause) -> bool:
    """A clause with no negation and no modal or future auxiliary ("were able", not "will not be able")."""
    return not any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in T.MODAL_AUX | T.FUTURE_AUX for c in clause.children)


def _let_happen(permit) -> bool:
    """ "the police allowed the mob to attack the church", "soldiers let militiamen abduct dozens":
    a party's letting told in the simple past, active and not modal, tells the act done; a rule's
    does not ("sections that allow the police to arrest anyone", classes.yaml RULE_NOUNS)."""
    if permit.lemma_.lower() not in T.LETTING_VERBS or permit.tag_ != "VBD" \
            or any(c.dep_ in {"aux", "auxpass"} for c in permit.children):
        return False
    return not any(c.dep_ == "nsubj" and c.lemma_.lower() in T.RULE_NOUNS for c in permit.children)


def _called_false(table, chain: Sequence[int]) -> bool:
    """Is the act told inside a claim or report that its sentence calls false ("claims that our
    units opened fire first are absolutely false", "reports that the army shelled the village are
    baseless")? The claim noun is the subject of "be" whose complement is a word of falsity."""
    for position in chain[1:]:
        if table.dep[position] == "nsubj" and table.lemma[position].lower() in T.CLAIM_NOUNS:
            copula = table.head[position]
            return table.lemma[copula].lower() == "be" and T.has_child_at(table, copula, {"acomp", "attr"}, T.FALSITY_WORDS) \
                and not T.has_child_at(table, copula, {"neg"})  # "reports that ... were not false" confirm it
    return False


def _counterfactual(table, chain: Sequence[int]) -> str | None:
    """ "conditional" where the act's clause (or one of the two above it) is a condition opened by
    an auxiliary before its subject ("had Singhal been detained in Lucknow, the problems would have
    been reduced", "were they to attack", "should the talks fail"), the auxiliary its clause's first
    word (not "Not only had police arrested 20 ...", "No sooner had ... than", "Why had the troops
    opened fire?": told as done); "asserted" where that condition is negated on the act's own verb
    ("had the security forces not opened fire, the mob would have ...": they fired); else None."""
    dep, lower = table.dep, table.lower
    for depth, verb in enumerate(chain[:3]):
        children = table.children[verb]
        for aux in children:
            if dep[aux] == "aux" and lower[aux] in T.INVERTED_CONDITION_AUX and any(
                    dep[s] in {"nsubj", "nsubjpass"} and aux < s < verb for s in children):
                if any(lower[i] not in CLAUSE_OPENERS for i in range(min(table.subtree(verb)), aux)):
                    return None
                return "asserted" if depth == 0 and any(dep[c] == "neg" for c in children) else "conditional"
    return None


# Labels of a clause of its own on a verb (its tense and mood its own).
CLAUSE_LINKS = frozenset({"ccomp", "advcl", "conj", "parataxis", "relcl", "acl", "xcomp"})


# What may come before the auxiliary that opens a condition: "... believe that had Singhal been
# detained", "and had the army been deployed", a quotation's opening mark.
CLAUSE_OPENERS = frozenset({"that", "and", "but", ",", '"', "“", "'", "‘"})


# The modalities a noun's act takes from the verb making it happen, besides its denial.
TO_COME_OR_WANTED = frozenset({"planned", "hypothetical", "conditional"})


def modality_of(token, event_type: str) -> str:
    table = tokens_of(token.doc)
    dep, tag = table.dep, table.tag
    chain = path_up(token.doc, token.i)[:9]  # the trigger and up to 8 ancestors, as positions
    lemmas = [table.lemma[t].lower() for t in chain]
    if len(chain) > 1 and lemmas[1] in T.SCHEDULING_VERBS and token.dep_ == "xcomp" and tag[chain[1]] == "VBN":
        return "planned"  # "the council is expected to meet on Friday": on the calendar
    if _yet_to(token):
        # "the declaration is yet to be signed": pending; "police have yet to arrest anyone": not done
        return "denied" if event_type in {"ASSAULT", "COERCE"} else "planned"
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in T.STRUGGLE_GOVERNORS:
        return "conditional"  # "aid agencies are struggling to provide food": tried, not told as done
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in T.ATTEMPT_GOVERNORS and event_type != "ASSAULT" \
            and _cut_short(token.head):
        # "detained 35 activists who were trying to march": only tried (an attack tried is one:
        # "arrested a man who tried to stab a constable")
        return "conditional"
    if _content_of(table, chain, lemmas, T.SPECULATIVE_GOVERNORS):
        return "conditional"  # a fear or hope ("expressed concern that ..."), not an event
    role = T.noun_role(token)
    if role.dep_ in {"pobj", "pcomp"} and role.head.lower_ == "to" and role.head.head.lemma_.lower() in T.EXPOSURE_WORDS:
        return "conditional"  # "such groups are prone to attacks": a possibility
    if _alternative_threatened(role):
        return "conditional"  # "gave the army 48 hours to leave or face an assault": what is threatened, not done
    if (inverted := _counterfactual(table, chain)) is not None:
        return inverted  # "had the army been deployed on time, ...": a condition, not an act told
    if _governed_negated(token, T.COMPULSION_VERBS):
        # "was not compelled to arrest him", "are not obliged to provide aid": no obligation, which
        # neither tells the act nor refuses it
        return "conditional"
    if _called_false(table, chain):
        return "denied"  # "the Armenian side's claims that our units opened fire first are absolutely false"
    if token.pos_ == "NOUN" and (T.has_child_at(table, token.i, {"amod"}, T.SPECULATIVE_MODIFIERS) or (
            dep[token.i] == "pobj" and len(chain) > 2 and table.lower[chain[1]] == "of" and lemmas[2] in T.SPECULATIVE_NOUNS)):
        return "conditional"  # "reports of a possible terrorist strike", "the possibility of a terrorist attack"
    if token.pos_ == "NOUN" and _speculative_predicate(table, token.i):
        return "conditional"  # "sanctions remain possible if the talks fail", "new sanctions are possible"
    if _under_a_negated_plan(table, chain):
        return "conditional"  # "has no plans to withdraw", "no intention of attacking": neither told nor refused
    if dep[token.i] == "pobj" and len(chain) > 2 and table.lower[chain[1]] in {"for", "to", "toward", "towards"} \
            and lemmas[2] in T.PROSPECT_NOUNS and table.pos[chain[2]] == "NOUN":
        return "conditional"  # "paving the way for peace talks", "a timetable for negotiations": a prospect
    if event_type != "REQUEST" and _obliged(token) or event_type in PURPOSE_DOUBTED_TYPES and _unrealised(token):
        if _expected_on_a_day(token, token.i):
            return "planned"  # "the two sides should meet again next month": expected, on the calendar
        return "conditional"  # "the culprits must be arrested", "should be banned": wanted, not done
    # a mark of condition is the act's own only up to a relative clause, which tells its act in a tense
    # of its own ("if police who attacked the protesters are not punished": the attack is told; a
    # participle takes the condition's mood: "if one counts the 58 persons killed in the train");
    # a question weighs one thing, not the acts told on its nouns ("whether to charge soldiers who
    # killed civilians", "whether to withdraw troops deployed in Niger")
    conditioned = _chain_up_to(chain, lambda t: dep[t] == "relcl")
    questioned = _chain_up_to(chain, lambda t: dep[t] in {"relcl", "acl"})
    if any(T.has_child_at(table, t, {"mark"}, T.CONDITION_MARKS) for t in conditioned[:3] if dep[t] != "conj") and negated(token):
        return "conditional"  # "if the compensation is not paid": a condition, not a refusal nor a denial
    if event_type != "REJECT":
        if _denial_in(table, chain, lemmas) is not None:
            return "denied"
        if _act_negated(token) or _not_done(token):
            return "denied"
        if token.pos_ == "NOUN" and role.dep_ == "nsubj" and _occurrence_denied(role.head):
            return "denied"  # "the talks will not resume", "the meeting did not take place"
    if token.dep_ == "dobj" and failure_tells_the_act(token.head, token):
        return "asserted"  # "could not prevent the killing of four civilians": it happened
    if dep[token.i] == "amod" and tag[token.i] == "VBN":
        return "asserted"  # "the arrested persons will not be released": the arrest is done, whatever befalls them
    # (a finite conjunct with a subject of its own is a clause of its own: the auxiliaries and
    # conditions of the one it follows are not its own: "the missiles would have hit the capital, but a
    # drone struck a depot"; a bare verb still has the first one's modal: "the army would pull back and
    # the rebels hand over their weapons")
    own_clause = _chain_up_to(chain, lambda t: conjoined_clause(table, t))
    for t in own_clause[:3]:
        aux = {table.lower[c] for c in table.children[t] if dep[c] in {"aux", "auxpass"}}
        if event_type == "THREATEN" and t == token.i:
            continue  # "will retaliate", "would face consequences": the threat is made now
        if t in questioned and T.has_child_at(table, t, {"mark"}, T.QUESTION_MARKS) \
                and table.lemma[table.head[t]].lower() in T.ANSWERING_VERBS \
                and T.has_child_at(table, table.head[t], {"neg"}) and not _told_act_weighed(table, token.i, t):
            # "a navy spokesman would not reveal if the frigates had left port": a question left open, told neither
            # way (not "it is not clear whether police picked them up for X or for Y": the arrest is told)
            return "conditional"
        if aux & T.HYPOTHETICAL_AUX:
            return "conditional" if _only_possible(table, token, t, aux, event_type) else "hypothetical"
        if aux & T.FUTURE_AUX:
            return "planned"
        if dep[t] == "ROOT" and tag[t] == "VB" and "to" in aux \
                and not any(dep[c] in CLAUSE_LINKS for c in chain[:chain.index(t)]):
            # a headline's "to" and a verb for its whole sentence, the act its own or its object's: "PM to visit
            # China next week" (not a clause of its own on it: "Govt bows to demands, universities to reopen")
            return "planned"
        if t != token.i and aux & T.OBLIGATION_AUX and event_type != "REQUEST":
            # the verb a noun of the act hangs on: "the talks should resume next week" (expected on a
            # day: planned), "the ban must go" (wanted: not done)
            return "planned" if _expected_on_a_day(token, t) else "conditional"
        if t in conditioned and T.has_child_at(table, t, {"mark"}, T.CONDITION_MARKS):
            return "conditional"  # "if we withdraw": a condition, not an event
        if t in questioned and T.has_child_at(table, t, {"mark"}, T.QUESTION_MARKS) and not _told_act_weighed(table, token.i, t):
            return "hypothetical"  # "would decide whether to go on strike", "weighs whether to withdraw": weighed, not told
        if T.has_child_at(table, t, {"mark"}, T.NOT_YET_MARKS) and (tag[t] in {"VBZ", "VBP"} or aux & {"is", "are"}):
            return "conditional"  # "before any peace agreement is signed": not yet, perhaps never
    if any(dep[t] == "advcl" and T.has_child_at(table, t, {"mark"}, T.CONDITION_MARKS) for t in own_clause[3:]) \
            and not _definite(table, token.i):
        # deeper in a condition: "if he gave them a veto over any settlement reached in peace talks";
        # a definite act is presupposed: "if one were to hear about the arrests made by police"
        return "conditional"
    if _planned_by(table, chain, event_type) or _under_a_planning_gerund(table, token.i):
        return "planned"
    if (maker := _maker_of(token)) is not None and not _intended_by_its_doer(maker) \
            and ((made := modality_of(maker, event_type)) in TO_COME_OR_WANTED or made == "denied" and _yet_to(maker)):
        # the act a noun names is told as its making verb is: "demanded that an inquiry be conducted",
        # "was asked to establish contact" (wanted), "have yet to reach a ceasefire" (pending), "have yet to
        # make any arrests" (not done: the police's denial of their own acts, as for the verb). (Its
        # denial is _not_done's, which reads the negation more narrowly: "the deal was not reached
        # easily" was reached.)
        return made
    return "asserted"


def _yet_to(verb) -> bool:
    """ "is yet to be signed", "have yet to arrest anyone", "remain yet to be delivered": the act is still
    to come (not "is yet again to be held": again)."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {"be", "have", "remain"} \
        and T.has_child(verb.head, {"advmod"}, {"yet"}) and not T.has_child(verb.head, {"advmod"}, {"again"})


# A copula's tags that tell a possibility now ("sanctions remain possible", "a deal may be possible").
PRESENT_FORMS = frozenset({"VBZ", "VBP", "VB"})


def _speculative_predicate(table, act: int) -> bool:
    """Is the act noun the subject of a copula (classes.yaml SPECULATIVE_COPULAS) whose complement is a
    word of possibility (SPECULATIVE_MODIFIERS): "sanctions remain possible", "renewed clashes remain possible"? Not
    a complement with a clause of its own ("fighting is likely to continue": the fighting goes on; its
    verb's modality is read elsewhere), nor a negated one ("a deal is not possible" weighs nothing done
    either way, and is left as it was), nor one told in the past, which may have come since ("the talks
    in Cairo were possible because Egypt mediated", "the invasion looked likely for weeks")."""
    verb = table.head[act]
    if table.dep[act] != "nsubj" or verb == act or table.lemma[verb].lower() not in T.SPECULATIVE_COPULAS \
            or T.has_child_at(table, verb, {"neg"}) or table.tag[verb] not in PRESENT_FORMS:
        return False
    return any(table.dep[c] == "acomp" and table.lower[c] in T.SPECULATIVE_MODIFIERS
               and not T.has_child_at(table, c, {"xcomp", "ccomp", "prep"}) for c in table.children[verb])


# The links by which an act hangs under a noun of intent: "plans to withdraw" (acl), "plans for an
# offensive" (prep, pobj), "intention of attacking" (prep, pcomp), "plans to hold talks" (dobj, acl).
_INTENT_CONTENT_LINKS = frozenset({"acl", "xcomp", "prep", "pobj", "pcomp", "dobj"})


def _under_a_negated_plan(table, chain: Sequence[int]) -> bool:
    """Is the act, within three steps, the content of a noun of intent (classes.yaml INTENT_NOUNS) that
    "no" denies, or the object of a negated "have" ("has no plans to withdraw", "there are no plans for
    an offensive", "had no intention of attacking", "does not have any plans to impose sanctions")?
    Neither told nor refused: no act, and no REJECT (a refusal is "will not withdraw", "refused to")."""
    noun = _governor_within_three_steps(table, chain, _INTENT_CONTENT_LINKS,
                                        lambda t: table.pos[t] == "NOUN" and table.lemma[t].lower() in T.INTENT_NOUNS)
    if noun is None:
        return False
    head = table.head[noun]
    return T.has_child_at(table, noun, {"det"}, {"no"}) or table.dep[noun] == "dobj" \
        and table.lemma[head].lower() == "have" and T.has_child_at(table, head, {"neg"})


def _governor_within_three_steps(table, chain: Sequence[int], links, is_governor) -> int | None:
    """The first word up to three steps up the trigger's path (chain) that `is_governor` accepts, reached only
    through these dependency `links` (a plan's or an intent's content: "plans to attack", "no intention of
    attacking"), or None."""
    for step in range(1, min(4, len(chain))):
        if table.dep[chain[step - 1]] not in links:
            return None
        if is_governor(chain[step]):
            return chain[step]
    return None


def _only_possible(table, token, verb: int, aux: set[str], event_type: str) -> bool:
    """Is a passive act (the trigger's own verb, or the verb making a noun's act that the noun is the
    passive subject of, _maker_of) under a modal of possibility (classes.yaml POSSIBILITY_AUX: "a deal could be signed as early as
    Thursday", "the army could be called in if the floods worsen"): possible, not a party's promise nor
    its refusal ("would")? Not a perfect ("could have been avoided", read as before), nor an ability
    realised ("only five could be arrested so far": REALISED_ABILITY_WORDS). A rejection negated so is as
    possible ("involvement of the ISI could not be ruled out": no one rejected anything; the other types'
    negation is read as a denial before this). Police force and arrests keep their reading: the police
    classifier judges them (police.review_doubted)."""
    if event_type in PURPOSE_DOUBTED_TYPES or not aux & T.POSSIBILITY_AUX or aux & {"have", "has", "had"}:
        return False
    if verb != token.i and not (token.dep_ == "nsubjpass" and token.head.i == verb
                                and (maker := _maker_of(token)) is not None and maker.i == verb):
        return False  # (a noun's act under a verb that acts on it, not one making it: "the embargo, which was
        # imposed in March, could be lifted next year" tells the embargo)
    children = table.children[verb]
    # (the word may stand on the verb, its subject or a phrase of time: "only after midnight could the deal
    # be signed")
    near = [*children, *(g for c in children for g in table.children[c])]
    return any(table.dep[c] == "auxpass" for c in children) and not any(
        table.dep[c] == "advmod" and table.lower[c] in T.REALISED_ABILITY_WORDS for c in near)


def _intended_by_its_doer(verb) -> bool:
    """Is the making verb the complement of its doer's own intent ("the rebels want to hold talks",
    "plan to reach a deal": classes.yaml INTENT_GOVERNORS)? The noun's act keeps its own reading then,
    which the event stage reads as the intent it is (intends_cooperation: AGREE)."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in T.INTENT_GOVERNORS


# Words an occurrence verb may have beside its subject and negation: its auxiliaries, its clause's
# "that" ("insisted that the attack never happened"), a time or place ("will not take place this
# week", "did not resume in Geneva"), "yet" or "again".
_OCCURRENCE_FREE_DEPS = frozenset({"nsubj", "aux", "neg", "punct", "mark", "npadvmod", "prep"})
_OCCURRENCE_FREE_ADVERBS = frozenset({"yet", "again"})


def _occurrence_denied(verb) -> bool:
    """Is the verb a negated occurrence phrase of classes.yaml OCCURRENCE_VERBS, bare ("the meeting
    did not take place", "talks have not yet resumed"), not one whose negation bears on a
    complement ("did not take out the radar sites", "did not go well", "did not resume until March")?"""
    lemma = verb.lemma_.lower()
    phrase_words = [c for c in verb.children if f"{lemma} {c.lower_}" in T.OCCURRENCE_VERBS]
    if not (lemma in T.OCCURRENCE_VERBS or phrase_words):
        return False
    return _negation_on_the_act(verb, lambda c: c in phrase_words or c.dep_ in _OCCURRENCE_FREE_DEPS
                                or c.dep_ == "advmod" and c.lower_ in _OCCURRENCE_FREE_ADVERBS)


def _cut_short(attempt) -> bool:
    """Was an attempt cut short by an arrest or a stop (a COERCE trigger, classes.yaml
    STOPPING_VERBS) of the ones trying: a relative clause on that verb's direct object ("detained 35
    activists who were trying to march", "stopped 200 farmers who tried to march") or a "when"
    clause on it ("arrested over 50 workers when they tried to block the traffic")? Not when others
    tried ("arrested the leaders when their supporters tried to block the highway"), nor when the
    stop did not happen ("failed to stop the farmers who tried to march": they marched)."""
    if attempt.dep_ == "relcl" and attempt.head.dep_ == "dobj":
        stopper = attempt.head.head
    elif attempt.dep_ == "advcl" and T.has_child(attempt, {"advmod", "mark"}, T.ATTEMPT_CLAUSE_MARKS):
        stopper = attempt.head
    else:
        return False
    if not T.verb_names(stopper) & T.STOPPING_VERBS:
        kind = T.match(stopper)
        if kind is None or kind[0] != "COERCE":
            return False
    # (a stop failed may read as only unrealised: "were unable to detain the students who tried")
    return _stopped_ones_tried(attempt, stopper) and not _not_done(stopper) \
        and modality_of(stopper, "COERCE") != "denied"


def _stopped_ones_tried(attempt, stopper) -> bool:
    """Are the ones trying the ones the stop acts on? The attempt's subject is a relative pronoun
    standing for them ("the activists who tried"), a personal pronoun ("when they tried") or their
    own word ("arrested the workers when the workers tried"); an attempt with no subject of its own
    is its clause's ("were arrested when trying to march")."""
    stopped = {c.lemma_.lower() for c in stopper.children if c.dep_ in {"dobj", "nsubjpass"}}
    trying = [c for c in attempt.children if c.dep_ == "nsubj"] \
        or [c for c in stopper.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(attempt.dep_ == "relcl" and c.tag_ in RELATIVE_PRONOUN_TAGS or c.tag_ == "PRP"
               or c.lemma_.lower() in stopped for c in trying)


# Penn tags of the relative pronouns "who", "that", "which".
RELATIVE_PRONOUN_TAGS = frozenset({"WP", "WDT"})


def _denial_in(table, chain: Sequence[int], lemmas: Sequence[str]) -> int | None:
    """The position of the denial verb (classes.yaml DENIAL_VERBS) the act on the trigger's path
    is the content of, or None. Denied: under "deny"/"reject" through its reported clause, not
    through an aside ("denied a breakthrough, saying groups had advanced 2 km" admits the 2 km). A
    description ends the walk too, the act's own included: "denied reports about members arrested
    in Kolkata", "rejected the bail plea of Siddiqui, who was arrested on Saturday" admit the
    arrest. A denial negated admits the act: "the army did not deny that its troops had shelled
    the village"."""
    dep, tag = table.dep, table.tag
    for child, lemma, verb in zip(chain, lemmas[1:], chain[1:]):
        if dep[child] in {"advcl", "relcl"} or (dep[child] == "conj" and (
                lemma not in T.DENIAL_VERBS or T.has_child_at(table, child, {"nsubj", "nsubjpass"})
                or table.pos[child] == "VERB")):
            # (a conjoined clause of its own: "Russia denied targeting civilians, but its missiles hit
            # ..."; the denier's second act: "denied involvement in the attack and urged the U.S. to ...")
            return None
        if dep[child] == "acl" and tag[child] in {"VBN", "VBG"} and not T.has_child_at(table, child, {"mark", "aux"}):
            return None
        if lemma in T.DENIAL_VERBS:
            return None if T.has_child_at(table, verb, {"neg"}) else verb
    return None


def denial_of(token) -> int | None:
    """The position of the denial verb whose content the trigger is ("the army denied that its
    troops had shelled the village", "denied shelling the village", "denied reports that troops
    massacred villagers"), or None."""
    table = tokens_of(token.doc)
    chain = path_up(token.doc, token.i)[:9]
    return _denial_in(table, chain, [table.lemma[t].lower() for t in chain])


def _content_of(table, chain: Sequence[int], lemmas: Sequence[str], governors) -> bool:
    """Is the act on the trigger's path what one of these governors is about ("feared further
    attacks", "expressed concern that ... would attack"), not told in an adverbial clause of its own
    ("officials feared further attacks after Russian drones hit the port": the hit is told as done)?"""
    fact = False  # passed through a clause of fact not inside a complement of the governor
    for step in range(1, len(chain)):
        link = chain[step - 1]
        if table.dep[link] == "advcl" and T.has_child_at(table, link, {"mark"}, T.FACT_MARKS):
            fact = True
        elif table.dep[link] in {"xcomp", "ccomp"}:
            fact = False  # "expect to retake the town after their forces storm the positions": inside what is expected
        if lemmas[step] in governors:
            return not fact
    return False


# The links by which an act is what a plan is about: "plans to attack" (xcomp), "said it would
# plan ..." (ccomp), "planned an attack" (dobj), "plans for an offensive" (prep, pobj).
PLAN_CONTENT_LINKS = frozenset({"xcomp", "ccomp", "dobj", "prep", "pobj", "pcomp"})


def _planned_by(table, chain: Sequence[int], event_type: str) -> bool:
    """Is the act on the trigger's path (chain) the content of a planning word up to three steps
    up ("plans to attack", "is set to clarify", "is expected to fight")? Not one reached through
    another clause or role: "vowed an investigation after seven people were murdered", "a strike
    set the power plant on fire", "strikes were aimed only at military sites"."""
    planner = _governor_within_three_steps(table, chain, PLAN_CONTENT_LINKS,
                                           lambda t: table.lemma[t].lower() in T.PLANNING_WORDS)
    # a word of planning, not a preposition ("is due to host talks"; not "injuries due to an explosion") nor
    # another verb with its particle building the act ("set up medical camps for survivors"; "set up
    # talks with the rebels" plans them: classes.yaml BUILT_ACT_TYPES)
    return planner is not None and table.pos[planner] != "ADP" and not (
        event_type.lower() in T.BUILT_ACT_TYPES and T.has_child_at(table, planner, {"prt"}))


def _under_a_planning_gerund(table, act: int) -> bool:
    """An act noun the parser gives a gerund of planning as its modifier ("arrested three men for
    allegedly planning attacks": "planning" read as an adjective of "attacks"): planned, as when the
    gerund governs it. Not a past participle ("the planned attacks" is a modifier the act keeps)."""
    return any(table.dep[c] in {"amod", "compound"} and table.tag[c] == "VBG"
               and table.lemma[c].lower() in T.PLANNING_WORDS for c in table.children[act])


# Dependencies that open a clause of its own: a time inside one is that clause's, not the act's.
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "parataxis", "pcomp"})


def _clause_verb(token):
    """The verb whose clause tells a trigger's act: the trigger itself, or the verb a noun is the
    object of ("will hold talks", "will pay a visit", "will go to Moscow for talks"); None for a
    noun in any other role ("talks will be held next week", "the summit would postpone sanctions")."""
    if token.pos_ == "VERB":
        return T.first_conjunct(token)  # "will meet officials and also visit a camp": the first holds "will"
    head = token.head
    if token.dep_ == "dobj" and head.pos_ == "VERB":
        return T.first_conjunct(head)
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        return T.first_conjunct(head.head)
    return None


def _intended(verb) -> bool:
    """ "will visit", "said they would meet", "plans to visit", "is ready to negotiate": the act is
    said as one its doer means to do (will/would, or a governor of intent), not as possible
    ("could meet"), asked about ("whether he would meet"), refused ("does not plan to", "would
    neither seek nor extend support") nor as a habit ("at times Axelrod would meet directly with him")."""
    table = tokens_of(verb.doc)
    if negated(verb) or any(table.lower[c] in {"neither", "nor"} for c in table.children[verb.i]) or _habitual(verb):
        return False
    governor = verb.head
    clause = governor.head if governor.pos_ == "ADJ" and governor.dep_ == "acomp" else governor  # "was prepared to"
    if T.has_child(verb, {"mark"}, T.QUESTION_MARKS) or verb.dep_ == "xcomp" and T.has_child(clause, {"mark"}, T.QUESTION_MARKS):
        return False  # "not known whether the chief minister would meet", "asked whether it was prepared to negotiate"
    if sentence_text(sentence_of(verb)).rstrip().rstrip('"”’\'').endswith("?"):
        return False  # "Will Trump meet the Ghanaian leader?": asked, not promised
    if T.has_child(verb, {"aux"}, T.WILL_OR_WOULD):
        return True
    if governor.pos_ == "ADJ" and governor.dep_ != "acomp":
        return False  # "kept buses ready to meet the situation": said of a thing, not of a party's will
    return verb.dep_ == "xcomp" and governor.lemma_.lower() in T.INTENT_GOVERNORS and not negated(governor)


def _habitual(verb) -> bool:
    """ "often would meet", "at times would meet": a habit told of the past, not a promise."""
    table = tokens_of(verb.doc)
    return any(table.dep[c] == "advmod" and table.lower[c] in T.HABITUAL_WORDS
               or table.dep[c] == "prep" and any(table.lower[g] in T.HABITUAL_WORDS for g in table.children[c])
               for c in table.children[verb.i])


def _names_own_time(verb) -> bool:
    """Does the verb's own clause (not one hung under it, nor a span it lasts over) name a day or a
    time ("will host a meeting in Cairo on Sunday", "will meet next week", "will meet him when he
    arrives in Israel later this month")? "said on Wednesday they would meet": the day is the
    saying's."""
    table = tokens_of(verb.doc)
    start = verb.left_edge.i
    if verb.dep_ == "ccomp" and verb.head.i < verb.i:
        # A reported clause begins at "that" or its subject: "said on Tuesday he would meet" (the
        # parser may hang the saying's day on the reported verb).
        opening = [c for c in table.children[verb.i] if table.dep[c] in {"mark", "nsubj", "nsubjpass"}]
        start = min((verb.doc[c].left_edge.i for c in opening), default=start)
    for i in table.subtree(verb.i):
        if table.ent_type[i] in {"DATE", "TIME"} and i >= start and _time_of(table, i, verb.i):
            return True
    return False


def _time_of(table, i: int, verb: int) -> bool:
    """Is the time expression at i the verb's own: reached without crossing a clause of its own
    (but for a clause of time, "when he arrives"), and not a span the act lasts over ("a grant over
    the next three years": the preposition that governs the expression tells)."""
    position, first_prep = i, True
    while position != verb:
        dep = table.dep[position]
        if dep == "prep" and first_prep:
            first_prep = False
            if table.lower[position] in T.DURATION_PREPS:
                return False
        if dep in _CLAUSE_DEPS and not (dep == "advcl" and T.has_child_at(table, position, {"mark", "advmod"}, T.TIME_MARKS)):
            return False
        position = table.head[position]
    return True


def _names_venue(token, verb) -> bool:
    """Does the act itself (the verb or the noun of the meeting) have a place where it is held ("will
    meet on U.S. territory", "will host talks in Doha", "will meet at the White House")? Not a place
    of a participant ("will give aid to refugees in Kenya") nor where one goes ("will travel to
    Moscow for talks")."""
    table = tokens_of(token.doc)
    for word in {token.i, verb.i}:
        for prep in table.children[word]:
            if table.dep[prep] != "prep" or table.lower[prep] not in LOCATIVE_PREPS:
                continue
            if any(table.ent_type[t] in {"GPE", "LOC", "FAC", "ORG"} for obj in table.children[prep] if table.dep[obj] == "pobj"
                   for t in [obj, *table.children[obj]]):
                return True
    return False


def on_the_calendar(token, verb) -> bool:
    """An act to come with a day or a venue of its own is arranged, the planned act itself (the
    PLOVER manual's "Members of the G-7 will meet in Ottawa next month"), not only a promise."""
    return _names_own_time(verb) or _names_venue(token, verb)


def intends_cooperation(token, event_type: str, modality: str) -> bool:
    """A meeting, aid or cooperation a party means to give, told without a day or venue of its
    own, is its promise (PLOVER AGREE: "indicate willingness or commitment to cooperate, including
    intent to meet, to negotiate, to give aid"): "Finland will give Tanzania a grant", "Afghan rebel
    leaders said they would meet U.N. mediator Diego Cordovez if ...". One on the calendar stays the
    planned act (the PLOVER manual's "Members of the G-7 will meet in Ottawa next month"; "Egypt
    will host a meeting of mediators in Cairo on Sunday"; "the council is expected to meet on
    Friday": the journalist's schedule, no governor of intent)."""
    if event_type.lower() not in T.INTENDED_COOPERATION_TYPES or modality in {"denied", "conditional"}:
        return False
    verb = _clause_verb(token)
    return verb is not None and _intended(verb) and not on_the_calendar(token, verb)


def announces_restriction(token, event_type: str, subtype: str, modality: str) -> bool:
    """A curfew, ban or demolition a party says it will impose is its threat (PLOVER THREATEN; CAMEO
    17: threaten with restrictions): "President Gbagbo announced that he will extend the night-time
    curfew in Abidjan", "authorities said they planned to impose a curfew". Not one the journalist
    only expects ("curfew would also be imposed": no party's will) nor one denied or conditional."""
    if event_type != "COERCE" or subtype not in ANNOUNCED_MEASURES or modality != "planned":
        return False
    verb = _clause_verb(token)
    # a party that says so: the verb's subject, or its governor's ("they planned to impose")
    party = verb if verb is None or verb.dep_ != "xcomp" else verb.head
    return verb is not None and _intended(verb) and T.has_child(party, {"nsubj"})




def threatens_in_statement(token, event_type: str, modality: str) -> bool:
    """A harm a party says it will or would do is its threat (PLOVER THREATEN), told with a plain
    speech verb as with "warn": "the Houthis said they would target any ship linked to Israel",
    "the kidnappers said they would execute the hostages if the army moved in". The act is the
    speaker's own (its subject a pronoun standing for the speaker, or the speaker's word), will or
    would on it, not negated. Not what another party would do ("analysts said the army would
    attack"), nor a promise ("said it would release the prisoners": not a harm, classes.yaml
    STATED_THREAT_TYPES)."""
    kind = event_type.lower()
    if kind not in T.STATED_THREAT_TYPES | T.CONDITIONAL_THREAT_TYPES or modality not in {"hypothetical", "planned"}:
        return False
    if negated(token):
        return False
    conditional = kind not in T.STATED_THREAT_TYPES
    # (a coercive act under its governor's modal: "would not hesitate to send troops if ...", the
    # governor's negation read by modality_of, which calls a refusal denied)
    clause = token.head if conditional and token.dep_ == "xcomp" else token
    speech = clause.head
    if not T.will_or_would(clause) or clause.dep_ != "ccomp" or speech.lemma_.lower() not in T.SPEECH_VERBS:
        return False
    speakers = [c for c in speech.children if c.dep_ == "nsubj"]
    speaker_lemmas = {s.lemma_.lower() for s in speakers}
    table = tokens_of(token.doc)

    def speakers_own(word) -> bool:
        return any(agrees_with_speaker(table, s.i, word.lower_) for s in speakers)
    if conditional and (_disciplines_members(table, token.i) or not any(_armed_or_state(table, s.i) for s in speakers) or not any(
            _condition_outside_speaker(table, verb, lambda i: speakers_own(token.doc[i])) for verb in {token.i, clause.i})):
        return False
    speaker_countries = {country for s in speakers if (country := _country_spoken_for(table, s.i)) is not None}
    # (the speaker's own forces too: "the general said his troops would attack the rebels if ...";
    # and the speaker's state: "Iran's foreign minister said Tehran would strike US bases")
    return any(c.dep_ == "nsubj" and (c.pos_ == "PRON" and speakers_own(c) or c.lemma_.lower() in speaker_lemmas
                                      or any(p.dep_ == "poss" and speakers_own(p) for p in c.children)
                                      or _state_named(table, c.i) in speaker_countries)
               for c in clause.children)


def _condition_outside_speaker(table, act: int, speakers_own: Callable[[int], bool]) -> bool:
    """Is the act said on a condition about another party or its conduct ("would expel the troops if
    Addis Ababa recognised the region", "would deploy troops if the march went ahead"): the condition's
    subject a party not the speaker's own, or an act of conduct (classes.yaml CONDITION_CONDUCT_TYPES)?
    Not a condition that asks nothing of anyone ("would deploy troops if the weather allowed", "if the
    investigation found negligence") nor one on the speaker itself ("would send troops if they were
    asked")."""
    for clause in table.children[act]:
        if table.dep[clause] != "advcl" or not T.has_child_at(table, clause, {"mark"}, T.CONDITION_MARKS):
            continue
        for subject in table.children[clause]:
            if table.dep[subject] not in {"nsubj", "nsubjpass"}:
                continue
            if table.pos[subject] == "PRON":
                if table.lower[subject] in T.PARTY_PRONOUNS and not speakers_own(subject):
                    return True
            elif table.ent_type[subject].lower() in T.PARTY_ENTITY_LABELS or sector_of(T.modified_word(table, subject)) \
                    or country_of(T.modified_word(table, subject)) \
                    or any(kind.lower() in T.CONDITION_CONDUCT_TYPES for kind, _ in T.kinds_of_lemma(table.lemma[subject].lower())):
                return True
    return False


def _disciplines_members(table, act: int) -> bool:
    """Is the act done to members of a body (classes.yaml DISCIPLINED_MEMBERS: "would expel the
    MLA", "would suspend employees"): discipline of its own, not a threat in conflict?"""
    return any(table.dep[o] in {"dobj", "nsubjpass"} and table.lemma[o].lower() in T.DISCIPLINED_MEMBERS
               for o in table.children[act])


def _armed_or_state(table, speaker: int) -> bool:
    """Is the speaker one whose coercive act is a threat in conflict: a state, its office or forces,
    an armed group (classes.yaml CONDITIONAL_THREAT_SECTORS), a country or an international
    organisation of states ("Brussels", "NATO"), by the actors tables, or a pronoun the story
    resolves? A name counts only by those tables, not by its entity label: "the Congress said it
    would expel the MLA if ..." is a party disciplining its own, like a school."""
    word = T.modified_word(table, speaker)
    return table.pos[speaker] == "PRON" or sector_of(word) in T.CONDITIONAL_THREAT_SECTORS or country_of(word) is not None \
        or organisation_of(word) is not None


def _chain_up_to(chain: Sequence[int], stop) -> Sequence[int]:
    """The chain up from an act to its first word `stop` holds for (included): a clause of its own, or
    a clause on a noun, past which the marks are not the act's own."""
    return chain[:next((n + 1 for n, t in enumerate(chain) if stop(t)), len(chain))]


def _definite(table, word: int) -> bool:
    """A word with a definite determiner or a possessor ("the arrests", "their march"), whatever else hangs on it
    ("the arrests made by police"): a thing presupposed. (events._definite_with_modifiers asks more: that the
    article alone picks out an act told before.)"""
    return T.has_child_at(table, word, {"det"}, DEFINITE) or T.has_child_at(table, word, {"poss"})


def _told_act_weighed(table, act: int, clause: int) -> bool:
    """Is what a whether-clause weighs something of an act it presumes told: a definite act that is
    the subject of the clause's copula ("whether the arrests were legal": their legality), or an act
    done, in the past, to a definite object ("investigating whether the gang killed the trader": the
    killing is reported, its doer questioned)?"""
    dep, children = table.dep, table.children
    if act != clause:
        return dep[act] == "nsubj" and table.head[act] == clause and table.lemma[clause].lower() == "be" \
            and T.has_child_at(table, act, {"det"}, DEFINITE)
    if table.tag[act] == "VBN" and T.has_child_at(table, act, {"auxpass"}):
        # the passive of the same: "whether the woman was killed by her husband"
        return T.has_child_at(table, act, {"agent"}) and any(dep[s] == "nsubjpass" and _definite(table, s) for s in children[act])
    # (a perfect is as past as a simple past: "whether the gang had killed the trader")
    done = table.tag[act] == "VBD" or table.tag[act] == "VBN" and any(
        dep[a] == "aux" and table.lemma[a].lower() == "have" for a in children[act])
    return done and any(dep[o] == "dobj" and _definite(table, o) for o in children[act])


def _state_named(table, word: int) -> str | None:
    """The country whose state the party word names: its name or seat ("Tehran"), or its government,
    army or police ("the Iranian army", "Iran's forces"); not a people or group of that country
    ("Iraqi militias", "Israeli settlers", "Iran's enemies")."""
    if table.pos[word] == "PRON":
        return None
    names_a_state = sector_of(T.modified_word(table, word)) in STATE_SECTORS or (
        table.pos[word] == "PROPN" and country_of(table.text[word]) is not None)
    return _country_spoken_for(table, word) if names_a_state else None


def _country_spoken_for(table, word: int) -> str | None:
    """The country a party word names, or the one its owner names ("Iran's foreign minister", "a
    spokesman for the Kremlin", "Tehran"), by actors.country_of."""
    owners = [c for c in table.children[word] if table.dep[c] == "poss"] + [
        g for c in table.children[word] if table.dep[c] == "prep" and table.lower[c] in {"of", "for"}
        for g in table.children[c] if table.dep[g] == "pobj"]
    owner = owners[0] if owners else None
    if owner is not None and table.pos[owner] != "PRON":
        return _country_spoken_for(table, owner)
    return None if table.pos[word] == "PRON" else country_of(T.modified_word(table, word))
