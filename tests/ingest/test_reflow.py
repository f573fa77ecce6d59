"""Rejoining hard-wrapped text and unstacking side-by-side columns, as a text browser dumps a page."""
from __future__ import annotations

import textwrap

import pytest

from frontwire.ingest.boilerplate import clean_text
from frontwire.ingest.reflow import reflow, split_columns, unbox

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


def test_centred_paragraphs_are_rejoined():
    # A text browser centres each wrapped line of a centred paragraph, so its indents differ.
    wrapped = "\n".join(line.center(80).rstrip() for line in textwrap.wrap(PARAGRAPHS[0], 80))
    page = MENU + "\n\n" + "Navy escorts first grain convoy".center(80).rstrip() + "\n\n" + wrapped
    lines = [line.strip() for line in reflow(page).split("\n")]
    assert PARAGRAPHS[0] in lines and "Navy escorts first grain convoy" in lines


def test_a_narrow_story_among_wide_chrome_is_rejoined():
    # Too few lines reach the page's widest edge for the page to look wrapped, yet each paragraph
    # of the narrow story shows its own.
    menu = ["Home", "World", "Politics", "Business", "Science", "Health", "Books", "Music", "Film", "Games"] * 6
    footer = [f"{name} | Weather | Markets | Opinion | Sport | Culture | Travel | Jobs | Contact us" for name in menu[:8]]
    story = "\n\n".join("\n".join(textwrap.wrap(p, 45)) for p in PARAGRAPHS)
    lines = reflow("\n".join(menu) + "\n\n" + story + "\n\n" + "\n".join(footer)).split("\n")
    for paragraph in PARAGRAPHS:
        assert paragraph in lines


def test_a_page_that_shows_no_wrap_keeps_a_stack_of_headlines_apart():
    # Headlines of like length look like a wrapped paragraph of three lines, but none goes on in
    # lower case; on a page where nothing else shows a wrap they are not joined.
    menu = ["Home", "World", "Politics", "Business", "Science", "Health", "Books", "Music", "Film", "Games"] * 4
    headlines = ["Storm cuts power to thousands along the northern coast", "Parliament votes to extend the state of emergency",
                 "Ferry strike ends after talks between unions and owners"]
    lines = reflow("\n".join(menu + [""] + headlines + ["", "Contact us"])).split("\n")
    assert all(headline in lines for headline in headlines)


def test_three_lines_at_an_edge_are_no_column_however_far_the_others_are_padded():
    # Six lines hold text at column 30, but in two stretches of three; lines of the left side
    # padded with spaces past the edge have no text there and do not make either stretch a column.
    stretch = [f"{'Menu item':<30}Story text {i} goes on here" for i in range(3)] + [f"{'Left only':<60}"] * 4
    crossing = "A long line that runs straight across where the column edge would be"
    page = "\n".join(stretch + [crossing] + stretch)
    assert split_columns(page) == page


def test_three_columns_are_unstacked_one_edge_after_the_other():
    story = textwrap.wrap(" ".join(PARAGRAPHS), 40)
    left = ["Home", "World", "Politics", "Business", "Sport", "Weather"] + [""] * (len(story) - 6)
    right = ["Most read", "Storm cuts power", "Parliament votes", "Ferry strike ends", "Grain prices",
             "Rail works"] + [""] * (len(story) - 6)
    page = "\n".join(f"{a:<20}  {b:<40}    {c}".rstrip() for a, b, c in zip(left, story, right))
    unstacked = split_columns(page)
    assert " ".join(reflow(unstacked).split()).count(" ".join(PARAGRAPHS)) == 1
    assert "Most read" in [line.strip() for line in unstacked.split("\n")]


def test_a_left_column_item_one_space_from_the_story_stays_in_its_column():
    # w3m pads a column to its widest cell, so an item as wide as the column ("Science & Transport")
    # meets the story's text with one space only; the story's lines must not be left behind there.
    story = textwrap.wrap(" ".join(PARAGRAPHS), 40)
    left = ["Home", "World news", "Politics", "Science & Transport", "Business", "Lifestyle & Leisure", "Sport",
            "Weather"] + [""] * (len(story) - 8)
    page = "\n".join(f"{a:<19} {b}".rstrip() for a, b in zip(left, story))
    unstacked = split_columns(page)
    assert " ".join(reflow(unstacked).split()).count(" ".join(PARAGRAPHS)) == 1
    assert "Science & Transport" in [line.strip() for line in unstacked.split("\n")]


