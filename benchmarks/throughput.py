"""Throughput of frontwire's batch extraction on this machine, against bare spaCy.

    python benchmarks/throughput.py [--quick] [--articles N] [--workers W]

1. Builds a corpus (benchmarks/corpus.py: template articles as JSON Lines, a fifth HTML,
   plus the dev article and samples/).
2. Profiles one process on a slice: cleaning, each spaCy pipe, each frontwire component,
   row serialisation, Parquet writing (ms per article) - where the time goes.
3. Baseline: the bare model (spacy.load, all its pipes) runs nlp.pipe over the same cleaned
   texts in W worker processes (the same pool code, model loaded once per worker).
4. frontwire: the local batch engine end to end, files -> cleaning -> Pipeline -> Parquet,
   reading and cleaning in the parent, Pipeline in W workers.
Worker start-up (model loading) is excluded from both timings and reported apart.
The last line printed is `articles_per_s=N ratio_to_spacy=R peak_rss_mb=M`.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
import warnings
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import build_corpus  # noqa: E402

from frontwire.batch.local import start_pool, run_local  # noqa: E402
from frontwire.batch.parallel import WorkerPool  # noqa: E402
from frontwire.batch.process import units  # noqa: E402
from frontwire.batch.sources import iter_documents  # noqa: E402
from frontwire.models import Article  # noqa: E402

warnings.filterwarnings("ignore", message=r".*\[W108\].*")


def _bare_spacy():
    import spacy

    from frontwire.nlp import model_name

    return spacy.load(model_name())


def _spacy_chunk(nlp, texts: list[str]) -> int:
    return sum(len(doc) for doc in nlp.pipe(texts, batch_size=len(texts)))


def own_peak_rss_mb() -> float:
    # Linux reports KiB. Waited-for children (none but the forkserver's) are added too.
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return (own + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024


def _no_setup() -> None:
    return None


def _profile_task(_: None, payload: tuple[list[Article], Path]) -> list[tuple[str, float]]:
    return profile(*payload)


def clean_corpus(files: list[Path]) -> tuple[list[Article], int, float]:
    started = time.perf_counter()
    articles, bad = [], 0
    for unit in units(iter_documents([str(f) for f in files])):
        if isinstance(unit, Article):
            articles.append(unit)
        else:
            bad += 1
    return articles, bad, time.perf_counter() - started


def profile(articles: list[Article], folder: Path, clock=time.perf_counter) -> list[tuple[str, float]]:
    """Seconds per stage over `articles`, one process, batches of 16 as the engine runs them.

    `clock` is wall time by default; benchmarks/stage_cpu.py passes time.process_time (CPU seconds,
    which another job on the machine disturbs less)."""
    from frontwire.batch.output import ParquetSink
    from frontwire.batch.schema import record_row
    from frontwire.pipeline import Context, Pipeline
    from frontwire.models import ArticleRecord

    pipeline = Pipeline()
    nlp = pipeline.nlp
    pipeline.process(articles[0])  # first-call costs (lazy gazetteer loads) are not per article
    spent: dict[str, float] = defaultdict(float)
    rows = []
    for start in range(0, len(articles), 16):
        batch = articles[start : start + 16]
        t = clock()
        docs = [nlp.make_doc(a.text) for a in batch]
        spent["spacy: tokenizer"] += clock() - t
        for name, proc in nlp.pipeline:
            t = clock()
            docs = list(proc.pipe(docs, batch_size=16)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
            spent[f"spacy: {name}"] += clock() - t
        for article, doc in zip(batch, docs):
            ctx = Context(article=article, doc=doc, record=ArticleRecord(article=article))
            for spec in pipeline.components:
                t = clock()
                spec.fn(ctx)
                spent[f"frontwire: {spec.name}"] += clock() - t
            t = clock()
            rows.append(record_row(ctx.record))
            spent["output: row (JSON)"] += clock() - t
    # pyarrow's first table write costs ~0.25 s CPU (lazy set-up), once per process: the engine's parent pays it
    # once per job, so a warm-up write keeps it out of the per-article figure.
    warm_up = ParquetSink(folder / "profile-warm-up")
    warm_up.write_all(rows[:1])
    warm_up.close()
    t = clock()
    sink = ParquetSink(folder / "profile-out")
    sink.write_all(rows)
    sink.close()
    spent["output: Parquet write"] += clock() - t
    return sorted(spent.items(), key=lambda kv: -kv[1])


def timed_pool_run(pool: WorkerPool, fn, payloads: list) -> float:
    started = time.perf_counter()
    for _ in pool.imap(fn, payloads):
        pass
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smaller corpus: finishes within ~50 s")
    parser.add_argument("--articles", type=int, help="generated articles (default 600; --quick 100)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes for both frontwire and spaCy")
    parser.add_argument("--profile-articles", type=int, help="articles in the one-process profile")
    args = parser.parse_args(argv)
    generated = args.articles or (100 if args.quick else 600)
    sample = args.profile_articles or (16 if args.quick else 96)
    workers = args.workers
    load = os.getloadavg()
    import spacy

    print(f"spaCy {spacy.__version__}; load average before the run: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} "
          f"on {os.cpu_count()} cores")

    with tempfile.TemporaryDirectory(prefix="frontwire-bench-") as tmp:
        folder = Path(tmp)
        files = build_corpus(folder / "corpus", generated)
        articles, bad, clean_s = clean_corpus(files)
        words = sum(len(a.text.split()) for a in articles)
        print(f"corpus: {generated} generated + {len(files) - (generated + 99) // 100} real documents -> "
              f"{len(articles)} articles ({bad} rejected), mean {words / len(articles):.0f} words")

        # In its own process, so that the parent's peak RSS is the engine's parent alone.
        with WorkerPool(1, _no_setup) as pool:
            stages = next(pool.imap(_profile_task, [(articles[:sample], folder)]))
        total = sum(s for _, s in stages) + clean_s * sample / len(articles)
        print(f"\nprofile, one process, {sample} articles (ms per article, share of one core):")
        clean_ms = 1000 * clean_s / len(articles)
        print(f"  {'ingest: read + clean':28s} {clean_ms:7.1f}  {100 * clean_ms * sample / 1000 / total:5.1f}%")
        for name, seconds in stages:
            print(f"  {name:28s} {1000 * seconds / sample:7.1f}  {100 * seconds / total:5.1f}%")
        print(f"  {'total':28s} {1000 * total / sample:7.1f}  -> {sample / total:.1f} articles/s on one core")

        texts = [a.text for a in articles]
        chunks = [texts[i : i + 16] for i in range(0, len(texts), 16)]
        t = time.perf_counter()
        with WorkerPool(workers, _bare_spacy) as pool:
            pool.warm()
            spacy_start = time.perf_counter() - t
            spacy_s = timed_pool_run(pool, _spacy_chunk, chunks)
        spacy_rate = len(texts) / spacy_s

        t = time.perf_counter()
        with start_pool(workers) as pool:
            pool.warm()
            frontwire_start = time.perf_counter() - t
            stats = run_local([str(folder / "corpus")], str(folder / "out"), pool=pool)
            worker_rss = pool.peak_rss_mb()
        rate = stats.articles / stats.seconds

    own = own_peak_rss_mb()
    peak = own + sum(worker_rss)
    print(f"\nspaCy bare model, {workers} processes: {len(texts)} cleaned texts in {spacy_s:.1f} s = "
          f"{spacy_rate:.1f} articles/s (start-up {spacy_start:.1f} s, excluded)")
    print(f"frontwire batch engine, {workers} workers + parent: {stats.articles} articles, {stats.failures} failed, "
          f"in {stats.seconds:.1f} s = {rate:.1f} articles/s (start-up {frontwire_start:.1f} s, excluded)")
    print(f"peak RSS (getrusage): parent {own:.0f} MB + frontwire workers "
          f"{' + '.join(f'{w:.0f}' for w in worker_rss)} MB = {peak:.0f} MB (a bound: peaks need not coincide)")
    load = os.getloadavg()
    print(f"load average after the run: {load[0]:.1f} {load[1]:.1f} {load[2]:.1f} on {os.cpu_count()} cores "
          "(above the worker count means other jobs shared the CPU)")
    print(f"articles_per_s={rate:.1f} ratio_to_spacy={rate / spacy_rate:.2f} peak_rss_mb={peak:.0f}")


if __name__ == "__main__":
    main()
