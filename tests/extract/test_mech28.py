"""Stop 28 (gmech28): mechanisms behind the failure classes of probe set g (a demand in the
subjunctive, a speaker's state as the doer of a threat, a clause of its own after a conditional, a
light verb's or an occurrence verb's negation, an animal's act shared through "and", the known act
a sanction answers, an end withdraws or an accusation's claim names). Each case
fails without the change its comment names, or guards that change's limit."""
import pytest

from test_events import events_of


@pytest.mark.parametrize("text,content", [
    # triggers.subjunctive_at: "insist that X do" is what X must do, said without "must"
    ("The opposition insisted that the president step down.", "RETREAT"),
    ("The ministers insisted that the army withdraw its troops from the town.", "RETREAT"),
    # (a noun the tagger read as an adjective, with the plural verb form)
    ("The envoys insisted that the paramilitary free the hostages.", "CONCEDE"),
])
def test_a_demand_in_the_subjunctive_is_a_request(extract, text, content):
    record = extract(text, "2025-06-01")
    assert events_of(record, "REQUEST")
    assert not events_of(record, content)


def test_a_plain_present_after_a_speech_verb_is_no_demand(extract):
    # subjunctive_at: a plural subject with its plural verb is a statement ("the talks resume")
    record = extract("The minister said the talks resume on Monday.", "2025-06-01")
    assert not events_of(record, "REQUEST")


@pytest.mark.parametrize("text,expected", [
    # modality.threatens_in_statement: the speaker's own state (its capital, the country its
    # owner names) as the doer of the harm
    ("Iran's foreign minister said Tehran would strike US bases in the region if attacked.", True),
    ("A Kremlin spokesman said Moscow would hit the supply depots should the convoys continue.", True),
    # ... not another state's
    ("Iran's foreign minister said Washington would strike Iranian bases.", False),
])
def test_a_harm_the_speakers_state_would_do_is_its_threat(extract, text, expected):
    record = extract(text, "2025-06-01")
    assert bool(events_of(record, "THREATEN")) == expected
