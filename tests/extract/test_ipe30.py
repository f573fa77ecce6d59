"""Stop 30 (ipe30): police and riot reporting in the style of IndiaPoliceEvents (lower-case copy
included): known attacks named as a time or a topic, and the police as the doer an arrest or a
firing leaves unsaid. Each case fails without the change its comment names, or guards its limit."""
import pytest
from wordings import assert_gives_type_or_not, gives_type_or_not, types_and_triggers

WORDINGS = [
    # limits of "when" (events._known_act_timing_a_clause): an act told by a verb of its own, or
    # spreading, is the news
    ("When the mob attacked the police station, constables fired in the air.", "ASSAULT"),
    ("When the clashes spread to the old city on Sunday, the police imposed a curfew.", "ASSAULT"),
    # ... and so is the onset of an act ("broke out", "erupted": not classes.yaml WHEN_OCCURRENCE_VERBS),
    # an act no sentence before told, and one whose main clause tells harm to people
    ("When the riot erupted in the old quarter, a mob set fire to 30 shops.", "PROTEST"),
    ("When the firing broke out near the temple on Saturday, the crowd scattered.", "ASSAULT"),
    ("When the raid took place, the district commissioner was away in Kampala.", "ASSAULT"),
    # limits of events._the_time_after for a described attack: in a lead (no sentence before told
    # it), or with harm to people told after it, it is the news
    ("Three shopkeepers died in hospital after the bombing of the bazaar in Quetta by militants.", "ASSAULT"),
    ("No one was hurt after the bombing of the bus in Quetta on Monday, police said.", "ASSAULT"),
    ("Markets in the town remained shut after the recent bombings in the province.", "ASSAULT"),
    ("After the raid on the camp in Kunduz, coalition jets bombed the retreating fighters.", "ASSAULT"),
    # a clash a causing verb sets off after a degree word on a past copula, or after "only", is a
    # result, not a purpose (modality._set_off_as_a_result)
    ("The cartoon was sufficient to trigger clashes across the province.", "ASSAULT"),
    ("The arrest of the cleric was enough to spark clashes in three towns.", "ASSAULT"),
    ("The ban on the march was announced on Monday, only to provoke clashes in the old city.", "ASSAULT"),
    ("The ruling came on Friday, enough to trigger clashes that lasted until dawn.", "ASSAULT"),
    # limits of events._the_time_after: an attack whose clause tells what it did is news, and so is
    # one an armed party's act follows in the sentence (the attack's own story)
    ("After the attack on the convoy killed four soldiers, troops sealed the village.", "ASSAULT"),
    ("The gunmen managed to escape after the attack at the police post in Kupwara.", "ASSAULT"),
    # limits of the "attempt to murder" offence row (assault.yaml): an attempt on someone named is told,
    # and so is one a party made (not the object of a preposition: no case or charge)
    ("gunmen made an attempt to kill the village headman on sunday.", "ASSAULT"),
    ("a gang made an attempt to kill near the dargah on monday night.", "ASSAULT"),
    # limits of CAUSING_VERBS: a clash set off in a finite clause happened
    ("the killing of the priest sparked clashes between the two communities on sunday.", "ASSAULT"),
    ("the leaflets provoked a clash in the market on friday in which four people were hurt.", "ASSAULT"),
]

NOT_THESE = [

    # a mention of known killings (classes.yaml RECORD_NOUNS mention)
    ("the statement made no mention of the recent killings in the district.", "ASSAULT"),
    # "attempt to murder" with no victim is the offence of a case or a charge (assault.yaml, ipe30)
    ("the police named nine youths under charges of attempt to murder, rioting and arson.", "ASSAULT"),
    ("a case of attempt to murder has been registered against the shopkeeper's two sons.", "ASSAULT"),
    ("the two brothers were booked for attempt to murder and rioting on sunday.", "ASSAULT"),
    # a clash a purpose infinitive of a causing verb aims at is not told (classes.yaml CAUSING_VERBS,
    # modality._unrealised)
    ("two men were seen throwing meat into the shrine in order to provoke clashes between the villages.", "ASSAULT"),
    ("The agents scattered pamphlets in the square to spark clashes with the police.", "ASSAULT"),
    # a degree word that is not told as past (a modal) gives no clash either
    ("A single rumour could be enough to spark clashes in the town.", "ASSAULT"),
    # a clause of the clash's own that is not told as past leaves it aimed at
    ("The agents paid youths to provoke clashes that would embarrass the governor.", "ASSAULT"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2025-01-15")
    assert_gives_type_or_not(record, event_type, expected)


# An attack described by its words and named by the definite article is a known one, the time of
# what the sentence tells, only where an earlier sentence told it (events._attack_told_earlier):
# (first sentence, second sentence, the trigger of the second that must give no new event)
TOLD_EARLIER = [
    ("Five people were killed in the district on Sunday.",
     "Shops stayed shut in the town after the recent killings in the district.", "killings"),
    ("Rebels attacked a village near Gulu on Monday.",
     "When the attack took place, the governor was away in Kampala.", "attack"),
    ("Two bombs exploded in the province on Monday.",
     "Markets in the town remained shut after the recent bombings in the province.", "bombings"),
    ("Troops and rebels fought near the border on Monday.",
     "Schools in the valley stayed closed after the deadly clashes near the border.", "clashes"),
]


@pytest.mark.parametrize("first, second, trigger", TOLD_EARLIER, ids=[t for _, _, t in TOLD_EARLIER])
def test_an_attack_told_before_names_a_time(extract, first, second, trigger):
    record = extract(f"{first} {second}", "2025-01-15")
    assert trigger not in [e.trigger for e in record.events], types_and_triggers(record)
    # alone, in a lead, the same sentence tells the attack
    assert trigger in [e.trigger for e in extract(second, "2025-01-15").events]


# ... told as done: an attack only warned of or threatened earlier is not told, and the described
# one stays the news
WARNED_EARLIER = [
    ("Rebels might storm the village, the police warned.", "When the attack took place, most residents had fled."),
    ("The militia threatened to attack the camp.", "When the attack took place, the soldiers were asleep."),
]


@pytest.mark.parametrize("first, second", WARNED_EARLIER)
def test_an_attack_only_warned_of_before_is_still_the_news(extract, first, second):
    record = extract(f"{first} {second}", "2025-01-15")
    assert [e for e in record.events if e.trigger == "attack" and e.type == "ASSAULT"], types_and_triggers(record)
