import datetime as dt
import re
import time
from pathlib import Path

import pytest

from frontwire.extract.dates import (
    ResolvedDate,
    resolve_date,
    sentence_is_future,
    week_start,
    weekday_anchor,
)

TUE = dt.date(2025, 8, 12)  # a Tuesday: the Alaska summit was on Friday 2025-08-15


def resolved(sentence: str, published: dt.date | None = TUE, **kw) -> tuple[str, str] | None:
    result = resolve_date(sentence, published, **kw)
    return None if result is None else (result.date, result.precision)


# ------------------------------------------------------------------ weekdays

@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the seeds from the brief
        ("Russian drones struck Kyiv on the night of August 10 to 11, the air force said.", "2025-08-11"),
        ("Police detained 40 protesters on the night of Aug. 9-10 in Tbilisi.", "2025-08-10"),
        ("The summit, set to take place in Alaska on Friday, will be the first meeting "
         "between the two leaders since 2021.", "2025-08-15"),
        ("Zelensky said Tuesday that Ukraine would not cede any territory to Russia.",
         "2025-08-12"),
        ("Trump has described his summit with Putin on Friday as a chance to feel out the "
         "Russian leader.", "2025-08-15"),
        # future cues
        ("The two leaders will meet on Friday at a military base in Anchorage.", "2025-08-15"),
        ("Friday's summit would be the first face-to-face meeting since 2021.", "2025-08-15"),
        ("The talks are scheduled for Friday in Istanbul.", "2025-08-15"),
        ("Zelensky is due to travel to Washington on Monday.", "2025-08-18"),
        ("European leaders plan to hold a video call with Trump on Wednesday.", "2025-08-13"),
        # past tense
        ("Russian forces struck Kharkiv on Friday, killing three people.", "2025-08-08"),
        ("On Sunday, Israeli strikes hit a school sheltering displaced families in Gaza City.",
         "2025-08-10"),
        ("A Russian drone hit a bus in Bilopillia on Monday morning.", "2025-08-11"),
        ("Trump and Putin met at a summit in Alaska on Friday.", "2025-08-08"),
        # the publication weekday itself is the publication day, either way
        ("Russian missiles struck Zaporizhzhia on Tuesday.", "2025-08-12"),
        ("The UN Security Council will meet on Tuesday to discuss Gaza.", "2025-08-12"),
        # explicit modifiers
        ("Sudan's army retook the town last Tuesday.", "2025-08-05"),
        ("The sides will meet again next Tuesday.", "2025-08-19"),
        ("Negotiators will reconvene this coming Saturday.", "2025-08-16"),
        # a night between two weekdays is dated by the morning it ends in, as one between two dates is
        ("Israeli troops killed two gunmen during a raid in Jenin overnight Monday-Tuesday.", "2025-08-12"),
        ("Russian drones struck Odesa on the night of Sunday to Monday, the governor said.", "2025-08-11"),
    ],
)
def test_weekdays(sentence: str, expected: str) -> None:
    assert resolved(sentence) == (expected, "day")


def test_weekday_clause_beats_future_elsewhere() -> None:
    # "would" belongs to the reported speech, not to the strike.
    sentence = "Russian forces struck Kharkiv on Friday, and Zelensky said Ukraine would respond."
    assert resolved(sentence) == ("2025-08-08", "day")


def test_event_noun_followed_by_past_verb_is_past() -> None:
    assert resolved("The summit on Friday ended without a deal.") == ("2025-08-08", "day")


def test_untensed_weekday_takes_nearest_occurrence() -> None:
    assert resolved("Ceasefire talks on Thursday in Doha.") == ("2025-08-14", "day")
    assert resolved("Ceasefire talks on Sunday in Doha.") == ("2025-08-10", "day")


def test_future_argument_overrides_detection() -> None:
    sentence = "Russian forces struck Kharkiv on Friday."
    assert resolved(sentence, future=True) == ("2025-08-15", "day")
    assert resolved("Leaders will meet on Friday.", future=False) == ("2025-08-08", "day")


