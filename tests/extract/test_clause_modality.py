"""What a clause tells of its act: a demand in the subjunctive, a speaker's state as the doer of a
threat, a clause of its own after a conditional (and a modal gapped in one that is not), a light
verb's or an occurrence verb's negation, an animal's act shared through "and", the known act a
judgement answers, an end withdraws or an accusation's claim names. Each case fails without the
change its comment names, or guards that change's limit."""
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


@pytest.mark.parametrize("text", [
    # subjunctive_at: a past or a singular present is a statement, and so is a plural subject's
    # present (the bare verb's form, tagged VBP)
    "The ministers insisted that the army withdrew its troops from the town last week.",
    "The ministers insisted that the army withdraws its troops from the town every evening.",
    "The ministers insisted that the troops withdraw every evening.",
])
def test_a_statement_after_a_verb_of_demanding_is_no_demand(extract, text):
    record = extract(text, "2025-06-01")
    assert events_of(record, "RETREAT") and not events_of(record, "REQUEST")


@pytest.mark.parametrize("text,expected", [
    # modality.threatens_in_statement: the speaker's own state (its capital, the country its
    # owner names) as the doer of the harm
    ("Iran's foreign minister said Tehran would strike US bases in the region if attacked.", True),
    ("A Kremlin spokesman said Moscow would hit the supply depots should the convoys continue.", True),
    ("Iran's foreign minister said the Iranian army would strike US bases if attacked.", True),
    # ... not another state's
    ("Iran's foreign minister said Washington would strike Iranian bases.", False),
    # ... nor a group of the speaker's country (modality._state_named)
    ("Iraq's prime minister said Iraqi militias would attack US bases if provoked.", False),
    ("Israel's defence minister said Israeli settlers would attack Palestinian villages.", False),
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
    # (one_attack_per_sentence: an attack of another subtype than the hypothetical one)
    ("The missiles would have hit the capital, but troops shelled a depot.", "shelled"),
    ("The rebels could have attacked the town, but troops shelled a checkpoint.", "shelled"),
])
def test_an_attack_done_after_a_hypothetical_one_is_told(extract, text, trigger):
    record = extract(text, "2025-06-01")
    assert [e for e in events_of(record, "ASSAULT") if e.trigger == trigger and e.modality == "asserted"]


@pytest.mark.parametrize("text,event_type", [
    # classes.yaml ACT_VERBS: a light verb's negation is its act's
    ("The union did not hold any rally in the capital on Monday.", "PROTEST"),
    ("The opposition did not organise any demonstration this week.", "PROTEST"),
    # classes.yaml OCCURRENCE_VERBS: an act that does not come about
    ("The negotiations between the two sides have not yet resumed.", "CONSULT"),
    ("Peace talks with the rebels will not take place this week.", "CONSULT"),
    ("The planned march did not go ahead.", "PROTEST"),
    ("He insisted that the army attack on the village never happened.", "ASSAULT"),
])
def test_an_act_whose_verb_is_negated_is_denied(extract, text, event_type):
    record = extract(text, "2025-06-01")
    told = [e for e in record.events + record.secondary_events if e.type == event_type]
    assert told and all(e.modality == "denied" for e in told)


@pytest.mark.parametrize("text,event_type", [
    # OCCURRENCE_VERBS holds no verb of going on: the protests happened
    ("The protests in the capital did not spread to other cities.", "PROTEST"),
    # ... nor one of beginning, negated to say when (nor a bare phrase followed by "until")
    ("The clashes did not start until the police arrived.", "ASSAULT"),
    ("The negotiations between the two sides will not resume until the spring.", "CONSULT"),
    # ... and a phrase with another particle, a manner or an object of its own is no occurrence
    # (modality._occurrence_denied)
    ("The air strikes did not take out the radar sites.", "ASSAULT"),
    ("The talks did not go well.", "CONSULT"),
    ("The attack did not happen by chance, the minister said.", "ASSAULT"),
    ("The raid did not take place without resistance.", "ASSAULT"),  # rev28h
])
def test_an_act_whose_verb_is_negated_for_another_reason_is_not_denied(extract, text, event_type):
    record = extract(text, "2025-06-01")
    assert [e for e in record.events + record.secondary_events if e.type == event_type and e.modality != "denied"]


def test_a_bare_verb_after_a_modal_keeps_the_modal(extract):
    # modality._finite_clause: "and the rebels hand over" is gapped, "would" its own
    record = extract("Under the plan, the army would pull back and the rebels hand over their weapons.", "2025-06-01")
    told = [e for e in record.events + record.secondary_events if e.type == "RETREAT"]
    assert told and all(e.modality == "hypothetical" for e in told)


@pytest.mark.parametrize("text", [
    # triggers._licensed_for_type: the animal subject shared with the first verb (triggers._subjects)
    "A tiger came out of the forest and attacked two villagers.",
    "A bear entered the camp and attacked a forest guard.",
])
def test_an_animals_attack_told_after_another_verb_is_no_attack(extract, text):
    assert not events_of(extract(text, "2025-06-01"), "ASSAULT")


@pytest.mark.parametrize("text", [
    # triggers._doers: the parser reads "a woman and angry villagers" as objects of "killed"
    "A tiger killed a woman and angry villagers attacked forest officials.",
    "Elephants destroyed crops and villagers attacked the forest office.",
])
def test_people_attacking_after_an_animal_is_an_attack(extract, text):
    assert events_of(extract(text, "2025-06-01"), "ASSAULT")


@pytest.mark.parametrize("text,is_protest", [
    # protest.yaml "take out" with not_object [flag, route]: a march police take out is a protest,
    # their flag or route march a show of force
    ("Policemen took out a protest march demanding better pay.", True),
    ("Police personnel took out a candle march in memory of their colleagues.", True),
    ("The police and paramilitary forces took out a flag march in the town.", False),
])
def test_a_march_police_take_out(extract, text, is_protest):
    assert bool(events_of(extract(text, "2025-06-01"), "PROTEST")) == is_protest


@pytest.mark.parametrize("text,answer,known", [
    # classes.yaml JUDGED_ACT_MARKERS "over": the act a sanction answers is background to it
    ("The EU imposed sanctions on police chiefs over the crackdown on demonstrators.", "SANCTION", "COERCE"),
    # ENDING_VERBS "withdraw": the protest withdrawn is known, its end told
    ("The residents withdrew their protest once the mayor met them.", "RETREAT", "PROTEST"),
])
def test_the_act_an_answer_or_an_end_names_is_known(extract, text, answer, known):
    record = extract(text, "2025-06-01")
    assert events_of(record, answer) and not events_of(record, known)


@pytest.mark.parametrize("text,known", [
    # classes.yaml JUDGED_ACT_MARKERS: "over" names the act answered only for a judgement (sanction,
    # accusation, rejection), and not one with its own day or place
    ("Police arrested 200 people over three days of protests in the capital.", "PROTEST"),
    ("Police detained ten activists over Sunday's protest in Minsk.", "PROTEST"),
    ("The EU imposed sanctions on police chiefs over Sunday's crackdown in Minsk.", "COERCE"),
])
def test_an_act_over_which_another_is_done_is_told(extract, text, known):
    assert events_of(extract(text, "2025-06-01"), known)


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


def test_an_act_an_accusation_tells_is_told(extract):
    # events._in_a_claim_of: only a claim of who did or caused the act (a passive's "by")
    record = extract("The rebels accused the army of a new attack, charging that the offensive had killed ten "
                     "civilians on Monday.", "2025-06-01")
    assert [e for e in events_of(record, "ASSAULT") if e.trigger == "offensive"]
