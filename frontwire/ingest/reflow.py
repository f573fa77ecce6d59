"""Rejoining hard-wrapped lines (a text browser's dump, an e-mail, a wire feed) into paragraphs.

The block classifier judges lines; an 80-column dump cuts every paragraph into lines of a
dozen words, each of which then looks like a menu item or a fragment. Text wrapped by a
greedy line breaker leaves a precise trace: a line was broken only because the next word
would not fit, so a line continues onto the next one exactly when the two together, with a
space, would be wider than the wrap width. That test joins paragraphs and leaves headlines,
menu items and short list lines alone, with no guess about what the text says.
"""
from __future__ import annotations

import re
from collections import Counter

from frontwire.ingest.cues import SENTENCE_END, SENTENCE_INSIDE

MAX_WRAP_WIDTH = 100  # wider "wrapping" is just long lines
MIN_WRAP_WIDTH = 40
# A story set in a narrow column (a table cell of a 2008 page) wraps at 15-35 characters, where
# the width test alone would join a stack of one-word menu items as readily as a paragraph.
MIN_NARROW_WIDTH = 12
NARROW_LOWER_SHARE = 0.5  # share of a narrow run's lines after the first that go on in lower case
MIN_FULL_LINES = 0.2  # share of lines that reach near the width in a wrapped text
MIN_FULL_COUNT = 4
WIDTH_QUANTILE = 0.95
# A wrapped text has no long lines, except where a text browser sets columns side by side
# (separated by runs of spaces); a browser copy has one line per paragraph. On the dev pages
# at most 6 % of a dump's lines are long, and at least 0.8 % of a copy's.
MAX_UNWRAPPED = 0.025
COLUMN_GAP = "   "
NEAR_FULL = 12  # a line within this many characters of the width counts as full
MIN_COPY_RUN = 4  # lines of a wrapped paragraph in a browser copy (stacks of three headlines abound)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def is_copy(lines: list[str]) -> bool:
    """Paragraphs on one line each (a browser copy): the text as a whole was not wrapped."""
    texts = [line.strip() for line in lines if line.strip()]
    unwrapped = sum(1 for t in texts if len(t) > MAX_WRAP_WIDTH and COLUMN_GAP not in t)
    return unwrapped > MAX_UNWRAPPED * len(texts)


def wrap_widths(lines: list[str]) -> dict[int, int] | None:
    """The column each indentation level was wrapped at, or None when too few lines reach an edge.

    A text browser lays a page out in columns (a sidebar beside the story), each wrapped at
    its own right edge; lines of one indentation belong to one column.
    """
    widths = indent_widths(lines)
    lengths = [(len(line.rstrip()), _indent(line)) for line in lines if line.strip()]
    full = sum(1 for n, indent in lengths if n <= MAX_WRAP_WIDTH and n >= widths[indent] - NEAR_FULL
               and widths[indent] >= MIN_WRAP_WIDTH)
    if full < MIN_FULL_COUNT or full < MIN_FULL_LINES * len(lengths):
        return None
    return widths


def indent_widths(lines: list[str]) -> dict[int, int]:
    """The column the lines of each indentation level reach (not the longest line: a table row or a
    long link may stick out past the wrap column)."""
    by_indent: dict[int, list[int]] = {}
    for line in lines:
        length = len(line.rstrip())
        if line.strip() and length <= MAX_WRAP_WIDTH:
            by_indent.setdefault(_indent(line), []).append(length)
    return {indent: sorted(ns)[int(WIDTH_QUANTILE * (len(ns) - 1))] for indent, ns in by_indent.items()}


def continues(line: str, following: str, widths: dict[int, int], min_width: int = MIN_WRAP_WIDTH) -> bool:
    """Whether `line` was broken only because the first word of `following` did not fit
    (in a column at least `min_width` wide)."""
    stripped = following.strip()
    if not stripped or not line.strip():
        return False
    if stripped[:2] in ("* ", "• ", "- ", "o ", "+ ") or stripped[:1] == "[":
        return False  # a new list item or an image placeholder starts a new block
    if _indent(line) != _indent(following):
        return _centred_continues(line, following)
    width = widths.get(_indent(line), 0)
    if width < min_width or len(line.rstrip()) > MAX_WRAP_WIDTH:
        return False
    return len(line.rstrip()) + 1 + len(stripped.split()[0]) > width


