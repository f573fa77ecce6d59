"""Find the temporal expression that dates an event sentence and resolve it.

Why regexes and not dateparser: `dateparser.search.search_dates` costs ~1.5 ms per
sentence (measured, dateparser 1.5) and is noisy: it reads bare numbers as dates and,
with a relative base, resolves "on Friday" to the *previous* Friday and "since 2021" to
"2021-<today's month>-<today's day>". Even `dateparser.parse` on an already isolated
expression is ~0.5 ms. News sentences use a small, closed set of date expressions, so
precompiled regexes find them in microseconds and `datetime` arithmetic resolves them
exactly, with the tense rules below that dateparser has no notion of.

Tense rule (which occurrence of "Friday", which year of "July 3"):
  1. explicit modifiers win: "last Friday" -> past, "next Friday" -> future;
  2. the `future` argument, when given, overrides detection;
  3. a weekday/date right after a past speech verb ("said Tuesday") dates the statement:
     past;
  4. a weekday/date attached to a scheduled-event noun ("his summit with Putin on
     Friday", "Friday's talks") -> future if the clause has a future cue, past if it has a
     non-speech past verb ("met at a summit on Friday"), otherwise the *nearest*
     occurrence (a Tuesday article's "summit on Friday" is three days ahead, not four
     days back). Speech verbs ("has described his summit ...") say nothing about when
     the summit is;
  5. otherwise the tense cue nearest to the expression inside its clause (commas,
     semicolons, dashes, brackets) decides; failing that the sentence's first tense cue
     (`sentence_is_future`); failing that the nearest occurrence.
Past means "on or before publication", future "on or after publication": a weekday
equal to the publication weekday is the publication day itself (news says "next Tuesday"
for a week ahead).

When several expressions are present the most specific one wins (calendar date >
weekday > today/yesterday words > week > month > year), but a date attached to a speech
verb ("..., officials said Wednesday") only wins if nothing else is there; ties go to
the earliest expression.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable, Literal

from frontwire import vocab

Direction = Literal["past", "future", "nearest"]


@dataclass(frozen=True)
class ResolvedDate:
    date: str  # YYYY-MM-DD; the first day of the week (Monday)/month/year for coarser precisions
    precision: str  # day | week | month | year
    expression: str  # the matched text, as written
    start: int
    end: int
    speech: bool = False  # the day a statement was made ("said on Saturday"), for want of another


# ---------------------------------------------------------------- vocabulary

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_INDEX = {name.lower(): i for i, name in enumerate(WEEKDAYS)}

_MONTHS: dict[str, int] = {}
for _i, _name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"),
    start=1,
):
    _MONTHS[_name] = _i
    _MONTHS[_name[:3]] = _i
_MONTHS["sept"] = 9


def names_a_day_or_month(word: str) -> bool:
    """Is the word a weekday or a month name, full or abbreviated, in any case ("saturday", "Nov")?"""
    return word.lower() in _MONTHS or word.lower() in _WEEKDAY_INDEX

# Months are read capitalised, and in lower case too (feeds and archives that lower-case their
# text: "on february 27"), except "may", "march", "mar" and "august", which are ordinary words in
# lower case ("this august house"), and the lower-case abbreviations ("the jan sangh").
# After a preposition and before a day number they are months however written ("on march 3",
# "since may 2001"), and the abbreviations before one ("jan 5"): _MONTH_NEXT_TO_NUMBER. "they may 5
# times", "3 may be freed" stay out.
_MONTH_RE = (
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\.|\b)"
    r"|(?:january|february|april|june|july|september|october|november|december)\b)"
)
_LOWER_ABBREVIATIONS = r"(?:jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
_LOWER_MONTH_WORDS = r"(?:march|may|mar\.?|august)"  # ordinary words in lower case
_AFTER_PREPOSITION = "".join(rf"|(?<=\b{p} )" for p in ("on", "in", "by", "of", "since", "until", "till", "from", "before", "after"))[1:]
_MONTH_NEXT_TO_NUMBER = r"(?:" + _MONTH_RE + rf"|{_LOWER_ABBREVIATIONS}(?:\.|\b)|(?:{_AFTER_PREPOSITION}){_LOWER_MONTH_WORDS}\b)"
# Weekday names are no ordinary words: read in any case ("on saturday").
_WEEKDAY_RE = r"(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)"
_DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR_RE = r"(?:19\d\d|20\d\d)"
_NUM_WORDS = {"a": 1, "an": 1, **vocab.numbers(1, 12), "several": None, "few": None, "a few": None}
_COUNT_RE = r"(?:\d{1,3}|a|an|" + "|".join(vocab.numbers(1, 12)) + ")"

# Rank: lower is more specific. Day-level expressions differ in trust: a written
# calendar date beats a weekday, which beats "overnight"/"today".
_RANK_CALENDAR, _RANK_WEEKDAY, _RANK_RELDAY, _RANK_WEEK, _RANK_MONTH, _RANK_YEAR = range(6)

# ---------------------------------------------------------------- expression regexes

_ISO = re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
_MONTH_DAY = re.compile(
    rf"(?:\b(?i:on|by|since|until|from|before|after|late on|early on)\s+)?"
    rf"\b(?P<mon>{_MONTH_NEXT_TO_NUMBER})\s+(?P<day>{_DAY_RE})\b(?![,.]\d)(?!\s*(?:%|per\s?cent|km|kilomet|mile|people))"
    rf"(?:,?\s+(?P<year>{_YEAR_RE})\b)?"
)
_NIGHT_RANGE = re.compile(
    rf"\bnight of\s+(?P<mon>{_MONTH_NEXT_TO_NUMBER})\s+(?P<day1>\d{{1,2}})\s*(?:-|–|to|and|into)\s*(?P<day2>\d{{1,2}})\b"
)
_DAY_MONTH = re.compile(
    rf"(?:\b(?i:on|by|since|until|from|before|after)\s+)?"
    rf"\b(?P<day>{_DAY_RE})\s+(?:of\s+)?(?P<mon>{_MONTH_RE})(?!\w)"
    rf"(?:,?\s+(?P<year>{_YEAR_RE})\b)?"
)
# "on 3 march", "since 15 august 2001": a day before a lower-case month that is also a word is read
# after a preposition only ("3 may be freed" is none).
_DAY_MONTH_AFTER_PREP = re.compile(
    rf"\b(?i:on|by|since|from|before|after)\s+(?P<day>{_DAY_RE})\s+(?:of\s+)?"
    rf"(?P<mon>{_LOWER_MONTH_WORDS}|{_LOWER_ABBREVIATIONS})(?!\w)"
    rf"(?:,?\s+(?P<year>{_YEAR_RE})\b)?"
)
_MONTH_ONLY = re.compile(
    rf"\b(?P<pre>(?i:in|since|during|by|until|till|from|through|throughout|early|late|mid-|mid|"
    rf"last|this|next|of|before|after|between|earlier in|later in|since early|since late))"
    rf"(?:(?<=-)|\s+)(?P<mon>{_MONTH_RE})(?!\s+{_DAY_RE}\b)(?:,?\s+(?P<year>{_YEAR_RE})\b)?"
)
_MONTH_YEAR = re.compile(rf"\b(?P<mon>{_MONTH_NEXT_TO_NUMBER})\s+(?P<year>{_YEAR_RE})\b")
_YEAR = re.compile(
    rf"\b(?i:in|since|during|by|until|till|from|through|throughout|before|after|of|"
    rf"early|late|mid-|mid|the)(?:(?<=-)|\s+)(?P<year>{_YEAR_RE})\b(?![,.]?\d)(?!\s*(?:%|people|troops|soldiers|km))"
    # "of 2000 trucks" is a count: a bare plural noun after a year-like number.
    rf"(?!\s+(?!elections|talks|protests|negotiations|hostilities)[a-z]+s\b)"
)
# "overnight Tuesday-Wednesday", "the night of Tuesday to Wednesday": dated by the morning it ends
# in, as "the night of September 16 to 17" is (_NIGHT_RANGE).
_WEEKDAY_NIGHT = re.compile(
    rf"\b(?i:overnight(?:\s+from)?|night\s+(?:of|from))\s+{_WEEKDAY_RE}\s*(?:-|–|to|into|and)\s*(?P<wd>{_WEEKDAY_RE})\b"
)
_WEEKDAY = re.compile(
    rf"(?:\b(?P<mod>(?i:last|next|this coming|this past|this|coming|on|early|late|earlier|"
    rf"early on|late on|by|since|until|from|before))\s+)?"
    rf"(?<![Gg]ood )(?<![Bb]lack )(?<![Bb]loody )\b(?P<wd>{_WEEKDAY_RE})(?P<poss>'s|’s)?"
    rf"(?:\s+(?:morning|afternoon|evening|night))?\b"
)
_REL_DAY = re.compile(
    r"\b(?:"
    r"(?P<m2>the day before yesterday)"
    r"|(?P<m1>(?:late\s+|early\s+)?yesterday(?:\s+(?:morning|afternoon|evening))?|last night|late last night)"
    r"|(?P<p1>tomorrow(?:\s+(?:morning|afternoon|evening|night))?)"
    r"|(?P<p0>(?:earlier |later |late |early )?today|tonight|this (?:morning|afternoon|evening)"
    r"|overnight|(?:in|over|during) the (?:past|last) (?:few |several |\d{1,2} |twenty-four )?hours"
    r"|(?:in|over|during) the (?:past|last) day)"
    # ("two years back": Indian English for "ago")
    r"|(?P<ago>(?P<n>" + _COUNT_RE + r")\s+(?P<unit>days?|weeks?|months?|years?|decades?|centur(?:y|ies))\s+(?:ago|(?P<back>back)))"
    r")\b",
    re.IGNORECASE,
)
_REL_PERIOD = re.compile(
    r"\b(?P<mod>last|this|next|earlier this|later this|since last|early last|late last|"
    r"earlier last|early this|late this)\s+(?P<unit>week|month|year)\b",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- tense cues

_FUTURE_CUE = re.compile(
    r"\b(?:will|won't|shall|would|wouldn't|set to|set for|scheduled|slated|planned|plans? to|"
    r"planning to|intends? to|(?:is|are|was|were) due|(?:is|are) expected|expected to|"
    r"(?:is|are) going to|(?:is|are) poised to|(?:is|are) to (?:meet|hold|visit|travel|sign|host|attend|take place|begin|start|resume)|to be held|"
    r"next(?! to)|upcoming|forthcoming|later this|coming)\b|'ll\b",
    re.IGNORECASE,
)
_SPEECH_PAST = (
    r"said|told|announced|stated|added|wrote|posted|reported|declared|warned|claimed|"
    r"described|called|insisted|stressed|noted|confirmed|hailed|welcomed|praised|dismissed|"
    r"denied|urged|argued|suggested|tweeted|explained|acknowledged|admitted|signalled|signaled|"
    r"threatened|vowed|pledged|promised|predicted|hoped"
)
_SPEECH_PAST_RE = re.compile(rf"\b(?:{_SPEECH_PAST})\b", re.IGNORECASE)
_IRREGULAR_PAST = (
    r"was|were|had|did|said|told|struck|hit|met|took|shot|fell|came|went|began|held|spoke|"
    r"fought|left|made|gave|saw|sent|flew|drove|won|lost|fled|led|broke|brought|caught|built|"
    r"stood|threw|found|kept|ran|rose|ago|overran|undertook|withdrew|sought|sank|burnt|"
    r"became|got|chose|knew|read|wrote|paid|put|set off|tore|woke"
)
# The regular -ed form is matched in lower case only, so names like "Ahmed" are no cue.
_PAST_CUE = re.compile(rf"(?<![-\w])(?:(?i:{_IRREGULAR_PAST})|[a-z]{{2,}}ed)\b")
# -ed words that are not past-tense verbs.
_NOT_PAST = frozenset(
    "hundred united speed indeed need needed proceed succeed exceed breed seed feed embed "
    "naked sacred kindred wicked rugged ragged beloved alleged so-called armed aged shed sled".split()
)
# Events that are announced ahead: a weekday attached to one of these is ambiguous.
_EVENT_NOUN = (
    r"summit|talks|meeting|meetings|negotiations|vote|voting|election|elections|visit|"
    r"ceremony|deadline|session|conference|hearing|referendum|trip|parade|rally|debate|"
    r"inauguration|funeral|call|phone call|round|sitting|meet|audience|deal signing|signing"
)
_EVENT_BEFORE = re.compile(rf"\b(?:{_EVENT_NOUN})\b(?:\s+[\w'’.-]+){{0,3}}\s*$", re.IGNORECASE)
_EVENT_AFTER = re.compile(rf"\s*(?:[\w-]+\s+){{0,2}}(?:{_EVENT_NOUN})\b", re.IGNORECASE)
# A date right after a speech verb is when something was said, not when it happened.
# Kept narrow ("said the attack on Friday" must stay an event date).
_SPEECH_BEFORE = re.compile(
    rf"(?:\b(?:{_SPEECH_PAST})|\btold\s+(?:the\s+|a\s+)?[\w'’]+(?:\s+conference)?)"
    rf"(?:\s+(?:in|at)\s+an?\s+\w+(?:\s+\w+)?)?(?:\s+(?:late|early|that))?\s*$",
    re.IGNORECASE,
)
# A day that bounds a period ("remanded till April 1", "curfew extended until Monday") says how
# long something lasts, not when it happened.
_BOUND_BEFORE = re.compile(r"(?<!\bnot )\b(?:till|until|up to|upto)(?:\s+the)?\s*$", re.IGNORECASE)
_BOUND_START = re.compile(r"(?:till|until|up to|upto)\b", re.IGNORECASE)
# A day after "by" is a deadline ("promised to step down by October 15", "leave by Friday", "by the end
# of January"), not when the act was told; except a tally as of then ("By Tuesday, 50 people had been
# killed") and a day's own act ("killed by Tuesday's strike").
_DEADLINE_BEFORE = re.compile(r"\bby(?:\s+the(?:\s+(?:end|middle|start|beginning))?(?:\s+of)?)?\s*$", re.IGNORECASE)
_DEADLINE_START = re.compile(r"by\b", re.IGNORECASE)
_AS_OF = re.compile(r"\bhad\b", re.IGNORECASE)
# ... unless the act happens then ("not until Saturday", "will not withdraw until Friday") or ends
# then ("fighting continued until late Saturday").
_UNTIL_IS_WHEN = re.compile(r"\b(?:not|n't|never|continu\w*|last(?:ed|s|ing)?|rag(?:ed|es|ing)|went on|go(?:es)? on|"
                            r"going on|persist\w*)\b|n't\b", re.IGNORECASE)
# Cheap gates: most sentences name no date at all, and a single literal scan is several
# times cheaper than running every expression regex over them.
# (months in lower case only before or after a number: a lookbehind alternation scanned at every
# position cost three times the whole date finder)
_MONTH_STEM_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_STEMS = "(?:" + "|".join(_MONTH_STEM_WORDS) + ")"
_MONTH_GATE = re.compile(_MONTH_RE + rf"|(?i:\b{_MONTH_STEMS}[a-z]*\.?\s+\d)|\d\s+(?:of\s+)?(?i:{_MONTH_STEMS})")
_YEAR_GATE = re.compile(_YEAR_RE)
# Gates read the lower-cased sentence: a case-insensitive pattern scans ten times slower in `re`.
_WEEKDAY_GATE = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day")
_REL_DAY_WORDS = ("yesterday", "night", "tomorrow", "today", "morning", "afternoon", "evening",
                  "hours", "past day", "last day", "ago", "back")
_PERIOD_WORDS = ("week", "month", "year")
# What every expression _find_candidates reads needs (may_name_a_time): a digit (ISO dates, years, a
# month with a day), a month name as _MONTH_RE writes it (capitalised, or spelled out in lower case),
# or a word of the weekday, relative-day and period gates (of a phrase, "past day", one word will do).
_ANY_DIGIT = re.compile(r"\d")
_CAPITALISED_MONTH_STEMS = tuple(stem.capitalize() for stem in _MONTH_STEM_WORDS)
_TIME_WORDS = tuple(dict.fromkeys((
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "day", *(phrase.split()[-1] for phrase in _REL_DAY_WORDS), *_PERIOD_WORDS)))


def may_name_a_time(text: str) -> bool:
    """Could resolve_date find a time in the text, or in any copy of it with stretches blanked by spaces
    (the events stage blanks other clauses out before it reads a date)? False only where it finds none:
    each gate of _find_candidates needs a digit or one of these words, and blanking adds neither (the
    words hold no space). One scan of the sentence spares building blanked copies of it that would
    name no time either."""
    lower = text.lower()
    return _ANY_DIGIT.search(text) is not None or any(map(lower.__contains__, _TIME_WORDS)) \
        or any(map(text.__contains__, _CAPITALISED_MONTH_STEMS))


# Commas and colons inside numbers ("30,000", "11:30") do not end a clause.
_CLAUSE_BREAK = re.compile(r"[;()\[\]—–]|[,:](?!\d)|\s-\s")
# Verbs that move something by a span ("pushed two weeks back"; words.yaml).
_DISPLACING_VERBS = vocab.words("displacing_verb")


def counts_back(text: str) -> bool:
    """Does the text name a span counted back from the story's day ("two weeks ago", "three years back";
    not "pushed two weeks back", a move by that much)?"""
    lower = text.lower()
    return ("ago" in lower or "back" in lower) and any(
        m["ago"] and not (m["back"] and _moved_by(text, m.start())) for m in _REL_DAY.finditer(text))


def _moved_by(sentence: str, start: int) -> bool:
    """Is the word right before a span a verb of moving or putting off ("pushed two weeks back": by that much, not
    that long ago)?"""
    before = sentence[:start].split()
    return bool(before) and before[-1].lower() in _DISPLACING_VERBS


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    rank: int
    resolve: Callable[[Direction], tuple[dt.date, str] | None]
    explicit: Direction | None = None  # set by "last"/"next"/"ago"-style modifiers
    tense_sensitive: bool = True


def sentence_is_future(sentence: str) -> bool:
    """True when the sentence's first tense cue is a future one.

    The first cue approximates the main verb (news sentences are subject-first), so
    "Zelensky said Ukraine would ..." is a past statement, while "The summit, set to
    take place on Friday, will ..." is about a future event.
    """
    cues = _tense_cues(sentence)
    return bool(cues) and cues[0][2] == "future"


def weekday_anchor(published: dt.date, weekday: int, direction: Direction) -> dt.date:
    """The occurrence of `weekday` (0=Monday) relative to `published`.

    "past" and "future" include the publication day itself; "nearest" picks the closer
    of the two (never a tie: 7 is odd).
    """
    back = (published.weekday() - weekday) % 7
    ahead = (weekday - published.weekday()) % 7
    if direction == "past":
        return published - dt.timedelta(days=back)
    if direction == "future":
        return published + dt.timedelta(days=ahead)
    return published - dt.timedelta(days=back) if back <= ahead else published + dt.timedelta(days=ahead)


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def resolve_date(
    sentence: str, published: dt.date | None, *, future: bool | None = None
) -> ResolvedDate | None:
    """The date of the event `sentence` reports, or None when it names no time.

    Without a publication date only self-contained expressions (ISO dates, dates with
    a year, bare years) can be resolved.
    """
    candidates = _find_candidates(sentence, published)
    if not candidates:
        return None
    forced: Direction | None = None if future is None else ("future" if future else "past")
    # Speech-attached dates lose to any other date; then specificity, then position.
    scored = []
    for cand in candidates:
        speech = bool(_SPEECH_BEFORE.search(sentence, max(0, cand.start - 60), cand.start))
        # "said Friday's summit ..." names the summit's day, not the statement's.
        speech = speech and not sentence[cand.start : cand.end].endswith(("'s", "’s"))
        scored.append((speech, cand.rank, cand.start, cand))
    scored.sort(key=lambda item: item[:3])
    cues: list[tuple[int, int, str]] | None = None
    for speech, _rank, _start, cand in scored:
        if (_BOUND_BEFORE.search(sentence, max(0, cand.start - 12), cand.start) or _BOUND_START.match(sentence, cand.start)) \
                and not _UNTIL_IS_WHEN.search(sentence, _clause_bounds(sentence, cand.start, cand.end)[0], cand.start):
            continue  # "remanded to police custody till April 1": how long, not when
        if (_DEADLINE_BEFORE.search(sentence, max(0, cand.start - 24), cand.start) or _DEADLINE_START.match(sentence, cand.start)) \
                and not sentence[cand.start : cand.end].endswith(("'s", "’s")) \
                and not _AS_OF.search(sentence):
            continue  # "promised to step down by October 15": a deadline, not when
        if cand.explicit is not None or not cand.tense_sensitive:
            direction: Direction = cand.explicit or "past"
        elif forced is not None:
            direction = forced
        elif speech:
            direction = "past"
        else:
            if cues is None:
                cues = _tense_cues(sentence)
            direction = _direction(sentence, cand.start, cand.end, cues)
        resolved = cand.resolve(direction)
        if resolved is not None:
            day, precision = resolved
            return ResolvedDate(
                day.isoformat(), precision, sentence[cand.start:cand.end], cand.start, cand.end, speech
            )
    return None


# ---------------------------------------------------------------- internals

def _tense_cues(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, 'future'|'past'|'speech') for every tense cue, in order."""
    cues = [(m.start(), m.end(), "future") for m in _FUTURE_CUE.finditer(sentence)]
    for m in _PAST_CUE.finditer(sentence):
        word = m.group(0).lower()
        if word in _NOT_PAST or any(s < m.end() and m.start() < e for s, e, _ in cues):
            continue
        kind = "speech" if _SPEECH_PAST_RE.fullmatch(word) else "past"
        cues.append((m.start(), m.end(), kind))
    cues.sort()
    return cues


