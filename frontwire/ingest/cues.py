"""Cues of web chrome in plain text, shared by the hand score (`boilerplate.py`), the fitted block
classifier (`blockmodel.py`) and the metadata reader (`metadata.py`): one definition of each."""
from __future__ import annotations

import re


class FoldedCue:
    """A case-insensitive cue written in lower case, counted the fast way where that is exact.

    Under re.IGNORECASE every letter is compared through its lower case and an alternative cannot
    be skipped by its first letter, so a cue of fifty phrases is tried phrase by phrase at every
    word. On ASCII text (nearly all of it) the lower-cased text matched without IGNORECASE gives
    the same matches at the same places, about twice as fast; other text goes to the pattern as is.
    """

    def __init__(self, pattern: re.Pattern[str]):
        # An upper-case letter (or \S, \W, \B) in the pattern would mean something else on lower-cased text.
        if not pattern.flags & re.IGNORECASE or pattern.pattern != pattern.pattern.lower():
            raise ValueError(f"not a case-insensitive pattern in lower case: {pattern.pattern[:60]!r}")
        self.pattern = pattern
        self._lower = re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)

    def count(self, text: str, lowered: str | None = None) -> int:
        """Matches of the cue in `text`; `lowered` is text.lower() when the caller has it."""
        if text.isascii():
            return len(self._lower.findall(text.lower() if lowered is None else lowered))
        return len(self.pattern.findall(text))