def _centred_continues(line: str, following: str) -> bool:
    """Whether two lines of a centred paragraph (each set in the middle of the column, so their
    indents differ) were broken only because the first word of `following` did not fit. A centred
    line of n characters at indent i fills a column of 2i + n (give or take the rounding)."""
    spans = [(_indent(x), len(x.strip())) for x in (line, following)]
    centres = [2 * indent + n for indent, n in spans]
    if abs(centres[0] - centres[1]) > 1:
        return False
    width = max(centres) + 1
    return width >= MIN_WRAP_WIDTH and spans[0][1] + 1 + len(following.split()[0]) > width


def reflow(text: str) -> str:
    """`text` with wrapped paragraphs joined onto one line each; lines that were not wrapped stay."""
    lines = text.split("\n")
    # Where too few lines reach the page's edges (the story is a narrow column among wider chrome),
    # or the page is a browser copy with one line a paragraph, a paragraph is still joined where its
    # own lines show the wrap (a press release set in fixed-width type) - on such a page only if
    # they also break a sentence, since stacks of headlines of like length are common there.
    copy = is_copy(lines)
    page_widths = None if copy else wrap_widths(lines)
    widths = page_widths or {}
    out: list[str] = []
    joining = False
    group_width = _group_widths(lines, mid_sentence=page_widths is None, copy=copy)
    for i, line in enumerate(lines):
        if joining:
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line.rstrip())
        local = dict(widths)
        min_width = MIN_WRAP_WIDTH
        if group_width[i]:
            local[_indent(line)] = min(widths.get(_indent(line), group_width[i]), group_width[i])
            min_width = min(MIN_WRAP_WIDTH, group_width[i])
        joining = i + 1 < len(lines) and continues(line, lines[i + 1], local, min_width)
    return "\n".join(out)


def _group_widths(lines: list[str], mid_sentence: bool = False, copy: bool = False) -> list[int]:
    """For each line, the width of its paragraph (a run of non-blank lines at one indent) when
    the run looks wrapped - most of its lines but the last end near one right edge - else 0.
    A column narrower than the widest at its indent is wrapped at its own edge. With
    `mid_sentence` (a page that as a whole shows no wrap, where a stack of headlines of like
    length is common), the run must also break a sentence: one of its lines goes on in lower
    case. In a `copy`, where a wrapped paragraph is rare, it must also be longer."""
    out = [0] * len(lines)
    edges = indent_widths(lines) if mid_sentence and not copy else {}
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].strip() and _indent(lines[j]) == _indent(lines[i]):
            j += 1
        if j - i >= 3:
            lengths = [len(line.rstrip()) for line in lines[i:j]]
            width = max(lengths[:-1])
            full = sum(n >= width - NEAR_FULL for n in lengths[:-1])
            if width >= MIN_WRAP_WIDTH and full >= 0.6 * (j - i - 1) and (not mid_sentence or (
                    (not copy or j - i >= MIN_COPY_RUN) and any(line.lstrip()[:1].islower() for line in lines[i + 1:j]))):
                out[i:j] = [width] * (j - i)
            elif MIN_NARROW_WIDTH <= width < MIN_WRAP_WIDTH and not copy and _narrow_prose(lines[i:j], width):
                out[i:j] = [width] * (j - i)
        elif j - i == 2 and mid_sentence and not copy and _wrapped_pair(lines[i], lines[i + 1], edges):
            out[i:j] = [edges[_indent(lines[i])]] * 2
        i = max(j, i + 1)
    return out


def _wrapped_pair(line: str, following: str, edges: dict[int, int]) -> bool:
    """Whether a paragraph of two lines, on a page too full of menus and headlines to show its wrap
    width as a whole, is one sentence or more broken at the edge its indentation level reaches: the
    first line was broken there only because the next word did not fit, and the sentence runs on
    past it, in lower case, to end on the second. A stack of two headlines ends no sentence; a
    headline over a one-line lead, teaser or credit ("Photo: AP.") ends one on the second line, but
    that line opens in upper case; a table's rows hold a column gap."""
    first_letter = next((char for char in following if char.isalpha()), "")
    return bool(SENTENCE_END.search(following.rstrip())) and not first_letter.isupper() \
        and COLUMN_GAP not in line.strip() and COLUMN_GAP not in following.strip() \
        and continues(line, following, edges)


def _narrow_prose(run: list[str], width: int) -> bool:
    """Whether a run of lines narrower than MIN_WRAP_WIDTH is a wrapped paragraph: every line but
    the last broke only because the next word did not fit, most go on in lower case (a sentence
    running on), which a stack of menu items or headlines does not, and a sentence ends in it,
    which a lower-case tag list ("drone strikes", "air defence", "winter war") does not."""
    widths = {_indent(run[0]): width}
    greedy = all(continues(a, b, widths, MIN_NARROW_WIDTH) for a, b in zip(run, run[1:]))
    lower = sum(line.lstrip()[:1].islower() for line in run[1:])
    ended = any(SENTENCE_END.search(line.rstrip()) or SENTENCE_INSIDE.search(line) for line in run)
    return greedy and ended and lower >= NARROW_LOWER_SHARE * (len(run) - 1)


