"""Stop 29 (hmech29): general event mechanisms held-out set h showed (the disaster and crime filter,
asides, modality, headlines). Each case fails without the change its comment names, or guards that
change's limit."""
import pytest

from wordings import assert_gives_type_or_not, gives_type_or_not

ARMED_CRIMES_AND_PLACES = [
    # background._names_a_party: a crime cue beside a party actors.yaml puts in an armed sector
    # ("ELN" of the rebels' names, with a word of no armed class of its own) is political violence
    ("ELN commanders threatened to kill shopkeepers in Arauca who will not pay extortion.", "THREATEN"),
    # ... as the crime's doer: "FARC" names the rebels' sector, "dissidents" no armed class of its own
    ("FARC dissidents robbed and killed two farmers in Cauca.", "ASSAULT"),
    # background._circumstance_nouns: a place inside the circumstance is no cause ("in the forests");
    # classes.yaml WILDFIRE_PLACES: "forest" names a disaster only on a fire
    ("Police killed four Naxalites in a gunfight in a forest near Dantewada.", "ASSAULT"),
]

DISASTERS_AND_CRIMES = [
    # ... while a fire of the forest is still a disaster, and a crime with no armed party a crime
    ("Three firefighters were killed in forest fires near Athens.", "ASSAULT"),
    ("Robbers shot dead a jeweller in Jaipur during a robbery.", "ASSAULT"),
    # classes.yaml IMPACT_VERBS: a vehicle that falls, skids or veers into a roadside thing has an accident
    ("A truck fell into a canal near Bathinda, killing six labourers.", "ASSAULT"),
    ("Four people were killed when their car veered into a canal.", "ASSAULT"),
    ("Six were killed when a bus skidded into a gorge.", "ASSAULT"),
    # background._a_doer: a combatant's word or an armed sector names the crime political only as
    # its doer, not as the victim, a possessor or a place
    ("Robbers killed a security guard during a bank heist in Lagos.", "ASSAULT"),
    ("A retired general was robbed and stabbed to death in Bogota.", "ASSAULT"),
    ("Thieves stabbed a commander's son during a robbery in Kabul.", "ASSAULT"),
    ("Robbers killed a former FARC member in Medellin.", "ASSAULT"),
    ("A man was robbed and killed near the military hospital in Rawalpindi.", "ASSAULT"),
    # a threat keeps the crime and quarrel test (its subject is no armed party)
    ("Robbers threatened the cashier with a gun and fled with the cash.", "THREATEN"),
    ("A man threatened his wife over a dowry dispute in Kanpur.", "THREATEN"),
]


@gives_type_or_not(ARMED_CRIMES_AND_PLACES, DISASTERS_AND_CRIMES)
def test_the_disaster_filter_reads_the_parties_and_the_causes_role(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)


NOT_ACCIDENTS = [
    # ... not a munition that falls on a vehicle (the subject must be the vehicle)
    ("A shell fell on a bus near Kherson, killing three passengers.", "ASSAULT"),
]


@gives_type_or_not(NOT_ACCIDENTS, [])
def test_a_blow_from_a_falling_munition_is_no_accident(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)


ACTS_TOLD_AS_DONE = [
    # events._ended_by_force: a rally the police end is dispersed, still the story's protest
    ("The rally was ended by police with tear gas.", "PROTEST"),
    # near-misses: an act the sentence tells beside an ended one, and a strike said to be planned
    ("Nurses went on strike after the talks were called off.", "PROTEST"),
    ("The union said it would go on strike on Monday.", "PROTEST"),
]

