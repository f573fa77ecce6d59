"""Stop 33 (neg33): an act named by a noun takes the negation, failure or pendency of the verb that makes it happen
(modality._maker_of: a light verb of classes.yaml ACT_VERBS or one of MAKING_VERBS), as a verb trigger takes its own.
Each case of the first lists gives main's "asserted" without the change; the near misses keep the act told as done:
a verb that acts on an act already there, a negation on a time limit, manner, reason, agent or extent rather than
on the making (fixn33, after review rev33n), an exception to "nobody", a noun told as done elsewhere in its sentence."""
import pytest


def readings(record) -> set[tuple[str, str]]:
    """(type, modality) of every event of the record, current or secondary."""
    return {(e.type, e.modality) for e in record.events + record.secondary_events}


def told_as_done(record, event_type: str) -> bool:
    return any(e.type == event_type and e.modality == "asserted" for e in record.events)


# The making verb negated, failed or done by no one: the act named by its object is denied, or (its giver not
# giving it) told as the refusal it is (events._reading), not as done.
SANCTION_DENIED = {("SANCTION", "denied")}
REFUSED = {("REJECT", "asserted")}
NOT_MADE = [
    ("The government did not announce any new sanctions.", SANCTION_DENIED),
    ("The government did not announce sanctions against Moscow.", SANCTION_DENIED),
    ("The EU has not adopted new sanctions against Russia.", SANCTION_DENIED),
    ("Sanctions have not been imposed on the regime.", SANCTION_DENIED),
    ("The talks were not held on Monday.", {("CONSULT", "denied")}),
    ("The two sides failed to reach a ceasefire.", {("AGREE", "denied")}),
    ("The two sides were unable to reach a ceasefire.", {("AGREE", "denied")}),
    ("The two sides have not reached a ceasefire.", {("AGREE", "denied")}),
    ("The rebels failed to reach a deal with the government.", {("AGREE", "denied")}),
    ("The government did not extend the ceasefire, which expired on Friday.", REFUSED),
    ("The donors did not deliver the aid they had pledged.", REFUSED),
    ("The government failed to provide aid to the flood victims.", REFUSED),
    ("No donor has pledged aid to the region.", REFUSED),
    ("The EU did not approve the aid package.", REFUSED),
    ("Donors failed to approve the aid package.", REFUSED),
    ("Following a pay dispute, the player was not granted permission to leave the country.", REFUSED),
]


@pytest.mark.parametrize("text,expected", NOT_MADE)
def test_an_act_whose_making_verb_is_negated_or_failed_is_denied_or_refused(extract, text, expected):
    assert readings(extract(text)) == expected


@pytest.mark.parametrize("text", [
    # an agreement, aid or a deal its giver did not make is refused, as "did not agree", "failed to deliver" are
    # (events._reading)
    "The EU did not approve the aid package.",
    "The government did not extend the ceasefire, which expired on Friday.",
    "The aid package was not approved by the EU.",
])
def test_an_agreement_or_aid_not_made_is_a_refusal_as_for_a_verb(extract, text):
    assert told_as_done(extract(text), "REJECT")


@pytest.mark.parametrize("text,event_type", [
    # ... but one its subject did not get or reach (classes.yaml OUTCOME_VERBS) is only denied: no one refused it
    ("Half of the detainees had never received any legal assistance.", "AID"),
    ("The refugees have not received any aid since March.", "AID"),
    ("The two sides failed to reach a ceasefire.", "AGREE"),
    ("The two sides were unable to reach a ceasefire.", "AGREE"),
    # a passive with no agent names no one who refused
    ("The previous government had begun the negotiations but the deal was not clinched.", "AGREE"),
    ("The aid package was not approved.", "AID"),
])
def test_an_act_not_received_reached_or_made_by_anyone_named_is_denied_not_refused(extract, text, event_type):
    record = extract(text)
    assert (event_type, "denied") in readings(record) and not told_as_done(record, "REJECT")


