"""Boilerplate removal for plain-text scrapes, which have no tags to go by.

trafilatura does this for HTML but needs markup; a text scrape only has lines. Each line
(block) is scored from cues that generalise across sites: length and sentence shape (the
text analogue of link density), web-chrome phrases (subscribe, donate, privacy policy...),
how much it addresses the reader ("you", "our work"), and repetition within the page or
across a batch. That hand score and the shape of the block and its neighbours feed a fitted
classifier (`blockmodel.py`), which gives each block a probability of being article text.
The article is the contiguous run of blocks with the most words above the classifier's
threshold (maximum-sum segment), so a long appeal after the story is cut as a whole even when
some of its paragraphs look like prose; strongly marked chrome inside that run is then
dropped, and plain prose just beyond it (past a link list or subheading) is added. A second
run beside it that weighs a good share of it (a story's lede above a video box) joins it.
Hard-wrapped text is first rejoined into paragraphs (`reflow.py`).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from frontwire.ingest import blockmodel
from frontwire.ingest.blockmodel import BULLET, TAIL_HEADING_WORDS
from frontwire.ingest.cues import (
    APPEAL, CALL_TO_ACTION, CHROME_CUE_COUNT, CALL_TO_ACTION_COUNT, READER_ADDRESS_COUNT, QUOTED, is_menu, BIO_COUNT, SENTENCE_END, SENTENCE_INSIDE, is_credit, TIMESTAMP, LIST_HEADER, INLINE_LINK, GLUED_LIST, GLUED_LIST_HEADER,
    COMMENT_HEADER, COMMENT_SIGNATURE, SECTION_HEADING,
)
from frontwire.ingest.reflow import reflow, split_columns, unbox

# An article paragraph this long is something else (a dump, a minified page, an attack); it
# is split so that scoring and the NLP stage deal with pieces of bounded size.
MAX_BLOCK_CHARS = 10_000
SHORT_BLOCK_WORDS = 15  # a line this short ("Advertisement", "Join our channel"): menu item, button, heading
LONG_BLOCK_WORDS = 50  # chrome is shorter than this: in longer blocks cues count by density
CONFIDENT = 0.9  # the classifier's probability that keeps a line the hand cues call chrome-shaped
LINK_LIST_WEIGHT = -1.0  # a line of a link list costs the run this much, however long it is
PLAIN_PROSE_SCORE = 1.2  # hand score of a sentence-shaped paragraph of 12+ words with no chrome cue
PLAIN_PROSE_MIN = 0.15
MAX_SKIPPED_LINES = 8
LONE_LINE_WORDS = 25
SUBHEADING_WORDS = 7
INSIDE_SHARE = 0.5  # inside the article's run, a block below half the threshold is still dropped
# A second run of story blocks beside the first (story_spans) weighs at least this share of it (a
# two-paragraph lede beside an eight- to ten-paragraph rest) and holds a paragraph this long (a
# teaser's blurb is shorter). Not fitted to a maximum: on the boilerplate dev pages body F1 is flat
# for shares 0.10-0.20 and paragraphs of 20-40 words, and falls above both; 0.2 and 30 are the
# cautious ends of that plateau (a part weighing 0.206 and 0.218 of its story is the highest gain).
STORY_PART_SHARE = 0.2
STORY_PART_PARAGRAPH_WORDS = 30
MIN_PROSE_WORDS = 6  # fewer words than this in every block: menus and buttons, no article
LONE_SENTENCE_WORDS = 3  # ... unless the document is one sentence of at least this many words
TIMESTAMP_WORDS = 25
# A comment-thread header or signature counts only after this much plain prose: above the story,
# "Comments (3)" is a link in the share bar, not the start of the thread.
THREAD_AFTER_WORDS = 80
SIGNATURE_WORDS = 14
MIN_SIGNATURES = 2
BARE_HEADER = re.compile(r"^(?:comments?|discussion)\s*:?$", re.IGNORECASE)
EXTRACTED_CHROME_WORDS = 25  # in an extractor's text, chrome phrases drop only a line this short
# trafilatura writes a table as rows "| cell | cell |" on consecutive lines. A page laid out with
# tables (the story in one cell, menus, rates and weather boxes in others) shows as a table with a
# cell of prose, or with empty cells and no figures; its short rows are chrome. A data table
# (results, casualty figures) has figures in its rows, and an empty cell there is a figure not yet
# known or a blank corner: it is kept.
CELL_BAR = re.compile(r"(?<!\\)\|")
LAYOUT_CELL_WORDS = 40
FIGURE_CELL = re.compile(r"[\d.,:;%()+\-–/ ]*\d[\d.,:;%()+\-–/ ]*")  # "12", "1,204", "57 (3)", "+4.5%"
SHORT_ROW_WORDS = 12


@dataclass
class Block:
    text: str
    index: int
    after_blank: bool = False  # an empty line came before it: a new paragraph group
    link_list: bool = False  # a link-list header or a headline under one
    score: float = 0.0
    cues: int = 0
    words: int = 0
    comment: bool = False  # in the reader-comment thread that follows the story
    # Cues read once by score_block, for the selection and the classifier's features after it.
    credit: bool = False  # an image credit, caption or byline (is_credit)
    menu: bool = False  # a row of menu items or links (is_menu)
    address: float = 0.0  # words addressing the reader ("you", "our") per word outside quotes
    repeated: bool = False  # occurs elsewhere on the page, or on many pages of the batch


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
        if not self.counts:  # nothing remembered (the common case): no need to normalise the text
            return min_pages <= 0
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
        for part in GLUED_LIST.split(line) if "elated" in line or "ELATED" in line else [line]:
            for piece in _pieces(part) if len(part) > MAX_BLOCK_CHARS else [part]:
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
            LIST_HEADER.match(block.text) or GLUED_LIST_HEADER.match(block.text) or in_list and not block.after_blank and block.words <= SHORT_BLOCK_WORDS)
        if inline or listed:
            block.cues += 1
            block.score = min(block.score, -2.0)
            block.link_list = True
        if not inline:
            in_list = listed


def mark_comment_thread(blocks: list[Block], bare_headers: bool = True) -> int:
    """Mark the reader-comment thread (its header or first signature line, and all after it)
    and return where it starts (len(blocks) when the page has none). Without `bare_headers`, a
    lone "Comment" or "Discussion" does not start one (in an extractor's text it is a subheading)."""
    signatures = [b.index for b in blocks if b.words <= SIGNATURE_WORDS and COMMENT_SIGNATURE.match(b.text)]
    starts = set(signatures) if len(signatures) >= MIN_SIGNATURES else set()
    prose = 0
    for block in blocks:
        header = block.words <= 30 and COMMENT_HEADER.match(block.text) and (bare_headers or not BARE_HEADER.match(block.text))
        if prose >= THREAD_AFTER_WORDS and (block.index in starts or header):
            for rest in blocks[block.index:]:
                rest.comment = True
            return block.index
        if block.score >= PLAIN_PROSE_SCORE:
            prose += block.words
    return len(blocks)


def score_block(block: Block, repeats: int, memory: BoilerplateMemory | None) -> float:
    text = block.text
    words = text.split()
    block.words = len(words)
    block.menu = is_menu(text)
    block.credit = is_credit(text)
    lowered = text.lower()
    block.cues = CHROME_CUE_COUNT.count(text, lowered) + BIO_COUNT.count(text, lowered) + block.menu + CALL_TO_ACTION_COUNT.count(text, lowered)
    block.cues += block.words <= TIMESTAMP_WORDS and bool(TIMESTAMP.search(text))
    block.address = address = _reader_address(text, lowered)
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
    block.repeated = repeats > 1 or (memory is not None and memory.repeated(block))
    if block.repeated:
        score -= 1.5
    if block.credit:
        score -= 2.0
    return score


def _reader_address(text: str, lowered: str) -> float:
    """Words addressing the reader ("you", "our") per word, outside quoted speech ("we will hold,"
    the commander said). A quote begins and ends with a non-word character, so a text with no such
    word at all (most blocks) has none outside its quotes either: no need to take the quotes out."""
    if not READER_ADDRESS_COUNT.count(text, lowered):
        return 0.0
    unquoted = QUOTED.sub(" ", text)
    return READER_ADDRESS_COUNT.count(unquoted) / max(1, len(unquoted.split()))


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
        or block.credit
    )


