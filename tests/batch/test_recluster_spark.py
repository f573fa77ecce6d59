"""`frontwire recluster --engine spark`: the backfill of samples/ + tests/corpus on Spark (local
mode) writes the clusters the local engine writes, table for table."""
from __future__ import annotations

import gzip
import json
import os
import shutil
from pathlib import Path

import pytest

from frontwire.models import ArticleRecord
from frontwire.store import clusters as S
from frontwire.store import open_store

# The stored records of samples/ and tests/corpus (34 articles), as the cross-check tests use them.
RECORDS = Path(__file__).parent.parent / "crosscheck" / "fixtures" / "records.jsonl.gz"

# CI installs Java (.ci/system-deps.sh): there a missing JVM is a failure, not a skip.
if shutil.which("java") is None and not os.environ.get("CI"):
    pytest.skip("Spark needs Java (install default-jre-headless); set CI=1 to make this fail instead", allow_module_level=True)


def backfill(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The 34 records stored without clusters, as a bulk load before a recluster leaves them."""
    monkeypatch.setenv("FRONTWIRE_CLUSTER_AT_INGEST", "0")
    with gzip.open(RECORDS, "rt", encoding="utf-8") as f, open_store(db) as store:
        for line in f:
            assert store.put(ArticleRecord.from_dict(json.loads(line))).status == "stored"
        assert S.is_stale(store.db)
    monkeypatch.delenv("FRONTWIRE_CLUSTER_AT_INGEST")


def tables(db: str) -> dict[str, list]:
    """Every stored cluster (as claims read it), every report's cluster and every contradiction."""
    with open_store(db, create=False) as store:
        return {
            "clusters": S.clusters(store.db),
            "members": store.db.rows("SELECT article_id, seq, ord, cluster_id, family, day, cell, place_key, data"
                                     " FROM claim_reports ORDER BY ord"),
            "contradictions": store.db.rows("SELECT cluster_id, seq, kind, field, claim_article_id, counter_article_id,"
                                            " data FROM claim_contradictions ORDER BY cluster_id, seq"),
            "stale": [S.is_stale(store.db)],
        }


@pytest.mark.timeout(600)
def test_spark_and_local_engines_store_identical_clusters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from frontwire.cli import app

    local, spark = str(tmp_path / "local.db"), str(tmp_path / "spark.db")
    backfill(local, monkeypatch)
    backfill(spark, monkeypatch)
    done = CliRunner().invoke(app, ["recluster", "--db", local, "--engine", "local"])
    assert done.exit_code == 0 and "461 reports in 315 clusters (local engine" in done.output, done.output
    done = CliRunner().invoke(app, ["recluster", "--db", spark, "--engine", "spark", "--master", "local[2]"])
    assert done.exit_code == 0 and "461 reports in 315 clusters (spark engine" in done.output, done.output

    by_spark, by_local = tables(spark), tables(local)
    assert by_spark == by_local
    assert len(by_spark["clusters"]) == 315 and len(by_spark["members"]) == 461 and by_spark["stale"] == [False]
    dobropillia = [c for c in by_spark["clusters"] if c["place"] == "Dobropillia" and c["n_sources"] == 3]
    assert len(dobropillia) == 1
    assert {s["publisher"] for s in dobropillia[0]["sources"]} == {"Baltic Wire", "Frontline Monitor", "The Kyiv Courier"}
    assert {x["kind"] for x in dobropillia[0]["contradictions"]} == {"denial", "figure"}