@pytest.mark.parametrize("text,event_type", [
    ("The two sides have yet to reach a ceasefire.", "AGREE"),
    ("The government has yet to announce sanctions against the junta.", "SANCTION"),
])
def test_an_act_whose_making_verb_is_yet_to_come_is_pending(extract, text, event_type):
    assert (event_type, "planned") in readings(extract(text))


# The making verb wanted of someone: the act is asked for, not done (as "must be arrested" is).
@pytest.mark.parametrize("text,event_type", [
    ("The opposition parties demanded that an inquiry be conducted into the killings.", "ACCUSE"),
    ("The police chief has been asked to establish contact with his counterpart in Delhi.", "CONSULT"),
    ("The troops were asked to conduct a flag march in the old city.", "MOBILIZE"),
])
def test_an_act_whose_making_verb_is_asked_for_is_not_told_as_done(extract, text, event_type):
    record = extract(text)
    assert not told_as_done(record, event_type) and (event_type, "conditional") in readings(record)


# Near misses that keep main's output.
NEAR_MISSES = [
    # the verb is its own act on an act already there
    ("The government rejected the ceasefire.", {("REJECT", "asserted")}),
    ("The government lifted the ban.", {("CONCEDE", "asserted")}),
    ("The army ended the blockade.", {("RETREAT", "asserted")}),
    ("The government did not lift the ban.", {("REJECT", "asserted")}),
    ("The army did not end the blockade.", {("REJECT", "asserted")}),
    ("Rebels did not respect the ceasefire.", set()),
    ("The rebels did not break the ceasefire.", set()),
    # the noun as an active subject: the ceasefire was agreed
    ("The ceasefire did not hold.", set()),
    ("The two sides reached a ceasefire that did not hold.", {("AGREE", "asserted")}),
    # the negation bears on something else than the making
    ("The agreement was not reached easily, but the rebels signed it on Friday.", {("AGREE", "asserted")}),
    ("The talks did not produce an agreement.", {("CONSULT", "asserted")}),
    ("The opposition did not attend the talks.", {("CONSULT", "asserted")}),
    ("The government imposed sanctions that did not hurt the elite.", {("SANCTION", "asserted")}),
    ("The government imposed sanctions but did not freeze assets.", {("SANCTION", "asserted")}),
    ("The government announced sanctions, though it did not say when.", {("SANCTION", "asserted")}),
    ("The EU approved the aid package, which was not enough.", {("AID", "asserted")}),
    ("Officials did not deny that sanctions had been imposed.", {("SANCTION", "asserted")}),
    ("The blockade was imposed, not lifted.", {("COERCE", "asserted")}),
    ("The army held talks with rebel leaders, not with the government.", {("CONSULT", "asserted")}),
    ("The talks, which did not last long, were held in Geneva on Monday.", {("CONSULT", "asserted")}),
    ("Neither side was happy when the ceasefire was reached on Monday.", {("AGREE", "asserted")}),
    ("The ruling party did not sign the peace agreement, but it reached a ceasefire with the rebels.",
     {("REJECT", "asserted"), ("AGREE", "asserted")}),
    # a meeting the doer wants is its intent (AGREE), not made conditional by the want
    ("The rebels want to hold talks with the government.", {("AGREE", "asserted")}),
    ("The rebels want to reach a ceasefire.", {("AGREE", "asserted")}),
    ("The rebels plan to hold talks with the government.", {("AGREE", "asserted")}),
    ("The two sides should hold talks next week.", {("CONSULT", "planned")}),
]


@pytest.mark.parametrize("text,expected", NEAR_MISSES)
def test_near_misses_keep_their_reading(extract, text, expected):
    assert readings(extract(text)) == expected


