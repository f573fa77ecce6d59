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


# rf34t: a meeting a clause of its own tells of may not have been held or is still to come.
MEETING_TOLD_BY_A_CLAUSE_OF_ITS_OWN = [
    ("Following talks that never took place, the opposition accused the government of bad faith.", {"ACCUSE"}),
    ("During talks scheduled for next week, the two ministers will sign a trade deal.", {"AGREE"}),
    ("After the meeting that was called off on Monday, Hamas rejected the truce proposal.", {"REJECT"}),
    ("After a meeting which Sharon did not attend, Arafat urged the US to intervene.", {"REQUEST"}),
    ("Following a summit that Moscow refused to attend, Kyiv urged its allies to send more tanks.", {"REQUEST"}),
]


@pytest.mark.parametrize("text,expected", MEETING_TOLD_BY_A_CLAUSE_OF_ITS_OWN)
def test_a_meeting_told_by_a_clause_of_its_own_gives_no_consult(extract, text, expected):
    found = types(extract(text, "2002-03-10"))
    assert "CONSULT" not in found and expected <= found


MEETING_AS_THE_OCCASION_IN_2002_NEWS = [
    ("During the meeting in Brussels, the EU foreign ministers agreed to send monitors to Macedonia.", {"CONSULT", "AGREE"}),
    ("After two days of talks in Islamabad, India and Pakistan agreed to resume rail links.", {"CONSULT", "AGREE"}),
    ("During talks in Moscow on Friday, Putin urged Bush to drop the missile shield.", {"CONSULT", "REQUEST"}),
]


@pytest.mark.parametrize("text,expected", MEETING_AS_THE_OCCASION_IN_2002_NEWS)
def test_a_meeting_held_as_the_occasion_in_older_news(extract, text, expected):
    assert types(extract(text, "2002-03-10")) == expected


def test_a_meeting_of_a_past_year_is_background(extract):
    record = extract("The two sides agreed on a ceasefire after talks that collapsed last year were revived.",
                     "2026-12-07")
    assert types(record) == {"AGREE"}


# cooperate.yaml (two34): "arrested X and handed him over to <another state>": the pronoun is the one the arrest took.
HANDED_OVER_AFTER_AN_ARREST = [
    "Acting on a tip-off from Interpol, Thai police arrested a Russian fugitive in Phuket and handed him over to Moscow.",
    "Georgian police detained the former minister and handed her over to Ukraine.",
    "Kenyan police arrested the suspect in Nairobi and handed him over to Uganda.",
    "Turkish police detained a Swedish citizen in Istanbul and handed her over to Sweden.",
    "Georgian police detained a Chechen commander and handed him over to Russia.",
    "Jordanian security detained the Iraqi dissident and handed him over to Iraq.",
    "Serbian police arrested the indicted general and handed him over to the Netherlands.",
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
    # rf34t: a state, its army or an armed group hands back a hostage or a prisoner, no police's arrest
    ("Iran detained the British sailor and handed him over to Britain after a week.", "COERCE"),
    ("Hamas detained the Israeli soldier and handed him over to Egypt as part of the prisoner exchange.", "COERCE"),
    ("Ukrainian forces detained the Russian soldier and handed him over to Russia in a prisoner swap.", "COERCE"),
    ("Hezbollah detained the Israeli businessman and handed him over to Germany in the swap.", "COERCE"),
    ("Syrian troops detained the Lebanese activist and handed him over to Lebanon after three days.", "COERCE"),
    ("The army detained the pilot and handed him over to Pakistan in a goodwill gesture.", "COERCE"),
    ("Libya detained the Bulgarian nurse and handed her over to Bulgaria.", "COERCE"),
]


@pytest.mark.parametrize("text,first", HANDED_OVER_BUT_NO_JUSTICE)
def test_a_man_handed_over_with_no_justice_of_another_state_is_no_cooperation(extract, text, first):
    found = types(extract(text, "2026-12-07"))
    assert first in found and "COOPERATE" not in found


# A retreat after a fight with a side named (events._fought_with_a_side): the fight is told with it, not what the
# retreat answers (background.answered_by).
RETREAT_AFTER_A_FIGHT_WITH_A_SIDE = [
    "Naxals retreated into the forests after an hour-long gunfight with the security forces in Bijapur.",
    "Rebels withdrew from the town after two days of heavy fighting with the army.",
    "The rebels retreated after a fierce battle with government troops near Goma.",
    "Government forces withdrew from the town after clashes with Tuareg rebels.",
    "Maoist rebels retreated into the forest after an hour-long gunfight with the police.",
    "The Taliban fighters withdrew from the village after a fierce battle with US troops.",
    "The insurgents withdrew from the town after heavy fighting with US forces.",
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
    # rf34t: a side of no arms (classes.yaml FIGHT_SIDES), or a fight known by its day
    "The actor withdrew from public life after a long battle with cancer.",
    "Fans withdrew from the stadium after clashes between rival supporters.",
    "The rebels retreated after last month's fighting with the army, officials said.",
    "The rebels retreated after Friday's gunfight with the army, officials said.",
]


@pytest.mark.parametrize("text", RETREAT_AFTER_ITS_OWN_ACT_OR_A_KNOWN_ONE)
def test_a_retreat_after_its_own_or_a_known_act_is_the_retreat_only(extract, text):
    assert types(extract(text, "2026-12-07")) == {"RETREAT"}


def test_a_ceasefire_a_withdrawal_came_after_stays_background(extract):
    record = extract("Israel withdrew its troops from the town after the ceasefire took effect.", "2026-12-07")
    assert types(record) == {"RETREAT"}
