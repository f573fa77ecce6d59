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
