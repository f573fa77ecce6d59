"""Clusters kept at ingest equal the clusters computed from scratch (today's in-memory path),
whatever order the articles arrive in, on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from frontwire.crosscheck import crosscheck, load_records
from frontwire.crosscheck import incremental as I
from frontwire.crosscheck.cluster import can_link, cluster_reports
from frontwire.crosscheck.reports import reports_from_records
from frontwire.models import ArticleRecord
from frontwire.store import clusters as S
from frontwire.store import open_store


def without_ids(clusters: list[dict]) -> list[dict]:
    """Stored clusters keep their database ids; today's are numbered 1.. in the same order."""
    return [{k: v for k, v in c.items() if k != "id"} for c in clusters]


def ingest(db: str, records: list[dict], order: list[int]) -> dict[int, int]:
    """Store the records in this order; {record index: article id}."""
    ids = {}
    with open_store(db) as store:
        for i in order:
            added = store.put(ArticleRecord.from_dict(records[i]))
            assert added.status == "stored"
            ids[i] = added.article_id
    return ids


def test_stored_clusters_are_todays_clusters(corpus_records, clusters_today, tmp_path):
    db = str(tmp_path / "fw.db")
    ingest(db, corpus_records, list(range(len(corpus_records))))
    with open_store(db, create=False) as store:
        stored = S.clusters(store.db)
    assert len(stored) == len(clusters_today) == 315
    assert without_ids(stored) == without_ids(clusters_today)
    dobropillia = [c for c in stored if c["place"] == "Dobropillia" and c["n_sources"] == 3]
    assert len(dobropillia) == 1
    c = dobropillia[0]
    assert {s["publisher"] for s in c["sources"]} == {"Baltic Wire", "Frontline Monitor", "The Kyiv Courier"}
    assert c["disputed"] and {x["kind"] for x in c["contradictions"]} == {"denial", "figure"}


@pytest.mark.parametrize("seed", [1, 2])
def test_any_ingest_order_gives_the_full_clustering(corpus_records, db_url, seed):
    """Articles in shuffled order: many arrive after later-dated ones, so the replay re-decides
    earlier reports; the stored clusters must still be what clustering everything gives."""
    order = list(range(len(corpus_records)))
    random.Random(seed).shuffle(order)
    ingest(db_url, corpus_records, order)
    with open_store(db_url, create=False) as store:
        incremental = S.clusters(store.db)
        from_scratch = crosscheck(load_records(store))
        assert without_ids(incremental) == without_ids(from_scratch)
        summary = I.rebuild(store)
        assert summary["clusters"] == len(incremental)
        assert without_ids(S.clusters(store.db)) == without_ids(incremental)


def test_blocking_keeps_every_candidate(corpus_records):
    """cluster_all (blocked) and cluster_reports (every pair) make the same clusters."""
    reports = reports_from_records((d["article_id"], ArticleRecord.from_dict(d)) for d in corpus_records)
    blocked = [[r.index for r in c.reports] for c in I.cluster_all(reports)]
    reports = reports_from_records((d["article_id"], ArticleRecord.from_dict(d)) for d in corpus_records)
    every_pair = [[r.index for r in c.reports] for c in cluster_reports(reports)]
    assert blocked == every_pair
    assert sum(len(c) > 1 for c in blocked) >= 40  # the corpus has real multi-report clusters


def test_cells_cover_the_radius():
    # Kharkiv and a point 29 km east of it fall in different 0.5-degree cells; the probe reaches it.
    lat, lon = 49.98, 36.49
    east = (49.98, 36.49 + 29 / (111.32 * 0.6428))
    assert I._cell(*east) in I.cells_near(lat, lon)
    assert I._cell(lat + 0.6, lon) not in I.cells_near(lat, lon)


def test_ingest_without_clustering_marks_the_store_stale(corpus_records, tmp_path, monkeypatch):
    db = str(tmp_path / "fw.db")
    monkeypatch.setenv("FRONTWIRE_CLUSTER_AT_INGEST", "0")
    ingest(db, corpus_records, [0, 1, 2])
    with open_store(db, create=False) as store:
        assert S.is_stale(store.db) and S.counts(store.db)["claim_clusters"] == 0
        I.ensure(store)
        assert not S.is_stale(store.db)
        assert without_ids(S.clusters(store.db)) == without_ids(crosscheck(load_records(store)))


