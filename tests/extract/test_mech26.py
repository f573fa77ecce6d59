"""Stop 26 (mech26): which day and which place of a sentence are its event's. Each case fails
without the change its comment names."""
from test_events import events_of


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
