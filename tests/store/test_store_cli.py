"""`frontwire ingest / query / export` as a user runs them, on SQLite and PostgreSQL."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

import pyarrow.parquet as pq
from store_helpers import SEED, cli, frontwire, rechromed, war_record

from frontwire.store import open_store
from frontwire.store.export import ACLED_COLUMNS


def _batch(folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(SEED, folder / "moscowtimes.txt")
    (folder / "wire-copy.txt").write_text(rechromed(SEED.read_text(encoding="utf-8")), encoding="utf-8")
    (folder / "garbage.bin").write_bytes(os.urandom(4096))
    return folder


def test_ingest_twice_keeps_one_article_with_both_sources(db_url: str, tmp_path: Path) -> None:
    folder = _batch(tmp_path / "batch")
    first = frontwire("ingest", str(folder), "--db", db_url)
    assert first.returncode == 0, first.stderr
    failure_lines = [line for line in first.stderr.splitlines() if "garbage.bin" in line]
    assert len(failure_lines) == 1 and failure_lines[0].startswith("frontwire: ")
    assert "stored 1, duplicates 1, failed 1" in first.stderr

    second = frontwire("ingest", str(folder), "--db", db_url)
    assert second.returncode == 0, second.stderr
    assert "stored 0, duplicates 0, failed 1, already stored 2" in second.stderr

    with open_store(db_url) as store:
        stats = store.stats()
        assert stats["articles"] == 1 and stats["article_sources"] == 2
        article = store.articles()[0]
        assert article["title"].startswith("Zelensky Says U.S. Summit in Alaska")
        assert sorted(Path(s["source"]).name for s in article["sources"]) == ["moscowtimes.txt", "wire-copy.txt"]
        similarity = {Path(s["source"]).name: s["similarity"] for s in article["sources"]}
        assert similarity["moscowtimes.txt"] == 1.0 and 0.6 <= similarity["wire-copy.txt"] < 1.0
        failures = store.failures()
        assert [Path(f["source"]).name for f in failures] == ["garbage.bin", "garbage.bin"]  # one per run
        assert all(f["problem"] and f["failed_at"] for f in failures)

    listed = frontwire("query", "articles", "--db", db_url, "--format", "json")
    assert listed.returncode == 0, listed.stderr
    assert [len(a["sources"]) for a in json.loads(listed.stdout)] == [2]
    found = frontwire("query", "articles", "--db", db_url, "--q", "Dobropillia", "-f", "json")
    assert len(json.loads(found.stdout)) == 1
    table = frontwire("query", "articles", "--db", db_url)
    assert table.returncode == 0 and "articles (1)" in table.stdout


def test_query_commands(db_url: str) -> None:
    with open_store(db_url) as store:
        store.add(war_record())
    quotes = json.loads(cli("query", "quotes", "--speaker", "Zelensky", "--db", db_url, "-f", "json").stdout)
    assert len(quotes) == 2 and all(q["speaker"] == "Volodymyr Zelensky" for q in quotes)
    quotes = json.loads(cli("query", "quotes", "--q", "Donbas", "--db", db_url, "-f", "json").stdout)
    assert [q["text"] for q in quotes] == ["We will not withdraw from the Donbas"]
    events = json.loads(cli("query", "events", "--type", "ASSAULT", "--from", "2025-08-12", "--db", db_url, "-f", "json").stdout)
    assert [e["place"] for e in events] == ["Kostiantynivka"]
    events = json.loads(cli("query", "events", "--place", "kyiv", "--db", db_url, "-f", "json").stdout)
    assert [e["type"] for e in events] == ["PROTEST"]
    places = json.loads(cli("query", "places", "--db", db_url, "-f", "json").stdout)
    assert {p["name"] for p in places} == {"Dobropillia", "Kostiantynivka", "Kyiv", "Alaska"}
    table = cli("query", "events", "--db", db_url)
    assert table.returncode == 0 and "events (5)" in table.stdout and "Dobropillia" in table.stdout
    bad = cli("query", "events", "--from", "last week", "--db", db_url)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1


def test_exports(db_url: str, tmp_path: Path) -> None:
    with open_store(db_url) as store:
        store.add(war_record())

    collections = {}
    for kind in ("events", "places"):
        out = cli("export", "--format", "geojson", "--table", kind, "--db", db_url)
        assert out.returncode == 0, out.stderr
        collection = collections[kind] = json.loads(out.stdout)
        assert collection["type"] == "FeatureCollection"
        assert {f["properties"]["feature"] for f in collection["features"]} == {kind[:-1]}  # one kind per export
        for feature in collection["features"]:
            assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point"
            lon, lat = feature["geometry"]["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90
    assert cli("export", "--format", "geojson", "--db", db_url).stdout == cli(
        "export", "--format", "geojson", "--table", "events", "--db", db_url).stdout  # events by default
    places = {f["properties"]["name"]: f for f in collections["places"]["features"]}
    assert set(places) == {"Dobropillia", "Kostiantynivka", "Kyiv", "Alaska"}
    assert places["Kyiv"]["geometry"]["coordinates"] == [30.5234, 50.4501]  # GeoJSON order: lon, lat
    assert places["Dobropillia"]["properties"]["n_events"] == 1
    assert places["Dobropillia"]["properties"]["article_title"].startswith("Drones hit")
    events = [f["properties"] for f in collections["events"]["features"]]
    assert len(events) == 4  # the REJECT event has no place
    assert {"type", "date", "evidence", "country", "article_title", "article_source"} <= set(events[0])

    for table, rows in (("events", 5), ("quotes", 3), ("places", 4), ("articles", 1)):
        target = tmp_path / f"{table}.parquet"
        result = cli("export", "--format", "parquet", "--table", table, "--db", db_url, "--output", str(target))
        assert result.returncode == 0, result.stderr
        assert pq.read_table(target).num_rows == rows
    events_table = pq.read_table(tmp_path / "events.parquet").to_pylist()
    assert {e["type"] for e in events_table} == {"ASSAULT", "PROTEST", "AGREE", "REJECT"}
    assert any(a["name"] == "Russia" for e in events_table for a in e["actors"])

    csv_out = tmp_path / "events.csv"
    assert cli("export", "-f", "csv", "--db", db_url, "-o", str(csv_out)).returncode == 0
    rows = list(csv.DictReader(csv_out.open(encoding="utf-8")))
    assert len(rows) == 5 and {"type", "date", "place", "evidence", "source_actors"} <= set(rows[0])

    acled = cli("export", "--format", "acled", "--db", db_url)
    assert acled.returncode == 0, acled.stderr
    reader = csv.DictReader(io.StringIO(acled.stdout))
    assert tuple(reader.fieldnames or ()) == ACLED_COLUMNS
    by_note = {r["notes"]: r for r in reader}
    drone = by_note["Russian drones struck Dobropillia overnight, killing three civilians, regional officials said."]
    assert (drone["event_type"], drone["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert drone["country"] == "Ukraine" and drone["admin1"] == "Donetsk" and drone["fatalities"] == "3"
    assert drone["event_id_cnty"].startswith("UKR") and drone["year"] == "2025"
    # ACLED's names and codes: Russia's army in Ukraine is an external force (8) against civilians (7).
    assert (drone["actor1"], drone["inter1"]) == ("Military Forces of Russia (2000-)", "8")
    assert (drone["actor2"], drone["inter2"], drone["interaction"]) == ("Civilians (Ukraine)", "7", "78")
    assert drone["civilian_targeting"] == "Civilian targeting" and drone["iso"] == "804" and drone["region"] == "Europe"
    assert (drone["time_precision"], drone["geo_precision"], drone["source"]) == ("1", "1", "Test Wire")
    fight = by_note["Ukrainian and Russian troops fought near Kostiantynivka on Tuesday."]
    assert fight["event_type"] == "Battles" and fight["disorder_type"] == "Political violence"
    protest = by_note["Hundreds of people protested in Kyiv against a land swap."]
    assert (protest["event_type"], protest["actor1"], protest["disorder_type"]) == ("Protests", "Protesters (Ukraine)", "Demonstrations")
    agree = by_note["Russia and the United States agreed to hold a summit in Alaska."]
    assert (agree["event_type"], agree["sub_event_type"], agree["country"]) == ("Strategic developments", "Agreement", "United States")
    assert agree["geo_precision"] == "3"  # Alaska is a state: ACLED's province-level precision
    assert not any("Zelensky" in note for note in by_note)  # a statement: in the statements export instead
    statements = list(csv.DictReader(io.StringIO(cli("export", "--format", "statements", "--db", db_url).stdout)))
    assert [(s["type"], s["speaker"]) for s in statements] == [("REJECT", "Volodymyr Zelensky")]


def test_command_errors_are_one_line(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("not a database\n" * 200)
    for args in (
        ("query", "articles", "--db", "mysql://localhost/news"),
        ("query", "articles", "--db", str(junk)),
        ("query", "articles", "--db", str(tmp_path / "missing.db")),
        ("export", "--format", "csv", "--db", "postgresql://nobody@127.0.0.1:1/x"),
        ("export", "--format", "geojson", "--table", "quotes", "--db", str(junk)),
    ):
        result = frontwire(*args)
        assert result.returncode != 0
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("frontwire: "), result.stderr
        assert "Traceback" not in result.stderr
    assert not (tmp_path / "missing.db").exists()  # queries never create a database


def test_ingest_skips_its_own_database_files(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "seed.txt")
    first = frontwire("ingest", ".", "--db", "news.db", "--published", "2025-08-12", cwd=tmp_path)
    assert first.returncode == 0 and "stored 1, duplicates 0, failed 0" in first.stderr, first.stderr
    again = frontwire("ingest", ".", "--db", "news.db", cwd=tmp_path)  # news.db, -wal and -shm now exist
    assert "stored 0, duplicates 0, failed 0, already stored 1" in again.stderr, again.stderr
    with open_store(str(tmp_path / "news.db")) as store:
        assert store.articles()[0]["published"] == "2025-08-12"


def test_ingest_warns_when_undated_and_replace_re_extracts_with_new_options(tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "seed.txt")
    db = str(tmp_path / "news.db")
    first = frontwire("ingest", "seed.txt", "--db", db, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    warning = [line for line in first.stderr.splitlines() if "no publication date" in line]
    assert len(warning) == 1 and warning[0].startswith("frontwire: warning: ") and "seed.txt" in warning[0], first.stderr

    again = frontwire("ingest", "seed.txt", "--db", db, "--published", "2025-08-12", cwd=tmp_path)
    assert "already stored 1" in again.stderr  # without --replace a re-run skips what is stored

    replaced = frontwire("ingest", "seed.txt", "--db", db, "--published", "2025-08-12", "--replace",
                         "--publisher", "The Moscow Times", cwd=tmp_path)
    assert replaced.returncode == 0 and "stored 1, duplicates 0, failed 0" in replaced.stderr, replaced.stderr
    assert "no publication date" not in replaced.stderr
    with open_store(db) as store:
        assert store.stats()["articles"] == 1 and store.stats()["article_sources"] == 1
        article = store.articles()[0]
        assert (article["published"], article["publisher"]) == ("2025-08-12", "The Moscow Times")
        events = store.events(limit=500)
    assert events and all(e["date"] or e["published"] == "2025-08-12" for e in events)