# -- reading the stored clusters ------------------------------------------------------------------

@pytest.fixture(scope="module")
def corpus_db(corpus_records, tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("claims") / "fw.db")
    ingest(db, corpus_records, list(range(len(corpus_records))))
    return db


def test_date_filter_filters(corpus_db):
    from frontwire.crosscheck import stored

    with open_store(corpus_db, create=False) as store:
        everything = stored.claims(store)
        august = stored.claims(store, stored.filters("2025-08-10", "2025-08-14"))
        one_day = stored.claims(store, stored.filters("2025-08-12", "2025-08-12"))
    assert 0 < len(one_day) < len(august) < len(everything) // 10
    for c in august:  # every cluster returned overlaps the range...
        assert c["date_from"] <= "2025-08-14" and c["date_to"] >= "2025-08-10"
    returned = {c["id"] for c in august}
    for c in everything:  # ...and every cluster overlapping it is returned
        if c["date_from"] and c["date_from"] <= "2025-08-14" and c["date_to"] >= "2025-08-10":
            assert c["id"] in returned
    assert any(c["place"] == "Dobropillia" and c["n_sources"] == 3 for c in one_day)


def test_type_place_region_and_disputed_filters(corpus_db):
    from frontwire.crosscheck import stored

    with open_store(corpus_db, create=False) as store:
        everything = stored.claims(store)
        for where, keep in (
            (stored.filters(type="assault"), lambda c: c["type"] == "ASSAULT"),
            (stored.filters(place="DOBRO"), lambda c: "dobro" in (c["place"] or "").lower()),
            (stored.filters(region="donetsk"), lambda c: "donetsk" in c["region"].lower()),
            (stored.filters(region="ua"), lambda c: "ua" in c["region"].lower() or (c["country"] or "").lower() == "ua"),
            (stored.filters(disputed=True, min_sources=2), lambda c: c["disputed"] and c["n_sources"] >= 2),
        ):
            got = stored.claims(store, where)
            assert got == [c for c in everything if keep(c)] and 0 < len(got) < len(everything)
        page = stored.claims(store, limit=5, offset=5)
    assert page == everything[5:10]


def test_recluster_command_rebuilds_the_same_clusters(corpus_db):
    import json

    from typer.testing import CliRunner

    from frontwire.cli import app

    before = json.loads(CliRunner().invoke(app, ["claims", "--db", corpus_db]).output)
    result = CliRunner().invoke(app, ["recluster", "--db", corpus_db])
    assert result.exit_code == 0 and "reclustered 34 articles: 461 reports in 315 clusters" in result.output
    after = json.loads(CliRunner().invoke(app, ["claims", "--db", corpus_db]).output)
    assert without_ids(after) == without_ids(before)
    missing = CliRunner().invoke(app, ["recluster", "--db", corpus_db + ".nothere"])
    assert missing.exit_code == 1 and "no such database" in missing.output


def test_api_claims_filter_and_page_in_the_store(corpus_db):
    from fastapi.testclient import TestClient

    from frontwire.api import create_app

    with TestClient(create_app(corpus_db)) as client:
        def items(**params):
            response = client.get("/api/claims", params={"limit": 500, **params})
            assert response.status_code == 200, response.text
            return response.json()["items"]

        everything = items()
        assert len(everything) == 315
        dated = items(**{"from": "2025-08-12", "to": "2025-08-12"})
        assert 0 < len(dated) < 10 and all(c["date_from"] <= "2025-08-12" <= c["date_to"] for c in dated)
        disputed = items(disputed="true", type="ASSAULT", place="Dobropillia")
        assert disputed and all(c["disputed"] and c["type"] == "ASSAULT" for c in disputed)
        assert items(region="Donetsk", min_sources=3)[0]["n_sources"] == 3
        first = client.get("/api/claims", params={"limit": 2}).json()
        second = client.get("/api/claims", params={"limit": 2, "cursor": first["next"]}).json()
        assert [c["id"] for c in first["items"] + second["items"]] == [c["id"] for c in everything[:4]]