def test_a_line_of_prose_with_a_space_at_a_column_edge_is_not_split():
    # Lines that meet a column edge with one space are taken into the column only between lines that
    # show the edge: not a full-width line of prose set apart by blank lines, and not an image
    # placeholder with its caption beside it.
    stretch = [f"{'Menu item ' + str(i):<20}Story text {i} goes on here" for i in range(6)]
    prose = "The frigates sailed at dawn and reached the port by the evening tide"  # a space at column 19
    pictured = "[photo_12345678901] Navy escorts the first grain convoy out of Vestrand"
    assert prose[19] == pictured[19] == " " and prose[18] != " " != prose[20]
    unstacked = split_columns("\n".join(stretch + ["", prose, ""] + stretch[:3] + [pictured] + stretch[3:]))
    assert prose in unstacked.split("\n") and pictured in unstacked.split("\n")


def test_a_note_under_a_table_that_has_a_space_at_its_column_edge_is_not_split():
    # A line reaching further than the right-hand column does in its stretch spans both columns.
    rows = ["Province            Troops deployed", "Paktia              2,000", "Kandahar            1,400",
            "Kunar               650", "Nangarhar           900", "Khost               1,100", "Helmand             300"]
    note = "Numbers supplied by ministry officials; they exclude special forces units."
    assert note[19] == " " != note[20]
    assert note in split_columns("\n".join(rows + [note, "Source: ministry"])).split("\n")


STORY_ROWS = [f"{'Menu item ' + str(i):<20}Story text {i} runs on across the page to its far edge" for i in range(6)]
SPACED_PROSE = ["The frigates sailed at dawn and reached the port by the tide", "Insurers had stayed away since May",
                "Forty ships waiting in port for weeks"]  # each with a space at column 19


@pytest.mark.parametrize("middle", [
    SPACED_PROSE,  # more lines in a row than a left-hand column's full-width items
    ["Sport", SPACED_PROSE[1], "Weather"],  # between lines that do not show the edge
    ["                  * Related: talks resume in Geneva"],  # a bullet, not a left-hand item, before the gap
    ["[photo_12345678901] Navy escorts the first grain convoy"],  # an image placeholder and its caption
    [SPACED_PROSE[1], "Ships wait in the port of Vestrand for the strait to open"],  # above a line that does not fit
])
def test_lines_with_one_space_at_a_column_edge_that_are_not_a_left_hand_item_stay_whole(middle):
    assert any(len(line) > 20 and line[19] == " " != line[20] for line in middle)
    unstacked = split_columns("\n".join(STORY_ROWS + middle + STORY_ROWS)).split("\n")
    assert all(line in unstacked for line in middle)


def test_a_left_hand_item_one_space_from_the_edge_does_not_count_toward_a_column():
    # Below the column, five lines show its edge, one fewer than a column needs; a "tight" line only
    # goes along with them.
    stretch = STORY_ROWS[:3] + ["Lifestyle & Leisure Story text goes on"] + STORY_ROWS[3:5]
    page = "\n".join(STORY_ROWS + ["Ships wait in the port of Vestrand for the strait to open"] + stretch)
    assert split_columns(page).split("\n")[-len(stretch):] == stretch


def test_two_line_paragraphs_are_rejoined_on_a_page_of_menus():
    # A sports page dumped at 80 columns: so many menu lines that too few lines reach the edge for the
    # page to show its wrap width, and every paragraph of the story is two lines long. A pair of
    # headlines that fills the width too ends no sentence and stays two lines.
    menu = [f"  * {item}" for item in ("Home", "Scores", "Schedule", "Standings", "Teams", "Players", "Video",
                                         "Tickets", "Shop", "Fantasy", "Mobile", "Contact")] * 3
    story = ["PLYMOUTH, Mich. - Matt Mahalak made 36 saves to lead the Plymouth Whalers to a 4-1 victory over "
             "the Saginaw Spirit in Ontario Hockey League action Tuesday.",
             "The game was held in the afternoon because many area schools were closed for the general election on Tuesday.",
             "Ottawa Senators' prospect Stefan Noesen scored a pair of goals for the Whalers (9-5-3), including "
             "the game's first and last goals."]
    headlines = ["Whalers sign goaltender Matt Mahalak to a three-year entry-level contract with",
                 "Spirit trade veteran forward to Sarnia for two draft picks and a defenceman"]
    assert all(len(textwrap.wrap(p, 80)) == 2 for p in story)
    page = "\n".join(menu) + "\n\n" + "\n\n".join("\n".join(textwrap.wrap(p, 80)) for p in story) + "\n\n" + "\n".join(headlines)
    lines = reflow(page).split("\n")
    assert all(paragraph in lines for paragraph in story)
    assert lines[-2:] == headlines


