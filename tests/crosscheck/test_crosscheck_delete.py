"""Deleting (or replacing) articles keeps the stored clusters exact: they are then the clusters
of a store the articles never entered, on SQLite and PostgreSQL, and no claim names a deleted
article as a source."""
from __future__ import annotations

import json
import random
from typing import Any

import pytest

from frontwire.crosscheck import crosscheck, load_records
from frontwire.models import ArticleRecord
from frontwire.store import clusters as S
from frontwire.store import open_store
from tests.crosscheck.test_crosscheck_incremental import _copy, without_ids
from tests.crosscheck.test_crosscheck_incremental import ingest as put_all

ID_KEYS = ("article_id", "claim_article_id", "counter_article_id")


def relabelled(value: Any, ids: dict[int, int]) -> Any:
    """Described clusters with their article ids mapped (another store numbers articles apart)."""
    if isinstance(value, dict):
        return {k: (ids[v] if k in ID_KEYS and v is not None else relabelled(v, ids)) for k, v in value.items()}
    if isinstance(value, list):
        return [relabelled(v, ids) for v in value]
    return value


def article_ids_named(clusters: list[dict]) -> set[int]:
    found: set[int] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                if k in ID_KEYS and v is not None:
                    found.add(v)
                else:
                    walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(clusters)
    return found


def dobropillia(clusters: list[dict]) -> dict:
    """The August advance near Dobropillia as several sources tell it."""
    [found] = [c for c in clusters if c["place"] == "Dobropillia" and c["n_sources"] > 1 and c["date_from"] == "2025-08-11"]
    return found


def test_delete_gives_the_clusters_of_a_store_the_article_never_entered(corpus_records, db_url, tmp_path):
    """Baltic Wire's story is in the disputed Dobropillia cluster (its claim is one the Kyiv
    Courier denies): without it, the Moscow Times' report joins that cluster too (Baltic Wire's
    report kept it out), which only re-deciding the later reports finds."""
    order = list(range(len(corpus_records)))
    ids = put_all(db_url, corpus_records, order)
    gone = 0  # baltic-wire-russia-claims-dobropillia.txt
    assert corpus_records[gone]["publisher"] == "Baltic Wire"
    with open_store(db_url) as store:
        before = S.clusters(store.db)
        assert {s["publisher"] for s in dobropillia(before)["sources"]} == {"Baltic Wire", "Frontline Monitor", "The Kyiv Courier"}
        assert store.delete([ids[gone]]) == 1
        after = S.clusters(store.db)
        reports = S.counts(store.db)["claim_reports"]
    never = str(tmp_path / "never.db")
    other = put_all(never, corpus_records, [i for i in order if i != gone])
    with open_store(never, create=False) as store:
        expected = relabelled(S.clusters(store.db), {other[i]: ids[i] for i in other})
        assert S.counts(store.db)["claim_reports"] == reports
    assert without_ids(after) == without_ids(expected)
    assert after != before and ids[gone] not in article_ids_named(after)
    assert {s["publisher"] for s in dobropillia(after)["sources"]} == {"Frontline Monitor", "The Kyiv Courier", "The Moscow Times"}


@pytest.mark.parametrize("seed", [4, 5])
def test_deletes_after_a_shuffled_ingest_equal_clustering_what_is_left(corpus_records, db_url, seed):
    """Articles arrive out of date order, then go one at a time and several at once: after
    every delete the stored clusters are clustering every remaining article from scratch."""
    rng = random.Random(seed)
    order = list(range(len(corpus_records)))
    rng.shuffle(order)
    ids = put_all(db_url, corpus_records, order)
    doomed = rng.sample(sorted(ids.values()), 9)
    with open_store(db_url) as store:
        for batch in ([doomed[0]], [doomed[1]], doomed[2:5], [doomed[5]], doomed[6:]):
            assert store.delete(batch) == len(batch)
            stored = S.clusters(store.db)
            assert without_ids(stored) == without_ids(crosscheck(load_records(store)))
            assert not set(doomed[:doomed.index(batch[-1]) + 1]) & article_ids_named(stored)
        left = len(crosscheck(load_records(store)))
    assert 0 < left < 315


