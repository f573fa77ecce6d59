"""ASSAULT and COERCE wordings of assault.yaml and coerce.yaml on news-style sentences: force and
arrests reported, and the references, figures of speech and non-violent attacks that are none."""
from __future__ import annotations

import pytest

REPORTED = [
    ("The militants detonated a large car bomb in Kabul city earlier tonight.", "ASSAULT", "detonated"),
    ("Seven soldiers were hurt when militants set off an improvised explosive device in Pulwama on Monday.", "ASSAULT", "set"),
    ("Two suicide bombers blew themselves up on Saturday after they were surrounded by police near Ankara.", "ASSAULT", "blew"),
    ("A militant threw a grenade at a security force party in Tral on Monday.", "ASSAULT", "threw"),
    ("A government helicopter dropped two barrel bombs on farmland north of the city.", "ASSAULT", "dropped"),
    ("A police officer hits a female demonstrator with his baton during a demonstration in Nairobi.", "ASSAULT", "hits"),
    ("Myanmar security forces committed widespread rape against women and girls.", "ASSAULT", "rape"),
    ("In rural Vadodara, police had to resort to firing in Shinor to control mobs late on Friday.", "ASSAULT", "resort"),
    ("A 19-year-old youth perished in police firing in Ahmedabad on Tuesday.", "ASSAULT", "firing"),
    ("According to police sources, six rounds had to be fired in the area.", "ASSAULT", "fired"),
    ("Israeli forces have taken dozens of Palestinians in a series of raids across the West Bank.", "COERCE", "taken"),
    # a named attack that is itself the news: its toll, its claim, its means
    ("Two soldiers were killed in the Godhra attack on Wednesday.", "ASSAULT", "killed"),
    ("Al Qaeda's North Africa branch claimed responsibility for the rocket attack on the gas plant.", "ASSAULT", "attack"),
    ("The military base sustained heavy losses in Yemen's missile attack.", "ASSAULT", "attack"),
    # fighting that lasts, named as a subject: still going on
    ("The Kursk offensive entered its third week on Tuesday, the general staff said.", "ASSAULT", "offensive"),
    # a named attack told happening, or a kind of attack rather than a name
    ("The Sabarmati Express massacre took place on Wednesday morning near Godhra station.", "ASSAULT", "massacre"),
    ("Police are now set to clarify that the alleged serial gang rapes of tribal girls took place.", "ASSAULT", "rapes"),
    # a gerund the tagger left a verb, after "the": no participle naming people
    ("More members of the minority community died in the police firing on Sunday.", "ASSAULT", "firing"),
    # caught by those who arrest; people held with no "in custody" after it
    ("While SIMI leaders were making fiery speeches, the police caught some of them.", "COERCE", "caught"),
    ("Two SIMI activists were caught by the Kolkata police while sneaking into Bangladesh.", "COERCE", "caught"),
    ("In combing operations in Surat on Tuesday evening, 50 persons were held.", "COERCE", "held"),
]

