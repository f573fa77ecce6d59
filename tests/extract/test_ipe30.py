"""Stop 30 (ipe30): police and riot reporting in the style of IndiaPoliceEvents (lower-case copy
included): known attacks named as a time or a topic, and the police as the doer an arrest or a
firing leaves unsaid. Each case fails without the change its comment names, or guards its limit."""
from wordings import assert_gives_type_or_not, gives_type_or_not

WORDINGS = [
    # limits of "when" (events._known_act_timing_a_clause): an act told by a verb of its own, or
    # spreading, is the news
    ("When the mob attacked the police station, constables fired in the air.", "ASSAULT"),
    ("When the clashes spread to the old city on Sunday, the police imposed a curfew.", "ASSAULT"),
    # limits of events._the_time_after: an attack whose clause tells what it did is news, and so is
    # one an armed party's act follows in the sentence (the attack's own story)
    ("After the attack on the convoy killed four soldiers, troops sealed the village.", "ASSAULT"),
    ("The gunmen managed to escape after the attack at the police post in Kupwara.", "ASSAULT"),
    # limits of the "attempt to murder" offence row (assault.yaml): an attempt on someone named is told
    ("gunmen made an attempt to kill the village headman on sunday.", "ASSAULT"),
    # limits of CAUSING_VERBS: a clash set off in a finite clause happened
    ("the killing of the priest sparked clashes between the two communities on sunday.", "ASSAULT"),
    ("the leaflets provoked a clash in the market on friday in which four people were hurt.", "ASSAULT"),
]

NOT_THESE = [
    # an attack named by the definite article, with words that describe it, as the time after
    # which the sentence's state comes (events._the_time_after)
    ("Shops stayed shut in the town after the recent killings in the district.", "ASSAULT"),
    # a known attack as the subject of "when ... took place" (events._known_act_timing_a_clause)
    ("When the massacre took place, the governor was away in Delhi.", "ASSAULT"),
    # a mention of known killings (classes.yaml RECORD_NOUNS mention)
    ("the statement made no mention of the recent killings in the district.", "ASSAULT"),
    # "attempt to murder" with no victim is the offence of a case or a charge (assault.yaml, ipe30)
    ("the police named nine youths under charges of attempt to murder, rioting and arson.", "ASSAULT"),
    ("a case of attempt to murder has been registered against the shopkeeper's two sons.", "ASSAULT"),
    # a clash a purpose infinitive of a causing verb aims at is not told (classes.yaml CAUSING_VERBS,
    # modality._unrealised)
    ("some miscreants had littered the market lane with bones in order to trigger a communal clash.", "ASSAULT"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2025-01-15")
    assert_gives_type_or_not(record, event_type, expected)
