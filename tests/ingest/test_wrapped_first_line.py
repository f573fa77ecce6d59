"""A text scrape whose story's first line is hard-wrapped (the line found as the title goes on, in lower case, on the
next line) keeps that line as the story's; a headline above its story stays out of the text, as before (stop 34:
a headline kept in the text made the events stage read its act twice)."""
from __future__ import annotations

import pytest

from frontwire.ingest import to_article
from frontwire.models import Document

WRAPPED = ("Cuba's former leader Fidel Castro was a \"brutal dictator\", US President-elect Donald Trump has\n"
           "            said, hours after the 90-year-old's death was announced.\n"
           "            Mr Trump, who takes office in January, said he hoped Cubans could move towards a freer future.\n"
           "            Castro came to power in 1959 and ushered in a Communist revolution. He defied the US for decades,"
           " surviving\n            many assassination plots.\n"
           "            Supporters said he returned Cuba to the people. Critics called him a dictator.\n")
STORY = ("Russian missiles struck a thermal power plant in Kyiv early on Tuesday, killing three workers and cutting "
         "electricity to thousands of homes, the city's mayor said.\n\n"
         "Vitali Klitschko said on Telegram that emergency crews were still searching the rubble for a fourth worker. "
         "Ukraine's air force said it had shot down 11 of the 17 missiles launched overnight.\n\n"
         "Kyiv has faced repeated attacks on its energy grid since the autumn, and the state operator Ukrenergo warned "
         "of rolling blackouts through the week.")


def article(text: str):
    return to_article(Document(source="t.txt", kind="text", content=text))


def test_a_hard_wrapped_first_line_found_as_the_title_stays_the_storys():
    a = article(WRAPPED)
    assert a.text.startswith("Cuba's former leader Fidel Castro was a")
    assert a.title is None


@pytest.mark.parametrize("above", [
    "Russian missiles strike Kyiv power plant, killing three",  # an event verb the story repeats
    "Will Russia strike Kyiv's power plants again?",  # a question
    "LIVE: Russian missiles strike Kyiv power plant",
    "Ukraine war: Russia strikes Kyiv power plant, mayor says",  # a label and a source
    "Opinion: Why Kyiv's grid keeps failing",
    "UPDATE 2-Russian missiles hit Kyiv power plant",
    "Kyiv power plant hit as Russia masses troops in the north",
    "Russian missiles strike Kyiv power plant\n\nKYIV (Reuters) -",  # dateline on its own line
])
def test_a_headline_above_its_story_stays_out_of_the_text(above):
    a = article(f"{above}\n\n{STORY}")
    assert a.text.startswith("Russian missiles struck a thermal power plant")
    assert a.title is not None and a.title in above


@pytest.mark.parametrize("above, headline", [
    ("Russian missiles strike Kyiv power plant, killing three\n\nBy Olena Harmash and Tom Balmforth",
     "Russian missiles strike Kyiv power plant, killing three"),  # headline, byline
    ("Power cuts expected to last all week, Ukrenergo says\n\nRussian missiles strike Kyiv power plant",
     "Power cuts expected to last all week, Ukrenergo says"),  # two headline lines: the first stays out
])
def test_the_headline_over_a_byline_or_a_second_headline_line_stays_out_of_the_text(above, headline):
    assert headline not in article(f"{above}\n\n{STORY}").text


def test_a_headline_that_repeats_the_storys_act_gives_one_event(pipeline):
    a = article(f"Russian missiles strike Kyiv power plant, killing three\n\n{STORY}")
    strikes = [e for e in pipeline.process(a).events if e.type == "ASSAULT" and e.killed == 3]
    assert len(strikes) == 1


@pytest.mark.parametrize("first, second", [
    ("The Artist's Guide to Field Dressing", "by Maria Lopez on July 7, 2024"),  # a byline in lower case
    ("Kyiv power plant hit again", "kyiv_plant_photo_03.jpgResidents woke to the sound of sirens."),  # a file name
    ("Kyiv power plant hit again", "plant-smoke.JPG Firefighters at the plant on Tuesday. Photo: Reuters"),
    ("* The state operator is a consortium of", "regional companies that run the grid."),  # a list item
])
def test_a_line_in_lower_case_that_goes_on_with_no_sentence_leaves_the_title_as_it_was(first, second):
    a = article(f"{first}\n\n{second}\n\n{STORY}")
    assert first not in a.text
