"""Stop 24: classes of wording the review rounds found coded wrong. Each case fails without the
change its comment names."""
import pytest

from wordings import assert_gives_type_or_not, gives_type_or_not, types_and_triggers


WORDINGS = [
    # people forced into a vehicle by a state's police or army are arrested (doer_sector), not abducted
    ("Security men bundled the protesters into a van and drove them away.", "COERCE"),
    ("the police bundled the agitating students into a bus and took them to the police station.", "COERCE"),
    ("Riot police dragged the demonstrators into trucks outside the parliament.", "COERCE"),
    # ... and by gunmen or rebels, abducted
    ("Gunmen bundled the aid worker into a car and sped off, police said.", "ASSAULT"),
    ("Rebels bundled three foreign engineers into a truck and took them into the forest.", "ASSAULT"),
    # gunfire is a mass noun: it kills as an attack; a set fire is arson
    ("Israeli fire killed two Palestinians in Gaza.", "ASSAULT"),
    ("Two soldiers were killed in an exchange of fire with militants.", "ASSAULT"),
    ("A fire set by rioters killed 20 people in the market.", "ASSAULT"),
    # a party denying its own side's act rejects the charge (REJECT)
    ("The rebels denied that they had attacked the post.", "REJECT"),
    ("The government denied that police had beaten the protesters.", "REJECT"),
    ("A spokesman for the army denied that troops had shelled the village.", "REJECT"),
    # questioning is no arrest, but detention with it is
    ("the police detained and questioned two youths in connection with the stabbing incident.", "COERCE"),
    # violence of a mob, the police or militants over a private matter stays an attack
    ("A mob lynched a man over a land dispute in the village.", "ASSAULT"),
    ("Police shot dead a man during a property dispute in the village.", "ASSAULT"),
    ("Militants killed a village headman over a land dispute in Kupwara.", "ASSAULT"),
    ("Two dalits were killed by upper caste men over a land dispute in Bihar.", "ASSAULT"),
]

NOT_THESE = [
    ("Security men bundled the protesters into a van and drove them away.", "ASSAULT"),
    ("The protesters were bundled into a van by security men.", "ASSAULT"),
    ("Gunmen bundled the aid worker into a car and sped off, police said.", "COERCE"),
    # a fire counted as one is a blaze, an accident (COUNTED_BLAZES)
    ("A fire at a nightclub killed 60 people.", "ASSAULT"),
    ("A fire killed 60 people at a nightclub in Bucharest.", "ASSAULT"),
    ("A massive blaze killed 30 people in a shopping mall.", "ASSAULT"),
    # a third party's denial of another side's act is no REJECT (and the act is not told as done)
    ("Villagers denied that the rebels had attacked the post.", "REJECT"),
    ("Villagers denied that the rebels had attacked the post.", "ASSAULT"),
    ("the villagers denied that police had beaten anyone during the raid.", "REJECT"),
    # an attack named in the object of questioning is what the suspects are suspected of, no news
    ("Police questioned two suspects in the bombing.", "ASSAULT"),
    # private quarrels with no political, armed, state or communal party (PRIVATE_MATTERS, KIN_WORDS)
    ("A man was murdered by his brother over a property dispute in Rajkot, police said.", "ASSAULT"),
    ("a man stabbed his neighbour after a quarrel over water in the village, police said.", "ASSAULT"),
    ("a youth was beaten to death by his relatives over a family feud, the police said.", "ASSAULT"),
    # a robbery told by "police said" names no party to it
    ("A man was stabbed to death in a robbery in Johannesburg, police said.", "ASSAULT"),
]

@gives_type_or_not(WORDINGS, NOT_THESE)
def test_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2025-01-15")
    assert_gives_type_or_not(record, event_type, expected)


@pytest.mark.parametrize("text,event_type,modality", [
    # "should" with a time of the act's own: expected, on the calendar (EXPECTATION_AUX)
    ("the talks should resume next week.", "CONSULT", "planned"),
    ("The two sides should meet again next month, diplomats said.", "CONSULT", "planned"),
    # ... without one, wanted only
    ("The talks should resume without preconditions, the minister said.", "CONSULT", "conditional"),
    ("The talks resumed in Geneva on Monday.", "CONSULT", "asserted"),
])
def test_should_with_a_time_of_its_own_is_expected(extract, text, event_type, modality):
    record = extract(text, "2025-01-15")
    found = [e.modality for e in record.events + record.secondary_events if e.type == event_type]
    assert found and found[0] == modality, [(e.type, e.trigger, e.modality) for e in record.events + record.secondary_events]


@pytest.mark.parametrize("text", [
    "Not one policeman was hurt in the clash, officials said.",
    "None of the 12 soldiers was injured in the clash, the army said.",
])
def test_nobody_hurt_gives_no_wounded(extract, text):
    record = extract(text, "2025-01-15")
    assert all(e.wounded is None for e in record.events + record.secondary_events), types_and_triggers(record)
