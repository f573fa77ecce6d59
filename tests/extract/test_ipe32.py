"""Stop 32 (ipe32): ipe-train's ASSAULT false positives that are wrong by PLOVER too, not the mob violence
IndiaPoliceEvents leaves unlabelled: acts named as of before ("all previous communal clashes"), known attacks
reacted to ("lamenting the killing", "indifferent to the killings"), the dead remembered beside another ("in
memory of the late speaker and those killed in the violence"), and attacks a party is only poised or slated to
make. Each case fails without the change its comment names, or guards its limit: real attacks in like wording
stay ASSAULT."""
import pytest
from wordings import assert_gives_type_or_not, gives_type_or_not, types_and_triggers

WORDINGS = [
    # limits of classes.yaml PAST_ACT_MODIFIERS (events._is_background): "past" on another word, "earlier"
    # (today's earlier news), a previous person, an act told beside a past one
    ("The past week's clashes in the old city left six people dead.", "ASSAULT"),
    ("In the past 24 hours, mobs attacked three police stations in the district.", "ASSAULT"),
    ("Earlier clashes in the day left three people dead, police said.", "ASSAULT"),
    ("A mob attacked the previous owner of the shop with swords on Sunday.", "ASSAULT"),
    ("The mob stabbed two men in the past hour, police said.", "ASSAULT"),
    ("Rebels attacked the town, a repeat of a past attack that killed ten people.", "ASSAULT"),
    # limits of the lament/indifferent row (assault.yaml, ipe32): an attack told by a verb of its own beside them
    ("The government lamented that mobs attacked three villages on Sunday.", "ASSAULT"),
    ("Villagers said the police were indifferent as the mob attacked their homes.", "ASSAULT"),
    ("Police remained indifferent while the mob set the shops on fire.", "ASSAULT"),
    ("A mob attacked the bus, lamenting the killing of their leader.", "ASSAULT"),
    # limits of background.mourned read through a conjunct: victims with a killing of their own told (its
    # agent, day, clause) are news
    ("The assembly paid homage to the late speaker and three villagers killed when a mob attacked the village on Sunday.", "ASSAULT"),
    ("Relatives of the teacher and two students killed by police on Sunday demanded an inquiry.", "ASSAULT"),
]

NOT_THESE = [
    # acts of before, named (classes.yaml PAST_ACT_MODIFIERS)
    ("the nature of gujarat riots is different from all previous hindu-muslim communal clashes, the maulana noted.", "ASSAULT"),
    ("The talks made no headway, unlike past attacks on the shrine.", "ASSAULT"),
    # a known attack lamented, or one a party stayed indifferent to (assault.yaml, ipe32)
    ("lamenting terrorism and killing of innocent people at various places, bhagwat paid homage to 57 people.", "ASSAULT"),
    ("he said the state government had remained indifferent to arson, looting and killings.", "ASSAULT"),
    # the dead remembered in a conjunct of those mourned (background.mourned reads the first conjunct's phrase)
    ("the meeting began with a two-minute silence in memory of the late speaker balyogi and those killed in the violence during the bandh.", "ASSAULT"),
    ("The assembly paid homage to the late speaker and those killed in the riots.", "ASSAULT"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-15")
    assert_gives_type_or_not(record, event_type, expected)


# classes.yaml PLANNING_WORDS by the participles' lemmas (poise, slate): planned; poised as a description of
# those who act stays a report of the act
@pytest.mark.parametrize("text, modality", [
    ("the mobs were poised to attack a madrassa.", "planned"),
    ("The rebels are slated to attack the town next week.", "planned"),
    ("Police, poised outside the mosque, opened fire on the mob.", "asserted"),
    ("Troops poised near the border shelled the town on Sunday.", "asserted"),
])
def test_poised_or_slated_to_attack_is_planned(extract, text, modality):
    record = extract(text, "2002-03-15")
    assert [e.modality for e in record.events if e.type == "ASSAULT"] == [modality], types_and_triggers(record)
