"""The ACLED export an analyst sums: one row per incident, background out, claims marked, ACLED's columns and types."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from store_helpers import cli, record, war_record

from frontwire.models import Actor, Event, Place
from frontwire.store import open_store
from frontwire.store.acled import ACLED_COLUMNS, ACLED_DTYPES, acled_actor, interaction, publisher, source_scale
from frontwire.store.check import typed

ODESA = "Russian drones struck the port of Odesa on Monday, killing two people, the governor said."
WAR = "South Sudan's 2013-2018 civil war killed nearly 400,000 people."
CLAIM = "The ministry said its forces had killed up to 120 Ukrainian servicemen near Pokrovsk."
DISCLAIMER = "The claim could not be independently verified."
THREAT = "The Kremlin warned that it would respond to any strike on Russian territory."


def odesa_record(source: str = "odesa.txt", publisher_name: str | None = "Kyiv Post") -> object:
    """Two mentions of one strike in one sentence, a background toll, an unverified claim, a threat."""
    odesa = dict(place="Odesa", lat=46.4775, lon=30.7326, country="UA", date="2025-10-06", date_precision="day")
    russia = Actor(name="Russian drones", country="RUS", role="source", sector="military")
    return record(
        "Drones hit Odesa port", " ".join([ODESA, WAR, CLAIM, DISCLAIMER, THREAT]), source, publisher=publisher_name,
        places=[Place(name="Odesa", lat=46.4775, lon=30.7326, country="UA", kind="city", admin1="Odesa"),
                Place(name="Pokrovsk", lat=48.28, lon=37.18, country="UA", kind="city", admin1="Donetsk")],
        events=[
            Event(type="ASSAULT", evidence=ODESA, trigger="struck", actors=[russia], **odesa),
            Event(type="ASSAULT", evidence=ODESA, trigger="killing", killed=2,
                  actors=[Actor(name="people", country=None, role="target", sector="civilians")], **odesa),
            Event(type="ASSAULT", evidence=CLAIM, killed=120, place="Pokrovsk", lat=48.28, lon=37.18, country="UA",
                  date="2025-10-06", attribution="Russian Defence Ministry", unverified=True,
                  actors=[Actor(name="its forces", country=None, role="source", sector="military"),
                          Actor(name="Ukrainian servicemen", country="UKR", role="target", sector="military")]),
            Event(type="THREATEN", evidence=THREAT, attribution="Kremlin",
                  actors=[Actor(name="Kremlin", country="RUS", role="source", sector="government")]),
        ],
    )


def with_background(rec):
    rec.secondary_events.append(Event(type="ASSAULT", evidence=WAR, killed=400_000, background=True, country="SS",
                                      date="2025-10-06", actors=[]))
    return rec


def acled(db: str, *extra: str) -> list[dict[str, str]]:
    result = cli("export", "--format", "acled", "--db", db, *extra)
    assert result.returncode == 0, result.stderr
    reader = csv.DictReader(io.StringIO(result.stdout))
    assert tuple(reader.fieldnames or ()) == ACLED_COLUMNS
    return list(reader)


def test_one_incident_is_one_row_with_its_toll_once(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    with open_store(db) as store:
        store.add(odesa_record())
    rows = [r for r in acled(db) if r["location"] == "Odesa"]
    assert len(rows) == 1
    row = rows[0]
    assert row["fatalities"] == "2" and row["actor1"] == "Military Forces of Russia (2000-)"
    assert row["actor2"] == "Civilians (Ukraine)" and row["civilian_targeting"] == "Civilian targeting"
    assert "merged mentions: 2" in row["tags"]
    events = list(csv.DictReader(io.StringIO(cli("export", "--format", "csv", "--db", db).stdout)))
    odesa = [e for e in events if e["place"] == "Odesa"]
    assert len(odesa) == 1 and odesa[0]["killed"] == "2" and odesa[0]["merged_ids"]
    assert "Russian drones [RUS/source]" in odesa[0]["actors"] and "people [-/target]" in odesa[0]["actors"]
    features = json.loads(cli("export", "--format", "geojson", "--db", db).stdout)["features"]
    assert len([f for f in features if f["properties"]["name"] == "Odesa"]) == 1


def test_background_is_stored_but_out_of_exports_unless_asked(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    with open_store(db) as store:
        store.add(with_background(odesa_record()))
        assert store.stats()["background_events"] == 1
        assert all(not e["background"] for e in store.events(limit=100))
        assert [e["evidence"] for e in store.events(background="only")] == [WAR]
        back = store.record(1)
        assert [e.evidence for e in back.secondary_events] == [WAR] and WAR not in [e.evidence for e in back.events]
    # The ministry's 120 is its own claim of enemy losses: kept in tags, not in the figure.
    assert sum(int(r["fatalities"]) for r in acled(db)) == 2
    assert sum(int(r["fatalities"]) for r in acled(db, "--include-background")) == 2 + 400_000
    events = cli("query", "events", "--db", db, "-f", "json")
    assert WAR not in events.stdout
    assert WAR in cli("query", "events", "--db", db, "-f", "json", "--include-background").stdout
    assert WAR not in cli("export", "--format", "csv", "--db", db).stdout
    assert WAR not in cli("export", "--format", "geojson", "--db", db).stdout


def test_claims_carry_who_claims_them_and_the_missing_verification(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    with open_store(db) as store:
        store.add(odesa_record())
    claim = next(r for r in acled(db) if r["location"] == "Pokrovsk")
    assert "claimed by Russian Defence Ministry" in claim["notes"] and "not independently verified" in claim["notes"]
    assert "claimed by: Russian Defence Ministry" in claim["tags"] and "unverified" in claim["tags"]
    assert claim["actor1"] == "its forces" and "actor not in ACLED's list: its forces" in claim["tags"]


def test_a_sides_claim_of_its_own_kills_is_no_fatality_count(tmp_path: Path) -> None:
    group = "In a statement carried by its outlet, the group claimed it had killed 17 soldiers."
    victims = "Kataib Hezbollah said on Wednesday that four of its fighters had been killed in the strike."
    rec = record("Claims", f"{group} {victims}", "claims.txt", publisher="Deutsche Welle", events=[
        Event(type="ASSAULT", evidence=group, killed=17, attribution="Group", country="ML", date="2025-09-16",
              actors=[Actor(name="soldiers", country=None, role="target", sector="military")]),
        Event(type="ASSAULT", evidence=victims, killed=4, attribution="Kataib Hezbollah", country="SY", date="2025-09-16",
              actors=[Actor(name="four of its fighters", country=None, role="target", sector="rebels")]),
    ])
    db = str(tmp_path / "s.db")
    with open_store(db) as store:
        store.add(rec)
    rows = {r["notes"][:20]: r for r in acled(db)}
    claimed, reported = rows[group[:20]], rows[victims[:20]]
    assert claimed["fatalities"] == "0" and "fatalities: 17 claimed by the side that says it killed them" in claimed["tags"]
    assert reported["fatalities"] == "4"  # a side counting its own dead is a toll


def test_statements_go_to_their_own_export(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    with open_store(db) as store:
        store.add(odesa_record())
    assert all(r["notes"] != THREAT for r in acled(db))
    statements = list(csv.DictReader(io.StringIO(cli("export", "--format", "statements", "--db", db).stdout)))
    assert [(s["type"], s["speaker"], s["notes"]) for s in statements] == [("THREATEN", "Kremlin", THREAT)]


def test_every_cell_has_acleds_type_and_every_gap_is_explained(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    unplaced = record("Undated", "Gunmen attacked a convoy, killing four soldiers.", "undated.txt", published=None,
                      publisher=None, url="https://www.example.org/news/1",
                      events=[Event(type="ASSAULT", evidence="Gunmen attacked a convoy, killing four soldiers.", killed=4)])
    with open_store(db) as store:
        store.add(odesa_record())
        store.add(unplaced)
    rows = acled(db)
    assert all(typed(r[c], ACLED_DTYPES[c]) for r in rows for c in ACLED_COLUMNS)
    assert all(r[c] != "" for r in rows for c in ("year", "time_precision", "iso", "latitude", "geo_precision", "timestamp")
               if r["event_date"] and r["location"])
    bare = next(r for r in rows if r["fatalities"] == "4")
    assert bare["event_date"] == "" and "no date" in bare["tags"]
    assert bare["event_id_cnty"].startswith("XXX") and "no country" in bare["tags"]
    assert bare["latitude"] == "" and "no coordinates: the text names no place" in bare["tags"]
    assert bare["source"] == "example.org"  # the URL's host when no publisher is known
    assert "url: https://www.example.org/news/1" in bare["tags"]


def test_publisher_is_never_a_file_path() -> None:
    assert publisher({"article_publisher": None, "article_url": None, "article_source": "/home/me/news/odesa.txt"}) == ""
    assert publisher({"article_publisher": "Reuters", "article_source": "/tmp/x.txt"}) == "Reuters"
    assert publisher({"article_publisher": "", "article_source": "https://apnews.com/article/x"}) == "apnews.com"


def test_actor_names_and_inter_codes_follow_acled() -> None:
    ukraine, russia = {"iso3": "UKR", "name": "Ukraine"}, {"iso3": "RUS", "name": "Russia"}
    def name(actor: dict, where: dict, violent: bool = False) -> tuple[str, int]:
        coded = acled_actor(actor, where, violent)
        return coded.name, coded.inter

    assert name({"name": "Ukrainian army", "country": "UKR", "sector": "military"}, ukraine) == ("Military Forces of Ukraine (2019-)", 1)
    assert name({"name": "Russian units", "country": "RUS", "sector": "military"}, ukraine) == ("Military Forces of Russia (2000-)", 8)
    assert name({"name": "residents", "country": None, "sector": "civilians"}, russia) == ("Civilians (Russia)", 7)
    assert name({"name": "M23 rebels", "country": "COD", "sector": "rebels"}, {}) == ("M23: March 23 Movement", 2)
    assert name({"name": "Israeli", "country": "ISR", "sector": None}, {"iso3": "LBN", "name": "Lebanon"}, True) == (
        "Military Forces of Israel (2022-)", 8)
    assert name({"name": "hundreds of protesters", "country": "GEO", "sector": "civilians"}, {}) == ("Protesters (Georgia)", 6)
    india = {"iso3": "IND", "name": "India"}
    # the protesters sector, whatever the crowd is called
    assert name({"name": "marchers", "country": None, "sector": "protesters"}, india) == ("Protesters (India)", 6)
    assert name({"name": "a crowd of 5,000", "country": None, "sector": "rioters"}, india) == ("Rioters (India)", 5)
    # police named without a country (or implied by an arrest) are the police of the country they act in
    assert name({"name": "police (implied by the arrest)", "country": None, "sector": "police"}, india) == (
        "Police Forces of India", 1)
    assert (interaction(1, 7), interaction(8, 1), interaction(2, 0)) == (17, 18, 20)
    assert acled_actor({"name": "missiles", "country": None, "sector": None}, ukraine) is None  # a weapon, not an actor


def test_source_scale_follows_the_publisher() -> None:
    assert source_scale("The Associated Press") == "International"
    assert source_scale("Kyiv Post") == "National"
    assert source_scale("Some Parish Newsletter") == "Other"
    assert source_scale("") == ""


def test_the_default_war_record_exports_whole(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    with open_store(db) as store:
        store.add(war_record())
    rows = acled(db)
    assert len(rows) == 4 and all(r["event_date"] and r["iso"] and r["latitude"] for r in rows)


def test_a_day_that_only_bounds_the_act_is_exported_as_no_later_than(tmp_path: Path) -> None:
    rec = odesa_record()
    for event in rec.events:
        if event.evidence == ODESA:
            event.date_source = "bound"  # "cut power on Tuesday after Russian drones struck ..."
    db = str(tmp_path / "s.db")
    with open_store(db) as store:
        store.add(rec)
    row = next(r for r in acled(db) if r["location"] == "Odesa")
    assert row["event_date"] == "2025-10-06" and row["time_precision"] == "2"
    assert "date: no later than this day" in row["tags"]
