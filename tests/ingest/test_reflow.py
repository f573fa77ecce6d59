"""Rejoining hard-wrapped text and unstacking side-by-side columns, as a text browser dumps a page."""
from __future__ import annotations

import textwrap

from frontwire.ingest.boilerplate import clean_text
from frontwire.ingest.reflow import reflow, split_columns

PARAGRAPHS = [
    "Three cargo ships loaded with wheat left the port of Vestrand under naval escort on Wednesday, the first "
    "convoy to pass through the strait since the blockade began in April, the defence ministry said.",
    "The ships were accompanied by two frigates and a minesweeper, and a patrol aircraft circled overhead for "
    "most of the six-hour passage, according to a statement from the navy.",
    "Insurers had refused to cover vessels in the strait since a tanker was damaged by a drifting mine in May, "
    "leaving more than forty ships stranded in port with their cargo.",
]
MENU = "  * Home\n  * World\n  * Politics\n  * Business"


def dump(width: int = 80) -> str:
    wrapped = ["\n".join(textwrap.wrap(p, width)) for p in PARAGRAPHS]
    return MENU + "\n\nNavy escorts first grain convoy\n\n" + "\n\n".join(wrapped) + "\n\n" + MENU


def test_wrapped_paragraphs_are_rejoined_and_short_lines_kept():
    lines = reflow(dump()).split("\n")
    for paragraph in PARAGRAPHS:
        assert paragraph in lines
    assert "  * World" in lines and "Navy escorts first grain convoy" in lines


def test_other_widths_are_found_too():
    assert PARAGRAPHS[0] in reflow(dump(width=64)).split("\n")


def test_text_with_long_lines_is_left_alone():
    copy = "\n\n".join(PARAGRAPHS) + "\nWorld\nPolitics"
    assert reflow(copy) == copy


def test_a_wrapped_dump_keeps_its_whole_article():
    body = "\n".join(clean_text(dump()).body)
    for paragraph in PARAGRAPHS:
        assert paragraph in body


def test_a_sidebar_beside_the_story_is_put_before_it():
    story = textwrap.wrap(" ".join(PARAGRAPHS), 50)
    sidebar = ["Most read", "* Storm cuts power", "* Parliament votes", "", "Poll", "( ) Yes", "( ) No"]
    sidebar += [""] * (len(story) - len(sidebar))
    page = "\n".join(f"{left:<24}  {right}".rstrip() for left, right in zip(sidebar, story))
    unstacked = split_columns(page).split("\n")
    assert unstacked[: len(sidebar)] == [s.rstrip() for s in sidebar]
    assert " ".join(reflow("\n".join(unstacked)).split()).endswith(" ".join(PARAGRAPHS))