def prepared_blocks(text: str, memory: BoilerplateMemory | None) -> tuple[list[Block], list[dict[str, float]]]:
    """The blocks of a scrape, with their hand-set cues scored and the classifier's features."""
    blocks = split_blocks(reflow(split_columns(unbox(text))))
    keys = [" ".join(b.text.lower().split()) for b in blocks]
    repeats = Counter(keys)
    for block, key in zip(blocks, keys):
        block.score = score_block(block, repeats[key], memory)
    mark_link_lists(blocks)
    mark_comment_thread(blocks)
    return blocks, blockmodel.features(blocks)


def select(blocks: list[Block], probabilities: list[float], threshold: float) -> list[Block]:
    """The article: the stretches of blocks that hold the story (story_spans), without the blocks
    inside them that are clearly not article text. The reader-comment thread is never part of it."""
    thread = next((b.index for b in blocks if b.comment), len(blocks))
    blocks, probabilities = blocks[:thread], probabilities[:thread]
    kept = [b for start, end in story_spans(blocks, probabilities, threshold)
            for b, p in zip(blocks[start:end], probabilities[start:end])
            if (p >= threshold * INSIDE_SHARE or _plain_prose(b, p))
            and (not _strongly_chrome(b) or _sentence_the_model_keeps(b, p, threshold))
            and (p >= CONFIDENT or not _lone_line(b, blocks))]
    return _with_subheadings(blocks, kept)


