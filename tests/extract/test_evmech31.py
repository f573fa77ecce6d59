"""Stop 31 (evmech31): general event mechanisms left open at stop 30. Each case fails without the
change its comment names, or guards that change's limit."""
import pytest

from frontwire.extract.sectors import sector_of
from test_events import events_of
from wordings import assert_gives_type_or_not, gives_type_or_not


def roles(record, event_type):
    return [[(a.name, a.role) for a in e.actors] for e in events_of(record, event_type)]


CONDITIONAL_THREATS = [
    # modality._object_agreeing: a condition's "they" agreeing with the act's object stands for it,
    # the nearer party, though it agrees with the speaker too
    ("Police said they would arrest the leaders if they held the rally.", "THREATEN"),
    ("Police said they would detain the organisers if they went ahead with the march.", "THREATEN"),
    # ... and "it" for an object done "on" someone, where "it" does something to an object
    ("Brussels said it would impose sanctions on Belgrade if it blocked the talks.", "THREATEN"),
    ("Washington said it would impose tariffs on Mexico if it did not stop the migrants.", "THREATEN"),
    # modality._own_state_of_office (classes.yaml STATE_NOUNS, STATE_OFFICES): an office speaking
    # of "the country", "the government" speaks of its own state
    ("The defence minister said the country would deploy troops if the rebels attacked the border towns.", "THREATEN"),
    ("The interior minister said the government would impose a curfew if the riots continued.", "THREATEN"),
    ("The home secretary said the government would deploy the army if the riots spread.", "THREATEN"),
    ("The police commissioner said the city would impose a curfew if the rioting resumed.", "THREATEN"),
]

NO_CONDITIONAL_THREATS = [
    # a condition's pronoun standing for what the speaker moves is the speaker's own
    ("The army said it would deploy troops if they were attacked.", "THREATEN"),
    ("The army said it would deploy soldiers if they came under fire.", "THREATEN"),
    # "it" with no object is no party ("if it rained", "if it was necessary")
    ("Police said they would impose a curfew if it rained again.", "THREATEN"),
    ("The government said it would impose sanctions if it was necessary.", "THREATEN"),
    # STATE_OFFICES: a leader of the opposition or a union speaks for no state; OUT_OF_OFFICE
    ("The opposition leader said the government would impose a curfew if the protests continued.", "THREATEN"),
    ("The union leader said the government would impose a ban if the strike continued.", "THREATEN"),
    ("The former defence minister said the country would deploy troops if the rebels attacked.", "THREATEN"),
    ("The retired general said the army would deploy troops if the militants returned.", "THREATEN"),
    # "a country" is none in particular; another country's army is not the speaker's
    ("The defence minister said a country would deploy troops if the rebels attacked.", "THREATEN"),
    ("Pakistan's foreign minister said the Indian army would deploy troops if the militants crossed over.", "THREATEN"),
    # an analyst holds no office; a negated act threatens nothing; a release is no coercion
    ("The analyst said the country would impose sanctions if the rebels attacked.", "THREATEN"),
    ("The defence minister said the country would not deploy troops if the rebels attacked.", "THREATEN"),
    ("The interior minister said the government would release the detainees if the protests ended.", "THREATEN"),
    # a school, a club, a bank: discipline or business, not conflict
    ("The headmaster said the school would expel students if they cheated.", "THREATEN"),
    ("The coach said the club would expel players if they broke the rules.", "THREATEN"),
    ("The bank said it would freeze the accounts if they were used for fraud.", "THREATEN"),
    ("The minister said the state would deploy more teachers if the schools reopened.", "THREATEN"),
]


@gives_type_or_not(CONDITIONAL_THREATS, NO_CONDITIONAL_THREATS)
def test_a_coercive_act_said_on_a_condition_is_a_threat(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)


GROUNDS_DONE_BY_THE_ONE_ACTED_ON = [
    # events._grounds_doers: an act given as the grounds of another done to someone is theirs
    ("Police arrested two men for attacking a bus in Pune on Sunday.", "ASSAULT", "men"),
    ("The army detained three villagers for killing a soldier near the border.", "ASSAULT", "villagers"),
    ("Authorities detained a soldier for shooting a protester in the capital.", "ASSAULT", "soldier"),
    ("Police arrested two constables for torturing a suspect in custody.", "ASSAULT", "constables"),
    ("Two men were arrested for attacking a bus in Pune.", "ASSAULT", "men"),
    ("The court sentenced the gunman to death for killing three soldiers.", "ASSAULT", "gunman"),
    ("The UN criticised the army for shelling the town.", "ASSAULT", "army"),
    ("The court jailed a policeman for beating a suspect.", "ASSAULT", "policeman"),
]


@pytest.mark.parametrize("text,event_type,doer", GROUNDS_DONE_BY_THE_ONE_ACTED_ON)
def test_an_acts_grounds_are_done_by_the_one_acted_on(extract, text, event_type, doer):
    assert (doer, "source") in roles(extract(text, "2025-01-15"), event_type)[0]


GROUNDS_NOT_THE_ARRESTERS = [
    # a noun's grounds: the governing verb's subject is no doer of them
    ("Police arrested the gang for the robbery and killing of a jeweller.", "ASSAULT", "Police"),
    ("The army detained three villagers for killing a soldier near the border.", "ASSAULT", "army"),
]


