"""Quotation-mark spans in text, robust to unbalanced and multi-paragraph quotes.

Written by hand because quote pairing in news prose has conventions no library handles
(textacy crashes on unbalanced marks): a quote running over several paragraphs reopens each
paragraph without closing the previous one, straight quotes must be paired by position, and
apostrophes must not be taken for single quotes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = {"“", "„", "«"}
DOUBLE_CLOSE = {"”", "»"}
DOUBLE_MARK = re.compile("[" + "".join(sorted(DOUBLE_OPEN | DOUBLE_CLOSE)) + '"]')
PARAGRAPH = re.compile(r"\n\s*\n")
# Two apostrophes stand for a double quote mark in some wire and archive texts
# (''It's anti-reform,'' said ...): an opening pair before a word, a closing pair after one.
APOSTROPHE_PAIR = re.compile(r"(?<!')''(?!')")
SINGLE_QUOTE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=\w)(.+?)(?<=[\w.,!?…])[’'](?=[\s.,;:!?)\]—–-]|$)", re.S)


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # first character inside the marks
    end: int  # end of the content (exclusive), before the closing mark
    open_at: int  # index of the opening mark
    close_at: int  # index just past the closing mark (== end when unclosed)
    closed: bool = True

    def words(self, text: str) -> int:
        return len(text[self.start : self.end].split())


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in PARAGRAPH.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _double_marks(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Positions of double quote marks in a paragraph, each typed as open or close."""
    marks = []
    depth_open = False
    for found in DOUBLE_MARK.finditer(text, start, end):  # other characters change nothing
        i = found.start()
        ch = text[i]
        if ch in DOUBLE_OPEN:
            marks.append((i, "open"))
            depth_open = True
        elif ch in DOUBLE_CLOSE:
            marks.append((i, "close"))
            depth_open = False
        elif ch == '"':
            before = text[i - 1] if i > start else " "
            after = text[i + 1] if i + 1 < end else " "
            if depth_open and not (before.isspace() and after.isalnum()):
                kind = "close"
            elif before.isspace() or before in "([—–-/:" or i == start:
                kind = "open"
            elif after.isspace() or after in ".,;:!?)]—–-":
                kind = "close"
            else:
                kind = "close" if depth_open else "open"
            marks.append((i, kind))
            depth_open = kind == "open"
    return marks


def with_pair_marks(text: str) -> str:
    """`text` with each apostrophe pair made one straight double mark plus a space, on the side
    that keeps offsets and leaves the mark next to its words: ' "' opening, '" ' closing."""
    def mark(match: re.Match) -> str:
        after = text[match.end() : match.end() + 1]
        return ' "' if after[:1].isalnum() else '" '

    return APOSTROPHE_PAIR.sub(mark, text) if "''" in text else text


def find_quote_spans(text: str) -> list[QuoteSpan]:
    text = with_pair_marks(text)
    spans: list[QuoteSpan] = []
    carried: int | None = None  # opening mark of a quote that runs into the next paragraph
    single_carried: int | None = None
    for p_start, p_end in _paragraphs(text):
        marks = _double_marks(text, p_start, p_end)
        if carried is not None and not (marks and marks[0][0] == p_start and marks[0][1] == "open"):
            # The previous paragraph's quote never closed and this one does not continue it.
            prev_end = text.rfind("\n", 0, p_start)
            prev_end = len(text[:prev_end].rstrip())
            spans.append(QuoteSpan(carried + 1, prev_end, carried, prev_end, closed=False))
            carried = None
        open_at = carried
        if carried is not None:
            marks = marks[1:]  # the reopening mark of a continued quote
        for pos, kind in marks:
            if kind == "open" and open_at is None:
                open_at = pos
            elif kind == "close" and open_at is not None:
                spans.append(QuoteSpan(open_at + 1, pos, open_at, pos + 1))
                open_at = None
        carried = open_at
        if carried is not None and not text[p_end:].strip():
            spans.append(QuoteSpan(carried + 1, p_end, carried, p_end, closed=False))
            carried = None
        if not marks:
            single_carried = _single_paragraph(text, p_start, p_end, single_carried, spans)
        else:
            single_carried = None
    return sorted(spans, key=lambda s: s.start)


def _single_paragraph(text: str, start: int, end: int, carried: int | None, spans: list[QuoteSpan]) -> int | None:
    """Single-quoted spans of one paragraph; returns the opening of a quote that runs on.

    British style opens each paragraph of a long quote with a mark and closes only the last.
    """
    found = _single_spans(text, start, end)
    opens_here = start < end and text[start] in "'‘" and not any(s.open_at == start for s in found)
    if carried is not None:
        if found and found[0].open_at == start:
            first = found.pop(0)
            spans.append(QuoteSpan(carried + 1, first.end, carried, first.close_at))
        else:
            prev_end = len(text[:start].rstrip())
            spans.append(QuoteSpan(carried + 1, prev_end, carried, prev_end, closed=False))
            if opens_here:
                spans.extend(found)
                return start
    spans.extend(found)
    if opens_here and len(text[start:end].split()) >= 4:
        return carried if carried is not None and not found else start
    return None


def _single_spans(text: str, start: int, end: int) -> list[QuoteSpan]:
    """British-style 'single quotes' of at least a few words (shorter ones are headlines or terms)."""
    spans = []
    for match in SINGLE_QUOTE.finditer(text, start, end):
        if len(match.group(1).split()) >= 4:
            spans.append(QuoteSpan(match.start(1), match.end(1), match.start(), match.end()))
    return spans
