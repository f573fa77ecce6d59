"""Stop 27 (mech27): review items left open at stop 26 (a vowed attack's target, a speaker's own
by person and number, a sentence's day for statements and charges) and the general classes of
wording set aside then. Each case fails without the change its comment names, or guards that
change's limit."""
import pytest

from test_events import events_of
from wordings import assert_gives_type_or_not, gives_type_or_not


@pytest.mark.parametrize("text,source,target", [
    ("The army chief vowed to launch an offensive against the rebels.", "army chief", "rebels"),
    ("Turkey vowed to launch a ground operation against Kurdish fighters in northern Syria.", "Turkey", "Kurdish fighters"),
    ("The rebels vowed to carry out more attacks on army posts.", "rebels", "army posts"),
])
def test_a_vowed_attack_is_threatened_against_the_attacks_target(extract, text, source, target):
    # events._actors: a light verb's harm noun carries the threat's target on its against/on phrase
    threats = events_of(extract(text, "2026-12-01"), "THREATEN")
    assert [[(a.name, a.role) for a in e.actors] for e in threats] == [[(source, "source"), (target, "target")]]


SPEAKERS_OWN = [
    # modality.threatens_on_condition: the pronoun or possessive fits the speaker (classes.yaml *_SPEAKER_WORDS)
    ("The general said his troops would attack the village if the rebels did not withdraw.", "THREATEN"),
    ("The rebels said their fighters would attack the convoy if the army advanced.", "THREATEN"),
    ("The ministry said its forces would strike the camps unless the militants surrendered.", "THREATEN"),
    # ... a person who speaks for a body has the body's "its"
    ("A Hamas spokesman said its fighters would attack Israeli towns if the raids continued.", "THREATEN"),
]

NOT_SPEAKERS_OWN = [
    # a singular person's "their" or "it" is someone else's side
    ("The general said their troops would attack the village if the rebels did not withdraw.", "THREATEN"),
    ("The commander said it would shell the town if the militants stayed.", "THREATEN"),
    ("The president said their forces would bomb the bridges if the ceasefire collapsed.", "THREATEN"),
]


@gives_type_or_not(SPEAKERS_OWN, NOT_SPEAKERS_OWN)
def test_a_conditional_harm_is_the_speakers_threat_only_by_the_speakers_own_words(extract, text, event_type, expected):
    record = extract(text, "2025-01-15")
    assert_gives_type_or_not(record, event_type, expected)


@pytest.mark.parametrize("text,trigger,day", [
    ("Russian drones hit Odesa on Sunday, killing two people. Ukraine's foreign ministry condemned the attack.",
     "condemned", "2026-11-29"),
    ("Police arrested the suspect on Wednesday. He was charged with murder.", "charged", "2026-11-25"),
])
def test_a_statement_or_charge_goes_on_with_its_paragraphs_day(extract, text, trigger, day):
    # inherit_days: statements and charges inherit as other acts told as done do (its docstring)
    record = extract(text, "2026-12-01")
    assert [(e.date, e.date_source) for e in record.events if e.trigger == trigger] == [(day, "story")]


# Classes of wording left open at stop 26.
WORDINGS = [
    # ... limits of RUN_OVER_VERBS: a vehicle driven into people with intent is an attack
    ("A car rammed into worshippers outside the mosque, killing three.", "ASSAULT"),
    ("A truck ploughed into a crowd of protesters, killing five.", "ASSAULT"),
    ("The tanker hit a mine off the coast, killing two sailors.", "ASSAULT"),
    # ... an attack tried is one (modality: attempts cut short leave ASSAULT alone)
    ("Police arrested a man who tried to stab a constable.", "ASSAULT"),
    # ... and an attempt nobody stopped is told as done
    ("Police fired tear gas at protesters who tried to march to parliament.", "PROTEST"),
]

NOT_THESE = [
    # a vehicle that hits people or a vehicle on the road is an accident (background._vehicle_ran_into_a_thing:
    # RUN_OVER_VERBS, ROAD_USERS, VEHICLES)
    ("a speeding tanker hit a scooter on the ring road, killing a 24-year-old woman.", "ASSAULT"),
    ("A bus knocked down a cyclist near the toll plaza, killing him instantly.", "ASSAULT"),
    ("A speeding car hit a woman near the market, killing her.", "ASSAULT"),
    # an act the ones trying were arrested or stopped in was only tried (modality._cut_short)
    ("The Mumbai police detained 35 activists who were trying to march towards Mantralaya.", "PROTEST"),
    ("Police arrested 40 farmers who were attempting to block the highway.", "PROTEST"),
    ("Police arrested over 50 party workers when they tried to block the traffic on the bridge.", "PROTEST"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2025-01-15")
    assert_gives_type_or_not(record, event_type, expected)
