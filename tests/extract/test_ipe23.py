"""Police force and arrests in Indian English news wording (Times of India style, lower case, 2002),
stop 23: a subject shared by conjoined verbs, arrests counted "till date", one act's own toll, the act a
party is censured for, people bundled into a van by armed men, and figurative force. Each case fails without the change it names."""
import pytest

from wordings import assert_gives_type_or_not, gives_type_or_not, types_and_triggers


WORDINGS = [
    # a subject shared by conjoined verbs: the second verb's `subject` condition reads the first's
    ("the police acted swiftly and caught some of them.", "COERCE"),
    ("the police surrounded the house and caught the three accused.", "COERCE"),
    # arrests counted up to now are arrests reported, "till date" as "so far" (COUNTED_ARRESTS_CUES)
    ("of the 12 named, only one has been arrested till date.", "COERCE"),
    ("the police have arrested 51 persons to date in the case.", "COERCE"),
    # one act as the subject of "claimed ... lives" is its own toll, not a running total
    ("the police firing claimed two lives in the town on sunday.", "ASSAULT"),
    ("the firing claimed three lives, the collector said.", "ASSAULT"),
    # the act a party is censured for is told as done (CENSURE_VERBS), not an accusation's content
    ("the party criticised the police for opening fire on the crowd at taldi.", "ASSAULT"),
    ("the congress condemned the police for lathicharging the protesters.", "ASSAULT"),
    # people bundled into a van or a car by armed men are abducted (ABDUCTORS)
    ("the trader was bundled into a car by armed men and driven away.", "ASSAULT"),
    ("armed men bundled the trader into a van near the station.", "ASSAULT"),
    # the people arrested, as the subject the sentence tells of (the participle as a modifier: head_dep)
    ("the arrested persons were identified as ram singh and mohan lal.", "COERCE"),
    ("the arrested workers were released later in the evening.", "COERCE"),
    # the look-alikes below keep the real acts of their words
    ("the police patrol came under fire from militants near the border.", "ASSAULT"),
    ("the militants executed two hostages in the village.", "ASSAULT"),
    ("the report documented the torture of detainees by the police.", "ASSAULT"),
    ("three persons were injured in a clash between two groups in the old city.", "ASSAULT"),
]

NOT_THESE = [
    # ... and so does its `not_subject` condition: gunmen bundling people into a van arrest nobody
    ("the gunmen stopped the bus and bundled two passengers into a van.", "COERCE"),
    # a conflict's running total stays one ("the fighting", plural attacks; DURATIVE_SUBTYPES)
    ("the fighting in the district has claimed 300 lives.", "ASSAULT"),
    ("the reprisal attacks have claimed more than 675 lives.", "ASSAULT"),
    # killings counted till date stay a running total
    ("as many as 58 persons have been killed in the district till date.", "ASSAULT"),
    # an accusation's content is still no act told
    ("the vhp accused the police of opening fire on its workers.", "ASSAULT"),
    # words judged to amount to an attack, attacks on a foundation, clashes of egos or timings
    ("the congress said the remarks amounted to a great assault on parliament.", "ASSAULT"),
    ("a draconian law is a potentially fatal attack on the democratic foundation.", "ASSAULT"),
    ("he said there is need to avert ego clashes in life.", "ASSAULT"),
    ("the friday prayer timings clashed with the ram dhun programme.", "ASSAULT"),
    # pests killed, the torture of having to do something, the messenger shot, orders executed, an ideology infiltrating
    ("for the first two years, the pesticides killed everything, including bollworms.", "ASSAULT"),
    ("she was spared the torture of having to go to another town to write her exams.", "ASSAULT"),
    ("instead of shooting the messenger, the government should work to restore calm.", "ASSAULT"),
    ("the orders of the court were executed by the collector.", "ASSAULT"),
    ("the police had been infiltrated by the hindutva ideology, the council said.", "ASSAULT"),
    # criticism come under, a road mishap, a lawyers' strike
    ("both vajpayee and advani came under fire from vhp leaders during the meeting.", "ASSAULT"),
    ("two persons were killed in a road mishap near the bus stand.", "ASSAULT"),
    ("the bar association sponsored strike evoked no response in the valley.", "ASSAULT"),
    # other participles as modifiers stay descriptions, and so do the arrested named as an object
    ("the captured soldiers were paraded before the cameras.", "ASSAULT"),
    ("the premises could be used as temporary jails to house the arrested ramsevaks.", "COERCE"),
    # people bundled by armed men are arrested by nobody
    ("the trader was bundled into a car by armed men and driven away.", "COERCE"),
]


def test_firing_claiming_lives_gives_its_dead(extract):
    record = extract("the police firing claimed two lives in the town on sunday.", "2002-03-10")
    assert [(e.type, e.killed) for e in record.events] == [("ASSAULT", 2)], types_and_triggers(record)


def test_censured_act_is_done_by_the_censured_party(extract):
    record = extract("the party criticised the police for opening fire on the crowd at taldi.", "2002-03-10")
    force = [e for e in record.events if e.type == "ASSAULT"]
    assert force and any(a.role == "source" and a.name == "police" for a in force[0].actors), types_and_triggers(record)

@gives_type_or_not(WORDINGS, NOT_THESE)
def test_indian_police_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-10")
    assert_gives_type_or_not(record, event_type, expected)


@pytest.mark.parametrize("text", [
    "the vhp has demanded action against the policemen who on sunday killed a ram bhakt in west bengal.",
    "the party demanded the suspension of the policemen who fired on the crowd.",
])
def test_act_of_those_a_demand_names_is_told(extract, text):
    """A relative clause in the past on whom a request names ("the policemen who killed ...") tells a
    done act, not what is requested."""
    record = extract(text, "2002-03-10")
    assert {"REQUEST", "ASSAULT"} <= {e.type for e in record.events}, types_and_triggers(record)


def test_act_only_feared_in_a_request_is_not_told(extract):
    record = extract("the minister asked the police to protect the villagers who might be attacked.", "2002-03-10")
    assert "ASSAULT" not in {e.type for e in record.events}, types_and_triggers(record)


@pytest.mark.parametrize("text", [
    "The arrested persons will not be released, the minister said.",
    "The arrested workers would be produced in court on Monday.",
])
def test_the_arrested_named_by_the_participle_were_arrested_whatever_is_told_of_them(extract, text):
    # (rev23b: the participle took the modality of the verb it hangs on: planned, hypothetical)
    arrests = [e for e in extract(text, "2002-03-10").events if e.type == "COERCE"]
    assert arrests and all(e.modality == "asserted" for e in arrests)
