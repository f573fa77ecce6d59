"""`frontwire recluster --engine spark`: the claim clustering of a backfill on the Spark engine.

Two stages, both on the executors: every stored record's reports (reports_from_record, the
costly part of a rebuild), then the groups of reports that cannot link across
(crosscheck/backfill.py), partitioned by date bucket and region, each clustered and described
by the same code as the local engine. The driver reads the records, splits the reports into
groups and writes the clusters in the store's clustering order, so the stored tables are the
ones the local engine writes (tests/batch/test_recluster_spark.py). On the 1,300-article
replicated store of benchmarks/claims_scale.py (17,648 reports, 5,286 clusters): local 8.2 s,
Spark local[2] 37.5 s with the JVM's start, the stored tables identical.
"""
from __future__ import annotations

import os
from typing import Any, Iterable, Iterator

from frontwire.errors import FrontwireError
from frontwire.models import ArticleRecord


def _reports(pairs: Iterable[tuple[int, ArticleRecord]]) -> Iterator[Any]:
    """Runs on the executors: (article id, record) -> the article's reports."""
    from frontwire.crosscheck.incremental import article_reports

    for article_id, record in pairs:
        yield from article_reports(article_id, record)


def _clusters(keyed_groups: Iterable[tuple[Any, list[Any]]]) -> Iterator[Any]:
    """Runs on the executors: groups of reports -> described clusters with their rows."""
    from frontwire.crosscheck.backfill import cluster_group

    for _, group in keyed_groups:
        yield from cluster_group(group)


def _session(master: str) -> Any:
    """A Spark session, or one line saying why there is none (no pyspark, no Java)."""
    try:
        from frontwire.batch.spark import session

        return session(master, app="frontwire-recluster")
    except ImportError as exc:
        raise FrontwireError(f"the Spark engine needs pyspark (pip install 'frontwire[spark]'): {exc}") from exc
    except Exception as exc:  # pyspark's own errors (no Java, a bad master URL) have no common base
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise FrontwireError(f"cannot start Spark (master {master}; it needs Java): {first}") from exc


def recluster_spark(records: list[tuple[int, ArticleRecord]], spark: Any = None, master: str = "local[2]") -> tuple[int, list[Any]]:
    """The reports' count and every cluster (described, with its reports' rows) of `records`,
    computed on Spark; frontwire.crosscheck.incremental.write_made stores them."""
    from frontwire.crosscheck.backfill import components, partition_key

    owned = spark is None
    spark = spark or _session(master)
    try:
        sc = spark.sparkContext
        # The executors' Python must import this frontwire, not another one on the default path.
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        sc.environment["PYTHONPATH"] = os.pathsep.join([root, *filter(None, [sc.environment.get("PYTHONPATH")])])
        slices = max(1, min(len(records), sc.defaultParallelism * 4))
        reports = sc.parallelize(records, slices).mapPartitions(_reports).collect() if records else []
        groups = components(reports)
        keyed = [(partition_key(g), g) for g in groups]
        parts = max(1, min(len(keyed), sc.defaultParallelism * 4))
        clusters = (sc.parallelize(keyed, parts).partitionBy(parts).mapPartitions(_clusters).collect()
                    if keyed else [])
    finally:
        if owned:
            spark.stop()
    return len(reports), clusters