# -- table borders ---------------------------------------------------------------------------

MIN_BORDER_LINES = 4  # lines with a bar at one column for it to be a table's side
BORDER_RULE = re.compile(r"[+|]-{3,}(?=[+|])")  # a rule between rows: "+-----+", "|-----|"
BORDER_MARK = re.compile(r"[+|]")
PROSE_CELL_CHARS = 40  # a line of a cell this long is a wrapped paragraph, not a name or a figure


def unbox(text: str) -> str:
    """A text browser's bordered table without its borders: the bars down each column (a bar at the
    same place on MIN_BORDER_LINES lines or more, meeting a "+----+" rule) and the rules between rows
    become spaces. Left in, "| " opens every line of the story, so no paragraph looks wrapped, and
    the bar between the story and a sidebar hides the run of spaces that shows the column edge.
    A box with no prose in it (a table of figures) keeps its borders: unboxed, its rows would split
    into columns of one-word pieces, its header kept as a line and its figures lost."""
    if "|" not in text or "--" not in text:  # most pages: no bordered table
        return text
    lines = text.split("\n")
    sides: dict[int, list[int]] = {}  # line -> columns of its bars to blank
    runs: dict[int, tuple[int, bool]] = {}  # column -> (first line of the run of bars, meets a rule)

    def close(column: int, end: int) -> None:
        start, ruled = runs.pop(column)
        if ruled and end - start >= MIN_BORDER_LINES:
            for i in range(start, end):
                sides.setdefault(i, []).append(column)

    for i, line in enumerate(lines + [""]):
        here = {m.start(): "-" in line[max(0, m.start() - 1):m.start() + 2] for m in BORDER_MARK.finditer(line)}
        for column in [c for c in runs if c not in here]:
            close(column, i)
        for column, ruled in here.items():
            start, was_ruled = runs.get(column, (i, False))
            runs[column] = (start, was_ruled or ruled)
    for box in _boxes(sides):
        if not any(_prose_cell(lines[i], sides[i]) for i in box):
            for i in box:
                del sides[i]
    for i, columns in sides.items():
        chars = list(BORDER_RULE.sub(lambda m: " " * len(m.group()), lines[i]))
        for column in columns:
            chars[column] = " "
        lines[i] = "".join(chars).rstrip()
    return "\n".join(lines)


def _boxes(sides: dict[int, list[int]]) -> list[list[int]]:
    """The runs of consecutive lines with borders: one box each."""
    boxes: list[list[int]] = []
    for i in sorted(sides):
        if boxes and boxes[-1][-1] == i - 1:
            boxes[-1].append(i)
        else:
            boxes.append([i])
    return boxes


def _prose_cell(line: str, columns: list[int]) -> bool:
    """Whether a cell of the line, between its borders, holds prose: a long run of text or words
    ending a sentence (a table's cells hold names and figures; a rule between rows holds dashes)."""
    edges = [-1, *sorted(columns), len(line)]
    cells = (line[a + 1:b].strip(" -=+") for a, b in zip(edges, edges[1:]))
    return any(len(cell) >= PROSE_CELL_CHARS or len(cell.split()) >= 3 and SENTENCE_END.search(cell) for cell in cells)


# -- columns side by side -------------------------------------------------------------------

GAP = re.compile(r"(?:^| {3,})(?=\S)")  # where a column starts: after 3+ spaces (or a line's indent)
MIN_COLUMN = 20  # a right-hand column starts at least this far in
MIN_COLUMN_LINES = 6  # lines that must show the same column edge for it to be a column
MAX_SPLITS = 6  # column edges split off one after the other
MAX_TIGHT_LINES = 2  # lines in a row that meet a column edge with one space only
MIN_TIGHT_ITEM = 3  # characters of the left-hand item such a line must end in (not a bullet's "*")
EDGE_KINDS = ("both", "right", "left")  # lines that respect a column edge with text on one side at least
RIGHT_TEXT_KINDS = ("both", "right")  # ... and with text on its right, which shows the edge


def _starts(line: str) -> set[int]:
    if COLUMN_GAP not in line:  # most lines: only the line's start, before MIN_COLUMN, could match
        return set()
    return {m.end() for m in GAP.finditer(line) if m.end() >= MIN_COLUMN}