MENU_PAGE = [f"  * {item}" for item in ("Home", "World", "Politics", "Business", "Science", "Health", "Sport", "Culture",
                                         "Opinion", "Video", "Weather", "Travel", "Style", "Food", "Jobs", "Contact")] * 3


@pytest.mark.parametrize("first, second", [
    ("Afghan and U.S. troops press assault on al Qaeda holdouts in eastern mountains",
     "Officials said fighting continued near Gardez."),  # a headline over its teaser
    ("Israeli troops kill two Palestinian gunmen in raid on refugee camp near Nablus",
     "NABLUS, March 10 - Israeli soldiers shot dead two gunmen on Sunday."),  # ... over a one-line lead
    ("Minister resigns over arms deal scandal that rocked the coalition government of", "Read more:"),
    ("Soldiers patrol the streets of Grozny after a bomb blast killed four policemen", "Photo: AP."),
    ("Troops tighten ring around mountain caves as snow halts the hunt for fighters in",
     "by Ahmed Rashid and Carlotta Gall"),  # ... over a byline, which ends no sentence
    ("Rebels reject government's latest offer as ceasefire talks stall in Colombia on",
     '"We will not lay down our arms," a commander said.'),
    ("province       killed   wounded   displaced   homes destroyed   schools shut down",
     "paktia         14       32        1,200       80                3."),  # a table's rows
])
def test_a_headline_over_a_one_line_sentence_is_not_joined_on_a_page_of_menus(first, second):
    story = textwrap.wrap(PARAGRAPHS[0], 78)
    page = "\n".join(MENU_PAGE + ["", *story, "", first, second, "", *textwrap.wrap(PARAGRAPHS[1], 78)])
    lines = reflow(page).split("\n")
    assert " ".join(story) in lines  # the page's wrapped paragraphs are rejoined
    assert [first, second] == lines[lines.index(first):lines.index(first) + 2]


@pytest.mark.parametrize("first, second", [
    ("The United Nations Security Council voted unanimously on Saturday to extend the",
     "mandate of its peacekeeping force in Sierra Leone for another six months."),
    ('"We will not negotiate with those who hold hostages in the jungle," the president', "said."),
])
def test_a_sentence_wrapped_onto_a_second_line_is_joined_on_a_page_of_menus(first, second):
    page = "\n".join(MENU_PAGE + ["", *textwrap.wrap(PARAGRAPHS[0], 78), "", first, second, ""])
    assert first + " " + second in reflow(page).split("\n")


def test_a_two_line_paragraph_of_a_narrow_column_is_not_joined_on_a_page_of_menus():
    # Too narrow for a story's column: a menu's or a caption's.
    pair = ["    Troops pressed on with the", "    assault on Sunday."]
    page = "\n".join(MENU_PAGE + ["", *textwrap.wrap(PARAGRAPHS[0], 78), "", *pair, ""])
    assert pair[0] in reflow(page).split("\n")


def test_a_browser_copy_joins_a_fixed_width_paragraph_but_not_a_stack_of_headlines():
    release = textwrap.wrap(PARAGRAPHS[0] + " " + PARAGRAPHS[1].lower(), 60)
    headlines = ["Storm cuts power to thousands along the northern coast", "Parliament votes to extend the state of emergency",
                 "Ferry strike ends after talks between unions and owners"]
    copy = "\n".join([PARAGRAPHS[2], ""] + headlines + [""] + release + ["", PARAGRAPHS[2]])
    lines = reflow(copy).split("\n")
    assert PARAGRAPHS[0] + " " + PARAGRAPHS[1].lower() in lines
    assert all(headline in lines for headline in headlines)


