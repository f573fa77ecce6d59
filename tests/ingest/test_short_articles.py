"""A document with prose left is an article: one paragraph, lower case, or odd first characters.

The examples are written in the styles that were rejected before (Times of India archive
articles in lower case, one-paragraph wire briefs, a `.txt` starting with a brace).
"""
from __future__ import annotations

import pytest

from frontwire.errors import BadDocument
from frontwire.ingest import read_documents, to_article
from frontwire.models import Document

LOWER_CASE_ARCHIVE = (
    "This story is from March 17, 2002\n\n"
    "vadodara: curfew was relaxed for six hours in the walled city on sunday after three days of clashes "
    "in which at least eleven people were killed, police said. what would a visitor make of us? that we burn "
    "our own buses, that our neighbours are our enemies, that we wait for the army to tell us when to open "
    "our shops. the district collector told reporters that army columns would stay in the sensitive areas "
    "until the situation returned to normal. shops reopened in the old market but most were shut again by "
    "the afternoon as rumours of fresh violence spread, and several hundred families remained in relief "
    "camps set up in schools on the outskirts of the city."
)
ONE_PARAGRAPH_BRIEF = (
    "ALBUQUERQUE, N.M. (AP) - Two state senators have joined environmental groups in calling for the "
    "resignation of the head of the regional water authority, saying the agency failed to warn residents "
    "about contamination near the air base. The authority said it would respond on Monday. Copyright 2018 "
    "The Associated Press. All rights reserved."
)
OBITUARY = (
    "Joyce Harlan, an award-winning reporter who began her career at the Augusta Herald, died March 19. "
    "She was 62. Colleagues said she was a reporter who never missed a deadline and was the editor every "
    "young writer wanted, and her stories on the mill closures of the 1980s were read aloud at the city "
    "council. She is survived by a brother and two nieces."
)


@pytest.mark.parametrize("text,expected", [
    (LOWER_CASE_ARCHIVE, "curfew was relaxed for six hours"),  # a column that speaks of "us" and "our"
    (ONE_PARAGRAPH_BRIEF, "Two state senators have joined"),
    (OBITUARY, "award-winning reporter"),
])
def test_single_paragraph_and_lower_case_articles_are_kept_whole(text, expected):
    article = to_article(Document("brief.txt", text, "text"))
    assert expected in article.text
    assert article.text.split()[-1] == text.split()[-1]  # nothing cut from the end


def test_a_lone_short_sentence_is_an_article_with_warnings_not_a_rejection():
    article = to_article(Document("note.txt", "troops withdrew from the border villages on friday, officials said", "text"))
    assert "troops withdrew" in article.text
    assert any("language" in w for w in article.warnings)  # too short to tell its language


def test_a_one_line_record_of_five_words_is_an_article():
    # a coded record or a wire line ("Poland expelled 45 Russian diplomats."), not a menu: it ends as a sentence
    article = to_article(Document("record.txt", "Poland expelled 45 Russian diplomats.\n", "text"))
    assert article.text == "Poland expelled 45 Russian diplomats."


def test_a_two_word_line_is_still_refused():
    with pytest.raises(BadDocument):
        to_article(Document("button.txt", "Subscribe now.\n", "text"))


def test_menus_alone_are_still_refused():
    with pytest.raises(BadDocument, match="no article text"):
        to_article(Document("menu.txt", "Home\nWorld\nSport\n\nLog in", "text"))


def test_a_txt_file_starting_with_a_brace_is_text(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("{Editor's note: this article was updated on Tuesday.}\n\n" + ONE_PARAGRAPH_BRIEF, encoding="utf-8")
    [document] = list(read_documents([str(path)]))
    assert document.kind == "text"
    assert "Two state senators" in to_article(document).text


def test_json_lines_without_a_suffix_are_still_sniffed(tmp_path):
    path = tmp_path / "records"
    path.write_text('{"text": "%s"}\n' % ONE_PARAGRAPH_BRIEF, encoding="utf-8")
    [document] = list(read_documents([str(path)]))
    assert document.source.endswith("#1")


def test_an_archive_stamp_gives_the_date_and_is_neither_title_nor_text():
    article = to_article(Document("toi.txt", LOWER_CASE_ARCHIVE, "text"))
    assert article.published.isoformat() == "2002-03-17"
    assert article.title is None and article.text.startswith("vadodara: curfew was relaxed")
