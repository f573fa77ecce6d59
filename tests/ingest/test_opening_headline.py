"""A text that opens with its headline (a news feed's or a corpus's "headline, blank line, story") keeps the
headline as its first paragraph, so the quotes and events stages read it; bylines, stamps and mastheads above
a story stay out, and a headline the story repeats is read once."""
from __future__ import annotations

import pytest

from frontwire.ingest import to_article
from frontwire.ingest.metadata import opens_with_headline
from frontwire.models import Document

STORY = ("Bernie Sanders prevailed in Wisconsin's Democratic primary on Tuesday, extending his winning streak over "
         "Hillary Clinton to six of the last seven contests.\n\n"
         "In a victory speech in Laramie, Sanders argued that he is the stronger candidate against the Republican "
         "front-runner, pointing to national polls that show him ahead by double digits.\n\n"
         "Clinton's campaign said her lead among pledged delegates remained all but insurmountable.")
FIRST_SENTENCE = "Bernie Sanders prevailed in Wisconsin's Democratic primary on Tuesday"


def article(text: str):
    return to_article(Document(source="t.txt", kind="text", content=text))


@pytest.mark.parametrize("headline", [
    "Sanders says he's riding momentum;",  # a deck follows on the next line
    "Can Clinton still lose the nomination?",
    "Sanders Wins Wisconsin Primary Over Clinton",  # a headline with no quote in it is read too
])
def test_a_title_on_the_first_line_is_the_title_and_the_texts_first_paragraph(headline):
    a = article(f"{headline}\n\nTakes Wisconsin, but Clinton still has the math.\n\n{STORY}")
    assert a.title == headline
    assert a.text.startswith(headline + "\n\n")
    assert a.text.count(headline) == 1


def test_a_headline_written_as_a_sentence_above_a_wire_story_is_kept():
    headline = "Mourners say the ceasefire came too late for Hodeidah."
    a = article(f"{headline}\n\nHODEIDAH, Yemen (AP) — {STORY}")
    assert a.text.startswith(headline + "\n\n")


@pytest.mark.parametrize("first_line", [
    "By Jane Doe and Omar Haddad",  # byline
    "Published: 6 April 2016, 23:05 GMT",  # date line
    "This story is from April 6, 2016",  # archive stamp
    "THE BALTIC SENTINEL",  # masthead
])
def test_a_byline_stamp_or_masthead_on_the_first_line_stays_out_of_the_text(first_line):
    a = article(f"{first_line}\n\n{STORY}")
    assert a.text.startswith(FIRST_SENTENCE)
    assert first_line not in a.text


def test_a_headline_repeated_as_the_storys_first_sentence_is_read_once():
    headline = "Sanders prevails in Wisconsin primary"
    lede = f"{headline}, extending his streak over Clinton to six of seven contests, his campaign said on Tuesday."
    a = article(f"{headline}\n\n{lede}\n\n{STORY}")
    assert a.title == headline
    assert a.text.startswith(lede)
    assert a.text.count(headline) == 1


def test_a_headline_above_a_date_line_stays_the_title_only():
    # headline, stamp, story: a page's header, which the title and date are read from (not a feed's headline)
    a = article(f"Talks resume in Doha\n\nPublished: 12 August 2025, 14:05 GMT\n\n{STORY}")
    assert a.title == "Talks resume in Doha"
    assert a.text.startswith(FIRST_SENTENCE)


@pytest.mark.parametrize("line, expected", [
    ("Sanders says he's riding momentum;", True),
    ("Trump tells 3,000 in Reno the NFL has gone soft.", True),
    ("Talks resume in Doha", True),
    ("By Jane Doe", False),
    ("Published: 6 April 2016", False),
    ("THE BALTIC SENTINEL", False),
    ("Subscribe to our newsletter.", False),
    ("Obama Claims Hillary Most Qualified Candidate Ever, But ….", False),  # ends as a sentence cut off
])
def test_opens_with_headline(line, expected):
    assert opens_with_headline(line) is expected


def test_the_quote_in_an_opening_headline_is_extracted_once(pipeline):
    a = article(f"Sanders says he's riding momentum;\n\nTakes Wisconsin, but Clinton still has the math.\n\n{STORY}")
    quotes = pipeline.process(a).quotes
    from_headline = [q for q in quotes if q.text == "he's riding momentum"]
    assert len(from_headline) == 1 and from_headline[0].speaker.endswith("Sanders")


def test_a_station_and_time_stamp_line_found_as_the_title_stays_out_of_the_text():
    stamp = "CTV Saskatoon Published Saturday, March 31, 2018 1:19PM CST"
    a = article(f"{stamp}\n\n{STORY}")
    assert stamp not in a.text


LEAVE_STORY = ("Donald Trump's new proposal for paid maternity leave is vague about who would be eligible, according to a "
               "document on the campaign's website.\n\nThe campaign did not respond to questions on Tuesday.")


def test_the_deck_under_a_headline_with_no_source_is_read_as_a_headline(pipeline):
    a = article("Mixed messages on Trump leave plan.\n\n"
                f"Language unclear on whether single mothers are covered, experts say.\n\n{LEAVE_STORY}")
    assert a.text.startswith("Mixed messages on Trump leave plan.\n\n")
    quotes = [(q.speaker, q.text) for q in pipeline.process(a).quotes]
    assert ("experts", "Language unclear on whether single mothers are covered") in quotes


def test_a_headline_with_its_own_source_gives_its_quote_and_the_deck_is_read_as_before(pipeline):
    from frontwire.models import Article

    text = "Cruz says he will back Trump;\n\nSenator From Texas Says He Cannot Allow Clinton To Win\n\n" + LEAVE_STORY
    quotes = [(q.speaker, q.text) for q in pipeline.process(Article(source="t.txt", text=text)).quotes]
    assert quotes[:2] == [("Cruz", "he will back Trump"), ("Senator", "He Cannot Allow Clinton To Win")]