def _copy(record: dict, n: int) -> dict:
    """The record as another outlet's story n days later (its event dates move with it)."""
    import copy as deep

    def later(day):
        if not day or len(day) < 10:
            return day
        return (dt.date.fromisoformat(day[:10]) + dt.timedelta(days=n)).isoformat() + day[10:]

    out = deep.deepcopy(record)
    out["published"] = later(out.get("published"))
    out["publisher"] = f"{out.get('publisher')} {n}"
    out["text"] = f"{out.get('text') or ''}\n(copy {n})"
    for e in out["events"]:
        e["date"] = later(e.get("date"))
    return out


def test_dense_shuffled_feed_equals_a_rebuild(corpus_records, tmp_path, no_near_copies):
    """Three outlets a day apart for every story, in random order: stories overlap, clusters
    gain and lose reports as earlier-dated copies arrive late."""
    feed = [_copy(r, n) for n in (0, 1, 2) for r in corpus_records]
    order = list(range(len(feed)))
    random.Random(3).shuffle(order)
    db = str(tmp_path / "fw.db")
    ingest(db, feed, order)
    with open_store(db, create=False) as store:
        incremental = S.clusters(store.db)
        I.rebuild(store)
        rebuilt = S.clusters(store.db)
    assert without_ids(incremental) == without_ids(rebuilt)
    assert max(c["n_sources"] for c in rebuilt) >= 6  # copies did cluster together


def test_filters_run_the_same_sql_on_both_backends(corpus_records, db_url):
    from frontwire.crosscheck import stored

    ingest(db_url, corpus_records, list(range(len(corpus_records))))
    with open_store(db_url, create=False) as store:
        everything = stored.claims(store)
        august = stored.claims(store, stored.filters("2025-08-10", "2025-08-14", type="ASSAULT", region="donetsk"))
        day = stored.clusters_on_day(store, dt.date(2025, 8, 12), "Donetsk")
    assert len(everything) == 315
    assert august == [c for c in everything if c["date_from"] and c["date_from"] <= "2025-08-14" and c["date_to"] >= "2025-08-10"
                      and c["type"] == "ASSAULT" and "donetsk" in c["region"].lower()]
    assert august and any(c["place"] == "Dobropillia" for c in day)


def test_groups_that_cannot_link_across_cluster_alone_as_one_whole(corpus_records):
    """The backfill's split (what the Spark engine partitions): each group clustered on its own
    gives the clusters of clustering everything, and the corpus does split."""
    from frontwire.crosscheck import backfill

    reports = reports_from_records([(d["article_id"], ArticleRecord.from_dict(d)) for d in corpus_records])
    groups = backfill.components(reports)
    assert sum(len(g) for g in groups) == len(reports) == 461
    assert len(groups) > 50
    for a in groups[:20]:
        for b in groups[20:40]:
            assert not any(can_link(x, y) for x in a for y in b)
    whole = [I.made(c) for c in I.cluster_all(reports)]
    pieces = [m for g in groups for m in backfill.cluster_group(g)]
    assert sorted(pieces, key=lambda m: (m[0].sort_day, m[0].first_ord)) == whole  # the store's numbering order
    assert len({backfill.partition_key(g) for g in groups}) > 10


def test_ingest_no_cluster_leaves_the_clusters_to_recluster(tmp_path):
    """`ingest --no-cluster` (a bulk load) stores the articles without their clusters; recluster
    then makes the clusters ingest would have kept, and the switch ends with the command."""
    import json
    import os
    from pathlib import Path

    from typer.testing import CliRunner

    from frontwire.cli import app

    samples = str(Path(__file__).resolve().parents[2] / "samples")
    off, on = str(tmp_path / "off.db"), str(tmp_path / "on.db")
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", samples, "--db", off, "--no-cluster"])
    assert result.exit_code == 0 and "stored 4" in result.output, result.output
    assert os.environ.get("FRONTWIRE_CLUSTER_AT_INGEST") is None
    with open_store(off, create=False) as store:
        assert S.is_stale(store.db) and S.counts(store.db)["claim_clusters"] == 0
    result = runner.invoke(app, ["recluster", "--db", off])
    assert result.exit_code == 0 and "reclustered 4 articles" in result.output, result.output
    assert runner.invoke(app, ["ingest", samples, "--db", on]).exit_code == 0
    claims = [json.loads(runner.invoke(app, ["claims", "--db", db]).output) for db in (off, on)]
    assert without_ids(claims[0]) == without_ids(claims[1])
    assert any(c["place"] == "Dobropillia" and c["n_sources"] >= 3 and c["disputed"] for c in claims[0])


