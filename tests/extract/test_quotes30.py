"""Quotes: where a reported clause ends when the speaker's next act is coordinated after it."""
from __future__ import annotations

import pytest

from test_quotes import only_by_text


@pytest.mark.parametrize("text, found, whole", [
    # the speaker's next act hung on the cue ("said ... but declined")
    ("Senator Ruth Calder said the farm bill would pass before the recess but declined to say how many votes "
     "it had.\n", "farm bill", "the farm bill would pass before the recess"),
    # ... or on the reported verb, whose tense it cannot share ("has hired ... and thanked")
    ("Mayor Dan Okafor said the city has hired forty new teachers this year and thanked the union for its "
     "patience during the talks.\n", "forty new teachers", "the city has hired forty new teachers this year"),
    ("Governor Lena Marsh said she would visit the flooded valley towns on Friday and urged residents to stay "
     "off the roads.\n", "flooded valley", "she would visit the flooded valley towns on Friday"),
])
def test_a_reported_clause_stops_before_the_speakers_next_act(extract, text, found, whole):
    assert only_by_text(extract(text), found).text == whole


@pytest.mark.parametrize("text, found, goes_on", [
    # two past verbs: "delayed" may be what the agency said it did, so the clause keeps it
    ("The records agency said it withheld the hospital files and delayed the review for two months.\n",
     "hospital files", "delayed the review"),
    # a verb with a subject of its own inside quotation marks is the speaker's words
    ("Coach Mira Dunn said the players \"trained hard all week and earned every minute of the final.\"\n",
     "trained hard", "earned every minute"),
    # "lay" is a past tense and a bare verb: here the bare verb under "would"
    ("The rebel council said it would disband its units and lay down its weapons by the end of June.\n",
     "disband its units", "lay down its weapons"),
    # a verb hung on the cue itself may go on with the report as often as not: it stays
    ("Spokesman Ilya Marten said Moscow was watching the protests closely but regarded them as a purely "
     "domestic matter.\n", "watching the protests", "regarded them"),
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
    ("About a third of the growers said prices for their crops would fall again next year, while eight in 10 said "
     "they feared the new tariffs more than the drought.\n", "prices for their crops would fall again next year",
     "they feared the new tariffs more than the drought", "10"),
    ("Councillor Ann Pruitt said that for now there seemed to be no sign of fraud in the count, whereas the "
     "auditor acknowledged that he had found several ballots missing from the box.\n",
     "for now there seemed to be no sign of fraud in the count", "he had found several ballots missing from the box",
     "auditor"),
])
def test_a_second_report_inside_a_reported_clause_is_a_quote_of_its_own(extract, text, first, second, second_speaker):
    record = extract(text)
    assert only_by_text(record, first[:30]).text == first
    quote = only_by_text(record, second[:30])
    assert quote.text == second and second_speaker in quote.speaker


def test_a_participle_report_inside_a_clause_stays_in_it(extract):
    # "with ... saying": no finite verb, so no report of its own
    record = extract("Governor Tom Ellery has said the schools will reopen in March, with a growing number of parents "
                     "saying they cannot wait that long.\n")
    assert "parents saying they cannot wait" in only_by_text(record, "reopen in March").text