def test_deletes_in_a_dense_feed_equal_a_rebuild(corpus_records, tmp_path, no_near_copies):
    """Three outlets a day apart for every story: the deleted reports' clusters are shared by
    many sources, and the reports that could not join them before may join them now."""
    from frontwire.crosscheck import incremental as I

    feed = [_copy(r, n) for n in (0, 1, 2) for r in corpus_records]
    rng = random.Random(6)
    order = list(range(len(feed)))
    rng.shuffle(order)
    db = str(tmp_path / "fw.db")
    ids = put_all(db, feed, order)
    with open_store(db) as store:
        shared = [c for c in S.clusters(store.db) if c["n_sources"] >= 4]
        doomed = sorted({s["article_id"] for c in shared[:6] for s in c["sources"][:1]} | set(rng.sample(sorted(ids.values()), 8)))
        for n in range(0, len(doomed), 3):
            store.delete(doomed[n:n + 3])
            incremental = S.clusters(store.db)
            assert without_ids(incremental) == without_ids(crosscheck(load_records(store)))
        # Many at once: clusters lose reports at many points, and a report woken by an early
        # loss may belong to a cluster that loses one only later (each loss waits for its turn).
        left = sorted(set(ids.values()) - set(doomed))
        store.delete(rng.sample(left, 30))
        incremental = S.clusters(store.db)
        assert without_ids(incremental) == without_ids(crosscheck(load_records(store)))
        I.rebuild(store)
        assert without_ids(S.clusters(store.db)) == without_ids(incremental)
    assert len(doomed) >= 10


def test_replace_keeps_the_clusters_exact(corpus_records, db_url):
    """ingest --replace: the re-extracted record (here dated 8 days later, so its reports leave
    the Dobropillia cluster) takes the old one's place in the clusters too."""
    ids = put_all(db_url, corpus_records, list(range(len(corpus_records))))
    record = ArticleRecord.from_dict(_copy(corpus_records[2], 8))  # the Kyiv Courier's denial, same source
    with open_store(db_url) as store:
        store.replace = True
        added = store.put(record)
        assert added.status == "stored" and added.article_id != ids[2]
        stored = S.clusters(store.db)
        assert without_ids(stored) == without_ids(crosscheck(load_records(store)))
    assert ids[2] not in article_ids_named(stored)
    august = dobropillia(stored)  # the denial left with the article
    assert {s["publisher"] for s in august["sources"]} == {"Baltic Wire", "Frontline Monitor"} and not august["disputed"]


def test_cli_delete_and_the_api_never_show_a_deleted_source(corpus_records, tmp_path):
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from frontwire.api import create_app
    from frontwire.cli import app

    db = str(tmp_path / "fw.db")
    ids = put_all(db, corpus_records, list(range(len(corpus_records))))
    with open_store(db) as store:  # the CLI deletes by source as stored
        source = store.db.value("SELECT source FROM article_sources WHERE article_id = ?", (ids[1],))
    result = CliRunner().invoke(app, ["delete", "--source", source, str(ids[0]), "--db", db])
    assert result.exit_code == 0 and "deleted 2 articles" in result.output
    claims = json.loads(CliRunner().invoke(app, ["claims", "--db", db]).output)
    with TestClient(create_app(db)) as client:
        served = client.get("/api/claims", params={"limit": 500}).json()["items"]
    assert served == claims and len(claims) > 300
    assert not {ids[0], ids[1]} & article_ids_named(served)
    august = [c for c in served if c["place"] == "Dobropillia" and c["n_sources"] > 1 and c["date_from"] < "2025-09"]
    assert [{s["publisher"] for s in c["sources"]} for c in august] == [{"The Kyiv Courier", "The Moscow Times"}]
