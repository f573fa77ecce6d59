"""Stop 26 (mech26): which day, place and toll of a sentence are its event's, and set e's general
classes (subordinate acts, vows and conditions of force, history, the parse). Each case fails
without the change its comment names, or guards that change's limit."""
from test_events import events_of
from wordings import assert_gives_type_or_not, gives_type_or_not


def test_a_sentence_with_no_day_goes_on_with_the_day_before_it_in_its_paragraph(extract):
    # inherit_days: the protest lodged after Wednesday's meeting is Wednesday's, not publication's
    record = extract(
        "Border commanders of the two armies held a flag meeting at the crossing point on Wednesday "
        "afternoon. The Indian side lodged a strong protest over the killing of the soldier.\n\n"
        "The ministry summoned the envoy.", "2025-10-23")
    protest = [e for e in events_of(record, "ACCUSE") if "lodged" in e.evidence][0]
    assert (protest.date, protest.date_source) == ("2025-10-22", "story")
    # ... but not across a paragraph break
    summons = [e for e in record.events if "summoned" in e.evidence][0]
    assert summons.date == "2025-10-23"


def test_a_day_recalled_from_weeks_back_does_not_date_the_next_sentence(extract):
    record = extract(
        "Rebels seized the town on September 3. The army accused Rwanda of backing them.", "2025-10-23")
    accusation = [e for e in events_of(record, "ACCUSE") if "accused" in e.evidence][0]
    assert accusation.date == "2025-10-23"


def test_an_act_to_come_takes_no_day_from_the_sentence_before_it(extract):
    # inherit_days: only an act told as done goes on with the paragraph's day
    record = extract("The two leaders met in Ankara on Friday. Turkey will deploy more troops to the border.", "2026-12-01")
    deployment = [e for e in record.events + record.secondary_events if e.trigger == "deploy"]
    assert [(e.modality, e.date) for e in deployment] == [("planned", "2026-12-01")]


def test_an_act_only_planned_in_the_main_clause_leaves_the_relative_clause_act_done(extract):
    # _told_in_an_aside_to gives way only to a main clause's act told as done
    record = extract("Protesters, who marched through Lima on Monday, plan to rally again on Friday.", "2026-12-01")
    assert [(e.trigger, e.date) for e in events_of(record, "PROTEST")] == [("marched", "2026-11-30")]


def test_the_main_clause_act_beats_one_told_in_a_relative_clause(extract):
    # _told_in_an_aside_to: "talks" describes Qatar; the meeting in Doha on Monday is the news
    record = extract(
        "Qatar, which hosted several rounds of talks between the two sides last year, said its prime "
        "minister had met the Hamas delegation in Doha on Monday.", "2025-07-10")
    meeting = events_of(record, "CONSULT")
    assert [(e.trigger, e.place, e.date) for e in meeting] == [("met", "Doha", "2025-07-07")]


def test_a_place_read_with_its_possessive_is_named_without_it(extract):
    # _POSSESSIVE_END: the model may read "Kyiv's" into the mention; the event's place is Kyiv
    record = extract(
        "Hundreds of relatives rallied on Kyiv's Independence Square holding portraits of soldiers "
        "captured in Mariupol.", "2025-12-01")
    assert [e.place for e in events_of(record, "PROTEST")] == ["Kyiv"]


def test_recurring_attacks_told_of_a_place_in_an_aside_are_background(extract):
    # REPEATED_ACT_WORDS: the aside describes the town; the market strike is the news and keeps the toll
    record = extract(
        "In Kherson, which has come under almost daily artillery attacks, three people were killed on "
        "Monday when a shell hit a bus stop, the governor said. Nine others were injured.", "2025-10-28")
    assert [(e.trigger, e.killed, e.wounded) for e in events_of(record, "ASSAULT")] == [("hit", 3, 9)]
    # ... while the same words in the main clause are the news
    record = extract("Dobropillia has come under regular Russian drone attacks.", "2025-08-12")
    assert events_of(record, "ASSAULT")


# Set e's general classes (stop 26): subordinate acts, vows and conditions, history, the parse.
WORDINGS = [
    # a vow to attack through a light verb is a threat, as "vowed to attack" is (threaten.yaml)
    ("The army vowed to launch an offensive to retake the border town.", "THREATEN"),
    ("The rebels vowed to carry out more attacks on government forces.", "THREATEN"),
    # armed forces said to intervene on a condition threaten (threaten.yaml)
    ("The prime minister said the army could intervene if the minority came under attack.", "THREATEN"),
    # the speaker's own forces acting on a condition (modality.threatens_in_statement)
    ("The general said his troops would attack the rebels if they did not leave the town.", "THREATEN"),
    # the act the implicative "went on to" governs is done ("go on" in IMPLICATIVE_GOVERNORS)
    ("The police went on to arrest six more people.", "COERCE"),
    # ... and what people discuss, not as a meeting's aim, stays news
    ("Residents have been widely discussing a series of abductions by armed men in the district.", "ASSAULT"),
    # the object the parser reads as a participle's subject is the verb's (triggers._objects_read_as_subjects)
    ("cops caned college students marching towards the collectorate.", "ASSAULT"),
    # ... limits of TIME_CLAUSE_MARKS: "as" tells an act going on, and a clause that tells what the act
    # did tells it as news
    ("Thousands fled their homes as the bombardment of Gaza intensified on Monday.", "ASSAULT"),
    ("The army deployed troops in Imphal after the clashes between the two communities left five dead.", "ASSAULT"),
    # ... limits of OLD_YEAR: counts and clock times the model tags as dates are no years
    ("1930 rebels were killed by the army in Darfur on Monday.", "ASSAULT"),
    ("Militants attacked the army base at 1930 local time on Monday.", "ASSAULT"),
]

NOT_THESE = [
    # what is discussed is a topic (TOPIC_VERBS)
    ("The interior minister telephoned his counterpart to discuss the cross-border raids.", "ASSAULT"),
    # ... a vow to launch an inquiry is no threat (the object must be an attack)
    ("The prime minister vowed to launch an investigation into the bombing.", "THREATEN"),
    # a known act as the subject of a clause of time only dates the sentence's act (TIME_CLAUSE_MARKS)
    ("More than 300 people have been detained since the protests in the capital began.", "PROTEST"),
    # a protest whose end is told is known (ENDING_VERBS)
    ("The municipality accepted the drivers' demands, ending their week-long strike.", "PROTEST"),
    # what a police team "had gone to" do is its aim ("go" alone is no implicative governor)
    ("Villagers attacked a police team that had gone to arrest a smuggler.", "COERCE"),
    # a battle dated by a year before 1940 is history (OLD_YEAR, where the model reads it as a date)
    ("The Battle of Omdurman in 1898 ended the Mahdist resistance.", "ASSAULT"),
]


@gives_type_or_not(WORDINGS, NOT_THESE)
def test_wording_gives_its_type_or_not(extract, text, event_type, expected):
    record = extract(text, "2025-01-15")
    assert_gives_type_or_not(record, event_type, expected)