NOT_REPORTED = [
    # a known attack named as what something follows or reacts to
    "Indefinite curfew was imposed in Godhra town following the attack on the Sabarmati Express.",
    "The VHP called a bandh to protest the killings of kar sevaks in Godhra.",
    "In the case of the lynching of the former MP, he said the mob had been provoked.",
    # a known attack named by its place, target or day in a phrase of another verb
    "In the first few days after the Sabarmati Express attack, several bookings were postponed.",
    "The speakers demanded that the guilty of the Godhra killings should be identified.",
    "The Kremlin did not comment on the refinery strike.",
    "The BJP criticised the opposition for their silence on the killing of 58 passengers of the train.",
    "Regarding the killing of the former MP, he said there was firing from inside the house.",
    "The events in Gujarat are a macabre replay of the November 1984 massacre of the Sikhs.",
    # ... or named as the subject or object of another verb, with or without an article
    "Ayodhya issue and Gujarat killings rocked the Rajya Sabha as the opposition stalled question hour.",
    "He observed that the perpetrators of the Godhra massacre knew that there would be retaliation.",
    "The leaders condoled the gruesome killing of the passengers of the Sabarmati Express.",
    # victims, toll updates, long tallies: no attack of the story's own
    "The government announced a compensation of Rs 1 lakh for those killed in the riots.",
    "Official sources said the death toll had risen from 58 to 62 with the death of four injured persons.",
    "The processions will be a fitting tribute to the activists who were killed for the cause, he said.",
    "Priority will be given to widows and surviving dependants of persons killed in the riots.",
    "The numbers killed in Gujarat far exceed terrorist killings in the last ten years.",
    "Most allies had earlier struck tough postures for public consumption.",
    # a judgement of such acts, not a report
    "Killing innocent men, women and children is inhuman, the cleric said.",
    # a possibility, not a happening
    "The step was taken following an intelligence report of a possible terrorist strike at the workshops.",
    "There is a possibility of a terrorist attack here as there are some reports in this regard, he said.",
    # words, illness and pests
    "Baroda also witnessed a systematic attack on the economy of Muslims during the last fortnight.",
    "The prime minister shot down talk of mid-term polls.",
    "Under attack from allies, the prime minister sought to mollify the party on Thursday.",
    "The opposition leader attacked the VHP as anti-social elements at a rally.",
    "Experts said the spray could not eliminate the attack of the American bollworm.",
    "The former minister died of a heart attack on Sunday.",
    "It is one of the toughest battles of my life, the candidate said.",
    "This battle of nerves between the two parties reached a flash point before the by-election.",
]


CRITICISM = [
    ("Attacking the VHP, Yadav said it did not represent more than 2 per cent of the Hindus.", "Attacking"),
    ("In another significant departure, the party openly attacked the BJP allies in the NDA.", "attacked"),
    ("Environmental groups on Wednesday launched an attack on the government for granting approval to the seeds.", "attack"),
]
# The same verbs with arms: an armed subject, or a party's office rather than the party.
ARMED = [
    ("A mob attacked the minister in his constituency on Monday.", "attacked"),
    ("Protesters attacked the party office in Kolkata on Friday.", "attacked"),
    ("The fighting began when gunmen attacked a security checkpoint near Jableh, the ministry said.", "attacked"),
]