def test_a_story_in_a_column_narrower_than_forty_characters_is_rejoined():
    # A 2008 page set its story in a table cell 20 characters wide; the width test alone would
    # join one-word menu items too, so those (capitalised, no sentence running on) stay apart.
    menu = "\n".join(["Home", "World", "Politics", "Business", "Science", "Health"])
    story = "\n\n".join("\n".join(textwrap.wrap(p, 20)) for p in PARAGRAPHS)
    lines = reflow(menu + "\n\n" + story).split("\n")
    for paragraph in PARAGRAPHS:
        assert paragraph in lines
    assert lines[:6] == menu.split("\n")


def test_a_lower_case_tag_list_in_a_narrow_column_is_not_joined():
    # One tag a line, most in lower case and each too long to share a line with the next: it passes
    # the width and case tests of a narrow paragraph, but no sentence ends in it.
    story = "\n\n".join("\n".join(textwrap.wrap(p, 72)) for p in PARAGRAPHS)
    tags = ["drone strikes", "missile attack", "air defence", "energy grid", "blackouts", "kharkiv region",
            "winter war", "russian army"]
    lines = reflow(split_columns(story + "\n\nTags\n\n" + "\n".join(tags))).split("\n")
    assert lines[-len(tags):] == tags


def boxed_page() -> str:
    """A story in a bordered table cell, with a sidebar beside the box, as w3m dumps it."""
    menu = "Home  |  World  |  Politics  |  Business\nHome  |  Sport  |  Science   |  Weather"
    story = ["Navy escorts first grain convoy", "-"]
    for paragraph in PARAGRAPHS:
        story += textwrap.wrap(paragraph, 58) + [""]
    sidebar = ["Most read", "* Storm cuts power", "* Parliament votes", "* Port reopens", "* Rail strike ends",
               "* Floods in the south", "* Budget passed", "* Cup final tonight"]
    rows = []
    for i, line in enumerate(story):
        cell = "|" + "-" * 60 + "|" if line == "-" else f"| {line:<58} |"
        rows.append(f"{cell}      {sidebar[i] if i < len(sidebar) else ''}".rstrip())
    rule = "+" + "-" * 60 + "+"
    return menu + "\n\n" + "\n".join([rule] + rows + [rule])


def test_a_story_in_a_bordered_table_loses_the_borders_and_is_rejoined():
    unboxed = unbox(boxed_page())
    assert "|" not in unboxed.split("\n", 2)[2] and "+---" not in unboxed
    lines = [line.strip() for line in reflow(split_columns(unboxed)).split("\n")]
    for paragraph in PARAGRAPHS:
        assert paragraph in lines
    assert "Most read" in lines and "Navy escorts first grain convoy" in lines


def test_bars_between_menu_items_are_no_table_border():
    page = boxed_page()
    assert unbox(page).split("\n")[:2] == page.split("\n")[:2]
    menus = "\n".join(["World  |  Europe  |  Asia"] * 6)
    assert unbox(menus + "\n-----") == menus + "\n-----"


def test_a_bordered_table_of_figures_in_a_story_is_kept_or_dropped_whole():
    # A table of names and figures has no prose in its cells: unboxed, its rows would split at the
    # gaps into one-word pieces, the header line kept and every figure lost.
    table = """+-----------+--------+---------+
| District  | Killed | Wounded |
+-----------+--------+---------+
| Kharkiv   | 12     | 30      |
| Donetsk   | 41     | 88      |
| Luhansk   | 4      | 9       |
| Total     | 57     | 127     |
+-----------+--------+---------+"""
    assert unbox(table) == table
    story = ["\n".join(textwrap.wrap(p, 72)) for p in PARAGRAPHS]
    page = "Home\nWorld\nPolitics\n\n" + "\n\n".join(story[:2] + [table] + story[2:]) + "\n\nShare this article"
    body = "\n".join(clean_text(page).body)
    assert PARAGRAPHS[0] in body and PARAGRAPHS[1] in body
    figures = ["Kharkiv", "Donetsk", "Luhansk", "Total", "127"]
    assert "District" not in body and not any(f in body for f in figures) or all(f in body for f in ["District"] + figures)
