"""Boilerplate removal for plain-text scrapes, which have no tags to go by.

trafilatura does this for HTML but needs markup; a text scrape only has lines. Each line
(block) is scored from cues that generalise across sites: length and sentence shape (the
text analogue of link density), web-chrome phrases (subscribe, donate, privacy policy...),
how much it addresses the reader ("you", "our work"), and repetition within the page or
across a batch. The article is the contiguous run of blocks with the best total score
(maximum-sum segment), so a long appeal after the story is cut as a whole even when some
of its paragraphs look like prose; strongly marked chrome inside that run is then dropped.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from frontwire.ingest.reflow import reflow

# Phrases of site chrome, not of any one site: sign-ups, appeals, legal, navigation.
CHROME_CUES = re.compile(
    r"\b(?:subscrib\w*|newsletters?|sign\s?(?:up|in)|log\s?in|register now|donat\w+|"
    r"support (?:us|our|the|independent)|your support|contribution|privacy policy|cookies?|"
    r"terms of (?:use|service)|all rights reserved|read more|related (?:articles?|stories)|"
    r"share (?:this|on)|follow us|advertisement|click here|download (?:our|the) app|mailbox|inbox|"
    r"remind me|not ready to|payment|paiment|dear readers?|independent journalism|"
    r"make a difference|copyright|skip to (?:main )?content|main menu|recommended for you|"
    r"most (?:read|popular)|trending now|leave a comment|comments? \(\d+\)|load more|"
    r"back to top|see also|read (?:also|next)|also read|copy link|watch live|listen to this article|reading time)\b|©|"
    r"^(?:tags|topics|filed under|categories|share|related|read also|see also|more)\s*:",
    re.IGNORECASE,
)
# An order to the reader counts twice: "... with the Reuters Daily Briefing. Sign up here."
CALL_TO_ACTION = re.compile(r"\b(?:sign up|subscribe|register|click|tap|donate|join us) (?:here|now|today)\b", re.IGNORECASE)
READER_ADDRESS = re.compile(r"\b(?:you|your|yours|we|our|ours|us)\b", re.IGNORECASE)
# Quoted speech is not the site talking to the reader ("we will hold," the commander said):
# double quotes, and single quotes opened after a non-word character so that apostrophes
# (Ukraine's, don't) are not taken for quotes.
QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|(?<!\w)['‘][^'‘’\n]*['’](?!\w)")
# Menus and link rows: two one-word or three or more short items separated by | • · » / >.
MENU_SEPARATORS = re.compile(r"\s+[|•·»>/]\s+")


def is_menu(text: str) -> bool:
    items = MENU_SEPARATORS.split(text)
    if len(items) == 2:  # "World | Europe", "EN | UA"
        return all(len(item.split()) == 1 for item in items)
    return len(items) >= 3 and all(len(item.split()) <= 3 for item in items)


# Author bios end many pages: "Jane Doe is the diplomatic correspondent of ...".
BIO = re.compile(
    r"\b(?:is|was) (?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}?(?:correspondent|reporter|editor|journalist|"
    r"columnist|contributor|contributing writer|staff writer|bureau chief)\b|\b(?:follow|email) (?:him|her|them) (?:on|at)\b|"
    r"\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b|"
    r"^[A-Z][\w'-]+ (?:covers|reports on|writes about|reported from) .{3,120} for (?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*\.?$",
    re.IGNORECASE,
)
# An article paragraph this long is something else (a dump, a minified page, an attack); it
# is split so that scoring and the NLP stage deal with pieces of bounded size.
MAX_BLOCK_CHARS = 10_000
# A short line between paragraphs ("Advertisement", "Join our channel") must not outweigh
# the article paragraphs after it when the article run is chosen; long appeals still do.
SHORT_BLOCK_WORDS = 15
LONG_BLOCK_WORDS = 50
MIN_PROSE_WORDS = 6  # fewer words than this in every block: menus and buttons, no article
SHORT_BLOCK_FLOOR = -1.5
SENTENCE_END = re.compile(r"[.!?…:][\"'”’)\]]*$")
SENTENCE_INSIDE = re.compile(r"\w[.!?][\"'”’)]*\s+[\w\"'“‘(]")
# Image credits and bylines: "president.gov.ua", "Photo: AP", "Reuters/Gleb Garanich".
CREDIT = re.compile(
    r"^(?:[\w-]+\.)+[a-z]{2,}$|^(?:photo|image|video|credit|source)s?\s*:|"
    r"[.!?]\s+(?:photo|image|picture|video)\s*:\s*[\w .'/&-]{2,60}$|"
    r"^(?:(?:AP|AFP|Reuters|EPA|Getty Images|TASS|Sputnik|Anadolu)(?:\s*/\s*[\w .'-]+)?)$",
    re.IGNORECASE,
)


# The header of a list of links to other stories; the short lines under it, up to the next
# blank line, are headlines of other stories ("Related", "list 1 of 3", "More on this story").
LIST_HEADER = re.compile(
    r"^(?:related(?: (?:stories|articles|coverage|content|topics|links))?|recommended(?: stories| for you| reading)?|"
    r"more on this (?:story|topic)|more from [\w ]{1,30}|read more|read next|most (?:read|viewed|popular)|"
    r"you may also like|you might also like|top stories|latest (?:news|stories)|in other news|further reading|"
    r"other (?:topics|stories) of interest|more (?:stories|news|coverage)|what to read next|editor'?s picks|"
    r"list of \d+ items|list \d+ of \d+|end of list)\s*:?$",
    re.IGNORECASE,
)

# "Read more: ..." and, glued by a scrape, "Read moreArmenia's Pashinyan eyes ...".
INLINE_LINK = re.compile(r"^(?i:related|read (?:also|more|next)|see also|also read|more)\s*:|^(?:Read more|Read also|Related|See also)(?=[A-Z‘'\"“])")


@dataclass
class Block:
    text: str
    index: int
    after_blank: bool = False  # an empty line came before it: a new paragraph group
    link_list: bool = False  # a link-list header or a headline under one
    score: float = 0.0
    cues: int = 0
    words: int = 0


@dataclass
class BoilerplateMemory:
    """Blocks seen across a batch: a block repeated on many pages is chrome."""

    counts: Counter = field(default_factory=Counter)

    def key(self, text: str) -> str:
        return " ".join(text.lower().split())[:200]

    def remember(self, blocks: list[Block]) -> None:
        for key in {self.key(b.text) for b in blocks if b.words < 40}:
            self.counts[key] += 1

    def repeated(self, block: Block, min_pages: int = 3) -> bool:
        return self.counts[self.key(block.text)] >= min_pages


def _pieces(line: str, limit: int = MAX_BLOCK_CHARS) -> list[str]:
    """A line cut into pieces of at most `limit` characters, at sentence ends where possible."""
    pieces = []
    while len(line) > limit:
        head = line[:limit]
        cut = max(head.rfind(". "), head.rfind("? "), head.rfind("! "))
        if cut < limit // 2:
            cut = head.rfind(" ")
        cut = cut + 1 if cut >= limit // 2 else limit
        pieces.append(line[:cut].strip())
        line = line[cut:]
    pieces.append(line.strip())
    return [p for p in pieces if p]


def split_blocks(text: str) -> list[Block]:
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    blocks: list[Block] = []
    blank = True
    for line in lines:
        if not line:
            blank = True
            continue
        for piece in _pieces(line) if len(line) > MAX_BLOCK_CHARS else [line]:
            blocks.append(Block(text=piece, index=len(blocks), after_blank=blank))
            blank = False
    return blocks


def mark_link_lists(blocks: list[Block]) -> None:
    """A list header and the story headlines under it (a run of short lines) are chrome."""
    in_list = False
    for block in blocks:
        # "Read also: ...": one link, the story goes on after it (and a list under way goes on too).
        inline = bool(INLINE_LINK.match(block.text)) and block.words <= 25
        listed = not inline and bool(
            LIST_HEADER.match(block.text) or in_list and not block.after_blank and block.words <= SHORT_BLOCK_WORDS)
        if inline or listed:
            block.cues += 1
            block.score = min(block.score, -2.0)
            block.link_list = True
        if not inline:
            in_list = listed


def score_block(block: Block, repeats: int, memory: BoilerplateMemory | None) -> float:
    text = block.text
    words = text.split()
    block.words = len(words)
    block.cues = len(CHROME_CUES.findall(text)) + len(BIO.findall(text)) + is_menu(text) + len(CALL_TO_ACTION.findall(text))
    unquoted = QUOTED.sub(" ", text)
    unquoted_words = max(1, len(unquoted.split()))
    address = len(READER_ADDRESS.findall(unquoted)) / unquoted_words
    # Prose, whether or not the scrape kept its last full stop: a long block with sentences inside.
    sentence_like = bool(SENTENCE_END.search(text)) or block.words >= LONG_BLOCK_WORDS and len(SENTENCE_INSIDE.findall(text)) >= 2

    if block.words >= 12 and sentence_like:
        score = 1.0 + min(block.words, 60) / 60
    elif block.words >= 6 and sentence_like:
        score = 0.5
    elif block.words <= 4 and not sentence_like:
        score = -0.4  # menu item, button, or a subheading: neutral-negative
    else:
        score = -0.1
    # Chrome is short; in a long block (a one-paragraph article, an obituary with "was a
    # reporter", a wire story ending "All rights reserved") cues count by density, not number.
    scale = 1.0 / max(1.0, block.words / LONG_BLOCK_WORDS)
    score -= 2.0 * min(block.cues, 3) * scale
    if address > 0.06 and block.words >= 6:  # not a subheading like "What we know so far"
        score -= (1.5 + 10 * address) * scale
    if repeats > 1 or (memory is not None and memory.repeated(block)):
        score -= 1.5
    if CREDIT.search(text):
        score -= 2.0
    return score


def segment_score(block: Block) -> float:
    if block.link_list:
        # Sites put "Recommended stories" boxes mid-article: dropped, but no reason to end it.
        return -0.3
    if block.words <= SHORT_BLOCK_WORDS:
        return max(block.score, SHORT_BLOCK_FLOOR)
    return block.score


def best_segment(blocks: list[Block]) -> tuple[int, int, float]:
    """Maximum-sum contiguous run of blocks (Kadane), as [start, end) and its sum."""
    best, best_span = float("-inf"), (0, 0)
    run, run_start = 0.0, 0
    for i, block in enumerate(blocks):
        if run <= 0:
            run, run_start = 0.0, i
        run += segment_score(block)
        if run > best:
            best, best_span = run, (run_start, i + 1)
    return best_span[0], best_span[1], best


@dataclass
class CleanText:
    body: list[str]
    before: list[str]  # blocks ahead of the body: headline, kicker, credits, banners
    after: list[str]
    dropped: list[str]
    doubtful: bool = False  # nothing looked like an article: the longest block was kept


def _strongly_chrome(block: Block) -> bool:
    return bool(
        block.cues > 0 and block.score < -1.0
        or block.words <= SHORT_BLOCK_WORDS and block.score < -1.0  # "Join our channel"
        or CREDIT.search(block.text)
    )


def clean_text(text: str, memory: BoilerplateMemory | None = None) -> CleanText:
    blocks = split_blocks(reflow(text))
    if not blocks:
        return CleanText([], [], [], [])
    repeats = Counter(" ".join(b.text.lower().split()) for b in blocks)
    for block in blocks:
        block.score = score_block(block, repeats[" ".join(block.text.lower().split())], memory)
    mark_link_lists(blocks)
    start, end, total = best_segment(blocks)
    body = [b.text for b in blocks[start:end] if not _strongly_chrome(b)]
    dropped = [b.text for b in blocks[start:end] if _strongly_chrome(b)]
    doubtful = total <= 0 or not body
    if doubtful:
        # Nothing scored as an article, yet a document with prose in it is one (a lone
        # paragraph, a lower-case wire story): its longest block is kept, with a warning.
        longest = max(blocks, key=lambda b: b.words)
        if longest.words < MIN_PROSE_WORDS:
            return CleanText([], [b.text for b in blocks], [], [], doubtful=True)
        start, end = longest.index, longest.index + 1
        body, dropped = [longest.text], []
    return CleanText(
        body=body,
        before=[b.text for b in blocks[:start]],
        after=[b.text for b in blocks[end:]],
        dropped=dropped,
        doubtful=doubtful,
    )