def _best_run(blocks: list[Block], probabilities: list[float], threshold: float, lo: int, hi: int) -> tuple[float, int, int]:
    """Weight, start and end of the run of blocks[lo:hi] with the most words above the threshold
    (maximum-sum segment); weight 0.0 when no block is above it."""
    best, span = 0.0, (lo, lo)
    run, run_start = 0.0, lo
    for i in range(lo, hi):
        block, p = blocks[i], probabilities[i]
        if run <= 0:
            run, run_start = 0.0, i
        # Sites put "Recommended stories" boxes mid-article: dropped, but no reason to end it.
        run += LINK_LIST_WEIGHT if block.link_list else max(1, block.words) * (p - threshold)
        if run > best:
            best, span = run, (run_start, i + 1)
    return best, span[0], span[1]


def _widened(blocks: list[Block], probabilities: list[float], start: int, end: int) -> tuple[int, int]:
    """A last (or first) paragraph of plain prose stays with the story even when the chrome
    beside it drags the classifier's view of its neighbourhood down, and so does one
    beyond a link list or a subheading ("Recommended stories", "What we know so far")."""
    while (step := _prose_beyond(blocks, probabilities, end, +1)) is not None:
        end = step + 1
    while (step := _prose_beyond(blocks, probabilities, start - 1, -1)) is not None:
        start = step
    return start, end


def story_spans(blocks: list[Block], probabilities: list[float], threshold: float) -> list[tuple[int, int]]:
    """The (start, end) stretches of blocks that hold the story: the run with the most words above
    the threshold (a story is one stretch of the page), and on each side of it the best run again
    when that weighs at least STORY_PART_SHARE of it and holds a paragraph with no chrome or bio cue: the lede or the last part
    of a story that a video box, a photo gallery or a list of links cut off (teaser boxes are runs of
    short blurbs). A box can hold anything, so a part under a heading of another section is not the
    story's: after the story, no part is looked for past one (comments, "Read next", "About the
    author"); before it, a part right under one ("Special report", "Top stories") is left out, and
    none is looked for when the story opens with its own headline."""
    weight, start, end = _best_run(blocks, probabilities, threshold, 0, len(blocks))
    start, end = _widened(blocks, probabilities, start, end)
    spans = [(start, end)]
    tail = next((i for i in range(end, len(blocks)) if _section_heading(blocks[i])), len(blocks))
    # A story whose run opens with its own headline has no lede above it: what is there (a section
    # front's other story, a promotion) is another item's.
    sides = [(end, tail)] if _headline(blocks[start]) else [(0, start), (end, tail)]
    for lo, hi in sides:
        part, part_start, part_end = _best_run(blocks, probabilities, threshold, lo, hi)
        if part_end == part_start:  # nothing above the threshold here (and 0 >= 0.2 x 0 when the story weighs 0)
            continue
        if part >= STORY_PART_SHARE * weight \
                and max((b.words for b in blocks[part_start:part_end] if not b.cues), default=0) >= STORY_PART_PARAGRAPH_WORDS:
            part_start, part_end = _widened(blocks, probabilities, part_start, part_end)
            part_start, part_end = max(part_start, lo), min(part_end, hi)
            if not _under_section_heading(blocks, probabilities, part_start):
                spans.append((part_start, part_end))
    return sorted(spans)