@pytest.mark.parametrize("text,event_type,arrester", GROUNDS_NOT_THE_ARRESTERS)
def test_an_arrests_grounds_are_not_the_arresters(extract, text, event_type, arrester):
    assert (arrester, "source") not in roles(extract(text, "2025-01-15"), event_type)[0]


NOT_GROUNDS = [
    # a "for" on a verb that is no act of the lexicon, or a weapon or act as the object: no doer given
    ("The army used drones for attacking the convoy.", "ASSAULT", "drones"),
    ("The army deployed helicopters for attacking the rebel camps.", "ASSAULT", "helicopters"),
    ("The rebels launched an offensive for capturing the town.", "ASSAULT", "offensive"),
    # a clause of its own keeps its own subject
    ("Police arrested three men who attacked a bus in Pune on Sunday.", "ASSAULT", "Police"),
]


@pytest.mark.parametrize("text,event_type,not_doer", NOT_GROUNDS)
def test_no_grounds_no_doer_from_the_object(extract, text, event_type, not_doer):
    assert (not_doer, "source") not in [r for e in roles(extract(text, "2025-01-15"), event_type) for r in e]


# actors.yaml sectors: a noun listed in both numbers (sector_of reads the words as written)
@pytest.mark.parametrize("one,many,sector", [
    ("guerrilla", "guerrillas", "rebels"), ("separatist", "separatists", "rebels"),
    ("army", "armies", "military"), ("commander", "commanders", "military"), ("brigade", "brigades", "military"),
    ("guard", "guards", "police"), ("constable", "constables", "police"),
    ("minister", "ministers", "government"), ("governor", "governors", "government"), ("envoy", "envoys", "government"),
    ("civilian", "civilians", "civilians"), ("villager", "villagers", "civilians"), ("resident", "residents", "civilians"),
    ("marcher", "marchers", "protesters"), ("rioter", "rioters", "rioters"), ("journalist", "journalists", "media"),
])
def test_a_sector_noun_in_either_number(one, many, sector):
    assert sector_of(one) == sector_of(many) == sector


@pytest.mark.parametrize("phrase", ["fighter jets", "a unit of measure", "the use of force", "marine life", "a patient wait"])
def test_a_word_whose_other_number_is_another_words_is_no_sector_cue(phrase):
    assert sector_of(phrase) is None


def test_a_guerrilla_named_in_the_singular_is_a_rebel(extract):
    record = extract("A guerrilla ambushed an army patrol near the border.", "2025-01-15")
    assert [(a.name, a.sector) for e in events_of(record, "ASSAULT") for a in e.actors if a.role == "source"] \
        == [("guerrilla", "rebels")]


def test_a_word_whose_plural_is_mostly_another_kind_has_no_sector_in_the_plural():
    # "inspector" is a police rank; "inspectors" are as often a weapons agency's
    assert sector_of("inspector") == "police" and sector_of("a team of inspectors") is None


HEADLINES = [
    # nlp.model.keep_words_whole: a hyphenated lexicon word in a headline's title case ("Sit-In") is
    # one word; headlines._rejoin_prepositional_tails: a hyphenated word ends the phrase before a
    # capitalised preposition the parser cut off as a sentence of its own
    ("Farmers Stage Sit-In At Collectorate", "PROTEST"),
    ("Teachers Stage Sit-In At Education Office", "PROTEST"),
    # headlines._later_verb: a verb agreeing with a subject plural by its ending is not undone by a
    # bare form after a noun plural only by the word list ("Police Party", "Police Post")
    ("Insurgents Ambush Police Party In Sukma", "ASSAULT"),
    ("Rebels Attack Police Post In Bijapur", "ASSAULT"),
    # headlines._second_verb_after_comma: a second act after a comma shares the headline's subject
    ("Cops Bust Arms Racket In Bihar, Arrest Four", "COERCE"),
    ("Troops Storm Rebel Hideout, Detain Nine", "COERCE"),
]

NOT_HEADLINE_EVENTS = [
    # a later verb after a noun plural by its ending still makes the candidate a noun
    ("Police Station Attacks Rise In Punjab", "ASSAULT"),
    ("Students Strike Talks Fail", "PROTEST"),
    ("Border Clashes Fears Grow", "ASSAULT"),
    # the verb before "police" is no attack
    ("Locals Say Police Post Near School", "ASSAULT"),
    ("Villagers Want Police Post In Village", "ASSAULT"),
    # a sit-in named, not staged
    ("Sit-In Ends After Talks", "PROTEST"),
    ("A Sit-In Day For Farmers", "PROTEST"),
    ("The traders ended their sit-in after talks.", "PROTEST"),
    # prose is read as it was
    ("Officials said militants often attack police posts in the district.", "PROTEST"),
    ("The film Sit-In At Dawn opened in cinemas.", "PROTEST"),
    # a second clause with its own subject after the comma is not the first subject's act
    ("Minister Visits Relief Camp, Meets Refugees", "COERCE"),
    ("Villagers Protest Closure, Police Arrest Leaders", "ASSAULT"),
    ("Army Chief Visits Border, Reviews Security", "MOBILIZE"),
]


@gives_type_or_not(HEADLINES, NOT_HEADLINE_EVENTS)
def test_headline_verbs_before_hyphenated_objects_and_police_compounds(extract, text, event_type, expected):
    assert_gives_type_or_not(extract(text, "2025-01-15"), event_type, expected)