def _clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    lo = 0
    for m in _CLAUSE_BREAK.finditer(sentence, 0, start):
        lo = m.end()
    m = _CLAUSE_BREAK.search(sentence, end)
    hi = m.start() if m else len(sentence)
    return lo, hi


def _direction(sentence: str, start: int, end: int, cues: list[tuple[int, int, str]]) -> Direction:
    lo, hi = _clause_bounds(sentence, start, end)
    in_clause = [c for c in cues if lo <= c[0] and c[1] <= hi and not (start <= c[0] < end)]
    attached = bool(_EVENT_BEFORE.search(sentence[lo:start])) or (
        sentence[start:end].endswith(("'s", "’s")) and bool(_EVENT_AFTER.match(sentence, end, hi))
    )
    if attached:
        if any(kind == "future" for _, _, kind in in_clause):
            return "future"
        if any(kind == "past" for _, _, kind in in_clause):
            return "past"
        return "nearest"
    if in_clause:
        nearest = min(in_clause, key=lambda c: start - c[1] if c[1] <= start else c[0] - end)
        return "future" if nearest[2] == "future" else "past"
    if cues:
        return "future" if cues[0][2] == "future" else "past"
    return "nearest"


def _month_number(token: str) -> int:
    return _MONTHS[token.rstrip(".").lower()]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _pick_year(published: dt.date, month: int, day: int, direction: Direction) -> dt.date | None:
    """The year for a yearless calendar date, relative to publication."""
    options = [d for y in (published.year - 1, published.year, published.year + 1)
               if (d := _safe_date(y, month, day)) is not None]
    if direction == "past":
        options = [d for d in options if d <= published]
        return max(options) if options else None
    if direction == "future":
        options = [d for d in options if d >= published]
        return min(options) if options else None
    return min(options, key=lambda d: abs((d - published).days)) if options else None