def _headline(block: Block) -> bool:
    """A short line that is not a sentence nor a link (nor a list item: "* Border crisis explained")."""
    return block.words <= SHORT_BLOCK_WORDS and not block.link_list and not BULLET.match(block.text) \
        and not SENTENCE_END.search(block.text)


def _section_heading(block: Block) -> bool:
    """A heading of a page section that is not the story (blockmodel.starts_tail, cues.SECTION_HEADING),
    also with a text browser's bullet before it ("* Related Articles")."""
    text = BULLET.sub("", block.text, count=1).strip()
    words = len(text.split())
    return blockmodel.starts_tail(text, words) or words <= TAIL_HEADING_WORDS and bool(SECTION_HEADING.match(text))


def _under_section_heading(blocks: list[Block], probabilities: list[float], i: int) -> bool:
    """Whether a section heading stands among the few short lines just above block i."""
    for j in range(i - 1, max(-1, i - 1 - MAX_SKIPPED_LINES), -1):
        if _section_heading(blocks[j]):
            return True
        if _plain_prose(blocks[j], probabilities[j]) or blocks[j].words > SHORT_BLOCK_WORDS:
            return False
    return False


def _with_subheadings(blocks: list[Block], kept: list[Block]) -> list[Block]:
    """The kept blocks, plus a short line kept on both sides ("What we know so far"): a subheading
    of the story, whatever the classifier made of it (a "Related" box above it in the story makes
    the page's tail look closer). One or two words between paragraphs ("Share", "Print") are not one,
    and link-list lines beside it are looked past."""
    chosen = {b.index for b in kept}

    def kept_beside(i: int, step: int) -> bool:  # past "Related: ..." links, the next block is kept
        i += step
        while 0 <= i < len(blocks) and blocks[i].link_list:
            i += step
        return i in chosen

    for block in blocks:
        if block.index not in chosen and 3 <= block.words <= SUBHEADING_WORDS and not block.link_list \
                and not _strongly_chrome(block) and kept_beside(block.index, -1) and kept_beside(block.index, +1):
            chosen.add(block.index)
    return [b for b in blocks if b.index in chosen]


def _prose_beyond(blocks: list[Block], probabilities: list[float], i: int, step: int) -> int | None:
    """Index of the plain-prose block at i, or past a few link-list or short lines from i; else None."""
    for _ in range(MAX_SKIPPED_LINES + 1):
        if not 0 <= i < len(blocks):
            return None
        if _plain_prose(blocks[i], probabilities[i]):
            return i
        if not (blocks[i].link_list or blocks[i].words <= SHORT_BLOCK_WORDS and not _strongly_chrome(blocks[i])
                or blocks[i].link_list):
            return None
        i += step
    return None


def _sentence_the_model_keeps(block: Block, probability: float, threshold: float) -> bool:
    """A sentence inside the story that the hand cues call chrome for a word or two ("you", "our",
    "copyright") but the classifier, weighing its neighbours, keeps: a blog's "Can you learn to be
    more creative?". Not a caption or credit, nor an order or appeal to the reader ("click here",
    "If you value our reporting, please consider becoming a member"), which the classifier can rate
    highly among paragraphs of the story. (Inside the article's run on the boilerplate dev pages,
    such blocks hold about 1,460 gold tokens and 80 others.)"""
    return probability >= threshold and not block.credit and block.words >= MIN_PROSE_WORDS \
        and bool(SENTENCE_END.search(block.text)) \
        and not CALL_TO_ACTION.search(block.text) and not APPEAL.search(block.text)


def _plain_prose(block: Block, probability: float) -> bool:
    return block.score >= PLAIN_PROSE_SCORE and probability >= PLAIN_PROSE_MIN


def _lone_line(block: Block, blocks: list[Block]) -> bool:
    """A word or two ("share2", "Print"), or a short line set apart by blank lines that is not a sentence: a caption, a dateline,
    "Explore more on these topics". The classifier must be confident to keep it, because the
    hand cues say it is not prose. (Lines of a wrapped paragraph are not set apart.)"""
    following = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
    apart = block.after_blank and (following is None or following.after_blank)
    # Subheadings ("What we know so far") are shorter than captions and are kept.
    return block.words < 3 or apart and block.score < 0 and SUBHEADING_WORDS < block.words <= LONE_LINE_WORDS


