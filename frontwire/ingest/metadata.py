"""Title, publisher and date read from the header and chrome of a plain-text scrape."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from frontwire.ingest.cues import CHROME_CUES, SENTENCE_END, TIMESTAMP, is_credit, is_menu

# Where sites name themselves in their own chrome: "Support The Moscow Times!",
# "A Message from The Moscow Times:", "© 2025 Reuters", "KYIV (Reuters) -".
PUBLISHER_PATTERNS = [
    re.compile(r"\b(?:[Ss]upport|[Mm]essage from|[Ss]ubscribe to|[Dd]onate to)\s+((?:The\s+)?[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3})"),
    re.compile(r"(?:©|[Cc]opyright)\s*(?:\d{4}\s*)?((?:The\s+)?[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3})"),
    re.compile(r"^[A-Z][A-Za-z ,.'-]{1,40}\((Reuters|AP|AFP|Bloomberg|dpa|UPI)\)\s*[-—–]"),
]
DATE_LINE = re.compile(
    r"^(?:(?:published|updated|posted|issued)\s*(?:on|:)?\s*)?"
    r"((?:\w+,?\s+)?(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+"
    r"(?:\d{1,2},?\s+)?\d{4}|\d{4}-\d{2}-\d{2})(?:\s*[,|]?\s*\d{1,2}[:.]\d{2}.*)?$",
    re.IGNORECASE,
)


MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A date anywhere in a short header line: "Updated 14:20, 11 June 2025", "Tue 28 Oct 2025",
# "By Jane Doe | 12 Nov 2025 | 17:05", "EL FASHER – September 23, 2025", "14.10.2025 09:26".
DATE_IN_LINE = re.compile(
    rf"\b(\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}})\b",
    re.IGNORECASE,
)
NUMERIC_DATE = re.compile(r"(\d{1,2})[./](\d{1,2})[./]\d{4}")
BYLINE = re.compile(r"^(?:by|words by|written by|reporting by)\s", re.IGNORECASE)
NAME_LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+(?:and|in|&)\s+")


def is_byline(line: str) -> bool:
    """"By Jane Doe", "Daria Novak, Jacob Whitfield, and Mark Ostrowski", "Jane Doe in Kyiv and John Roe"."""
    if BYLINE.match(line):
        return True
    parts = [p for p in NAME_LIST_SPLIT.split(line) if p]
    return len(parts) >= 2 and all(
        1 <= len(p.split()) <= 3 and all(w[:1].isupper() for w in p.split()) for p in parts
    )


def title_shaped(line: str) -> bool:
    """3 to 30 words that are no chrome, credit, time stamp, menu, byline or date, and end no sentence."""
    if not 3 <= len(line.split()) <= 30 or CHROME_CUES.search(line) or is_credit(line) or TIMESTAMP.search(line):
        return False
    if is_menu(line) or is_byline(line) or DATE_LINE.match(line.strip()):
        return False
    return not (SENTENCE_END.search(line) and not line.rstrip("'\"”’").endswith("?"))


def is_headline(line: str) -> bool:
    """A title-shaped line in headline case (mastheads in capitals are not)."""
    if not title_shaped(line):
        return False
    words = line.split()
    letters = [c for c in line if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
        return False  # "AP NEWS", "THE BALTIC SENTINEL", "EL FASHER / PORT SUDAN": mastheads, datelines
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capitalised / len(words) >= 0.5 or len(words) <= 14


# Headlines are rarely under seven words; the short lines above them are mastheads and
# taglines ("Independent news from Darfur and Kordofan"), and the lines after them are
# standfirsts, which come second. So: the first headline-like line of 7+ words, else the
# headline-like line closest to the body.
LONG_HEADLINE_WORDS = 7


def find_title(header_lines: list[str], body: list[str], publisher: str | None = None) -> str | None:
    # Site navigation (menus, breadcrumbs) comes before the article: look after it first.
    menus = [i for i, line in enumerate(header_lines) if is_menu(line)]
    after_menus = header_lines[menus[-1] + 1 :] if menus else header_lines
    candidates = [line for line in after_menus if is_headline(line)] or [
        line for line in header_lines if is_headline(line)
    ]
    if publisher:
        candidates = [c for c in candidates if publisher.lower() not in c.lower() or len(c.split()) > len(publisher.split()) + 3]
    for line in candidates:
        if len(line.split()) >= LONG_HEADLINE_WORDS:
            return line
    if candidates:
        return candidates[-1]
    above_byline = _above_byline(after_menus)
    if above_byline:
        return above_byline
    if body and is_headline(body[0]):
        return body[0]
    return None


def _above_byline(lines: list[str]) -> str | None:
    """A sentence-case headline ("Houthi missiles set cargo ship ablaze in the Red Sea") fails
    the capitalisation test; the line right above a byline or a time stamp is the headline."""
    for above, line in zip(lines, lines[1:]):
        line = line.strip()
        if not (is_byline(line) or TIMESTAMP.search(line) or DATE_LINE.match(line)):
            continue
        if title_shaped(above):
            return above
    return None


def find_publisher(chrome_lines: list[str]) -> str | None:
    found: Counter[str] = Counter()
    for line in chrome_lines:
        for pattern in PUBLISHER_PATTERNS:
            for match in pattern.finditer(line):
                name = match.group(1).strip()
                if name.lower() not in {"us", "our", "the", "independent"}:
                    found[name] += 1
    return found.most_common(1)[0][0] if found else None


# One header line may carry two stamps ("Updated December 3, 2025 at 4:52 p.m. EST | Published
# December 3, 2025 at 9:14 a.m. EST"): the parts are read apart, the publication stamp first.
STAMP_SEPARATOR = re.compile(r"\s+[|\u00b7\u2022]\s+")
PUBLICATION_LABEL = re.compile(r"^(?:first\s+)?(?:published|posted)\b", re.IGNORECASE)


def _stamp_parts(line: str) -> list[str]:
    parts = [part.strip() for part in STAMP_SEPARATOR.split(line.strip())]
    return sorted(parts, key=lambda part: not PUBLICATION_LABEL.match(part))


def find_date(header_lines: list[str]) -> dt.date | None:
    for line in (part for line in header_lines for part in _stamp_parts(line)):
        match = DATE_LINE.match(line)
        found = match.group(1) if match else None
        if not found and len(line.split()) <= 16:
            hit = DATE_IN_LINE.search(line)
            found = hit.group(1) if hit else None
        if not found:
            continue
        parsed = _parse_stamp(found)
        if parsed:
            return parsed
    return None


def _parse_stamp(found: str) -> dt.date | None:
    import dateparser

    # All-number stamps ("18/11/2025", "04.07.2025") are read day first, as the news sites that
    # print them (European and most non-US ones) mean them; month first only where the day-first
    # reading is impossible ("11/18/2025").
    settings = {"PREFER_DAY_OF_MONTH": "first"}
    numeric = NUMERIC_DATE.fullmatch(found)
    if numeric:
        settings["DATE_ORDER"] = "MDY" if int(numeric.group(2)) > 12 else "DMY"
    try:
        parsed = dateparser.parse(found, settings=settings)
    except Exception:  # noqa: BLE001 - dateparser raises on some odd strings
        return None
    return parsed.date() if parsed else None