# Phrases of site chrome, not of any one site: sign-ups, appeals, legal, navigation. Each phrase starts
# with a word character, so it can only start where a word does: (?=\w) turns away the boundaries at
# words' ends before the fifty phrases are tried (a quarter of the pattern's time).
CHROME_CUES = re.compile(
    r"\b(?=\w)(?:subscrib\w*|newsletters?|sign\s?(?:up|in)|log\s?in|register now|donat\w+|"
    r"support (?:us|our|the|independent)|your support|contribution|privacy policy|cookies?|"
    r"terms of (?:use|service)|all rights reserved|read more|related (?:articles?|stories)|"
    r"share (?:this|on)|follow us|advertisement|click here|download (?:our|the) app|mailbox|inbox|"
    r"remind me|not ready to|payment|paiment|dear readers?|independent journalism|"
    r"make a difference|copyright|skip to (?:main )?content|main menu|recommended for you|"
    r"most (?:read|popular)|trending now|leave a comment|comments? \(\d+\)|load more|"
    r"back to top|see also|read (?:also|next)|also read|copy link|watch live|listen to this article|reading time|thank you for reading|"
    # The publisher describing itself: "The Associated Press is an independent global news organization",
    # "Reuters is the world's largest international multimedia news agency", "NHL.com is the official web site of".
    r"(?:is|are) (?:an?|the) (?:[\w'’-]+ ){0,4}(?:news (?:organi[sz]ation|agency|service|site|website|outlet)|"
    r"media (?:company|organi[sz]ation|group)|official web ?site)|"
    r"become a (?:member|subscriber|supporter|patron)|readers like you|relies on (?:readers|the support)|"
    r"(?:a )?note from the (?:author|editor)|editor'?s note|(?:this is a )?developing story|this story (?:is developing|will be updated))\b|©|"
    r"^(?:tags|topics|filed under|categories|share|related|read also|see also|more)\s*:",
    re.IGNORECASE,
)
# An order to the reader counts twice: "... with the Reuters Daily Briefing. Sign up here."
CALL_TO_ACTION = re.compile(r"\b(?:sign up|subscribe|register|click|tap|donate|join us) (?:here|now|today)\b", re.IGNORECASE)
# The publisher pleading for the reader's support with no order verb ("If you value our reporting
# from Ukraine, please consider becoming a member today"). Not counted as chrome by itself ("our
# reporting found" is a story's words in an investigation); with it, or with an order, a sentence
# the hand cues call chrome is not let back into the story.
APPEAL = re.compile(
    r"\b(?:please consider|consider (?:becoming|supporting|subscribing|donating|making a)|"
    r"(?:become|becoming) a (?:member|subscriber|supporter|patron)|if you (?:value|enjoy(?:ed)?|appreciate)|"
    r"our (?:reporting|journalism|newsroom)|support (?:us|our (?:journalism|reporting|work)|independent)|"
    r"your support|readers like you)\b",
    re.IGNORECASE,
)
READER_ADDRESS = re.compile(r"\b(?:you|your|yours|we|our|ours|us)\b", re.IGNORECASE)
# The cues counted in every block of a page, in their fast form.
CHROME_CUE_COUNT, CALL_TO_ACTION_COUNT, READER_ADDRESS_COUNT = map(FoldedCue, (CHROME_CUES, CALL_TO_ACTION, READER_ADDRESS))
# Quoted speech is not the site talking to the reader ("we will hold," the commander said):
# double quotes, and single quotes opened after a non-word character so that apostrophes
# (Ukraine's, don't) are not taken for quotes.
QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|(?<!\w)['‘][^'‘’\n]*['’](?!\w)")
# Menus and link rows: two one-word or three or more short items separated by | • · » / >.
MENU_MARK = re.compile(r"[|•·»>/]")
MENU_SEPARATORS = re.compile(rf"\s+{MENU_MARK.pattern}\s+")


def is_menu(text: str) -> bool:
    if not MENU_MARK.search(text):  # most lines: no separator, one item (found far faster than split)
        return False
    items = MENU_SEPARATORS.split(text)
    if len(items) == 2:  # "World | Europe", "EN | UA"
        return all(len(item.split()) == 1 for item in items)
    return len(items) >= 3 and all(len(item.split()) <= 3 for item in items)


# Author bios end many pages: "Jane Doe is the diplomatic correspondent of ...". Written in lower case
# to be counted folded (BIO_COUNT): under IGNORECASE [a-z] is any letter of either case, as [A-Z] was.
# The alternatives that start at a word boundary share one \b, in their order: the engine then tests
# the boundary once per character instead of once per alternative (a third of the pattern's time).
BIO = re.compile(
    r"\b(?:(?:is|was) (?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}?(?:correspondent|reporter|editor|journalist|"
    r"columnist|contributor|contributing writer|staff writer|bureau chief)\b|(?:follow|email) (?:him|her|them) (?:on|at)\b|"
    r"contributed (?:to )?(?:this|the) (?:report|story|article)\b)|"
    r"^\(?(?:additional )?(?:reporting|writing|editing) by\b|"
    r"^[a-z][\w'-]+ (?:covers|reports on|writes about|reported from) .{3,120} for (?:the )?[a-z][\w.]*(?: [a-z][\w.]*)*\.?(?:\s|$)|"
    # The reporter's career: "Amir Tavana has reported on the border for the Meridian since 2019",
    # "Before joining the paper he worked ...", "She joined the newsroom in 2015".
    r"^(?:[a-z][\w'’.-]+ ){1,3}has (?:reported|written|covered|worked)\b.{3,120}? (?:for|at) (?:the )?[a-z][\w.]*.{0,60}?\bsince (?:19|20)\d\d\b|"
    r"\b(?:(?:before|since|after) joining (?:the |our )?(?:paper|newspaper|magazine|newsroom|(?:[\w.&'’-]+ ){1,2}(?:news|times|post|journal|herald|tribune|gazette|telegraph|guardian|globe|star))\b|"
    r"joined (?:the|our) (?:paper|newspaper|magazine|newsroom) in (?:19|20)\d\d\b)|"
    # "Vivian Lau reported from Taipei, Taiwan, and Daniel Hsu from Beijing."
    r"^(?=.{0,200}$)(?:[a-z][\w'’.-]+ ){1,3}(?:reported|contributed reporting) from [a-z].*\.?$",
    re.IGNORECASE,
)
BIO_COUNT = FoldedCue(BIO)


SENTENCE_END = re.compile(r"[.!?…:][\"'”’)\]]*$")
SENTENCE_INSIDE = re.compile(r"\w[.!?][\"'”’)]*\s+[\w\"'“‘(]")
# Image credits and bylines: "president.gov.ua", "Photo: AP", "Reuters/Gleb Garanich".
CREDIT_LINE = re.compile(  # credits, captions and bylines that make (or start) the whole line
    r"^(?:[\w-]+\.)+[a-z]{2,}$|^(?:photo|image|video|credit|source)s?\s*:|"
    r"^(?:(?:AP|AFP|Reuters|EPA|Getty Images|TASS|Sputnik|Anadolu)(?:\s*/\s*[\w .'-]+)?)$|"
    # Captions: "This file photo, carried by ..., shows ...", "A satellite image shows ..."
    r"^(?=.{0,400}$)(?:this|an?|the)\s+(?:(?:file|undated|handout|satellite|aerial)\s+)*(?:photo(?:graph)?|picture|image|screenshot)\b|"
    # A caption ending in its photo credit: "... (AP Photo/Matt Dunham)", "(State Emergency Service /
    # Telegram)", "(Credit: James Martin/CNET)", "(Ferrey/WireImage)"; on the boilerplate dev pages
    # 74 such lines are outside the gold article and 2 inside.
    r"^(?=.{0,600}$).*\((?:(?:AP|AFP|Reuters|EPA|Official White House) ?Photo\b[^()]{0,60}|(?:photo|image|credit)s?\s*(?:by|:)[^()]{1,60}|"
    r"[^()/]{2,40}\s/\s[^()/]{2,40}|Getty Images\b[^()]{0,40}|[^()]{1,40}/(?:Getty Images|WireImage|AFP|AP|Reuters|EPA)(?:\s*/\s*[^()]{1,30})?)\s*\)\.?$|"
    # A caption placing people in the picture: "Chelsea's Florent Malouda (R) clashes with ...", "Mohammed
    # Jabarah, second from right, ...", "... in this Sept. 30, 2007 file photo" (dev pages: 34 such lines
    # outside the gold article, 1 inside). The two phrases that may stand anywhere in the line are sought
    # in one scan of it: `.*` runs to the line's end and backtracks over it once, not once per phrase.
    r"^(?=.{0,500}$)(?:[A-Z].{0,120}?(?:\s\((?:[LRC]|[23]nd [LR]|3rd [LR]|L-R|R-L|front|back|centre|center|left|right)\)|"
    r", (?:(?:second|third|fourth|far) (?:from )?)?(?:left|right|center|centre|front|foreground|background)(?: to right)?,)\s|"
    r".*\b(?:in this (?:\w+\.? )?(?:\d{1,2}, )?(?:\d{4} )?(?:file |handout )?(?:photo|picture|image)\b|(?:file )?photo (?:taken|dated) ))",
    re.IGNORECASE,
)
CREDIT_INSIDE = re.compile(  # a credit after the caption's last sentence, or glued on: "...Tuesday.Credit...Reuters"
    r"[.!?]\s+(?:photo|image|picture|video)\s*:\s*[\w .'/&-]{2,60}$|\bCredit(?:\.\.\.|…)\S",
    re.IGNORECASE,
)


def is_credit(line: str) -> bool:
    """An image credit, caption or byline: "president.gov.ua", "Photo: AP", "Reuters/Gleb Garanich".
    (Two patterns, so that the whole-line forms are tried at the line's start only, not at every character.)"""
    return bool(CREDIT_LINE.match(line) or CREDIT_INSIDE.search(line))


# The page's own time stamps: "Updated 2 hours ago", "This story is from March 17, 2002",
# "Published on December 1, 2025, at 4:18 pm",
# "Issued on: 04/07/2025 - 16:48", "August 26, 2025 6:41 PM GMT+3". Only short lines are tested.
TIMESTAMP = re.compile(
    r"^(?:last\s+)?(?:published|updated|issued|modified|posted)\b(?:\s+on)?\s*:?.{0,80}\d|"
    r"^this (?:story|article) (?:is from|was published|is more than)\b|"  # archive stamps
    # The two stamps that may stand anywhere share one \b: the boundary is tested once per character.
    r"\b(?:(?:updated|modified)\b.{0,60}(?:\bago\b|\d{1,2}[:.]\d{2})|"
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|EST|EDT|CET|CEST|BST|ET|PT|CT)\b)",
    re.IGNORECASE,
)


