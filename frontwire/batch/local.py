"""The local engine: streaming, one process or a pool of worker processes, -> Parquet.

Reading and cleaning stay in the parent, in input order, so the boilerplate memory sees
the documents exactly as `frontwire extract` does; the NLP model and the extraction
components, which cost nearly all the time, run in the workers.
"""
from __future__ import annotations

import datetime as dt
import gc
import os
import time
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

from frontwire.batch.output import ParquetSink, prepare, prime_arrow
from frontwire.batch.parallel import WorkerPool
from frontwire.batch.process import Unit, chunked, process_chunk, units
from frontwire.batch.schema import Row
from frontwire.batch.sources import iter_documents
from frontwire.ingest.article import warm_up as warm_up_ingest
from frontwire.models import Article
from frontwire.pipeline import DEFAULT_COMPONENTS, Pipeline


@dataclass
class Stats:
    articles: int = 0
    failures: int = 0
    seconds: float = 0.0

    def count(self, row: Row) -> None:
        if row["error"] is None:
            self.articles += 1
        else:
            self.failures += 1

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def make_pipeline(components: Sequence[str] = DEFAULT_COMPONENTS, model: str | None = None) -> Pipeline:
    return Pipeline(components, model)


# The second sentence is an arrest the rules doubt (would arrest), which loads the police
# classifier (a second spaCy model, about 0.2 s) at start-up rather than in the first chunk
# that has such a sentence.
WARM_UP = Article(source="<warm-up>", text="Russian forces shelled Kharkiv on Monday, the governor said. "
                  "Police said they would arrest anyone who looted shops.")


WORKER_GC_THRESHOLD = 10_000


def _worker_pipeline(components: Sequence[str], model: str | None) -> Pipeline:
    pipeline = make_pipeline(components, model)
    # Components load their data (the gazetteer, trained models) on first use: pay that before the first chunk.
    pipeline.process(WARM_UP)
    # What is loaded now (the model, lexicons, gazetteer tables: ~120,000 objects) lives as long as
    # the worker; frozen, the garbage collector stops walking it again and again (its time per
    # article halves, about 1 ms of 64 on the benchmark corpus).
    gc.freeze()
    # An article's extraction allocates tens of thousands of short-lived objects (token tables, spans,
    # candidate lists); at the default threshold of 700 the young generation is collected ~270 times
    # per 100 articles, and the objects still alive at each pass are walked again. At 10,000 it is
    # collected ~10 times: garbage collection fell from ~2.5 to ~1.4 ms per article (benchmark corpus).
    gc.set_threshold(WORKER_GC_THRESHOLD, *gc.get_threshold()[1:])
    return pipeline


def start_pool(workers: int, components: Sequence[str] = DEFAULT_COMPONENTS, model: str | None = None) -> WorkerPool:
    pool = WorkerPool(workers, _worker_pipeline, tuple(components), model)
    # The workers load their models for a few seconds; the parent's own set-up (pyarrow, and the
    # cleaning's trafilatura and dateparser) fits in that wait instead of keeping the first
    # documents from them, or taking a core from them once they work.
    prime_arrow()
    warm_up_ingest()
    return pool


def local_rows(
    paths: Iterable[str],
    workers: int = 1,
    batch_size: int = 16,
    published: dt.date | None = None,
    pool: WorkerPool | None = None,
) -> Iterator[Row]:
    """Rows in input order. workers <= 1 without a pool: everything in this process."""
    chunks: Iterator[list[Unit]] = chunked(units(iter_documents(paths), published), batch_size)
    if pool is None and workers <= 1:
        pipeline = make_pipeline()
        for chunk in chunks:
            yield from process_chunk(pipeline, chunk)
        return
    owned = pool is None
    pool = pool or start_pool(workers)
    try:
        for rows in pool.imap(process_chunk, chunks):
            yield from rows
    finally:
        if owned:
            pool.close()


def run_local(
    paths: Iterable[str],
    output: str,
    workers: int | None = None,
    batch_size: int = 16,
    published: dt.date | None = None,
    overwrite: bool = False,
    rows_per_group: int = 256,
    pool: WorkerPool | None = None,
) -> Stats:
    folder = prepare(output, overwrite)
    stats = Stats()
    started = time.perf_counter()
    sink = ParquetSink(folder, rows_per_group)
    try:
        workers = default_workers() if workers is None else workers
        for row in local_rows(paths, workers, batch_size, published, pool):
            stats.count(row)
            sink.write(row)
    except BaseException:
        sink.abort()
        raise
    sink.close()
    stats.seconds = time.perf_counter() - started
    return stats