def clean_text(text: str, memory: BoilerplateMemory | None = None) -> CleanText:
    blocks, rows = prepared_blocks(text, memory)
    if not blocks:
        return CleanText([], [], [], [])
    probabilities = blockmodel.probabilities(rows)
    kept = select(blocks, probabilities, blockmodel.model()["threshold"])
    longest = max((b for b in blocks if not b.comment), key=lambda b: b.words, default=blocks[0])
    if longest.words >= LONG_BLOCK_WORDS and longest.score > 0 and longest not in kept \
            and sum(b.words for b in kept) < longest.words:
        # A long paragraph of prose outweighing all that was chosen is the article (a one-
        # paragraph story under a "This story is from ..." line), however it addresses the reader.
        kept = sorted(kept + [longest], key=lambda b: b.index)
    doubtful = False
    if not kept:
        # Nothing reads as an article by the page's standards, yet a document with prose in it
        # is one (a lone paragraph, a lower-case wire story): its longest block is kept, with
        # a warning unless it is plain prose.
        if longest.words < MIN_PROSE_WORDS and not _lone_sentence(blocks):
            return CleanText([], [b.text for b in blocks], [], [], doubtful=True)
        kept, doubtful = [longest], longest.score < PLAIN_PROSE_SCORE
    start, end = kept[0].index, kept[-1].index + 1
    chosen = {b.index for b in kept}
    return CleanText(
        body=[b.text for b in kept],
        before=[b.text for b in blocks[:start]],
        after=[b.text for b in blocks[end:]],
        dropped=[b.text for b in blocks[start:end] if b.index not in chosen],
        doubtful=doubtful,
    )


def _lone_sentence(blocks) -> bool:
    """A document that is one short sentence ("Poland expelled 45 Russian diplomats."): a wire line
    or a record to code, not a menu or a button (those do not end as a sentence does)."""
    return len(blocks) == 1 and blocks[0].words >= LONE_SENTENCE_WORDS and blocks[0].text.rstrip().endswith((".", "!", "?"))


def filter_extracted(lines: list[str]) -> list[str]:
    """An HTML extractor's article text (trafilatura's) without what is chrome by its own marks:
    the reader-comment thread, captions with their photo credit, link lists under a "Related"
    header, short lines of chrome phrases ("All rights reserved", "Privacy Policy") and the short
    rows of a table that lays the page out. No classifier: the extractor has judged the layout, and
    prose that merely looks unusual stays. (On the boilerplate-html pages this drops about 10,000
    tokens outside the gold and 330 in it.)"""
    blocks = split_blocks("\n".join(lines))
    keys = Counter(" ".join(b.text.lower().split()) for b in blocks)
    for block in blocks:
        block.score = score_block(block, keys[" ".join(block.text.lower().split())], None)
    mark_link_lists(blocks)
    mark_comment_thread(blocks)
    layout_rows, data_rows = _table_rows(blocks)
    # Chrome by a phrase or a credit, not by shape: a short line that addresses the reader ("If you
    # stay, you will be on your own, one volunteer said") is the extractor's call, and it kept it.
    # A row of figures is no menu, though its cells read as menu items ("| Kharkiv | 12 | 30 |").
    return [b.text for b in blocks if not (b.comment or b.link_list or b.credit or b.index in layout_rows
                                           or b.index not in data_rows and b.words <= EXTRACTED_CHROME_WORDS
                                           and b.cues > 0 and b.score < -1.0)]


def _table_rows(blocks: list[Block]) -> tuple[set[int], set[int]]:
    """Indexes of the short rows of tables that lay the page out (a cell of prose, or empty cells in a
    table with no figures), and of the rows of data tables (figures, and no cell of prose)."""
    layout: set[int] = set()
    data: set[int] = set()
    table: list[Block] = []
    for block in blocks + [Block(text="", index=len(blocks))]:
        if block.text.startswith("|") and block.text.endswith("|"):
            table.append(block)
            continue
        rows = [[cell.split() for cell in CELL_BAR.split(row.text)[1:-1]] for row in table]
        cells = [cell for row_cells in rows for cell in row_cells]
        figures = any(FIGURE_CELL.fullmatch(" ".join(cell)) for cell in cells)
        if any(len(cell) >= LAYOUT_CELL_WORDS for cell in cells) or not figures and not all(cells):
            layout.update(row.index for row, cells in zip(table, rows) if sum(map(len, cells)) <= SHORT_ROW_WORDS)
        elif figures:
            data.update(row.index for row in table)
        table = []
    return layout, data