# "last March", "next June": the year is told.
_TOLD_WHICH_YEAR = re.compile(r"\b(?:last|next|this|coming|past)\b", re.IGNORECASE)


def day_of_another_time(found: ResolvedDate, published: dt.date) -> bool:
    """A day or month named without its year, read as last year's because the sentence is in the
    past, that falls within the coming three months: news names a day without its year only within
    the months around it, so such a day is most likely that of something planned ("threatened to
    launch an agitation if the ceremony is not allowed on March 15", published March 9), not the
    act's; or the publication day is not the story's ("agreed to lift embargoes in late February",
    with no day of publication known)."""
    if found.precision not in {"day", "month"} or _YEAR_GATE.search(found.expression) or found.expression[:4].isdigit() \
            or _TOLD_WHICH_YEAR.search(found.expression):
        return False
    day = dt.date.fromisoformat(found.date)
    ahead = _safe_date(day.year + 1, day.month, day.day)
    return (published - day).days > 183 and ahead is not None and 0 < (ahead - published).days <= 92


def _pick_month(published: dt.date, month: int, direction: Direction) -> dt.date:
    this_year = dt.date(published.year, month, 1)
    pub_month = dt.date(published.year, published.month, 1)
    if direction == "past":
        return this_year if this_year <= pub_month else dt.date(published.year - 1, month, 1)
    if direction == "future":
        return this_year if this_year >= pub_month else dt.date(published.year + 1, month, 1)
    gap = (month - published.month) % 12
    return (dt.date(published.year + (month < published.month), month, 1) if gap <= 6
            else dt.date(published.year - (month > published.month), month, 1))


