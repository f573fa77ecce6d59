"""Stop 34 (two34): the second act of a two-act sentence keeps its event, and what only looks like a second
act (a meeting not held or only planned, a history, a repeat of an act told before) does not get one.

A meeting named as the time of the sentence's other act by "after", "following" or "during" (classes.yaml
OCCASION_PREPS, OCCASION_TYPES; events._occasion_of_another) was held: PLOVER CONSULT (meetings, talks,
negotiations), beside the act it was the occasion of, not what that act is about or answers."""
import pytest


def types(record):
    return {e.type for e in record.events}


MEETING_AS_THE_OCCASION = [
    ("After meeting for nearly five hours, the presidents of Russia and Belarus signed a treaty on a union state.",
     {"CONSULT", "AGREE"}),
    ("After three days of talks in Doha, the two sides agreed on a prisoner exchange, a Qatari official said.",
     {"CONSULT", "AGREE"}),
    ("During the meeting, Zelenskiy urged the German chancellor to speed up deliveries of air defence systems.",
     {"CONSULT", "REQUEST"}),
    ("Following talks in Ankara, the two foreign ministers signed a memorandum on grain exports.",
     {"CONSULT", "AGREE"}),
    ("After two rounds of negotiations in Geneva, the delegations agreed to extend the truce by a month.",
     {"CONSULT", "AGREE"}),
    ("During the meeting on Monday, the two ministers signed an agreement on energy.", {"CONSULT", "AGREE"}),
    ("After a phone call with Erdogan, Putin agreed to extend the grain deal.", {"CONSULT", "AGREE"}),
    # (answered_by no longer reads the meeting as what the request answers)
    ("Following a meeting with Modi in Delhi, Albanese urged India to join the pact.", {"CONSULT", "REQUEST"}),
]


@pytest.mark.parametrize("text,expected", MEETING_AS_THE_OCCASION)
def test_a_meeting_named_as_the_occasion_is_an_event_of_its_own(extract, text, expected):
    assert types(extract(text, "2026-12-07")) == expected


MEETING_NOT_HELD_OR_ONLY_NAMED = [
    # "before", "ahead of": it may not have been held
    ("Before meeting Putin, Lukashenko signed a decree on conscription.", {"AGREE"}),
    ("Ahead of the talks in Cairo, Hamas urged mediators to press Israel.", {"REQUEST"}),
    # named within another noun: cancelled, broken off, still to come
    ("After the cancellation of the meeting, Zelenskiy urged the German chancellor to speed up deliveries.", {"REQUEST"}),
    ("After the collapse of the talks in Doha, Hamas rejected the new proposal.", {"REJECT"}),
    ("After the postponement of the summit, the two sides signed a trade protocol.", {"AGREE"}),
    ("Following the suspension of negotiations, the rebels rejected the ceasefire.", {"REJECT"}),
    ("During the run-up to the talks, Iran rejected any limits on its missile programme.", {"REJECT"}),
    ("During preparations for the summit, China urged the United States to lift tariffs.", {"REQUEST"}),
    ("After his call for talks, the opposition rejected the offer.", {"REJECT"}),
    # a span counted in no number: a history, not the day's meeting
    ("After a decade of talks, the two countries signed a border treaty.", {"AGREE"}),
    ("After years of negotiations, Serbia and Kosovo agreed to normalise relations.", {"AGREE"}),
    # the meeting is the content of the act, no occasion
    ("Iran refused to attend the talks in Vienna.", {"REJECT"}),
    ("Israel agreed to the talks in Cairo.", {"AGREE"}),
    ("The opposition rejected the outcome of the talks.", {"REJECT"}),
    # an attack after which a reaction comes is what it answers, not an occasion (OCCASION_TYPES is CONSULT only)
    ("The UN condemned the strike after the attack on the convoy.", {"ACCUSE"}),
]


@pytest.mark.parametrize("text,expected", MEETING_NOT_HELD_OR_ONLY_NAMED)
def test_a_meeting_not_held_or_only_named_gives_no_consult(extract, text, expected):
    assert types(extract(text, "2026-12-07")) == expected


