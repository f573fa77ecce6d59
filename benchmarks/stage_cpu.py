"""CPU milliseconds per article for each stage, in one process: where a speed change lands.

    python benchmarks/stage_cpu.py [--articles N] [--rounds R]

Runs throughput.py's one-process profile (the same generated corpus, batches of 16) with CPU time
(time.process_time) instead of wall time, R rounds in fresh processes, and prints each stage's
minimum and median over the rounds. CPU time is what a change to our code moves; the wall-clock
ratio to bare spaCy (throughput.py) also moves with whatever else the machine runs. To compare two
trees, run this script from each, alternating, on a quiet machine:
    cd TREE && PYTHONPATH=TREE python benchmarks/stage_cpu.py
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import build_corpus  # noqa: E402
from throughput import clean_corpus, profile  # noqa: E402

from frontwire.batch.parallel import WorkerPool  # noqa: E402


def _no_setup() -> None:
    return None


def _cpu_profile_task(_: None, payload) -> list[tuple[str, float]]:
    articles, folder = payload
    return profile(articles, folder, clock=time.process_time)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200, help="generated articles profiled (default 200)")
    parser.add_argument("--rounds", type=int, default=2, help="fresh-process rounds (default 2)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="frontwire-stage-cpu-") as tmp:
        folder = Path(tmp)
        files = build_corpus(folder / "corpus", args.articles)
        articles, _, clean_s = clean_corpus(files)
        clean_ms = 1000 * clean_s / max(1, len(articles))
        articles = articles[: args.articles]
        rounds: list[dict[str, float]] = []
        for _ in range(args.rounds):
            # a fresh process per round: no warm caches carried from one round to the next
            with WorkerPool(1, _no_setup) as pool:
                stages = next(pool.imap(_cpu_profile_task, [(articles, folder)]))
            rounds.append({name: 1000 * s / len(articles) for name, s in stages})
    names = sorted(rounds[0], key=lambda n: -rounds[0][n])
    print(f"CPU ms per article, {len(articles)} articles, {args.rounds} rounds (min / median)")
    for name in names:
        values = [r.get(name, 0.0) for r in rounds]
        print(f"  {name:28s} {min(values):7.2f} {statistics.median(values):7.2f}")
    totals = [sum(r.values()) for r in rounds]
    print(f"  {'total (without cleaning)':28s} {min(totals):7.2f} {statistics.median(totals):7.2f}")
    print(f"  {'ingest: read + clean (wall)':28s} {clean_ms:7.2f}")


if __name__ == "__main__":
    main()