def _shift_month(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _count(token: str) -> int | None:
    token = token.lower()
    return int(token) if token.isdigit() else _NUM_WORDS.get(token)


def _find_candidates(sentence: str, published: dt.date | None) -> list[_Candidate]:
    found: list[_Candidate] = []
    pub = published

    for m in (_ISO.finditer(sentence) if "-" in sentence else ()):
        day = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if day is not None:
            found.append(_Candidate(m.start(), m.end(), _RANK_CALENDAR,
                                    lambda _d, day=day: (day, "day"), tense_sensitive=False))

    lower = sentence.lower()
    has_month = any(map(lower.__contains__, _MONTH_STEM_WORDS)) and _MONTH_GATE.search(sentence) is not None
    # "the night of September 16 to 17" is dated by the morning it ends in, as the reports of
    # its strikes are ("overnight" on the 17th).
    for m in _NIGHT_RANGE.finditer(sentence) if has_month and pub is not None else ():
        month, day_no = _month_number(m["mon"]), int(m["day2"])
        def resolve_night(d: Direction, month: int = month, day_no: int = day_no) -> tuple[dt.date, str] | None:
            day = _pick_year(pub, month, day_no, d)
            return (day, "day") if day else None
        found.append(_Candidate(m.start(), m.end(), _RANK_CALENDAR, resolve_night))
    for regex in (_MONTH_DAY, _DAY_MONTH, _DAY_MONTH_AFTER_PREP) if has_month else ():
        for m in regex.finditer(sentence):
            month, day_no = _month_number(m["mon"]), int(re.sub(r"\D", "", m["day"]))
            if m["year"]:
                day = _safe_date(int(m["year"]), month, day_no)
                if day is not None:
                    found.append(_Candidate(m.start(), m.end(), _RANK_CALENDAR,
                                            lambda _d, day=day: (day, "day"), tense_sensitive=False))
            elif pub is not None:
                def resolve_day(d: Direction, month: int = month, day_no: int = day_no
                                ) -> tuple[dt.date, str] | None:
                    day = _pick_year(pub, month, day_no, d)
                    return (day, "day") if day else None
                found.append(_Candidate(m.start(), m.end(), _RANK_CALENDAR, resolve_day))

    for m in _MONTH_YEAR.finditer(sentence) if has_month else ():
        first = dt.date(int(m["year"]), _month_number(m["mon"]), 1)
        found.append(_Candidate(m.start(), m.end(), _RANK_MONTH,
                                lambda _d, first=first: (first, "month"), tense_sensitive=False))

    for m in _MONTH_ONLY.finditer(sentence) if has_month else ():
        month = _month_number(m["mon"])
        if m["year"]:
            first = dt.date(int(m["year"]), month, 1)
            found.append(_Candidate(m.start(), m.end(), _RANK_MONTH,
                                    lambda _d, first=first: (first, "month"), tense_sensitive=False))
        elif pub is not None:
            pre = m["pre"].lower()
            explicit: Direction | None = {"last": "past", "next": "future"}.get(pre)
            # "last August" published in August is a year back, not this month.
            bump = {"last": -12, "next": 12}.get(pre, 0)

            def resolve_month(d: Direction, month: int = month, bump: int = bump
                              ) -> tuple[dt.date, str]:
                first = _pick_month(pub, month, d)
                if bump and first == dt.date(pub.year, pub.month, 1):
                    first = _shift_month(first, bump)
                return first, "month"
            found.append(_Candidate(m.start(), m.end(), _RANK_MONTH, resolve_month, explicit))

    for m in _YEAR.finditer(sentence) if _YEAR_GATE.search(sentence) else ():
        first = dt.date(int(m["year"]), 1, 1)
        found.append(_Candidate(m.start(), m.end(), _RANK_YEAR,
                                lambda _d, first=first: (first, "year"), tense_sensitive=False))

    if pub is not None:
        _relative_candidates(sentence, pub, found)

    # Drop expressions nested inside longer ones ("July 2024" inside "in July 2024").
    found.sort(key=lambda c: (c.start, -c.end))
    kept: list[_Candidate] = []
    for cand in found:
        if kept and cand.start >= kept[-1].start and cand.end <= kept[-1].end:
            continue
        kept.append(cand)
    return kept


def _relative_candidates(sentence: str, pub: dt.date, found: list[_Candidate]) -> None:
    lower = sentence.lower()
    weekdays = "day" in lower and _WEEKDAY_GATE.search(lower) is not None
    for m in _WEEKDAY_NIGHT.finditer(sentence) if weekdays and "night" in lower else ():
        found.append(_Candidate(
            m.start(), m.end(), _RANK_WEEKDAY,
            lambda d, weekday=_WEEKDAY_INDEX[m["wd"].lower()]: (weekday_anchor(pub, weekday, d), "day"),
        ))
    for m in _WEEKDAY.finditer(sentence) if weekdays else ():
        weekday = _WEEKDAY_INDEX[m["wd"].lower()]
        mod = (m["mod"] or "").lower()
        if mod == "last":
            day = weekday_anchor(pub - dt.timedelta(days=1), weekday, "past")
            found.append(_Candidate(m.start(), m.end(), _RANK_WEEKDAY,
                                    lambda _d, day=day: (day, "day"), "past"))
            continue
        if mod == "next":
            day = weekday_anchor(pub + dt.timedelta(days=1), weekday, "future")
            found.append(_Candidate(m.start(), m.end(), _RANK_WEEKDAY,
                                    lambda _d, day=day: (day, "day"), "future"))
            continue
        explicit: Direction | None = None
        if mod in ("this coming", "coming"):
            explicit = "future"
        elif mod == "this past":
            explicit = "past"
        found.append(_Candidate(
            m.start(), m.end(), _RANK_WEEKDAY,
            lambda d, weekday=weekday: (weekday_anchor(pub, weekday, d), "day"), explicit,
        ))

    rel_day = any(map(lower.__contains__, _REL_DAY_WORDS))
    for m in _REL_DAY.finditer(sentence) if rel_day else ():
        if m["ago"]:
            n = _count(m["n"])
            if n is None or m["back"] and _moved_by(sentence, m.start()):
                continue
            unit = m["unit"].lower().rstrip("s")
            if unit in {"decade", "century", "centurie"}:  # "three decades ago": a year that long back
                n, unit = n * (10 if unit == "decade" else 100), "year"
            if unit == "day":
                value = (pub - dt.timedelta(days=n), "day")
            elif unit == "week":
                value = (week_start(pub - dt.timedelta(weeks=n)), "week")
            elif unit == "month":
                value = (_shift_month(pub, -n), "month")
            else:
                value = (dt.date(pub.year - n, 1, 1), "year")
            rank = {"day": _RANK_RELDAY, "week": _RANK_WEEK, "month": _RANK_MONTH}.get(
                value[1], _RANK_YEAR)
        else:
            offset = -2 if m["m2"] else -1 if m["m1"] else 1 if m["p1"] else 0
            value = (pub + dt.timedelta(days=offset), "day")
            rank = _RANK_RELDAY
        found.append(_Candidate(m.start(), m.end(), rank, lambda _d, v=value: v, "past",
                                tense_sensitive=False))

    for m in (_REL_PERIOD.finditer(sentence)
              if any(map(lower.__contains__, _PERIOD_WORDS)) else ()):
        mod, unit = m["mod"].lower(), m["unit"].lower()
        step = -1 if "last" in mod else 1 if mod == "next" else 0
        if unit == "week":
            value = (week_start(pub) + dt.timedelta(weeks=step), "week")
            rank = _RANK_WEEK
        elif unit == "month":
            value = (_shift_month(pub, step), "month")
            rank = _RANK_MONTH
        else:
            value = (dt.date(pub.year + step, 1, 1), "year")
            rank = _RANK_YEAR
        found.append(_Candidate(m.start(), m.end(), rank, lambda _d, v=value: v, "past",
                                tense_sensitive=False))


# "Two days earlier", "the previous day", "a day later": counted from the date the story gave
# before, not from publication.
_STORY_RELATIVE = re.compile(
    r"(?i)\b(?:(?P<n>a|" + "|".join(vocab.numbers(1, 7)) + r"|\d{1,2}) days? (?P<way>earlier|before|later)(?! than)(?!\s+(?:the|a|an|his|her|its|their)\b)"
    r"|the (?P<word>day before|previous day|day after|next day|following day)(?!\s+(?:the|a|an|his|her|its|their)\b))\b")
_SMALL_NUMBERS = {"a": 1, **vocab.numbers(1, 7)}


def story_offset_days(sentence: str) -> int | None:
    """Days from the story's previous date that the sentence says its event lies, or None:
    "Two days earlier, ..." -> -2, "the next day" -> 1."""
    if "day" not in sentence.lower():
        return None  # every wording of _STORY_RELATIVE says "day": most sentences skip the pattern
    match = _STORY_RELATIVE.search(sentence)
    if match is None:
        return None
    if match["word"]:
        return -1 if match["word"] in {"day before", "previous day"} else 1
    count = _SMALL_NUMBERS.get(match["n"].lower()) or int(match["n"])
    return -count if match["way"].lower() in {"earlier", "before"} else count