# The header of a list of links to other stories; the short lines under it, up to the next
# blank line, are headlines of other stories ("Related", "list 1 of 3", "More on this story"). A blog's
# or a broadcaster's related box names its kind with one word before it: "Related BBC sites",
# "Related internet links", "Recent Related Entries", "Related Posts".
LIST_HEADER = re.compile(
    r"^(?:(?:recent )?related(?: (?:[\w-]+ )?(?:stories|articles|coverage|content|topics|links|posts|entries|videos|sites|pages|reports|information))?|recommended(?: stories| for you| reading)?|"
    r"more (?:on|about) (?:this (?:story|topic)|[\w ]{1,30})|explore more(?: on these topics)?|more from [\w ]{1,30}|read more|read next|most (?:read|viewed|popular)|"
    r"you may also like|you might also like|top stories|latest (?:news|stories)|in other news|further reading|"
    r"other (?:topics|stories) of interest|more (?:stories|news|coverage)|what to read next|editor'?s picks|"
    r"list of \d+ items|list \d+ of \d+|end of list)\s*:?$",
    re.IGNORECASE,
)

# Headlines of other stories that a scrape glued to the story's last paragraph: "... the bench
# asked. related stories lok sabha adjourned till 2 pmÂ muslim leaders hail sc order ...". The
# header follows a sentence end and is followed by a colon, a non-breaking space (or "Â", its
# cp1252 mojibake) or the line's end: the line is cut there and the tail is a link list.
GLUED_LIST = re.compile(r"(?<=[.!?\"”’'])\s+(?=related (?:stories|articles|news|links|coverage)\s*(?::|Â|\xa0|$))",
                        re.IGNORECASE)