@pytest.mark.parametrize("text,trigger", CRITICISM)
def test_attacks_in_words_on_parties_and_governments_are_criticism(extract, text, trigger):
    record = extract(text, "2002-03-05")
    assert ("ACCUSE", trigger) in {(e.type, e.trigger) for e in record.events}
    assert not [e for e in record.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text,trigger", ARMED)
def test_attacks_by_armed_or_crowd_subjects_on_political_targets_stay_assaults(extract, text, trigger):
    record = extract(text, "2002-03-05")
    assert ("ASSAULT", trigger) in {(e.type, e.trigger) for e in record.events}


@pytest.mark.parametrize("text,event_type,trigger", REPORTED)
def test_force_and_arrests_are_reported(extract, text, event_type, trigger):
    record = extract(text, "2019-03-05")
    assert (event_type, trigger) in {(e.type, e.trigger) for e in record.events}


@pytest.mark.parametrize("text", NOT_REPORTED)
def test_references_and_figures_of_speech_give_no_attack(extract, text):
    record = extract(text, "2002-03-05")
    assert not [e for e in record.events if e.type == "ASSAULT"]


# War reporting that the rules for criticism, known attacks, victims and anaphora must leave alone.
ATTACKS_KEPT = [
    ("Israel attacked Gaza for a third night, killing 40 people, health officials said.", "attacked", 40),
    ("The Taliban attacked the minister in Kandahar, killing him and two guards.", "attacked", None),
    ("Attacking Russian positions near Bakhmut overnight, Ukrainian troops said they had advanced.", "Attacking", None),
    ("The family of a teenager killed by police in Nairobi on Sunday demanded justice.", "killed", 1),
    ("Police linked Sunday's bombing of a mosque in Peshawar, which killed 12 worshippers, to the Islamic State.", "bombing", 12),
    ("The Israeli military confirmed the Beirut strike on Sunday, saying it targeted a commander.", "strike", None),
    ("Russia denied it had attacked the hospital in Kharkiv on Monday. The attack killed 12 people, officials said.", "attack", 12),
    ("The army has yet again tried to storm the town of Kobani, the monitor said.", "storm", None),
]


@pytest.mark.parametrize("text,trigger,killed", ATTACKS_KEPT)
def test_attacks_in_war_reporting_stay_the_storys_events(extract, text, trigger, killed):
    record = extract(text, "2025-06-04")
    attack = next((e for e in record.events if e.type == "ASSAULT" and e.trigger == trigger), None)
    assert attack is not None, [(e.type, e.trigger) for e in record.events]
    assert killed is None or attack.killed == killed
    assert all(a.name != "Beirut" for a in attack.actors)  # a town before the noun says where, not who


# Arrests the sentence gives as a condition contrary to fact, a power, or what a negated compulsion
# did not bring about: none is told as done.
NOT_DONE = [
    "Intelligence sources believe that had Singhal been detained in Lucknow itself, the problems would have been reduced.",
    "Had the police arrested the ringleaders on Monday, the riots could have been contained.",
    "She is also opposed to sections in POTO that allow the police to arrest anyone withholding information.",
    "The government was not compelled to arrest the VHP leaders on Monday.",
    "Police were not required to detain the protesters.",
]

# Look-alikes that stay arrests: an auxiliary after its subject, a permission that was used.
STILL_DONE = [
    ("Police said they had arrested 12 people in Surat on Tuesday.", "arrested"),
    ("Not only had the police arrested 20 activists on Monday, they also sealed the party office.", "arrested"),
    ("No sooner had the police arrested the leader than riots broke out in Surat.", "arrested"),
    ("The police were forced to arrest 40 activists who blocked the highway on Monday.", "arrest"),
    ("Fishermen caught the suspects and handed them over to the police on Sunday.", None),
    ("Elections were held in the state on Sunday.", None),
    ("About 22,000 students are held at ransom by the district administration.", None),
    ("Memon, a student holding a degree in education, said the children were afraid.", None),
    ("Authorities released on bail 20 opposition activists held since the protests.", None),
    ("The house caught fire after a short circuit on Sunday.", None),
    # caught by no one: a passive subject in the crossfire or on camera, a figurative object
    ("Two soldiers were caught in the crossfire and wounded on Monday.", None),
    ("Policemen were caught on camera beating a vendor in Chennai.", None),
    ("The police caught the attention of the crowd with a loudspeaker.", None),
    # a preposition's object is not what is picked up or held
    ("Police picked up the journalist from his house in Srinagar at midnight.", "picked"),
    ("A meeting was held with the protesters at the district headquarters.", None),
    ("The police were held back by the crowd outside the station.", None),
    # letting told as done by a party: the act happened
    ("The police allowed the mob to attack the church on Sunday and stood by.", None),
    # a negated condition on the act's own verb: it happened
    ("Had the security forces not opened fire, the mob would have lynched the two men.", None),
]


@pytest.mark.parametrize("text", NOT_DONE)
def test_arrests_given_as_a_condition_or_a_power_are_not_told(extract, text):
    record = extract(text, "2002-03-05")
    assert not [e for e in record.events if e.type == "COERCE"]


@pytest.mark.parametrize("text,trigger", STILL_DONE)
def test_arrests_told_plainly_stay_and_other_holdings_are_none(extract, text, trigger):
    record = extract(text, "2002-03-05")
    arrests = [e.trigger for e in record.events if e.type == "COERCE"]
    assert arrests == ([trigger] if trigger else [])


def test_acts_a_party_let_happen_or_a_negated_condition_presupposes_are_told(extract):
    record = extract("The police allowed the mob to attack the church on Sunday and stood by.", "2002-03-05")
    assert [e.modality for e in record.events if e.type == "ASSAULT"] == ["asserted"]
    record = extract("Had the security forces not opened fire, the mob would have lynched the two men.", "2002-03-05")
    assert "opened" in [e.trigger for e in record.events if e.type == "ASSAULT"]


def test_an_act_one_was_not_compelled_to_do_is_neither_done_nor_refused(extract):
    record = extract("Pakistan was not compelled to release the pilot, officials said.", "2002-03-05")
    assert not [e for e in record.events if e.type in {"REJECT", "CONCEDE"}]
