"""Clustering and contradiction rules on constructed records (no NLP model needed)."""
from __future__ import annotations

import datetime as dt

from frontwire.crosscheck import crosscheck
from frontwire.crosscheck.reports import split_figures, stance_of, subtype_of
from frontwire.models import Actor, Article, ArticleRecord, Event, Place

DOBROPILLIA = (48.46674, 37.08567)
BILYTSKE = (48.4117, 37.1977)  # ~10 km from Dobropillia
KHARKIV = (49.98177, 36.25475)


def record(publisher: str, published: str, events: list[Event], title: str | None = None, places=()) -> ArticleRecord:
    art = Article(source=f"{publisher}.txt", text="", title=title or f"{publisher} report", publisher=publisher,
                  published=dt.date.fromisoformat(published))
    return ArticleRecord(article=art, events=events, places=list(places))


def event(evidence: str, place: str | None, coords, date: str, subtype="advance", type="ASSAULT", modality="asserted",
          attribution=None, actors=("Russian troops",), **figures) -> Event:
    lat, lon = coords if coords else (None, None)
    return Event(type=type, subtype=subtype, evidence=evidence, place=place, lat=lat, lon=lon, country="UA" if place else None,
                 date=date, modality=modality, attribution=attribution,
                 actors=[Actor(name=a, country="RUS" if "Russia" in a else "UKR", role="source") for a in actors], **figures)


def test_one_happening_from_three_sources_with_a_denial():
    clusters = crosscheck([
        record("Wire A", "2025-08-12", [event("Russian troops advanced 10 km near Dobropillia, the ministry said.",
                                              "Dobropillia", DOBROPILLIA, "2025-08-12", attribution="Defence Ministry", distance_km=10.0)]),
        record("Map B", "2025-08-11", [event("Russian troops pushed into Ukrainian lines near Bilytske, maps show.",
                                             "Bilytske", BILYTSKE, "2025-08-11", attribution="LineMap")]),
        record("Paper C", "2025-08-13", [event("The Ukrainian army denied that Russian troops had advanced near Dobropillia.",
                                               "Dobropillia", DOBROPILLIA, "2025-08-13", modality="denied",
                                               attribution="Ukrainian army", actors=("Ukrainian army", "Russian troops"))]),
    ])
    assert len(clusters) == 1
    c = clusters[0]
    assert c["n_sources"] == 3 and {s["publisher"] for s in c["sources"]} == {"Wire A", "Map B", "Paper C"}
    assert c["first_reported"] == "2025-08-11" and c["first_report"]["publisher"] == "Map B"
    assert c["figures"]["distance_km"]["value"] == 10.0
    denial = [x for x in c["contradictions"] if x["kind"] == "denial"]
    assert len(denial) == 1
    assert denial[0]["counter"]["publisher"] == "Paper C" and denial[0]["counter"]["speaker"] == "Ukrainian army"
    assert denial[0]["claim"]["publisher"] in {"Wire A", "Map B"}
    assert c["disputed"] is True


def test_distant_places_make_separate_clusters():
    clusters = crosscheck([
        record("Wire A", "2025-08-12", [event("Russian troops advanced near Dobropillia.", "Dobropillia", DOBROPILLIA, "2025-08-12")]),
        record("Wire B", "2025-08-12", [event("Russian troops advanced near Kharkiv.", "Kharkiv", KHARKIV, "2025-08-12")]),
    ])
    assert len(clusters) == 2
    assert {c["place"] for c in clusters} == {"Dobropillia", "Kharkiv"}


def test_weeks_apart_make_separate_clusters():
    clusters = crosscheck([
        record("Wire A", "2025-08-01", [event("Russian troops advanced near Dobropillia.", "Dobropillia", DOBROPILLIA, "2025-08-01")]),
        record("Wire B", "2025-08-03", [event("Russian troops advanced near Dobropillia.", "Dobropillia", DOBROPILLIA, "2025-08-03")]),
        record("Wire C", "2025-08-20", [event("Russian troops advanced near Dobropillia.", "Dobropillia", DOBROPILLIA, "2025-08-20")]),
    ])
    assert [c["n_sources"] for c in clusters] == [2, 1]
    assert clusters[1]["date_from"] == "2025-08-20"


def test_incompatible_types_stay_apart():
    clusters = crosscheck([
        record("Wire A", "2025-08-12", [event("Russian troops advanced near Dobropillia.", "Dobropillia", DOBROPILLIA, "2025-08-12")]),
        record("Wire B", "2025-08-12", [event("A Russian missile strike hit Dobropillia.", "Dobropillia", DOBROPILLIA, "2025-08-12", subtype="strike")]),
        record("Wire C", "2025-08-12", [event("Zelensky met Macron in Dobropillia.", "Dobropillia", DOBROPILLIA, "2025-08-12",
                                              type="CONSULT", subtype="meeting", actors=())]),
    ])
    assert len(clusters) == 3


