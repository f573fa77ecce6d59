"""Shared helpers of the store tests: the seed article, copies of it, a synthetic corpus, records."""
from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
import sys
from pathlib import Path

from frontwire.models import Actor, Article, ArticleRecord, Event, Place, Quote

FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "moscowtimes-alaska-summit.txt"


def frontwire(*args: str, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run the `frontwire` command in a new process, as a user would."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "200"}
    env.pop("FRONTWIRE_DB", None)
    return subprocess.run([sys.executable, "-m", "frontwire.cli", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=timeout)


def frontwire_process(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "200"}
    env.pop("FRONTWIRE_DB", None)
    return subprocess.Popen([sys.executable, "-m", "frontwire.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)


def rechromed(text: str) -> str:
    """The seed article as another site would syndicate it: other header and footer, one sentence changed."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Zelensky Says U.S. Summit"))
    end = next(i for i, line in enumerate(lines) if line.startswith("Sign up for our free weekly newsletter"))
    body = "\n".join(lines[start:end])
    changed = body.replace(
        "European leaders have meanwhile sought to ensure respect for Kyiv's interests.",
        "European leaders, meeting by video link on Wednesday, have meanwhile sought to ensure that Kyiv's interests are respected.",
    )
    assert changed != body
    header = "Home | World | Europe | Newsletters\n\nWORLD NEWS WIRE\n\nBy Wire Staff and Agencies\n\n"
    footer = (
        "\n\nMore from World News Wire\n\nShare this story: Facebook | X | Email\n\n"
        "© 2025 World News Wire. All rights reserved. Reuse only with written permission.\n"
    )
    return header + changed + footer


_CITIES = ["Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Kherson", "Sumy", "Mykolaiv", "Poltava", "Chernihiv",
           "Lviv", "Gaza City", "Khan Younis", "Aleppo", "Idlib", "Khartoum", "El Fasher", "Goma", "Bamako",
           "Tripoli", "Sanaa", "Marib", "Mogadishu", "Kabul", "Beirut"]
_PEOPLE = ["the regional governor", "a military spokesman", "the foreign minister", "the defence ministry",
           "a senior United Nations official", "the mayor", "an army commander", "a local aid worker",
           "the interior minister", "a hospital director", "a parliamentary deputy", "the prime minister"]
_TOPICS = ["a ceasefire proposal", "grain exports", "a prisoner exchange", "humanitarian corridors",
           "new sanctions", "a reconstruction fund", "air defence deliveries", "energy infrastructure",
           "refugee returns", "the nuclear power plant", "border crossings", "demining work"]
_TEMPLATES = [
    "Officials in {city} said on {day} that {n} people had been evacuated from districts near the front line.",
    "{person} told reporters that talks on {topic} would resume within {n} days.",
    "Residents of {city} described long queues for water after the latest strikes damaged {topic}.",
    "According to {person}, at least {n} buildings were damaged overnight in {city}.",
    "The government in {city} announced a plan worth {n} million dollars to support {topic}.",
    "Negotiators met again on {day} but failed to agree on {topic}, {person} said.",
    "Aid agencies warned that {n} families around {city} still lacked shelter before the winter.",
    "{person} accused the other side of breaking promises made about {topic} earlier this year.",
    "Trains between {city} and the capital were suspended for {n} hours, the railway operator said.",
    "Analysts said the dispute over {topic} could shape the next round of diplomacy in {city}.",
    "Schools in {city} moved lessons underground, where {n} pupils now study in shifts.",
    "A convoy carrying supplies for {topic} reached {city} on {day}, {person} confirmed.",
    "Local media in {city} reported power cuts lasting up to {n} hours after the attack.",
    "{person} called for an independent investigation into what happened in {city} on {day}.",
    "Farmers near {city} said they had lost {n} hectares of crops because of {topic}.",
    "The talks on {topic} were described as constructive by {person}, although no date was set.",
    "Volunteers in {city} have repaired {n} homes since the summer, a charity said.",
    "Diplomats said a draft statement on {topic} had been circulated to {n} delegations.",
    "In {city}, {person} opened a new centre for displaced people on {day}.",
    "Engineers were working to restore {topic} in {city}, where {n} substations were hit.",
    "Prices for bread in {city} rose by {n} percent in a month, the statistics office said.",
    "{person} said the agreement on {topic} showed that pressure from partners was working.",
    "Hospitals in {city} treated {n} wounded people on {day}, health officials said.",
    "Observers counted {n} violations of the truce around {city} in a single week.",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def synthetic_article(number: int) -> str:
    """A distinct, English, news-like article: titles and sentences vary, so no two are near copies."""
    rng = random.Random(number * 7919)
    city, person, topic = rng.choice(_CITIES), rng.choice(_PEOPLE), rng.choice(_TOPICS)
    title = f"Report {number}: {person.capitalize()} speaks on {topic} in {city}"
    paragraphs = []
    for template in rng.sample(_TEMPLATES, 14):
        fill = dict(city=rng.choice(_CITIES), person=rng.choice(_PEOPLE), topic=rng.choice(_TOPICS),
                    n=rng.randint(2, 9000), day=rng.choice(_DAYS))
        sentence = template.format(**fill)
        paragraphs.append(sentence[0].upper() + sentence[1:])
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def record(title: str, text: str, source: str, *, quotes=(), places=(), events=(),
           published: dt.date | None = dt.date(2025, 8, 12), url: str | None = None,
           publisher: str | None = "Test Wire") -> ArticleRecord:
    return ArticleRecord(
        article=Article(source=source, text=text, title=title, published=published, publisher=publisher, url=url),
        quotes=list(quotes), places=list(places), events=list(events),
    )


def war_record(source: str = "war.txt") -> ArticleRecord:
    """A record with known quotes, places and events, as extraction would give."""
    text = (
        "Russian drones struck Dobropillia overnight, killing three civilians, regional officials said. "
        "Ukrainian and Russian troops fought near Kostiantynivka on Tuesday. "
        "Hundreds of people protested in Kyiv against a land swap. "
        "Zelensky said Ukraine would not withdraw from the Donbas. "
        "Russia and the United States agreed to hold a summit in Alaska."
    )
    zel = "We will not withdraw from the Donbas"
    return record(
        "Drones hit Dobropillia as Zelensky rejects land swap", text, source,
        url="https://example.org/war",
        quotes=[
            Quote(text=zel, speaker="Volodymyr Zelensky", kind="direct", cue="said"),
            Quote(text="the meeting delayed sanctions on Moscow", speaker="Volodymyr Zelensky", kind="indirect", cue="said"),
            Quote(text="the aim is to walk away with a better understanding", speaker="the White House press secretary",
                  speaker_name="Karoline Leavitt", kind="mixed", cue="said"),
        ],
        places=[
            Place(name="Dobropillia", lat=48.4667, lon=37.0833, country="UA", kind="city", admin1="Donetsk", mentions=["Dobropillia"]),
            Place(name="Kostiantynivka", lat=48.5277, lon=37.7069, country="UA", kind="city", admin1="Donetsk"),
            Place(name="Kyiv", lat=50.4501, lon=30.5234, country="UA", kind="city", admin1="Kyiv City", mentions=["Kyiv", "Kyiv"]),
            Place(name="Alaska", lat=64.0, lon=-150.0, country="US", kind="admin1"),
        ],
        events=[
            Event(type="ASSAULT", evidence="Russian drones struck Dobropillia overnight, killing three civilians, regional officials said.",
                  place="Dobropillia", lat=48.4667, lon=37.0833, country="UA", date="2025-08-11", killed=3,
                  subtype="drone strike", date_source="text",
                  mentions=["The drones hit the town's outskirts before dawn, officials added."],
                  actors=[Actor(name="Russia", country="RUS", role="source", sector="military"),
                          Actor(name="civilians", country="UKR", role="target", sector="civilians")]),
            Event(type="ASSAULT", evidence="Ukrainian and Russian troops fought near Kostiantynivka on Tuesday.",
                  place="Kostiantynivka", lat=48.5277, lon=37.7069, country="UA", date="2025-08-12",
                  actors=[Actor(name="Russian forces", country="RUS", role="source"),
                          Actor(name="Ukrainian forces", country="UKR", role="target")]),
            Event(type="PROTEST", evidence="Hundreds of people protested in Kyiv against a land swap.",
                  place="Kyiv", lat=50.4501, lon=30.5234, country="UA", date="2025-08-10",
                  actors=[Actor(name="protesters", country="UKR", role="source", sector="civilians")]),
            Event(type="AGREE", evidence="Russia and the United States agreed to hold a summit in Alaska.",
                  place="Alaska", lat=64.0, lon=-150.0, country="US", date="2025-08-08",
                  actors=[Actor(name="Russia", country="RUS", role="source"),
                          Actor(name="United States", country="USA", role="target")]),
            Event(type="REJECT", evidence="Zelensky said Ukraine would not withdraw from the Donbas.", modality="asserted",
                  actors=[Actor(name="Volodymyr Zelensky", country="UKR", role="source")]),
        ],
    )


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run a `frontwire` command in this process (no NLP model needed: queries and exports)."""
    from typer.testing import CliRunner

    from frontwire.cli import app

    result = CliRunner().invoke(app, list(args), env={"COLUMNS": "200", "FRONTWIRE_DB": None})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return subprocess.CompletedProcess(list(args), result.exit_code, result.stdout, result.stderr)