def test_a_meeting_only_planned_gives_no_consult(extract):
    for text in ("The two leaders will sign the treaty after the talks in Minsk next week.",
                 "After talks next week, the ministers are expected to sign a trade deal."):
        record = extract(text, "2026-12-07")
        assert "CONSULT" not in types(record)
        assert {(e.type, e.modality) for e in record.events} == {("AGREE", "planned")}


def test_a_meeting_told_before_is_one_event(extract):
    record = extract("Blinken met Wang Yi in Beijing on Monday. After the meeting, Blinken urged China to stop "
                     "supplying Russia.", "2026-12-07")
    assert [e.type for e in record.events].count("CONSULT") == 1
    assert types(record) == {"CONSULT", "REQUEST"}


def test_a_meeting_of_a_past_year_is_background(extract):
    record = extract("The two sides agreed on a ceasefire after talks that collapsed last year were revived.",
                     "2026-12-07")
    assert types(record) == {"AGREE"}


# A demand told by a verb of its own conjoined with the protest's ("rallied ... and called on the prime minister to
# resign") is a second act, PLOVER REQUEST (events._finite_conjunct_of); the protest's words, told by a participle or
# an infinitive on it, are not (demands_voiced_by_protest).
DEMAND_BY_A_VERB_OF_ITS_OWN = [
    "Thousands of Armenians rallied in Yerevan on Sunday and called on the prime minister to resign.",
    "Thousands of protesters marched through Tbilisi and demanded the release of jailed opposition leaders.",
    "Hundreds of farmers blocked the highway and urged the government to scrap the new tax.",
    "Protesters rallied outside the embassy and demanded that Russia withdraw its troops.",
]


@pytest.mark.parametrize("text", DEMAND_BY_A_VERB_OF_ITS_OWN)
def test_a_demand_by_a_verb_of_its_own_beside_the_protest_is_a_request(extract, text):
    assert types(extract(text, "2026-12-07")) == {"PROTEST", "REQUEST"}


DEMAND_AS_THE_PROTESTS_WORDS = [
    "Thousands rallied in Yerevan on Sunday, calling on the prime minister to resign.",
    "Thousands rallied in Yerevan on Sunday, demanding the release of political prisoners.",
    "Protesters marched to parliament to demand the resignation of the prime minister.",
    "Workers began a hunger strike to demand the return of their land.",
    "Thousands demonstrated in Kirkuk calling for independence.",
    # a demand only to come is no act told
    "Protesters rallied in Yerevan and will call on parliament to impeach the prime minister next week.",
]


@pytest.mark.parametrize("text", DEMAND_AS_THE_PROTESTS_WORDS)
def test_a_demand_told_as_the_protests_words_is_no_second_act(extract, text):
    assert types(extract(text, "2026-12-07")) == {"PROTEST"}


# cooperate.yaml (two34): "arrested X and handed him over to <another state>": the pronoun is the one the arrest took.
HANDED_OVER_AFTER_AN_ARREST = [
    "Acting on a tip-off from Interpol, Thai police arrested a Russian fugitive in Phuket and handed him over to Moscow.",
    "Georgian police detained the former minister and handed her over to Ukraine.",
    "Kenyan police arrested the suspect in Nairobi and handed him over to Uganda.",
    "Turkish police detained a Swedish citizen in Istanbul and handed her over to Sweden.",
]


@pytest.mark.parametrize("text", HANDED_OVER_AFTER_AN_ARREST)
def test_a_man_arrested_and_handed_over_to_another_state_is_cooperation(extract, text):
    assert types(extract(text, "2026-12-07")) == {"COERCE", "COOPERATE"}


