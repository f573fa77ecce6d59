"""Quotes: where a reported clause ends when the speaker's next act, or a second report, follows it."""
from __future__ import annotations

import pytest

from test_quotes import only_by_text


@pytest.mark.parametrize("text, found, whole", [
    # a SPEAKER_ACTS verb after a reported verb that is not in the past ("is hiring ... and thanked")
    ("Mayor Dan Okafor said the city is hiring forty new teachers this year and thanked the union for its "
     "patience during the talks.\n", "forty new teachers", "the city is hiring forty new teachers this year"),
    ("Governor Lena Marsh said the storm will reach the valley towns on Friday and apologised for the late "
     "warning to residents.\n", "valley towns", "the storm will reach the valley towns on Friday"),
])
def test_a_reported_clause_stops_before_the_speakers_next_act(extract, text, found, whole):
    assert only_by_text(extract(text), found).text == whole


@pytest.mark.parametrize("text, found, goes_on", [
    # event verbs after "is" / "has" are what was said: no SPEAKER_ACTS verb
    ("The border police said the smuggler is now in a cell and led detectives to the stolen jewels overnight.\n",
     "smuggler is now", "led detectives"),
    ("The interior ministry said the militia has left the river villages and handed its weapons to the army.\n",
     "river villages", "handed its weapons"),
    # a past that may share the reported verb's perfect ("should have checked ... and thanked")
    ("The auditor said the board should have checked the accounts every month and thanked the clerk who "
     "raised the alarm.\n", "checked the accounts", "thanked the clerk"),
    # both verbs in the past: "declined" may be what the agency said it did
    ("The records agency said it withheld the hospital files and declined to publish the review for two "
     "months.\n", "hospital files", "declined to publish"),
    # a report inside the report: "thanked" goes on with the general's words, not the spokesman's
    ("The spokesman said the general believes the campaign is over and thanked the pilots for their courage.\n",
     "campaign is over", "thanked the pilots"),
    # a verb inside quotation marks is the speaker's words
    ("Coach Mira Dunn said the team \"is in great shape and thanked every fan who travelled to the final.\"\n",
     "great shape", "thanked every fan"),
])
def test_a_reported_clause_keeps_a_coordinated_verb_it_may_hold(extract, text, found, goes_on):
    assert goes_on in only_by_text(extract(text), found).text


def test_a_second_cue_after_and_is_still_a_report_of_its_own(extract):
    record = extract("Prime Minister Ilse Varga said on Monday that she will seek a new coalition and insisted that "
                     "her party remains the largest force in parliament.\n")
    assert only_by_text(record, "new coalition").text == "she will seek a new coalition"
    second = only_by_text(record, "largest force")
    assert second.text.startswith("her party remains") and "Varga" in second.speaker


@pytest.mark.parametrize("text, first, second, second_speaker", [
    # a share as the second subject: its speaker is not checked here (the resolver reads "10")
    ("About a third of the growers said prices for their crops would fall again next year, while eight in 10 said "
     "they feared the new tariffs more than the drought.\n", "prices for their crops would fall again next year",
     "they feared the new tariffs more than the drought", None),
    ("Councillor Ann Pruitt said that for now there seemed to be no sign of fraud in the count, whereas the "
     "auditor acknowledged that he had found several ballots missing from the box.\n",
     "for now there seemed to be no sign of fraud in the count", "he had found several ballots missing from the box",
     "auditor"),
    # "as", a CONTRAST_MARKS word, is left with neither quote
    ("The finance minister said exports rose in the spring, as bankers warned that the summer would be far "
     "weaker.\n", "exports rose in the spring", "the summer would be far weaker", "bankers"),
])
def test_a_second_report_inside_a_reported_clause_is_a_quote_of_its_own(extract, text, first, second, second_speaker):
    record = extract(text)
    assert only_by_text(record, first[:30]).text == first
    quote = only_by_text(record, second[:30])
    assert quote.text == second and (second_speaker is None or second_speaker in quote.speaker)


@pytest.mark.parametrize("text, found, goes_on", [
    # "with ... saying": no finite verb, so no report of its own
    ("Governor Tom Ellery has said the schools will reopen in March, with a growing number of parents saying they "
     "cannot wait that long.\n", "reopen in March", "parents saying they cannot wait"),
    # a pronoun subject is the first speaker again
    ("The harbour master said the east pier would reopen in May, while he said the west pier needed a new deck.\n",
     "east pier", "west pier needed a new deck"),
    # the report's own verb after a fronted phrase: its head is the cue, outside the words
    ("The envoy said that before the truce in April, the militia announced that it would leave the port by "
     "summer.\n", "truce in April", "it would leave the port"),
    # a relative clause on a word of the report
    ("The governor said the new dam, which engineers say will last a century, would open to traffic next "
     "spring.\n", "new dam", "would open to traffic"),
    # "and that": the first speaker's report of what others said
    ("The spokesman said the strike had ended and that the drivers had said they would return to work on "
     "Monday.\n", "strike had ended", "they would return to work"),
    # no comma, coordinator or contrast word before the second verb: part of the report
    ("The minister said the roads were closed because police said the old bridge was no longer safe.\n",
     "roads were closed", "old bridge was no longer safe"),
])
def test_a_report_inside_a_reported_clause_that_is_not_a_second_report_stays_in_it(extract, text, found, goes_on):
    assert goes_on in only_by_text(extract(text), found).text


@pytest.mark.parametrize("text, first, second, second_speaker", [
    # a first report under MIN_DIRECT_WORDS words still ends before the second speaker's
    ("The coach said rain would stop, while the league said the final had been moved to the following "
     "weekend.\n", "rain would stop", "the final had been moved to the following weekend", "league"),
    ("Half the traders said rates would rise, whereas most economists said they expected a cut before the "
     "spring.\n", "rates would rise", "they expected a cut before the spring", "economists"),
])
def test_a_short_first_report_still_ends_before_a_second_report(extract, text, first, second, second_speaker):
    record = extract(text)
    assert only_by_text(record, first).text == first
    quote = only_by_text(record, second[:30])
    assert quote.text == second and second_speaker in quote.speaker


def test_a_speaker_act_after_a_perfect_stays_in_the_report(extract):
    # every SPEAKER_ACTS verb is regular: "thanked" may be a participle under the report's "has"
    record = extract("The mayor said the council has approved the flood budget and thanked the engineers for their "
                     "work.\n")
    assert "thanked the engineers" in only_by_text(record, "flood budget").text


def test_a_second_speaker_is_named_as_the_same_subject_is_as_a_first_speaker(extract):
    # in an article's body (a text's first line is read as a headline, whose rule keeps the whole phrase)
    opening = "Nurses reject pay offer\n\nThe dispute over hospital pay went into a third week on Monday.\n\n"
    second = only_by_text(extract(opening + "The Labour leader said the government had failed the nurses, while a "
                                  "Unison spokeswoman said the pay offer was an insult.\n"), "pay offer")
    alone = only_by_text(extract(opening + "A Unison spokeswoman said the pay offer was an insult to every nurse on "
                                 "the ward.\n"), "pay offer")
    assert second.text == "the pay offer was an insult" and second.speaker == alone.speaker
