"""The chrome cues of frontwire.ingest.cues and the block score's reader address: their fast forms
find what the plain patterns find."""
from __future__ import annotations

import re

import pytest

from frontwire.ingest.boilerplate import Block, score_block
from frontwire.ingest.cues import (
    CALL_TO_ACTION, CALL_TO_ACTION_COUNT, CHROME_CUE_COUNT, CHROME_CUES, CREDIT_INSIDE, CREDIT_LINE, READER_ADDRESS,
    READER_ADDRESS_COUNT, FoldedCue, is_credit,
)

LINES = [
    "SUBSCRIBE to our Newsletter and Sign Up for the Morning Briefing. Sign up HERE.",
    "Support Independent Journalism: Donate now. Your support makes a difference.",
    "Tags: Ukraine, Russia, Drones",
    "Reuters is the world's largest multimedia news agency. All Rights Reserved © 2025",
    "Officials said the strike on Kharkiv killed two people and wounded eleven others.",
    # Not ASCII: the pattern itself is used (the typographic apostrophe, the dotted capital I).
    "İnbox: Subscribe to the Kyiv Independent’s newsletter — we will keep you posted.",
    "\"We will not surrender,\" the commander said; our readers can follow us on Telegram.",
]


@pytest.mark.parametrize("cue, pattern", [(CHROME_CUE_COUNT, CHROME_CUES), (CALL_TO_ACTION_COUNT, CALL_TO_ACTION),
                                          (READER_ADDRESS_COUNT, READER_ADDRESS)])
def test_folded_cues_count_what_their_patterns_find(cue, pattern):
    counts = [cue.count(line) for line in LINES]
    assert counts == [len(pattern.findall(line)) for line in LINES]
    assert any(counts)  # the lines do hold these cues


def test_a_folded_cue_refuses_a_pattern_that_lower_casing_would_change():
    with pytest.raises(ValueError):
        FoldedCue(re.compile(r"\bReuters\b", re.IGNORECASE))  # an upper-case letter
    with pytest.raises(ValueError):
        FoldedCue(re.compile(r"\bphoto:\S", re.IGNORECASE))  # \S would become \s
    with pytest.raises(ValueError):
        FoldedCue(re.compile(r"\bphoto\b"))  # not case-insensitive


@pytest.mark.parametrize("line, credit", [
    ("president.gov.ua", True),
    ("Photo: AP", True),
    ("Reuters/Gleb Garanich", True),
    ("A satellite image shows the damaged bridge", True),
    ("Rescuers at the site of the strike (AP Photo/Efrem Lukatsky)", True),
    ("Firefighters work at the site on Tuesday. Photo: State Emergency Service", True),
    ("The ministry announced it on Tuesday.Credit...Reuters", True),
    ("Officials said the strike killed two people.", False),
    ("He read the statement on president.gov.ua on Monday.", False),  # a site named inside a sentence
    ("Asked about the photo: he declined to comment", False),  # "photo:" not at the start
])
def test_credits_are_found_at_the_start_of_the_line_or_glued_on_after_a_sentence(line, credit):
    assert is_credit(line) is credit
    # The two patterns together find what one search over both would.
    both = re.compile(f"{CREDIT_LINE.pattern}|{CREDIT_INSIDE.pattern}", re.IGNORECASE)
    assert bool(both.search(line)) is credit


def test_reader_address_counts_words_outside_quoted_speech():
    quoted = Block(text="\"We will hold the line, and we will not leave our city,\" the commander told reporters.", index=0)
    appeal = Block(text="We rely on readers like you: support our independent reporting from Ukraine today.", index=0)
    plain = Block(text="The commander told reporters the line would hold through the winter months.", index=0)
    for block in (quoted, appeal, plain):
        score_block(block, 1, None)
    assert quoted.address == 0.0
    assert plain.address == 0.0
    assert appeal.address == pytest.approx(3 / 13)  # we, you, our of 13 words


@pytest.mark.parametrize("header", ["Related Posts", "Related posts:", "RELATED INTERNET LINKS:", "Recent Related Entries",
                                    "Related Videos", "Related stories"])
def test_headers_of_related_link_lists_are_list_headers(header):
    from frontwire.ingest.cues import LIST_HEADER

    assert LIST_HEADER.match(header)


@pytest.mark.parametrize("line", ["Related deaths were reported in two provinces.", "Related to the case", "Related"])
def test_a_sentence_or_phrase_starting_with_related_is_no_list_header_unless_it_is_the_word_alone(line):
    from frontwire.ingest.cues import LIST_HEADER

    assert bool(LIST_HEADER.match(line)) == (line == "Related")
