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


@pytest.mark.parametrize("text,trigger", [
    # modality_of (a conjunct with its own subject has its own auxiliaries) and events.run (an
    # attack done displaces a hypothetical one unless it is told within it: _told_within)
    ("The rockets would have hit the airport if they had not been intercepted, but one shell struck a school.", "struck"),
    ("If the drones had not been shot down, they would have hit the capital, but one missile struck a power plant.",
     "struck"),
])
def test_an_attack_done_after_a_hypothetical_one_is_told(extract, text, trigger):
    record = extract(text, "2025-06-01")
    assert [e for e in events_of(record, "ASSAULT") if e.trigger == trigger and e.modality == "asserted"]


@pytest.mark.parametrize("text,event_type", [
    # classes.yaml ACT_VERBS: a light verb's negation is its act's
    ("The union did not hold any rally in the capital on Monday.", "PROTEST"),
    ("The opposition did not organise any demonstration this week.", "PROTEST"),
    # classes.yaml OCCURRENCE_VERBS: an act that does not come about
    ("The negotiations between the two sides will not resume until next year.", "CONSULT"),
    ("Peace talks with the rebels will not take place this week.", "CONSULT"),
])
def test_an_act_whose_verb_is_negated_is_denied(extract, text, event_type):
    record = extract(text, "2025-06-01")
    told = [e for e in record.events + record.secondary_events if e.type == event_type]
    assert told and all(e.modality == "denied" for e in told)


def test_protests_that_did_not_spread_were_held(extract):
    # OCCURRENCE_VERBS holds no verb of going on: the protests happened
    record = extract("The protests in the capital did not spread to other cities.", "2025-06-01")
    assert [e for e in events_of(record, "PROTEST") if e.modality != "denied"]


@pytest.mark.parametrize("text", [
    # triggers._licensed_for_type: the animal subject shared with the first verb (triggers._subjects)
    "A tiger came out of the forest and attacked two villagers.",
    "A bear entered the camp and attacked a forest guard.",
])
def test_an_animals_attack_told_after_another_verb_is_no_attack(extract, text):
    assert not events_of(extract(text, "2025-06-01"), "ASSAULT")


@pytest.mark.parametrize("text,answer,known", [
    # classes.yaml ANSWERED_ACT_MARKERS "over": the act a sanction answers is background to it
    ("The EU imposed sanctions on police chiefs over the crackdown on demonstrators.", "SANCTION", "COERCE"),
    # ENDING_VERBS "withdraw": the protest withdrawn is known, its end told
    ("The residents withdrew their protest once the mayor met them.", "RETREAT", "PROTEST"),
])
def test_the_act_an_answer_or_an_end_names_is_known(extract, text, answer, known):
    record = extract(text, "2025-06-01")
    assert events_of(record, answer) and not events_of(record, known)


@pytest.mark.parametrize("text,known", [
    # events._in_a_claim_of: a known act (named only by its article) in what an accusation claims
    # about it is background to the accusation
    ("State media charged that the riots were instigated by foreign agents.", "PROTEST"),
    ("The ministry charged that the attack was planned by foreign agents.", "ASSAULT"),
])
def test_a_known_act_in_an_accusations_claim_is_background(extract, text, known):
    record = extract(text, "2025-06-01")
    assert events_of(record, "ACCUSE") and not events_of(record, known)
    assert [e for e in record.secondary_events if e.type == known and e.background]
