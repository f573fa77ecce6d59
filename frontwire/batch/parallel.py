"""A process pool for CPU-bound extraction: state (the NLP model) built once per worker.

multiprocessing.Pool.imap would read its whole input ahead of the workers; here at most
`window` chunks are in flight, so memory stays flat however long the input is, and results
come back in input order.
"""
from __future__ import annotations

import multiprocessing as mp
import time
from collections import deque
from typing import Any, Callable, Iterable, Iterator

_STATE: dict[str, Any] = {}


def _init(setup: Callable[..., Any], args: tuple) -> None:
    _STATE["state"] = setup(*args)


def _call(fn: Callable[[Any, Any], Any], payload: Any) -> Any:
    return fn(_STATE["state"], payload)


def _pause(_: int) -> None:
    # Holds a worker briefly so that each warm-up task lands on a different worker.
    time.sleep(0.3)


def _peak_rss(_: int) -> tuple[int, float]:
    import os
    import resource

    time.sleep(0.3)  # as _pause: one task per worker
    return os.getpid(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class WorkerPool:
    """`setup(*args)` runs once in each worker; tasks call `fn(state, payload)`."""

    def __init__(self, processes: int, setup: Callable[..., Any], *args: Any):
        # forkserver: workers do not inherit the parent's threads (pyarrow, py4j) or memory.
        methods = mp.get_all_start_methods()
        context = mp.get_context("forkserver" if "forkserver" in methods else "spawn")
        self.processes = processes
        self._pool = context.Pool(processes, initializer=_init, initargs=(setup, args))

    def warm(self) -> None:
        """Return once every worker has run its setup (loaded its model)."""
        self._pool.map(_pause, range(self.processes), chunksize=1)

    def peak_rss_mb(self) -> list[float]:
        """Each worker's peak RSS in MB. The parent's RUSAGE_CHILDREN cannot see them:
        forkserver workers are the server's children, not ours."""
        found = dict(self._pool.map(_peak_rss, range(self.processes), chunksize=1))
        return sorted(found.values(), reverse=True)

    def imap(self, fn: Callable[[Any, Any], Any], payloads: Iterable[Any], window: int | None = None) -> Iterator[Any]:
        window = window or 2 * self.processes + 1
        pending: deque = deque()
        for payload in payloads:
            pending.append(self._pool.apply_async(_call, (fn, payload)))
            while len(pending) >= window or (pending and pending[0].ready()):
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()

    def close(self) -> None:
        self._pool.close()
        self._pool.join()

    def terminate(self) -> None:
        self._pool.terminate()
        self._pool.join()

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, kind, *_: Any) -> None:
        self.close() if kind is None else self.terminate()