GLUED_LIST_HEADER = re.compile(r"^related (?:stories|articles|news|links|coverage)\s*(?::|Â|\xa0|$)", re.IGNORECASE)

# Headings of a page section that is not the story, besides the comment and "more stories" headings
# of blockmodel.TAIL_START: other stories ("Read next", "Up next", "Editor's picks", "Top stories"),
# the author's bio ("About the author", "Author: Jane Doe"), a promotion ("Special report",
# "Newsletter"). A second run of prose under one is that section's, not a part of the story that a
# video box or gallery cut off (boilerplate.story_spans).
SECTION_HEADING = re.compile(
    r"^(?:read next|up next|next (?:story|article)|what to read next|editor'?s (?:picks?|choice)|"
    r"top (?:stories|news|headlines)|latest(?: news| stories| headlines)?|trending(?: now| stories)?|"
    r"special reports?|in other news|more from (?:the |our )?[\w ]{1,30}|"
    r"about the (?:authors?|writer|reporter)|authors?\s*:.*|newsletters?)\s*:?$",
    re.IGNORECASE,
)

# "Read more: ..." and, glued by a scrape, "Read moreArmenia's Pashinyan eyes ...".
INLINE_LINK = re.compile(r"^(?i:related|read (?:also|more|next)|see also|also read|more)\s*:|^(?:Read more|Read also|Related|See also)(?=[A-Z‘'\"“])")

# Where a reader-comment thread starts. Both gold sets leave comments out of the article, and a
# thread is prose (long, sentence-shaped, often addressing "you"), so line cues cannot tell it
# from the story; its header and its signatures can. A header line: "20 Responses to “Why
# You're Lazy”", "One comment", "Leave a Reply", "Comments (12)", a blog theme's "{ 7 comments… read
# them below or add one }"; not a bare "Comment", which is a button ("Share | Comment") or a
# section label as often as a header.
COMMENT_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|no)\s+(?:responses?|comments?|replies|thoughts?|reactions?)"
COMMENT_HEADER = re.compile(
    rf"^{COMMENT_COUNT}(?:\s+(?:to|on)\b.{{0,120}}|\s+(?:so far|add your comment|posted))?$|"
    # The count in matched brackets: "{ 1 comment… read it below or add one }", "(4 comments)", "[4 comments]".
    # In parentheses only a figure: "(Two responses)" can be a story's aside.
    rf"^{{\s*{COMMENT_COUNT}(?:\s*(?:…|\.\.\.)?\s*read (?:it|them) below or add one)?\s*}}$|"
    r"^\(\s*\d+\s+(?:responses?|comments?|replies)\s*\)$|^\[\s*\d+\s+(?:responses?|comments?|replies)\s*\]$|"
    r"^(?:leave a (?:reply|comment|response)|post a (?:comment|reply)|add (?:a|your) comment|reader comments|"
    r"comments(?: \(\d+\))?|comment \(\d+\)|join the (?:discussion|conversation)|discussion|have your say|speak your mind|"
    r"\d+ of \d+ comments loaded\b.*)\s*:?$",
    re.IGNORECASE,
)
# A comment's signature line: "Adam Isom says:", "Progress Trap said,", "Pearl Higgins on 10/29/2012
# at 2:07 PM said:" (a colon or comma ends it: headlines end "..., GAO says"). One such line may be a
# story's ("The minister said:"); a page with several is a thread.
COMMENT_SIGNATURE = re.compile(r"^\S.{0,80}?\s(?:says|said|wrote)\s*[:,]$", re.IGNORECASE)