def test_speech_date_loses_to_event_date() -> None:
    sentence = "Zelensky said Tuesday that Russia's attack on Sunday killed 12 people in Sumy."
    result = resolve_date(sentence, TUE)
    assert result == ResolvedDate("2025-08-10", "day", "on Sunday", 43, 52)
    sentence = ("Russian forces killed five people in Kherson on Monday, regional officials said "
                "Tuesday.")
    assert resolved(sentence) == ("2025-08-11", "day")


def test_expression_span_and_text() -> None:
    sentence = "The summit, set to take place in Alaska on Friday, will be the first since 2021."
    result = resolve_date(sentence, TUE)
    assert result is not None
    assert result.expression == "on Friday"
    assert sentence[result.start:result.end] == "on Friday"


def test_good_friday_is_not_a_weekday() -> None:
    assert resolved("Northern Ireland's Good Friday Agreement ended decades of conflict.") is None


# ------------------------------------------------------------------ relative days

@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Russia launched 100 drones at Ukraine overnight, the air force said.", "2025-08-12"),
        ("Israeli strikes killed at least 25 people across Gaza today, health officials said.",
         "2025-08-12"),
        ("Air raid sirens sounded in Kyiv tonight as ballistic missiles approached.",
         "2025-08-12"),
        ("Russian glide bombs hit Kostiantynivka this morning.", "2025-08-12"),
        ("The RSF shelled El Fasher earlier today, the Sudan Doctors Network said.",
         "2025-08-12"),
        ("Russian troops captured two villages in the past 24 hours, the ministry said.",
         "2025-08-12"),
        ("Ukraine's air defences shot down 40 drones in the past hours.", "2025-08-12"),
        ("Hamas said 12 hostages' bodies were handed over yesterday.", "2025-08-11"),
        ("A Russian missile hit an apartment block in Dnipro last night.", "2025-08-11"),
        ("Negotiators return to Cairo tomorrow for another round of talks.", "2025-08-13"),
        ("Three days ago, a drone hit a market in Kherson.", "2025-08-09"),
    ],
)
def test_relative_days(sentence: str, expected: str) -> None:
    assert resolved(sentence) == (expected, "day")


def test_weekday_beats_overnight() -> None:
    assert resolved("Russia launched 80 drones overnight on Saturday.") == ("2025-08-09", "day")


# ------------------------------------------------------------------ weeks, months, years

@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Fighting intensified last week around Pokrovsk.", ("2025-08-04", "week")),
        ("Russian forces captured more ground this week than in any week this year.",
         ("2025-08-11", "week")),
        ("Envoys are expected in Moscow next week.", ("2025-08-18", "week")),
        ("Two weeks ago, the RSF attacked the Zamzam camp.", ("2025-07-28", "week")),
        ("The RSF took the town of El Nahud last month.", ("2025-07-01", "month")),
        ("Casualties in Gaza rose sharply earlier this month.", ("2025-08-01", "month")),
        ("Russia's summer offensive began in July.", ("2025-07-01", "month")),
        ("Ukraine's Kursk incursion began in August 2024.", ("2024-08-01", "month")),
        ("Ukrainian troops entered the Kursk region in July 2024.", ("2024-07-01", "month")),
        # a month after the publication month, past tense: last year
        ("Israel launched its ground offensive in Rafah in October.", ("2024-10-01", "month")),
        ("Peace talks could resume in September, diplomats said.", ("2025-09-01", "month")),
        ("Russia has held the town since February 2024.", ("2024-02-01", "month")),
        ("In mid-July, Russian forces shelled Sumy.", ("2025-07-01", "month")),
        ("The war has killed tens of thousands since 2021.", ("2021-01-01", "year")),
        ("In 2022, Russia launched its full-scale invasion of Ukraine.", ("2022-01-01", "year")),
        ("Sudan's civil war erupted in 2023 between the army and the RSF.",
         ("2023-01-01", "year")),
        ("The 2014 annexation of Crimea was never recognised.", ("2014-01-01", "year")),
        ("Russia has struck more often than last year.", ("2024-01-01", "year")),
    ],
)
def test_periods(sentence: str, expected: tuple[str, str]) -> None:
    assert resolved(sentence) == expected


# ------------------------------------------------------------------ calendar dates

