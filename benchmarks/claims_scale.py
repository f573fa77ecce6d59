"""Claims at archive scale: stored clusters kept at ingest, against recomputing them per request.

    python benchmarks/claims_scale.py [--sizes 1000,10000,100000] [--replicate 10000] [--measure 500]
                                      [--requests 400] [--clients 20] [--work /tmp/claims-scale]

1. Real records: the stored records of samples/ and tests/corpus (34 articles extracted by the
   pipeline, tests/crosscheck/fixtures/records.jsonl.gz; `--extract` re-extracts them with the
   current pipeline). Each is replicated as a feed in date order: copy c of an article is
   published on day c // PER_DAY of the archive (its event dates move with it), a third of the
   copies keep their places (several outlets on one story: clusters form), the others get
   their place names respelt at equal length (offsets stay valid) and moved 0.6-4 degrees, and
   every copy gets its own publisher. Density is fixed (about 100 articles a day), so a bigger
   archive is a longer one, as a real one grows.
   Copies are near-duplicates of each other by construction: the near-duplicate index is
   switched off in every run so that each copy is stored as an article.
2. Per size: the store is bulk-loaded (Store.put, 1,000 articles a transaction, clustering
   off, then every cluster at once as `frontwire recluster` makes them), or with --replicate N
   made of copies of the N store shifted in time (see replicate_store; 10 x 10,000 -> 100,000
   in 5 minutes instead of hours). Then the next --measure articles of the feed are put one by
   one, each in its own transaction as ingest does (the store-write path: records already
   extracted), first without clustering (FRONTWIRE_CLUSTER_AT_INGEST=0; then deleted), then
   with it: articles/s and CPU ms per article of each, and the clustering cost per added
   article at this size (flat = does not grow with the archive).
3. Real ingest on top (unless --no-real-ingest): the 34 real files through the pipeline
   (`frontwire ingest`'s code) into copies of the full store, with and without clustering.
4. `frontwire serve` on 127.0.0.1 over the clustered store; CLIENTS threads send REQUESTS
   requests in all (bounded) to /api/claims with a rotating filter (none, dates, type, place,
   region, disputed, min_sources, a deep page): p50/p99 latency.
5. The situation report for the busiest day (CLI code path, in process) and the store size.
Peer: today's path, `crosscheck(load_records(store))` on every request, timed on the 1,000 store.

Measured 2026-12-05 on the shared 2-core machine (load 5-9 from other jobs: wall times are
inflated and noisy, CPU times are this process's), SQLite, --no-real-ingest:

    size     store.put CPU ms/article     clustering    /api/claims, 20 clients   sitrep   store
             off -> on (rate on/off)      ms/article    p50 / p99                          size
    1,000    4.3 -> 17.1 (25 %)           12.8          68 / 248 ms               568 ms   69 MB
    10,000   4.9 -> 16.0 (31 %)           11.1          155 / 624 ms              816 ms   685 MB
    100,000  4.4 -> 17.8 (25 %)           13.4          156 / 393 ms              190 ms   6.9 GB
    (put CPU: 300 feed articles on top of each store, at 427a28a; API, sitrep, size: the runs
    that built the stores, 1k and 10k at e6f1e4c; 100k replicated from the 10k store.)
    Wall rates of those runs: 114 -> 18, 71 -> 9, 44 -> 23 articles/s (the load changed).
    peer at 1,000: 237 s per claims request (today's path re-clusters everything each time).
At 2a73163 (link fields, place-keyed lookups; `--sizes 1000,10000 --measure 300 --requests 200
--no-real-ingest`, load 4-5):
    1,000    4.7 -> 18.3 (26 %)           13.6          79 / 258 ms               358 ms   75 MB
    10,000   3.8 -> 18.7 (21 %)           14.9          92 / 252 ms               125 ms   736 MB
    (1,000: 100 articles put, as the script caps --measure at a tenth of the size.) On this
    path the change is neutral: 100 puts on a 900-article store, old and new code alternating
    four times, took 28-32 ms CPU per put with either. Here each new article is the feed's
    latest and its neighbours were read by the puts just before (the process's caches), so
    reading link fields instead of whole reports saves little; it is the ingest into a store
    with many stored reports around new ones (claims_ingest.py --feed) that gains.
    Before e6f1e4c (first -> last tenth of a build through put): 12.9 -> 39.6 ms at 1,000,
    18.7 -> 41.1 ms at 10,000 of clustering per article; 22.3 ms CPU per put at 2,000.
    The clustering cost per article is flat from 1,000 to 100,000; its share of the store-write
    path is not within 10 %: each article's ~14 reports are looked up, scored against their
    candidate clusters, the later reports they may displace re-decided (~58 a feed article,
    see incremental.Replay) and ~10 touched clusters re-described, all in Python.
End to end, as a user ingests (NLP extraction included; benchmarks/claims_ingest.py, which prints
both figures): the rate with clustering is 93-97 % of the rate without into a fresh store
(samples, tests/corpus and 60-120 ipe-dev files: 75 -> 81 ms CPU per article) and 86 % into a
store of 3,000 feed articles on the same days (134 -> 157 ms). Profiled (cProfile, 100 feed
articles on an 800-article store) the clustering cost has no single hot spot: re-deciding
reports (candidate lookups, SQL and scoring) ~60 %, describing and writing the touched clusters
~20 %, building the article's reports ~15 %.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gzip
import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from frontwire.models import ArticleRecord  # noqa: E402

RECORDS = ROOT / "tests" / "crosscheck" / "fixtures" / "records.jsonl.gz"
INPUTS = [ROOT / "samples", *sorted((ROOT / "tests" / "corpus").glob("*.txt"))]
PER_DAY = 100  # articles a day in the replicated archive
SAME_PLACE_EVERY = 3  # one copy in three keeps its places
DAY0 = dt.date(2024, 1, 1)


# -- real records -------------------------------------------------------------------------------

def extract(out: Path) -> None:
    """Run the pipeline on samples/ + tests/corpus once, store, and dump the stored records."""
    from frontwire.crosscheck import load_records
    from frontwire.store import open_store
    from frontwire.store.ingest import ingest

    db = out.with_suffix(".db")
    db.unlink(missing_ok=True)
    with open_store(str(db)) as store:
        ingest(store, [str(p) for p in INPUTS])
        with gzip.open(out, "wt", encoding="utf-8") as f:
            for article_id, record in load_records(store):
                f.write(json.dumps({**record.to_dict(), "article_id": article_id}, ensure_ascii=False) + "\n")


def load_base(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def _shift(day: str | None, delta: dt.timedelta) -> str | None:
    if not day or len(day) < 10:
        return day
    try:
        return (dt.date.fromisoformat(day[:10]) + delta).isoformat() + day[10:]
    except ValueError:
        return day


def _respell(name: str, variant: int) -> str:
    """The same length, a different name: the last two letters encode the variant."""
    if len(name) < 4:
        return name
    a, b = divmod(variant, 26)
    return name[:-2] + chr(ord("a") + a % 26) + chr(ord("a") + b)


class Feed:
    """Replicated records in publication order."""

    def __init__(self, base: list[dict]):
        self.base = base

    def anchor(self, d: dict) -> dt.date | None:
        if d.get("published"):
            return dt.date.fromisoformat(d["published"])
        days = sorted(e["date"][:10] for e in d.get("events", []) if e.get("date") and len(e["date"]) >= 10)
        return dt.date.fromisoformat(days[0]) if days else None

    def record(self, n: int) -> ArticleRecord:
        """The n-th article of the feed (0-based)."""
        base = self.base[n % len(self.base)]
        copy = n // len(self.base)
        day = DAY0 + dt.timedelta(days=n // PER_DAY)
        anchor = self.anchor(base) or day
        delta = day - anchor
        text = json.dumps(base, ensure_ascii=False)
        variant = copy % 97
        if copy % SAME_PLACE_EVERY:
            names = sorted({p["name"] for p in base["places"] if p.get("kind") != "country"}, key=len, reverse=True)
            for name in names:
                text = text.replace(name, _respell(name, variant))
        d = json.loads(text)
        d["published"] = day.isoformat()
        d["publisher"] = f"{base.get('publisher') or 'Outlet'} {copy % 50}"
        d["text"] = (d.get("text") or "") + f"\n(copy {copy})"
        d["source"] = f"feed/{n}.txt"
        move_lat, move_lon = (0.0, 0.0) if not copy % SAME_PLACE_EVERY else (0.6 * (1 + variant % 6), 0.8 * (variant // 6 % 5))
        for p in d["places"]:
            if p.get("lat") is not None and p.get("kind") != "country":
                p["lat"], p["lon"] = p["lat"] + move_lat, p["lon"] + move_lon
        for e in d["events"] + d.get("secondary_events", []):
            e["date"] = _shift(e.get("date"), delta)
            if e.get("lat") is not None:
                e["lat"], e["lon"] = e["lat"] + move_lat, e["lon"] + move_lon
        d.pop("article_id", None)
        return ArticleRecord.from_dict(d)


class NoNearCopies:
    """The near-duplicate index, switched off: replicas are near-copies by construction. It
    follows the store's newest id as the real one does, so catching up reads no old rows."""

    def __init__(self, last_id: int = 0) -> None:
        self.last_id = last_id

    @classmethod
    def on(cls, store: Any) -> "NoNearCopies":
        """Set on a store, caught up with it (so no timed put pays for reading the store)."""
        store._index = cls(int(store.db.value("SELECT COALESCE(MAX(id), 0) FROM articles")))
        return store._index

    def load(self, rows: Any, text_of: Any) -> None:
        for article_id, _ in rows:
            self.last_id = max(self.last_id, article_id)

    def best(self, signature: Any) -> None:
        return None

    def add(self, article_id: int, signature: Any) -> None:
        self.last_id = max(self.last_id, article_id)


