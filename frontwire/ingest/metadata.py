"""Title, publisher and date read from the header and chrome of a plain-text scrape."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from frontwire.ingest.boilerplate import CHROME_CUES, CREDIT, SENTENCE_END

# Where sites name themselves in their own chrome: "Support The Moscow Times!",
# "A Message from The Moscow Times:", "© 2025 Reuters", "KYIV (Reuters) -".
PUBLISHER_PATTERNS = [
    re.compile(r"\b(?:[Ss]upport|[Mm]essage from|[Ss]ubscribe to|[Dd]onate to)\s+((?:The\s+)?[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3})"),
    re.compile(r"(?:©|[Cc]opyright)\s*(?:\d{4}\s*)?((?:The\s+)?[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3})"),
    re.compile(r"^[A-Z][A-Za-z ,.'-]{1,40}\((Reuters|AP|AFP|Bloomberg|dpa|UPI)\)\s*[-—–]"),
]
DATE_LINE = re.compile(
    r"^(?:(?:published|updated|posted)\s*(?:on|:)?\s*)?"
    r"((?:\w+,?\s+)?(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+"
    r"(?:\d{1,2},?\s+)?\d{4}|\d{4}-\d{2}-\d{2})(?:\s*[,|]?\s*\d{1,2}:\d{2}.*)?$",
    re.IGNORECASE,
)


def is_headline(line: str) -> bool:
    words = line.split()
    if not 3 <= len(words) <= 30 or CHROME_CUES.search(line) or CREDIT.search(line):
        return False
    if SENTENCE_END.search(line) and not line.rstrip("'\"”’").endswith("?"):
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capitalised / len(words) >= 0.5 or len(words) <= 14


def find_title(header_lines: list[str], body: list[str]) -> str | None:
    for line in header_lines:
        if is_headline(line):
            return line
    if body and is_headline(body[0]):
        return body[0]
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


def find_date(header_lines: list[str]) -> dt.date | None:
    import dateparser

    for line in header_lines:
        match = DATE_LINE.match(line.strip())
        if match:
            parsed = dateparser.parse(match.group(1), settings={"PREFER_DAY_OF_MONTH": "first"})
            if parsed:
                return parsed.date()
    return None