@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Russia struck Odesa's port on July 3.", "2025-07-03"),
        ("The truce took effect on July 3, 2025.", "2025-07-03"),
        ("The truce took effect on 3 July.", "2025-07-03"),
        ("A ceasefire was signed on 3 July 2024 in Jeddah.", "2024-07-03"),
        ("Trump and Putin will meet in Anchorage on Aug. 15.", "2025-08-15"),
        # past tense and later in the year than publication: last year
        ("Russian forces shelled Kherson's market on Aug. 20, killing seven.", "2024-08-20"),
        ("Hamas attacked southern Israel on October 7, 2023.", "2023-10-07"),
        ("The assault began on the 24th of February.", "2025-02-24"),
        ("The ministry published the figures on 2025-08-09.", "2025-08-09"),
        ("Russia launched the invasion on Feb. 24, 2022.", "2022-02-24"),
    ],
)
def test_calendar_dates(sentence: str, expected: str) -> None:
    assert resolved(sentence) == (expected, "day")


def test_calendar_date_beats_weekday() -> None:
    assert resolved("The summit will take place on Friday, Aug. 15, in Alaska.") == (
        "2025-08-15", "day")


def test_day_beats_year() -> None:
    sentence = "Russia has launched thousands of drones since 2022, and on Sunday hit Kyiv again."
    assert resolved(sentence) == ("2025-08-10", "day")


# ------------------------------------------------------------------ not dates

@pytest.mark.parametrize(
    "sentence",
    [
        "Russian troops advanced 10 kilometers near Dobropillia.",
        "The city is home to around 30,000 people.",
        "The strike killed three people and wounded 12 others, including a child.",
        "The RSF may attack El Fasher again, aid groups warned.",
        "Troops march toward the front line.",
        "A convoy of 2000 trucks is waiting at the Rafah crossing.",
        "Ukraine has received 3 Patriot systems.",
        "",
    ],
)
def test_no_date(sentence: str) -> None:
    assert resolve_date(sentence, TUE) is None


def test_without_publication_date_only_absolute_dates_resolve() -> None:
    assert resolved("Russia struck Kharkiv on Friday.", None) is None
    assert resolved("Hamas attacked Israel on October 7, 2023.", None) == ("2023-10-07", "day")
    assert resolved("The war began in 2022.", None) == ("2022-01-01", "year")


# ------------------------------------------------------------------ helpers

@pytest.mark.parametrize(
    "sentence, future",
    [
        ("The summit, set to take place in Alaska on Friday, will be historic.", True),
        ("Trump will meet Putin in Alaska, the White House said.", True),
        ("Zelensky said Ukraine would not withdraw from Donbas.", False),
        ("Russian forces struck Kharkiv overnight.", False),
        ("Talks are scheduled for Friday.", True),
        ("The upcoming summit has raised fears in Kyiv.", True),
        ("Ahmed Hassan, a resident of El Fasher, will remain in the city.", True),
        ("Ukraine controls the town.", False),
    ],
)
def test_sentence_is_future(sentence: str, future: bool) -> None:
    assert sentence_is_future(sentence) is future


def test_weekday_anchor() -> None:
    friday = 4
    assert weekday_anchor(TUE, friday, "past") == dt.date(2025, 8, 8)
    assert weekday_anchor(TUE, friday, "future") == dt.date(2025, 8, 15)
    assert weekday_anchor(TUE, friday, "nearest") == dt.date(2025, 8, 15)
    assert weekday_anchor(TUE, 0, "nearest") == dt.date(2025, 8, 11)
    assert weekday_anchor(TUE, 1, "future") == TUE
    assert week_start(TUE) == dt.date(2025, 8, 11)


def test_year_boundaries() -> None:
    jan = dt.date(2025, 1, 3)  # a Friday
    assert resolved("Russia struck Kyiv on Dec. 29.", jan) == ("2024-12-29", "day")
    assert resolved("Fighting escalated last month.", jan) == ("2024-12-01", "month")
    assert resolved("Fighting escalated last week.", jan) == ("2024-12-23", "week")
    assert resolved("Drones hit Kharkiv on Monday.", jan) == ("2024-12-30", "day")