def _fits(line: str, column: int) -> str | None:
    """How a line sits against a column edge: 'blank', text on 'both' sides, 'left' only, 'right'
    only, 'tight' (text on both sides with one space at the edge, see _fitting), or None."""
    if not line.strip():
        return "blank"
    if len(line) > column and line[column - 2:column] == "  " and line[column:].strip():
        # Two spaces suffice at a known edge; the column's own text may start further in (a
        # caption centred in it). Trailing spaces past the edge are no text of its own.
        return "right" if not line[:column].strip() else "both"
    if len(line.rstrip()) <= column - 2:
        return "left"
    if len(line) > column and line[column - 1] == " " and line[column] != " " and _tight_item(line[:column - 1]):
        return "tight"  # one space at the edge: see _fitting
    return None


def _tight_item(left: str) -> bool:
    """Whether the text left of a one-space gap can be a left-hand column's item: a few characters at
    least (not a bullet's "*"), and no image placeholder ("[photo_12]"), which its caption follows."""
    item = GAP.split(left)[-1]
    return len(item) >= MIN_TIGHT_ITEM and not item.endswith("]")


def _fitting(lines: list[str], column: int) -> list[str | None]:
    """_fits of every line, where a line meeting the edge with one space only ("tight": a left-hand
    item that fills its column up to the gap, "Medical & Pharmacy on hip hop") counts only between
    lines that show the edge plainly, with text on its right, right above and below it (at most
    MAX_TIGHT_LINES in a row), and only if it reaches no further than the right-hand column does in its
    stretch: a line of prose that happens to have a space there (a note under a table, a headline
    spanning both columns) is not split."""
    kinds = [_fits(line, column) for line in lines]
    reach = _column_reach(lines, kinds)
    i = 0
    while i < len(kinds):
        if kinds[i] != "tight":
            i += 1
            continue
        j = i
        while j < len(kinds) and kinds[j] == "tight":
            j += 1
        flanks = [kinds[i - 1] if i > 0 else None, kinds[j] if j < len(kinds) else None]
        shown = all(kind in EDGE_KINDS for kind in flanks) and any(kind in RIGHT_TEXT_KINDS for kind in flanks)
        within = all(len(lines[k].rstrip()) <= reach[k] for k in range(i, j))
        kinds[i:j] = ["tight" if shown and within and j - i <= MAX_TIGHT_LINES else None] * (j - i)
        i = j
    return kinds


def _column_reach(lines: list[str], kinds: list[str | None]) -> list[int]:
    """For each line, how far the right-hand column reaches in its stretch (the run of lines that fit
    the edge): the length of the stretch's longest line with text right of the edge."""
    reach = [0] * len(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and kinds[j] is not None:
            j += 1
        longest = max((len(lines[k].rstrip()) for k in range(i, j) if kinds[k] in RIGHT_TEXT_KINDS), default=0)
        reach[i:j] = [longest] * (j - i)
        i = j + 1
    return reach


def split_columns(text: str) -> str:
    """A text browser's table layout (a sidebar beside the story) as one column after the other.

    w3m renders table cells side by side, so each line holds a piece of the sidebar and a
    piece of the story. The edge where a right-hand column starts is the column (after a run
    of spaces) at which many lines continue; in the stretch of lines that respect that edge,
    the left parts are put first and the right parts after them.
    """
    lines = text.split("\n")
    # A page of three columns shows its second edge only once the first is split off (the
    # right-hand part then starts at the line's start), so edges are sought again after a split.
    for _ in range(MAX_SPLITS):
        edges = Counter(c for line in lines for c in _starts(line))
        for column, count in edges.most_common(3):
            if count < MIN_COLUMN_LINES:
                return "\n".join(lines)
            if (unstacked := _unstacked(lines, column)) is not None:
                lines = unstacked
                break
        else:
            break
    return "\n".join(lines)


def _unstacked(lines: list[str], column: int) -> list[str] | None:
    """The lines with each stretch that respects the edge at `column` as its left parts, then its
    right parts; None when no stretch does."""
    out: list[str] = []
    i = 0
    changed = False
    fitting = _fitting(lines, column)
    while i < len(lines):
        j = i
        kinds = []
        while j < len(lines) and (kind := fitting[j]) is not None:
            kinds.append(kind)
            j += 1
        if sum(k in RIGHT_TEXT_KINDS for k in kinds) >= MIN_COLUMN_LINES:
            block = lines[i:j]
            out += [line[:column].rstrip() for line in block] + [""]
            out += [line[column:] for line in block]
            changed = True
            i = j
        else:
            out.append(lines[i])
            i += 1
    return out if changed else None