# rev33n's near misses and fixn33's own: the negation bears on something else than the making (a time limit of
# classes.yaml OCCURRENCE_LIMITS, a phrase of manner, place, reason or extent outside MAKING_FREE_PREPS or with a
# NEGATION_BEARING_NOUNS object, an agent or place a "but" corrects, the doer stressed by EMPHATIC_REFLEXIVES),
# "nobody" has an exception (EXCEPTION_WORDS), or the verb acts on an act already there (not in MAKING_VERBS):
# the act is still told as done, and not denied.
STILL_MADE = [
    ("The deal was not signed until Monday.", "AGREE"),
    ("Until Monday, the deal was not signed.", "AGREE"),
    ("The ceasefire was not reached until late on Friday.", "AGREE"),
    ("Sanctions were not imposed until after the election.", "SANCTION"),
    ("The talks were not held until the envoy arrived on Monday.", "CONSULT"),
    ("The sanctions were not imposed until the envoy had left Tehran.", "SANCTION"),
    ("The talks were not held in public.", "CONSULT"),
    ("Talks were not held in secret this time.", "CONSULT"),
    ("The talks were not held in secret, a diplomat said.", "CONSULT"),
    ("The deal was not signed in haste, officials said.", "AGREE"),
    ("The deal was not signed without reservations.", "AGREE"),
    ("The aid was not delivered without conditions.", "AID"),
    ("The sanctions were not imposed for nothing, the minister said.", "SANCTION"),
    ("Aid was not delivered for political reasons, the agency said.", "AID"),
    ("Aid had not been delivered on such a scale since 1991.", "AID"),
    ("Aid was not delivered on this scale during the last famine.", "AID"),
    ("The ceasefire was not reached easily.", "AGREE"),
    ("The deal was not easily reached.", "AGREE"),
    ("Sanctions were not imposed because of the coup but because of the election fraud.", "SANCTION"),
    ("The sanctions were not imposed because of the war but because of the arrests.", "SANCTION"),
    ("The ceasefire was not signed in Geneva, as first reported, but in Doha.", "AGREE"),
    ("The talks were not held in Vienna but in Geneva.", "CONSULT"),
    ("The talks were not held as planned but a week later.", "CONSULT"),
    ("The army did not deliver the aid itself; contractors delivered it on Monday.", "AID"),
    ("The UN did not deliver the aid itself; local groups delivered it.", "AID"),
    ("The rebels did not observe the truce agreed in May.", "AGREE"),
    ("Customs officers did not enforce the sanctions imposed in March.", "SANCTION"),
]


@pytest.mark.parametrize("text,event_type", STILL_MADE)
def test_a_negation_on_something_else_than_the_making_leaves_the_act_told(extract, text, event_type):
    found = readings(extract(text))
    assert (event_type, "asserted") in found and (event_type, "denied") not in found


@pytest.mark.parametrize("text,event_type", [
    # another did it: the act is told and no one refused it
    ("The deal was not signed by the president but by his deputy.", "AGREE"),
    ("The aid was not delivered by the army but by local charities.", "AID"),
    ("The accord was not signed by the prime minister but by the foreign minister.", "AGREE"),
    ("Nobody but Qatar has delivered aid to the enclave this month.", "AID"),
    ("No government but Turkey has sent aid to the region.", "AID"),
    ("No one except the Red Cross delivered aid to the camp.", "AID"),
    ("No country except Britain imposed sanctions on the regime last week.", "SANCTION"),
    # a verb acting on an act already there is no making verb: not respecting a truce refuses nothing
    ("The army did not respect the unilateral truce declared by the rebels.", "AGREE"),
])
def test_an_act_done_by_another_or_acted_on_is_told_and_not_refused(extract, text, event_type):
    record = extract(text)
    assert told_as_done(record, event_type) and not told_as_done(record, "REJECT")


def test_a_mediator_failing_to_broker_a_truce_refuses_nothing(extract):
    # broker is no making verb (classes.yaml MAKING_VERBS): a third party's failure is no one's refusal
    assert not told_as_done(extract("Mediators failed to broker a truce between the clans."), "REJECT")


@pytest.mark.parametrize("text,event_type", [
    ("The deal was never signed.", "AGREE"),
    ("The truce was never agreed.", "AGREE"),
    ("The refugees never received the aid they were promised.", "AID"),
    ("The ceasefire was not renewed and fighting resumed on Sunday.", "AGREE"),
    # a phrase before the negation is not what it bears on
    ("Because of the fighting, aid was not delivered to the town.", "AID"),
])
def test_an_act_never_made_is_denied(extract, text, event_type):
    found = readings(extract(text))
    assert (event_type, "denied") in found and (event_type, "asserted") not in found