# -- building stores ------------------------------------------------------------------------------

def _fresh(db: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)


def _clustering(on: bool) -> None:
    os.environ["FRONTWIRE_CLUSTER_AT_INGEST"] = "1" if on else "0"


def bulk_load(store: Any, feed: Feed, count: int, chunk: int = 1000) -> None:
    """The first `count` feed articles through Store.put, `chunk` to a transaction, clustering
    off; then every cluster at once, as `frontwire recluster` makes them (from the same records
    ingest would cluster)."""
    from frontwire.crosscheck import incremental
    from frontwire.store import dedup

    _clustering(False)
    reports = []
    started = time.perf_counter()
    # The near-duplicate index is off, so a copy's MinHash is only stored, never compared: the
    # loaded articles keep their base article's (computing it was a third of the load's time).
    signatures: dict[int, Any] = {}
    real_minhash = dedup.minhash
    try:
        for first in range(0, count, chunk):
            with store.db.transaction():
                for n in range(first, min(count, first + chunk)):
                    record = feed.record(n)
                    base = n % len(feed.base)
                    dedup.minhash = lambda text, base=base: signatures.get(base) or signatures.setdefault(base, real_minhash(text))
                    added = store.put(record)
                    assert added.status == "stored", (n, added)
                    reports += incremental.article_reports(added.article_id, record)
            if (first // chunk + 1) % max(1, count // chunk // 10) == 0:
                print(f"    {min(count, first + chunk):>7} articles loaded, {time.perf_counter() - started:.0f} s", flush=True)
    finally:
        dedup.minhash = real_minhash
    made = incremental.write_all(store.db, reports)
    print(f"    clustered {len(reports):,} reports into {made:,} clusters, {time.perf_counter() - started:.0f} s in all",
          flush=True)


def timed_puts(store: Any, records: list[ArticleRecord], clustering: bool) -> tuple[float, float, list[int]]:
    """Wall and CPU seconds in Store.put (one transaction per article, as ingest does), the ids."""
    _clustering(clustering)
    wall = cpu = 0.0
    ids = []
    for record in records:
        w, c = time.perf_counter(), time.process_time()
        added = store.put(record)
        wall += time.perf_counter() - w
        cpu += time.process_time() - c
        assert added.status == "stored", added
        ids.append(added.article_id)
    return wall, cpu, ids


def build(db: Path, feed: Feed, size: int, measure: int, replicate: Path | None = None) -> dict[str, float]:
    """A clustered store of `size` feed articles: the first size - measure bulk-loaded (or
    copied from a smaller store, see `replicate`), the last `measure` put one by one, first
    without clustering (then deleted), then with it, so both rates are of the same articles on
    the same store."""
    from frontwire.store import clusters as S
    from frontwire.store import open_store

    _fresh(db)
    first = size - measure
    try:
        if replicate is not None:
            first = replicate_store(replicate, db, copies=max(1, size // stored_articles(replicate)))
        with open_store(str(db)) as store:
            NoNearCopies.on(store)
            if replicate is None:
                bulk_load(store, feed, first)
            records = [feed.record(n) for n in range(first, first + measure)]
            off_wall, off_cpu, ids = timed_puts(store, records, clustering=False)
            store.delete(ids)
            NoNearCopies.on(store)  # delete dropped it
            S.set_stale(store.db, False)  # the clusters cover every article again
            records = [feed.record(n) for n in range(first, first + measure)]
            on_wall, on_cpu, _ = timed_puts(store, records, clustering=True)
    finally:
        os.environ.pop("FRONTWIRE_CLUSTER_AT_INGEST", None)
    return {"off_wall": off_wall / measure, "off_cpu": off_cpu / measure, "on_wall": on_wall / measure,
            "on_cpu": on_cpu / measure}


# -- a large store from copies of a smaller one ---------------------------------------------------
# Copy k of a store of N articles (D days) is its rows with ids moved past copy k-1's, dates moved
# k*D days on (in columns and in the stored JSON: reports, clusters, contradictions) and article
# ids and report positions moved with the ids. Clusters never span a seam between two copies
# (in a build from scratch a few reports of a copy's first days would join clusters of the
# copy before): a handful of clusters in ten thousand differ from a full build.
_ISO_DAY = re.compile(r"\b((?:19|20)\d\d-\d\d-\d\d)\b")
_ARTICLE_ID = re.compile(r'"article_id": (\d+)')
_INDEX = re.compile(r'"index": (\d+)')


def _shifter(days: int, article_offset: int) -> tuple[Any, Any]:
    from frontwire.crosscheck.incremental import STRIDE

    delta = dt.timedelta(days=days)

    def day(m: re.Match) -> str:
        return (dt.date.fromisoformat(m.group(1)) + delta).isoformat()

    def dates(text: str | None) -> str | None:
        return None if text is None else _ISO_DAY.sub(day, text)

    def stored_json(text: str | None) -> str | None:
        if text is None:
            return None
        text = _ARTICLE_ID.sub(lambda m: f'"article_id": {int(m.group(1)) + article_offset}', dates(text) or "")
        return _INDEX.sub(lambda m: f'"index": {int(m.group(1)) + article_offset * STRIDE}', text)

    return dates, stored_json


def stored_articles(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as con:
        return int(con.execute("SELECT COUNT(*) FROM articles").fetchone()[0])


def replicate_store(src: Path, dst: Path, copies: int) -> int:
    """`dst` = `copies` copies of the store at `src` (see above); the feed position after them."""
    import sqlite3

    from frontwire.crosscheck.incremental import STRIDE

    with sqlite3.connect(src) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        days = 1 + int((dt.date.fromisoformat(con.execute("SELECT MAX(published) FROM articles").fetchone()[0])
                        - DAY0).days)
    shutil.copy(src, dst)
    con = sqlite3.connect(dst)
    con.execute("ATTACH DATABASE ? AS src", (str(src),))
    tables = ["articles", "article_sources", "entities", "quotes", "places", "events", "event_actors",
              "claim_clusters", "claim_reports", "claim_contradictions"]
    top = {t: int(con.execute(f"SELECT COALESCE(MAX(id), 0) FROM src.{t}").fetchone()[0]) for t in tables}
    started = time.perf_counter()
    for k in range(1, copies):
        a, e, c = k * top["articles"], k * top["events"], k * top["claim_clusters"]
        dates, stored_json = _shifter(k * days, a)
        con.create_function("dates", 1, dates, deterministic=True)
        con.create_function("stored_json", 1, stored_json, deterministic=True)
        moved = {
            "article_id": f"article_id + {a}", "event_id": f"event_id + {e}", "cluster_id": f"cluster_id + {c}",
            "claim_article_id": f"claim_article_id + {a}", "counter_article_id": f"counter_article_id + {a}",
            "published": "dates(published)", "event_date": "dates(event_date)", "report_date": "dates(report_date)",
            "day": "dates(day)", "f_day": "dates(f_day)", "sort_day": "dates(sort_day)", "date_from": "dates(date_from)",
            "date_to": "dates(date_to)", "ord": f"ord + {a * STRIDE}", "f_ord": f"f_ord + {a * STRIDE}",
            "first_ord": f"first_ord + {a * STRIDE}", "rev": "lower(hex(randomblob(8)))",
            "content_hash": f"content_hash || '-{k}'",
        }
        with con:
            for t in tables:
                cols = [r[1] for r in con.execute(f"PRAGMA src.table_info({t})")]
                exprs = [f"id + {k * top[t]}" if col == "id" else
                         "stored_json(data)" if col == "data" else moved.get(col, col) for col in cols]
                con.execute(f"INSERT INTO main.{t} ({', '.join(cols)}) SELECT {', '.join(exprs)} FROM src.{t}")
        print(f"    copy {k + 1} of {copies}: {time.perf_counter() - started:.0f} s", flush=True)
    con.close()
    return copies * days * PER_DAY


def real_ingest(db: Path, work: Path, clustering: bool) -> float:
    """Seconds for the 34 real files through the pipeline into a copy of the store at `db`."""
    from frontwire.pipeline import Pipeline
    from frontwire.store import open_store
    from frontwire.store.ingest import ingest

    copy = work / f"ingest-{'on' if clustering else 'off'}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(copy) + suffix).unlink(missing_ok=True)
    shutil.copy(db, copy)
    if Path(str(db) + "-wal").exists():
        shutil.copy(str(db) + "-wal", str(copy) + "-wal")
    pipeline = _pipeline(Pipeline)
    os.environ["FRONTWIRE_CLUSTER_AT_INGEST"] = "1" if clustering else "0"
    try:
        with open_store(str(copy)) as store:
            NoNearCopies.on(store)
            start = time.perf_counter()
            summary = ingest(store, [str(p) for p in INPUTS], pipeline=pipeline)
            took = time.perf_counter() - start
    finally:
        os.environ.pop("FRONTWIRE_CLUSTER_AT_INGEST", None)
    assert summary.stored == len(load_base(RECORDS)), summary.line()
    for suffix in ("", "-wal", "-shm"):
        Path(str(copy) + suffix).unlink(missing_ok=True)
    return took


_PIPELINE: list[Any] = []


def _pipeline(factory: Any) -> Any:
    if not _PIPELINE:
        _PIPELINE.append(factory())
    return _PIPELINE[0]


# -- serving -------------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(db: Path) -> tuple[subprocess.Popen, int]:
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "frontwire.cli", "serve", "--db", str(db), "--host", "127.0.0.1",
                             "--port", str(port)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(600):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc, port
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("the API server did not start")


def queries(days: int) -> list[str]:
    mid = DAY0 + dt.timedelta(days=days // 2)
    week = f"from={mid.isoformat()}&to={(mid + dt.timedelta(days=6)).isoformat()}"
    return [
        "/api/claims?limit=50",
        f"/api/claims?{week}",
        f"/api/claims?from={mid.isoformat()}&to={mid.isoformat()}&limit=100",
        "/api/claims?type=ASSAULT&limit=50",
        "/api/claims?place=dobropillia&limit=50",
        "/api/claims?region=Donetsk&disputed=true&limit=50",
        "/api/claims?min_sources=3&limit=50",
        f"/api/claims?disputed=true&{week}",
        "/api/claims?limit=50&offset=2000",
    ]


def load_test(port: int, paths: list[str], requests: int, clients: int) -> tuple[list[float], int]:
    """`requests` GETs in all from `clients` threads; latencies in seconds, and failures."""
    latencies: list[float] = []
    failures = [0]
    lock = threading.Lock()
    counter = iter(range(requests))

    def worker() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while True:
            with lock:
                n = next(counter, None)
            if n is None:
                break
            start = time.perf_counter()
            try:
                conn.request("GET", paths[n % len(paths)])
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except OSError:
                ok = False
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            took = time.perf_counter() - start
            with lock:
                latencies.append(took)
                failures[0] += not ok
        conn.close()

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return latencies, failures[0]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


# -- the situation report and the peer ---------------------------------------------------------------

def sitrep_seconds(db: Path, days: int) -> tuple[float, int]:
    from frontwire.crosscheck import sitrep as R
    from frontwire.crosscheck import stored
    from frontwire.store import open_store

    day = DAY0 + dt.timedelta(days=days // 2)
    with open_store(str(db), create=False) as store:
        start = time.perf_counter()
        chosen = stored.clusters_on_day(store, day)
        text = R.markdown(R.build(chosen, day))
        took = time.perf_counter() - start
    return took, len(text.splitlines())


def todays_path_seconds(db: Path) -> float:
    from frontwire.crosscheck import crosscheck, load_records
    from frontwire.store import open_store

    with open_store(str(db), create=False) as store:
        start = time.perf_counter()
        crosscheck(load_records(store))
        return time.perf_counter() - start


def size_mb(db: Path) -> float:
    return sum(Path(str(db) + s).stat().st_size for s in ("", "-wal") if Path(str(db) + s).exists()) / 1e6


def ingest_figures(args: argparse.Namespace, feed: Feed, size: int, on: Path, work: Path) -> None:
    measure = min(args.measure, max(1, size // 10))
    source = args.work_path / f"claims-{args.replicate}.db" if args.replicate and size > args.replicate else None
    if source is None:
        print(f"  bulk-loading {size - measure:,} articles, then {measure} put one by one without and with clustering ...",
              flush=True)
    else:
        print(f"  {size // args.replicate} copies of the {args.replicate:,} store, shifted in time, then {measure} put one"
              " by one without and with clustering ...", flush=True)
    t = build(on, feed, size, measure, replicate=source)
    print(f"  store.put of the last {measure} articles: {1 / t['off_wall']:.0f} articles/s without clustering,"
          f" {1 / t['on_wall']:.0f} with ({t['off_wall'] / t['on_wall']:.0%});"
          f" CPU {1000 * t['off_cpu']:.1f} -> {1000 * t['on_cpu']:.1f} ms per article ({t['off_cpu'] / t['on_cpu']:.0%})")
    print(f"  clustering cost per added article at {size:,}: {1000 * (t['on_wall'] - t['off_wall']):.1f} ms wall,"
          f" {1000 * (t['on_cpu'] - t['off_cpu']):.1f} ms CPU")
    if not args.no_real_ingest:
        real_ingest(on, work, True)  # warm-up: the model's first batches are slower
        off_s, on_s = real_ingest(on, work, False), real_ingest(on, work, True)
        n = len(feed.base)
        print(f"  ingest of {n} real files (pipeline + store) on top: {n / off_s:.2f} articles/s without clustering,"
              f" {n / on_s:.2f} with ({off_s / on_s:.0%}); clustering {1000 * (on_s - off_s) / n:.0f} ms per article")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000", help="comma-separated article counts (e.g. 1000,10000,100000)")
    ap.add_argument("--requests", type=int, default=400, help="claims requests per size, in all")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--work", default="/tmp/claims-scale", help="folder for the stores")
    ap.add_argument("--records", default=str(RECORDS), help="base records (JSON Lines, gzip)")
    ap.add_argument("--extract", action="store_true", help="re-extract the base records with the current pipeline")
    ap.add_argument("--measure", type=int, default=500, help="articles put one by one, timed, on top of each store")
    ap.add_argument("--replicate", type=int, default=0,
                    help="build larger sizes from copies of the store of this size in --work (e.g. 10000)")
    ap.add_argument("--no-real-ingest", action="store_true", help="skip the end-to-end ingest of the 34 real files")
    ap.add_argument("--reuse", action="store_true", help="serve and time an existing clustered store of each size")
    args = ap.parse_args()

    work = args.work_path = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    records = Path(args.records)
    if args.extract:
        records = work / "records.jsonl.gz"
        extract(records)
    feed = Feed(load_base(records))
    print(f"base: {len(feed.base)} real records ({records}); feed of {PER_DAY} articles a day")

    for size in [int(s) for s in args.sizes.split(",")]:
        days = max(1, size // PER_DAY)
        print(f"\n== {size:,} articles ({days} days)")
        on = work / f"claims-{size}.db"
        if args.reuse and on.exists():
            print("  reusing the clustered store built before (no ingest figures)")
        else:
            ingest_figures(args, feed, size, on, work)
        proc, port = serve(on)
        try:
            paths = queries(days)
            load_test(port, paths, len(paths), 1)  # warm the server once per query
            start = time.perf_counter()
            latencies, failed = load_test(port, paths, args.requests, args.clients)
            wall = time.perf_counter() - start
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        print(f"  /api/claims, {args.clients} clients, {len(latencies)} requests: p50 {1000 * percentile(latencies, 50):.0f} ms,"
              f" p99 {1000 * percentile(latencies, 99):.0f} ms, max {1000 * max(latencies):.0f} ms, failed {failed},"
              f" {len(latencies) / wall:.0f} requests/s")
        took, lines = sitrep_seconds(on, days)
        print(f"  sitrep for {DAY0 + dt.timedelta(days=days // 2)}: {1000 * took:.0f} ms ({lines} lines)")
        print(f"  store size: {size_mb(on):.0f} MB")
        if size <= 1000:
            print(f"  peer, today's path (recluster every stored event per request): {todays_path_seconds(on):.1f} s per request")


if __name__ == "__main__":
    main()