ASIDES_AND_ENDED_ACTS = [
    # background._party_of_another_act: a participle on a noun in a phrase of the act's object tells
    # who the party is ("charges against students detained at the rally"), with the acts inside it
    ("The prosecutor dropped sedition charges against 14 students detained at the rally.", "COERCE"),
    ("The prosecutor dropped sedition charges against 14 students detained at the rally.", "PROTEST"),
    # classes.yaml RECORD_NOUNS connection, events._referred_to_by_its_record "with": a known act
    ("Nobody has been charged in connection with the demonstration, the police said.", "PROTEST"),
    # events._ended: an act brought to an end (ENDING_NOUNS, ENDING_NOUN_GOVERNORS)
    ("The hospital agreed to the nurses' demands, bringing an end to the three-week strike.", "PROTEST"),
    ("The agreement brought an end to the hunger strike by teachers.", "PROTEST"),
]


@gives_type_or_not(ACTS_TOLD_AS_DONE, ASIDES_AND_ENDED_ACTS)
def test_asides_and_ended_acts_are_no_events_of_the_sentence(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)


LEVERAGE_THREATS = [
    # threaten.yaml, LEVERAGE_ACTS, negated_clause_mark: a protest a party would stage if another does
    # not act is its threat
    ("Villagers said they would gherao the tehsil office if the compensation was not paid by March.", "THREATEN"),
]

NO_LEVERAGE_OR_REFUSAL = [
    # ... and the negated act of the condition is no refusal (modality: a negated act under "if")
    ("Villagers said they would gherao the tehsil office if the compensation was not paid by March.", "REJECT"),
    # near-miss: a protest announced with no condition is no threat
    ("Transport workers said they would block the highway on Monday.", "THREATEN"),
]


@gives_type_or_not(LEVERAGE_THREATS, NO_LEVERAGE_OR_REFUSAL)
def test_a_protest_announced_as_leverage_is_a_threat(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)


@pytest.mark.parametrize("text,modality", [
    # modality: an act under "whether" is weighed, not told as done or promised
    ("The drivers' federation will decide on Sunday whether to go on strike.", "hypothetical"),
    ("The cabinet is weighing whether to impose a curfew in the district.", "hypothetical"),
    # near-miss: the same act promised
    ("The drivers' federation said it will go on strike on Sunday.", "planned"),
    # near-misses: an act told on a noun inside the weighed clause, the act whose legality is weighed,
    # and a past act on a definite object whose doer is investigated, are told
    ("The prosecutor will decide whether to charge soldiers who killed civilians in Bucha.", "asserted"),
    ("The panel will examine whether the raid that killed 12 was lawful.", "asserted"),
    ("Police are investigating whether the gang killed the trader.", "asserted"),
    # ... in the perfect and in the passive with its doer too
    ("Police are investigating whether the gang had killed the trader.", "asserted"),
    ("Investigators are probing whether the villagers were attacked by the militia.", "asserted"),
    # ... but not a passive with no doer named, whose act itself is in doubt
    ("The court will decide whether the protesters were attacked.", "hypothetical"),
    # ... and a relative clause under "if" tells its act
    ("If police who attacked the protesters are not punished, the union will strike.", "asserted"),
])
def test_an_act_under_whether_is_only_weighed(extract, text, modality):
    record = extract(text, "2025-01-15")
    assert [e.modality for e in record.events + record.secondary_events
            if e.trigger in {"strike", "impose", "curfew", "killed", "attacked"}][:1] == [modality], [(e.type, e.trigger, e.modality) for e in record.events]


HEADLINE_ACTS_CARRIED_OUT = [
    # nlp.headlines: a finite-tagged verb the parser made a compound of the next noun, with a plural
    # initialism ("MPs") for subject
    ("Opposition MPs stage dharna over Adani row", "PROTEST"),
]

NOUN_COMPOUND_HEADLINES = [
    ("Police Station Attacks Rise In Northern Province", "ASSAULT"),
    ("MPs Pay Rise Row Deepens", "PROTEST"),
]


@gives_type_or_not(HEADLINE_ACTS_CARRIED_OUT, NOUN_COMPOUND_HEADLINES)
def test_a_headline_verb_that_carries_out_a_noun_act_is_the_verb(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)