def test_conflicting_casualty_figures():
    clusters = crosscheck([
        record("Wire A", "2025-08-12", [event("A Russian missile strike on Kharkiv killed 3 people, the governor said.", "Kharkiv", KHARKIV,
                                              "2025-08-12", subtype="strike", attribution="Oleh Synehubov", killed=3)]),
        record("Wire B", "2025-08-12", [event("The Russian strike on Kharkiv killed 12 people, the mayor said.", "Kharkiv", KHARKIV,
                                              "2025-08-12", subtype="strike", attribution="Ihor Terekhov", killed=12)]),
        record("Wire C", "2025-08-13", [event("The death toll from the Russian strike on Kharkiv rose to 13.", "Kharkiv", KHARKIV,
                                              "2025-08-13", subtype="attack", attribution="Wire C", killed=13)]),
    ])
    assert len(clusters) == 1
    c = clusters[0]
    assert c["figures"]["killed"]["value"] == 13 and c["figures"]["killed"]["publisher"] == "Wire C"
    conflicts = [x for x in c["contradictions"] if x["kind"] == "figure"]
    assert len(conflicts) == 1  # 3 vs 13; 12 vs 13 is the same account
    assert conflicts[0]["field"] == "killed"
    assert conflicts[0]["claim"]["value"] == 13 and conflicts[0]["counter"]["value"] == 3
    assert conflicts[0]["counter"]["article_id"] == 1 and conflicts[0]["counter"]["speaker"] == "Oleh Synehubov"


def test_conflicting_distances_and_stances():
    clusters = crosscheck([
        (7, record("Wire A", "2025-08-12", [event("Russia said its troops advanced 10 km near Dobropillia.", "Dobropillia", DOBROPILLIA,
                                                   "2025-08-12", attribution="Defence Ministry", distance_km=10.0)])),
        (9, record("Paper C", "2025-08-13", [event("Kyiv said it was premature to call it a breakthrough; Russian groups advanced only 2 km.",
                                                    "Dobropillia", DOBROPILLIA, "2025-08-13", attribution="Oleksiy Horbach",
                                                    distance_km=2.0)])),
    ])
    assert len(clusters) == 1
    kinds = {x["kind"] for x in clusters[0]["contradictions"]}
    assert kinds == {"qualification", "figure"}
    fig = next(x for x in clusters[0]["contradictions"] if x["kind"] == "figure")
    assert (fig["claim"]["article_id"], fig["claim"]["value"]) == (7, 10.0)
    assert (fig["counter"]["article_id"], fig["counter"]["value"]) == (9, 2.0)
    stances = {s["publisher"]: s["stance"] for s in clusters[0]["sources"]}
    assert stances == {"Wire A": "asserts", "Paper C": "qualifies"}


def test_stance_cues():
    assert stance_of("The army denied that Russian troops had broken through.")[0] == "denies"
    assert stance_of("There is no foothold near Dobropillia.")[0] == "denies"
    assert stance_of("Russian troops did not enter the town.")[0] == "denies"
    assert stance_of("He rejected claims that its forces had moved 10 km.")[0] == "denies"
    assert stance_of("It is premature to call it a breakthrough.") == ("qualifies", ["premature"])
    assert stance_of("The claim could not be independently verified.")[0] == "qualifies"
    assert stance_of("Russian troops advanced 10 km.")[0] == "asserts"
    assert stance_of("Russian troops advanced 10 km.", "denied")[0] == "denies"


def test_denied_and_own_figures():
    own, disputed = split_figures("He rejected claims by Russia that its forces had moved 10 km.", {"distance_km": 10.0}, "denies")
    assert own == {} and disputed == {"distance_km": 10.0}
    own, disputed = split_figures("The army denied a breakthrough, saying groups had advanced no more than 2 km.", {"distance_km": 2.0}, "denies")
    assert own == {"distance_km": 2.0} and disputed == {}


def test_subtype_read_back_from_trigger():
    # The store does not keep subtypes: they come back from the trigger word.
    assert subtype_of(Event(type="ASSAULT", evidence="", trigger="advanced")) == "advance"
    assert subtype_of(Event(type="ASSAULT", evidence="", trigger="shelled")) == "shelling"
    assert subtype_of(Event(type="ASSAULT", evidence="", trigger="struck")) == "strike"
    assert subtype_of(Event(type="ASSAULT", evidence="", trigger="killed")) == "attack"


def test_denial_read_from_a_sentence_the_extractor_left_out():
    text = ('Russian troops advanced 10 km near Dobropillia, the ministry said.\n'
            '"The enemy has no foothold near Dobropillia," said Oleksiy Horbach, an army spokesman.')
    place = Place(name="Dobropillia", lat=DOBROPILLIA[0], lon=DOBROPILLIA[1], country="UA", admin1="Donetsk")
    claim = record("Wire A", "2025-08-12", [event("Russian troops advanced 10 km near Dobropillia.", "Dobropillia", DOBROPILLIA,
                                                  "2025-08-12", attribution="Defence Ministry", distance_km=10.0)], places=[place])
    denial = record("Paper C", "2025-08-13", [], places=[place])
    denial.article.text = text.split("\n")[1]
    clusters = crosscheck([claim, denial])
    assert len(clusters) == 1
    c = clusters[0]
    assert c["region"] == "Donetsk, UA"
    assert [x["kind"] for x in c["contradictions"]] == ["denial"]
    assert c["contradictions"][0]["counter"]["speaker"] in {"Paper C", "Oleksiy Horbach"}


def test_link_score_is_can_link_and_score_in_one():
    """Every pair of the corpus's reports: the fused test clustering runs equals the two rules."""
    import gzip
    import json
    from pathlib import Path

    from frontwire.crosscheck.cluster import can_link, link_score, score
    from frontwire.crosscheck.reports import reports_from_records
    from frontwire.models import ArticleRecord

    with gzip.open(Path(__file__).parent / "fixtures" / "records.jsonl.gz", "rt", encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    reports = reports_from_records([(d["article_id"], ArticleRecord.from_dict(d)) for d in records])
    linked = 0
    for a in reports:
        for b in reports:
            expected = score(a, b) if can_link(a, b) else None
            assert link_score(a, b) == expected
            linked += expected is not None
    assert 0 < linked < len(reports) ** 2
