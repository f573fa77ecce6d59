"""Stop 32 (ipe32): ipe-train's ASSAULT false positives that are wrong by PLOVER too, not the mob violence
IndiaPoliceEvents leaves unlabelled: a known attack a party stayed indifferent to ("indifferent to the
killings"), the dead remembered beside another ("in memory of the late speaker and those killed in the
violence"), and attacks a party is only poised to make. Each case fails without the change its comment names, or
guards a limit: real attacks in like wording stay ASSAULT. The review rev32ipe's sentences that the withdrawn
changes (an amod previous/past/prior making an act background, a "lament" row, "slate" as planning) got wrong
stay here as must-not-change cases."""
import pytest
from wordings import assert_gives_type_or_not, gives_type_or_not, types_and_triggers

WORDINGS = [
    # acts told beside a past one or a past person: news (rev32ipe MUST 1; the first trigger of a clause holds its
    # event, so an act of before named first must not take the slot of the story's attack)
    ("The past week's clashes in the old city left six people dead.", "ASSAULT"),
    ("In the past 24 hours, mobs attacked three police stations in the district.", "ASSAULT"),
    ("Earlier clashes in the day left three people dead, police said.", "ASSAULT"),
    ("A mob attacked the previous owner of the shop with swords on Sunday.", "ASSAULT"),
    ("The mob stabbed two men in the past hour, police said.", "ASSAULT"),
    ("Rebels attacked the town, a repeat of a past attack that killed ten people.", "ASSAULT"),
    ("Unlike previous raids, gunmen attacked the camp on Saturday, killing 40 refugees.", "ASSAULT"),
    ("Unlike previous raids, Saturday's attack on the camp killed 40 refugees.", "ASSAULT"),
    ("Unlike previous raids, Saturday's attack on the camp killed 40 refugees and wounded 12.", "ASSAULT"),
    ("Unlike previous raids, the attack on the camp on Saturday killed 40 refugees.", "ASSAULT"),
    ("Unlike previous raids, an attack on the camp on Saturday killed 40 refugees.", "ASSAULT"),
    ("The raid on Sunday was deadlier than previous raids, killing 40 refugees.", "ASSAULT"),
    ("The army said its previous offensives had failed, and on Sunday troops stormed the town.", "ASSAULT"),
    # an attack lamented with a day, toll or agent of its own is the story's news (rev32ipe MUST 3)
    ("The president lamented the bombing that killed 30 people in the capital on Sunday.", "ASSAULT"),
    ("The UN lamented Sunday's air strike on a refugee camp in which 40 people died.", "ASSAULT"),
    ("The army lamented a rocket attack on its base early Sunday that killed three soldiers.", "ASSAULT"),
    ("Villagers said they lamented the raid by troops on Saturday, in which six men were shot dead.", "ASSAULT"),
    ("The council lamented the assault on a tourist in the city centre on Saturday night.", "ASSAULT"),
    ("The minister lamented the shooting of three students by police on Sunday in Dhaka.", "ASSAULT"),
    ("The bishop lamented the attack on the church in Islamabad on Sunday in which five people were killed.", "ASSAULT"),
    # limits of "indifferent" among the reacted-to governors (assault.yaml): an attack told by a verb of its own
    ("Villagers said the police were indifferent as the mob attacked their homes.", "ASSAULT"),
    ("Police remained indifferent while the mob set the shops on fire.", "ASSAULT"),
    ("Police remained indifferent as mobs attacked shops in the old city on Sunday, killing four.", "ASSAULT"),
    ("The army, indifferent to world opinion, shelled the town on Sunday, killing 12 civilians.", "ASSAULT"),
    ("Indifferent to the curfew, rioters attacked a police station in Ahmedabad on Saturday.", "ASSAULT"),
    ("Troops, indifferent to the pleas of villagers, burned 20 houses and shot three men on Sunday.", "ASSAULT"),
    ("Residents said police were indifferent while gunmen stormed the bank on Saturday.", "ASSAULT"),
    ("Indifferent to the danger, the rebels ambushed a convoy near Kandahar on Sunday, killing six soldiers.", "ASSAULT"),
    ("The rebels, long indifferent to peace talks, bombed the market on Sunday, killing 20 people.", "ASSAULT"),
    ("Police stood by indifferent as a mob lynched two men in the village on Saturday.", "ASSAULT"),
    ("The minister said he was not indifferent to the suffering, as troops stormed the town on Sunday.", "ASSAULT"),
    ("The crowd watched indifferent as soldiers fired on the protesters, killing five.", "ASSAULT"),
    ("A mob attacked the bus, lamenting the killing of their leader.", "ASSAULT"),
    # limits of background.mourned read through a conjunct: victims with a killing of their own told (its
    # agent, day, clause) are news
    ("The assembly paid homage to the late speaker and three villagers killed when a mob attacked the village on Sunday.", "ASSAULT"),
    ("Relatives of the teacher and two students killed by police on Sunday demanded an inquiry.", "ASSAULT"),
]

NOT_THESE = [
    # a known attack a party stayed indifferent to (assault.yaml, "indifferent" among the reacted-to governors)
    ("he said the state government had remained indifferent to arson, looting and killings.", "ASSAULT"),
    ("Activists said the state was indifferent to attacks on minorities.", "ASSAULT"),
    # the dead remembered in a conjunct of those mourned (background.mourned reads the first conjunct's phrase)
    ("the meeting began with a two-minute silence in memory of the late speaker balyogi and those killed in the violence during the bandh.", "ASSAULT"),
    ("The assembly paid homage to the late speaker and those killed in the riots.", "ASSAULT"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2002-03-15")
    assert_gives_type_or_not(record, event_type, expected)


# classes.yaml PLANNING_WORDS by the participle's lemma (poise): planned; poised as a description of those who
# act stays a report of the act. "Slated for" an act is British "criticised for" it, a past act (rev32ipe MUST 2).
@pytest.mark.parametrize("text, event_type, modality", [
    ("the mobs were poised to attack a madrassa.", "ASSAULT", "planned"),
    ("Rebels are poised to attack the capital, officials said.", "ASSAULT", "planned"),
    ("Police, poised outside the mosque, opened fire on the mob.", "ASSAULT", "asserted"),
    ("Troops poised near the border shelled the town on Sunday.", "ASSAULT", "asserted"),
    ("Human rights groups slated the police for beating protesters in Lahore on Saturday.", "ASSAULT", "asserted"),
    ("Police were slated for firing on unarmed protesters in Karachi on Saturday.", "ASSAULT", "asserted"),
    ("The regime was widely slated for killing 30 protesters on Saturday.", "ASSAULT", "asserted"),
    ("Critics slated the government for sending troops to attack protesters on Sunday.", "MOBILIZE", "asserted"),
])
def test_poised_to_act_is_planned_slated_for_is_not(extract, text, event_type, modality):
    record = extract(text, "2002-03-15")
    assert [e.modality for e in record.events if e.type == event_type] == [modality], types_and_triggers(record)