# -- what a replay reads of the stored reports ------------------------------------------------------

LINK_FIELDS = ("family", "day", "index", "place", "lat", "lon", "subtype", "actor_countries", "tokens")


def test_link_fields_read_back_what_linking_reads(corpus_records):
    """A stored report is scored through its link fields: they equal the whole report's, so
    every score and link between stored and new reports is the one the whole reports give."""
    reports = reports_from_records([(d["article_id"], ArticleRecord.from_dict(d)) for d in corpus_records])
    stored = [I.load_link({"id": n, **I.row_of(r, r.article_id, 0).__dict__}) for n, r in enumerate(reports)]
    for r, s in zip(reports, stored):
        assert [getattr(s, f) for f in LINK_FIELDS] == [getattr(r, f) for f in LINK_FIELDS]
    from frontwire.crosscheck.cluster import link_score

    pairs = [(a, b) for a in range(0, len(reports), 3) for b in range(1, len(reports), 5)]
    scores = [link_score(reports[a], reports[b]) for a, b in pairs]
    assert [link_score(stored[a], reports[b]) for a, b in pairs] == scores
    assert [link_score(stored[a], stored[b]) for a, b in pairs] == scores
    assert sum(s is not None and s >= 0.3 for s in scores) >= 20  # pairs that would cluster


def test_rows_stored_without_link_fields_are_read_whole(corpus_records, tmp_path):
    """A store clustered before migration 7 has no link fields: ingest on top reads those rows'
    whole reports, and keeps the clusters clustering everything gives."""
    db = str(tmp_path / "fw.db")
    order = list(range(len(corpus_records)))
    random.Random(4).shuffle(order)
    ingest(db, corpus_records, order[:20])
    with open_store(db, create=False) as store:
        store.db.execute("UPDATE claim_reports SET link_fields = NULL")
    I._LINKED.clear(), I._MEMBERS.clear()  # noqa: B018  (as in a new process)
    ingest(db, corpus_records, order[20:])
    with open_store(db, create=False) as store:
        assert store.db.value("SELECT COUNT(*) FROM claim_reports WHERE link_fields IS NULL") > 100
        assert without_ids(S.clusters(store.db)) == without_ids(crosscheck(load_records(store)))


def _in_block(row: dict, p: S.Probe, keys: tuple[str, str, str, str]) -> bool:
    """The blocking rule, row by row: family, day window (or undated), place block."""
    family, day, cell, place_key = (row[k] for k in keys)
    if family not in p.families:
        return False
    if p.day_lo is not None and not (p.day_lo <= day <= p.day_hi or day == S.UNDATED):
        return False
    return not p.placed or place_key is None or place_key == p.place_key or cell in p.cells


def test_block_lookups_return_every_row_the_blocking_rule_keeps(corpus_db):
    """Candidate lookups run one index seek per part of the place block; together they return
    exactly the rows the rule keeps, each once (a report named like the probe's place in a near
    cell too)."""
    with open_store(corpus_db, create=False) as store:
        reports = store.db.rows("SELECT * FROM claim_reports")
        clusters = store.db.rows("SELECT * FROM claim_clusters")
        probes = {I.probe(I.load_link(r)) for r in reports}
        both_parts = 0
        for p in probes:
            got = [int(r["id"]) for r in S.clusters_in(store.db, p)]
            assert sorted(got) == sorted(int(c["id"]) for c in clusters if _in_block(c, p, S.CLUSTER_KEYS))
            first = S.Position("0000-01-01", False, -1)
            got = [int(r["id"]) for r in S.reports_after(store.db, p, first)]
            want = [int(r["id"]) for r in reports if _in_block(r, p, S.REPORT_KEYS)]
            assert sorted(got) == sorted(want)
            both_parts += any(r["place_key"] == p.place_key and r["cell"] in p.cells for r in reports if int(r["id"]) in want)
    assert len(probes) > 100 and both_parts > 50
