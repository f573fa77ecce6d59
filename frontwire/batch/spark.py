"""The Spark engine: a PySpark job for backfills, local mode by default.

JSON Lines are read as text lines and WARC/HTML/text files as binary files; each partition
loads the pipeline once (load_model caches it per Python worker, which Spark reuses) and
runs the same functions as the local engine, so both write the same rows.
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import time
from typing import Iterable, Iterator, Sequence
from urllib.parse import unquote, urlparse

from frontwire.batch.local import Stats
from frontwire.batch.output import prepare
from frontwire.batch.schema import as_tuple, spark_schema
from frontwire.batch.sources import is_jsonl, list_inputs

# A unit of input for a partition: ("line", where, text), ("file", source, bytes) or
# ("unreadable", path, None).
Payload = tuple[str, str, object]


def session(master: str = "local[2]", app: str = "frontwire-batch"):
    """A Spark session that opens no UI and talks to nothing but this machine."""
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    # The workers must run the interpreter frontwire is installed in.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    cores = master[master.find("[") + 1 : master.find("]")] if "[" in master else "2"
    partitions = cores if cores.isdigit() else "2"
    return (
        SparkSession.builder.master(master)
        .appName(app)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", partitions)
        .config("spark.python.worker.reuse", "true")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )


def _local_path(uri: str) -> str:
    parsed = urlparse(uri)
    return os.path.abspath(unquote(parsed.path) if parsed.scheme in ("file", "") else uri)


def extract_partition(
    payloads: Iterable[Payload], published: dt.date | None, batch_size: int
) -> Iterator[tuple]:
    """Runs on the executors: payloads -> documents -> rows, one pipeline per worker process."""
    from frontwire.batch.local import make_pipeline
    from frontwire.batch.process import rows_from
    from frontwire.batch.sources import documents_from_bytes, documents_from_line, read_file

    def documents():
        for kind, where, data in payloads:
            if kind == "line":
                yield from documents_from_line(data, where)
            elif kind == "file":
                yield from documents_from_bytes(bytes(data), where)
            else:  # "unreadable": the local reader words the problem the same way
                yield from read_file(where)

    pipeline = make_pipeline()  # cached by load_model: loaded once per worker process
    for row in rows_from(documents(), pipeline, batch_size, published):
        yield as_tuple(row)


def payloads_rdd(spark, files: Sequence[str]):
    sc = spark.sparkContext
    parts = []
    readable = [f for f in files if os.path.isfile(f) and os.access(f, os.R_OK)]
    unreadable = [f for f in files if f not in set(readable)]
    if unreadable:
        parts.append(sc.parallelize([("unreadable", f, None) for f in unreadable], 1))
    for path in (f for f in readable if is_jsonl(f)):
        uri = "file://" + os.path.abspath(path)
        lines = sc.textFile(uri).zipWithIndex()
        # Named like the local engine and `frontwire extract`: the path as given, '#' line number.
        parts.append(lines.map(lambda pair, path=path: ("line", f"{path}#{pair[1] + 1}", pair[0])))
    others = [f for f in readable if not is_jsonl(f)]
    if others:
        names = {os.path.abspath(f): f for f in others}
        frame = spark.read.format("binaryFile").load(["file://" + p for p in names])
        parts.append(frame.select("path", "content").rdd.map(
            lambda row, names=names: ("file", names.get(_local_path(row.path), row.path), row.content)
        ))
    if not parts:
        return sc.emptyRDD()
    rdd = parts[0] if len(parts) == 1 else sc.union(parts)
    if rdd.getNumPartitions() < sc.defaultParallelism:
        rdd = rdd.repartition(sc.defaultParallelism)  # small inputs would leave cores idle
    return rdd


def run_spark(
    paths: Iterable[str],
    output: str,
    master: str = "local[2]",
    batch_size: int = 16,
    published: dt.date | None = None,
    overwrite: bool = False,
    spark=None,
) -> Stats:
    from pyspark.sql import functions as F

    prepare(output, overwrite)
    started = time.perf_counter()
    files = list_inputs(paths)
    owned = spark is None
    spark = spark or session(master)
    try:
        rdd = payloads_rdd(spark, files).mapPartitions(
            lambda part: extract_partition(part, published, batch_size)
        )
        frame = spark.createDataFrame(rdd, spark_schema())
        frame.write.mode("overwrite").parquet(os.path.abspath(output))
        written = spark.read.parquet(os.path.abspath(output))
        counts = written.agg(
            F.sum(F.col("error").isNull().cast("int")).alias("ok"),
            F.sum(F.col("error").isNotNull().cast("int")).alias("bad"),
        ).first()
    finally:
        if owned:
            spark.stop()
    return Stats(articles=counts.ok or 0, failures=counts.bad or 0, seconds=time.perf_counter() - started)