def test_resolved_date_is_frozen() -> None:
    result = resolve_date("Russia struck Kyiv yesterday.", TUE)
    assert result is not None
    with pytest.raises(AttributeError):
        result.date = "2020-01-01"  # type: ignore[misc]


def test_fast() -> None:
    sentences = [
        "The summit, set to take place in Alaska on Friday, will be the first meeting "
        "between the two leaders since 2021, when they met in Geneva.",
        "Russian forces killed 5 people in Kharkiv on Tuesday and wounded 12 others, "
        "including a child, regional governor Oleh Syniehubov said on Telegram.",
        "Israeli strikes across the Gaza Strip killed at least 30 people, including children "
        "waiting for aid, the territory's civil defence agency said.",
        "The Rapid Support Forces shelled El Fasher, a city that is home to around 300,000 "
        "people, killing 12 and injuring dozens.",
    ]
    rounds = 200
    began = time.perf_counter()
    for _ in range(rounds):
        for sentence in sentences:
            resolve_date(sentence, TUE)
    per_sentence = (time.perf_counter() - began) / (rounds * len(sentences))
    # Typical is ~0.06 ms; the bound leaves room for slow CI machines.
    assert per_sentence < 0.001


def test_clock_time_does_not_split_the_clause() -> None:
    sentence = "Kremlin aide Yuri Ushakov said the summit would begin at 11:30 a.m. on Friday."
    assert resolved(sentence) == ("2025-08-15", "day")


def test_ahead_of_is_not_a_tense() -> None:
    sentence = "Zelensky met European leaders in Berlin on Wednesday ahead of the summit."
    assert resolved(sentence) == ("2025-08-06", "day")


def test_speech_verb_variants_date_the_statement() -> None:
    assert resolved("Putin said in a statement on Monday that Russia was ready for talks.") == (
        "2025-08-11", "day")
    assert resolved("Officials told Reuters on Monday that Russia would attack again.") == (
        "2025-08-11", "day")


def test_last_and_next_month_names() -> None:
    assert resolved("Russia's offensive stalled last August.") == ("2024-08-01", "month")
    assert resolved("Ukraine's counteroffensive began last June.") == ("2025-06-01", "month")
    assert resolved("Elections will be held next March.") == ("2026-03-01", "month")


def test_month_abbreviations_need_a_word_boundary() -> None:
    assert resolved("Drones hit a tanker near the port of Novorossiysk, officials said.") is None
    assert resolved("The Mayor of Decatur said the Marchers had left.") is None


@pytest.mark.parametrize("sentence, expected", [
    # archives and feeds that lower-case their text (the IndiaPoliceEvents papers)
    ("the coach was set on fire, killing 58 people on february 27.", ("2025-02-27", "day")),
    ("a mob attacked his home on saturday last week.", ("2025-08-09", "day")),
    ("a youth was stabbed on tuesday afternoon.", ("2025-08-12", "day")),
    ("police fired on the mob on march 3.", ("2025-03-03", "day")),
    ("the riots have gone on since may 2025.", ("2025-05-01", "month")),
    ("curfew was first clamped in june.", ("2025-06-01", "month")),
    # "may" and "march" are ordinary words in lower case
    ("the mob may 5 times have attacked the police.", None),
    ("in the march, protesters joined in.", None),
    ("3 may be freed, the police said.", None),
    ("a good friday service was held.", None),
    ("members of this august house condemned the killings.", None),
    ("leaders of the jan sangh met in may.", None),
    ("he was arrested on jan 15.", ("2025-01-15", "day")),
    ("gunmen attacked a bus near jammu on 1 march.", ("2025-03-01", "day")),
    ("the riots have gone on since 15 august 2001.", ("2001-08-15", "day")),
])
def test_lower_case_months_and_weekdays(sentence, expected):
    assert resolved(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "He was remanded to police custody till April 1.",
    "The curfew was extended until Monday.",
    "The court stayed the order up to March 31.",
])
def test_a_day_that_bounds_a_period_dates_nothing(sentence):
    assert resolved(sentence) is None