HANDED_OVER_BUT_NO_JUSTICE = [
    # captured in battle, freed, released: a prisoner swapped, a hostage handed back
    ("Ukraine captured a Russian soldier and handed him over to Russia in a prisoner exchange.", "ASSAULT"),
    ("Rebels freed the aid worker and handed her over to France.", "CONCEDE"),
    ("The kidnappers released the engineer and handed him over to Nigeria's consul.", "CONCEDE"),
    # things, not a man; no state; the doer's own state
    ("Border guards arrested the smugglers, seized their rifles and handed them over to Turkey.", "COERCE"),
    ("Police arrested the man and handed him over to the army.", "COERCE"),
    ("Police detained the suspect for questioning and handed him over to his family.", "COERCE"),
    ("Russian police arrested the blogger in Sochi and handed him over to Moscow.", "COERCE"),
]


@pytest.mark.parametrize("text,first", HANDED_OVER_BUT_NO_JUSTICE)
def test_a_man_handed_over_with_no_justice_of_another_state_is_no_cooperation(extract, text, first):
    found = types(extract(text, "2026-12-07"))
    assert first in found and "COOPERATE" not in found


# Force answering force told by its weapons (assault.yaml: responded, retaliated, reacted or replied with
# pellets, tear gas, bullets, gunfire ...): a second act beside the one it answers.
FORCE_ANSWERING_FORCE = [
    ("Protesters pelted stones at a police station in Srinagar's old city after Friday prayers, and the police "
     "responded with pellet guns.", {"PROTEST", "ASSAULT"}),
    ("Demonstrators threw petrol bombs at the riot police, who responded with tear gas and water cannon.",
     {"PROTEST", "ASSAULT"}),
]


@pytest.mark.parametrize("text,expected", FORCE_ANSWERING_FORCE)
def test_force_answering_force_by_its_weapons_is_an_attack(extract, text, expected):
    assert types(extract(text, "2026-12-07")) == expected


RESPONDED_WITH_NO_WEAPON = [
    "The ministry responded with a statement.",
    "Fire crews responded with water cannon.",
    "The crowd responded with chants and songs.",
    "Police responded with restraint to the stone-throwing.",
    "The opposition responded with fire and fury to the budget.",
    "The prime minister responded with a call for calm.",
    "Firefighters responded with hoses and foam.",
]


@pytest.mark.parametrize("text", RESPONDED_WITH_NO_WEAPON)
def test_a_response_with_no_weapon_is_no_attack(extract, text):
    assert types(extract(text, "2026-12-07")) == set()


# A retreat after a fight with a side named (events._fought_with_a_side): the fight is told with it, not what the
# retreat answers (background.answered_by).
RETREAT_AFTER_A_FIGHT_WITH_A_SIDE = [
    "Naxals retreated into the forests after an hour-long gunfight with the security forces in Bijapur.",
    "Rebels withdrew from the town after two days of heavy fighting with the army.",
    "The rebels retreated after a fierce battle with government troops near Goma.",
    "Government forces withdrew from the town after clashes with Tuareg rebels.",
]


@pytest.mark.parametrize("text", RETREAT_AFTER_A_FIGHT_WITH_A_SIDE)
def test_a_fight_with_a_side_a_retreat_came_after_is_an_attack_told(extract, text):
    assert types(extract(text, "2026-12-07")) == {"RETREAT", "ASSAULT"}


RETREAT_AFTER_ITS_OWN_ACT_OR_A_KNOWN_ONE = [
    # the retreating side's own act, which the retreat ends
    "Israeli troops pulled out of Bethlehem on Saturday after a 10-day incursion.",
    # a history, or known by its article
    "Rebels surrendered to the army after months of fighting.",
    "The militants fled into the hills after the clashes.",
]


@pytest.mark.parametrize("text", RETREAT_AFTER_ITS_OWN_ACT_OR_A_KNOWN_ONE)
def test_a_retreat_after_its_own_or_a_known_act_is_the_retreat_only(extract, text):
    assert types(extract(text, "2026-12-07")) == {"RETREAT"}


def test_a_ceasefire_a_withdrawal_came_after_stays_background(extract):
    record = extract("Israel withdrew its troops from the town after the ceasefire took effect.", "2026-12-07")
    assert types(record) == {"RETREAT"}