def test_a_day_without_a_year_read_a_year_back_is_of_another_time():
    from frontwire.extract.dates import day_of_another_time
    published = dt.date(2002, 3, 9)
    planned = resolve_date("the vhp threatened to launch an agitation if bhoomi pujan was not allowed on march 15", published)
    assert planned.date == "2001-03-15" and day_of_another_time(planned, published)
    assert not day_of_another_time(resolve_date("Militants attacked parliament on December 13.", published), published)
    assert not day_of_another_time(resolve_date("The VHP marched on March 15, 2001.", published), published)


@pytest.mark.parametrize("sentence, expected", [
    ("It was not until Saturday that the army was deployed.", "2025-08-09"),
    ("Troops will not withdraw until Friday.", "2025-08-15"),
    ("Fighting continued until late Saturday, residents said.", "2025-08-09"),
])
def test_until_names_when_for_an_act_not_done_before_or_going_on_till_then(sentence, expected):
    assert resolved(sentence) == (expected, "day")


def test_a_bound_leaves_the_day_of_the_act():
    assert resolved("Police arrested him on Saturday and he was remanded till April 1.") == ("2025-08-09", "day")


@pytest.mark.parametrize("sentence, days", [
    ("Two days earlier, five soldiers were killed.", -2),
    ("A day later, the army retook the village.", 1),
    ("The previous day, drones struck the port.", -1),
    ("The next day, talks resumed.", 1),
    ("Three days before the vote, he resigned.", None),  # counted from the vote, not the story
    ("Prices rose two days later than expected.", None),
    ("Troops attacked on Friday.", None),
])
def test_days_counted_from_the_story(sentence, days):
    from frontwire.extract.dates import story_offset_days

    assert story_offset_days(sentence) == days


@pytest.mark.parametrize("sentence", [
    "The president promised to step down by October 15.",
    "The rebels committed themselves to disarming their fighters by the end of January.",
    "The junta told the students to leave the campus by Friday.",
])
def test_a_day_after_by_is_a_deadline_and_dates_nothing(sentence: str) -> None:
    assert resolved(sentence) is None


def test_a_tally_by_a_day_and_a_days_own_act_keep_their_day() -> None:
    assert resolved("By Monday, 50 people had been killed in the clashes.") == ("2025-08-11", "day")
    assert resolved("Three people were killed by Monday's strike on the market.") == ("2025-08-11", "day")


# ------------------------------------------------------------------ may_name_a_time (the events stage's gate)

from frontwire.extract.dates import may_name_a_time  # noqa: E402

_CORPUS = Path(__file__).resolve().parents[1] / "corpus"

from wordings import blanked_copies  # noqa: E402


def test_no_time_found_where_the_gate_says_none():
    """Where may_name_a_time is False, resolve_date finds no time in the sentence nor in any copy with
    words blanked (the tests/corpus articles, sentence by sentence); where a copy names one, it is True."""
    gated = named = 0
    for path in sorted(_CORPUS.glob("*.txt")):
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", path.read_text(encoding="utf-8")):
            if not sentence.strip():
                continue
            if may_name_a_time(sentence):
                named += resolve_date(sentence, TUE) is not None
                continue
            gated += 1
            assert all(resolve_date(copy, TUE) is None for copy in blanked_copies(sentence)), sentence
    assert gated > 50 and named > 50  # (both kinds of sentence were read)


@pytest.mark.parametrize("sentence", [
    "Troops shelled the town on Saturday.", "The ceasefire collapsed in March.", "Talks resumed last week.",
    "Protesters gathered overnight in the capital.", "Two soldiers were killed yesterday.",
    "The attack came three months ago.", "Officials met on 12 Sept.", "The treaty was signed in 1994.",
    "Rebels attacked the base this morning.", "The deal was signed on 2024-05-02.",
])
def test_gate_passes_what_names_a_time(sentence):
    assert may_name_a_time(sentence) and resolve_date(sentence, TUE) is not None


@pytest.mark.parametrize("sentence", [
    "Troops shelled the town, the army said.", "The rebels seized the bridge and blocked the road.",
    "Police fired tear gas at protesters outside parliament.",
])
def test_gate_stops_what_names_none(sentence):
    assert not may_name_a_time(sentence) and resolve_date(sentence, TUE) is None
