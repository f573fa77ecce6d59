"""Time to interactive of the web page over a store of 10,000 events, in headless Chromium.

    python benchmarks/web_page.py [--events N] [--runs R] [--peer REV]

1. Builds a store: the seed article (samples/) ingested once, then its events copied with SQL
   into N events spread over 90 days and over the gazetteer's towns of eastern Ukraine (each copy
   keeps its actors), so the page gets a realistic mix of types, subtypes, places and days.
2. Serves the API (uvicorn, 127.0.0.1) and opens `/` in headless Chromium (Debian's, as the web
   tests) R times, each in a fresh tab. "Interactive" is when the page has drawn every event on the
   map, the list, legend and timeline (body[data-state=ready] after the first refresh); the time is
   the page's own, from navigation start (performance.now()).
3. Peer: the page as it was at git revision REV (default e333651, before issue 20), over the same store and API, its
   static files checked out of git into a temporary folder. The old page capped its events at
   5,000, so it does less work than ours at N=10,000.
The last line printed is `tti_ms=T peer_tti_ms=P events=N target_ms=2000`.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "web"))

SEED = ROOT / "samples" / "moscowtimes-alaska-summit.txt"
TARGET_MS = 2000
PEER = "e333651"  # the page before the front-line map (issue 20)


def build_store(path: Path, n_events: int) -> int:
    """The seed's events copied to `n_events`, on days and towns drawn with a fixed seed."""
    from frontwire.api.labels import BBox, Settlements
    from frontwire.store import open_store
    from frontwire.store.ingest import ingest

    towns = Settlements().in_view(BBox.parse("35.0,47.0,39.5,49.8"), 10, limit=400)
    rng = random.Random(20)
    start = dt.date(2025, 6, 1)
    with open_store(str(path)) as store:
        ingest(store, [str(SEED)], published=dt.date(2025, 8, 12))
        db = store.db
        seed_events = db.rows("SELECT id FROM events ORDER BY id")
        columns = [r["name"] for r in db.rows("PRAGMA table_info(events)") if r["name"] != "id"]
        with db.transaction():
            made = len(seed_events)
            while made < n_events:
                source = rng.choice(seed_events)["id"]
                town = rng.choice(towns)
                day = (start + dt.timedelta(days=rng.randrange(90))).isoformat()
                values = {"place": town["name"], "lat": town["lat"], "lon": town["lon"], "country": town["country"],
                          "event_date": day}
                select = ", ".join("?" if c in values else c for c in columns)
                new_id = db.insert(f"INSERT INTO events ({', '.join(columns)}) SELECT {select} FROM events WHERE id = ?",
                                   [values[c] for c in columns if c in values] + [source])
                db.execute("INSERT INTO event_actors (event_id, seq, name, country, role, sector)"
                           " SELECT ?, seq, name, country, role, sector FROM event_actors WHERE event_id = ?", (new_id, source))
                made += 1
        return int(db.value("SELECT COUNT(*) FROM events"))


def old_static(rev: str, into: Path) -> Path:
    """frontwire/web/static as it was at `rev`, written out of git."""
    listing = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "-r", "--name-only", rev, "frontwire/web/static"],
                             check=True, capture_output=True, text=True).stdout.split()
    for name in listing:
        target = into / Path(name).relative_to("frontwire/web/static")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(subprocess.run(["git", "-C", str(ROOT), "show", f"{rev}:{name}"], check=True,
                                          capture_output=True).stdout)
    return into


def serve(db: Path, static: Path | None):
    """The app over `db` on a free port, in a thread; `static` replaces the page's files."""
    import uvicorn

    import frontwire.web as web
    from frontwire.api import create_app

    saved = web.STATIC_DIR, web.INDEX_HTML
    if static is not None:
        web.STATIC_DIR, web.INDEX_HTML = static, static / "index.html"
    try:
        app = create_app(str(db))
    finally:
        web.STATIC_DIR, web.INDEX_HTML = saved
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def chromium():
    from conftest import CHROME_FLAGS, CHROME_PREFS  # the web tests' browser settings
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    profile = tempfile.mkdtemp(prefix="frontwire-bench-")
    options.add_argument(f"--user-data-dir={profile}")
    options.add_experimental_option("prefs", CHROME_PREFS)
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser")
    return webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver")), options=options), profile


def time_to_interactive(driver, url: str) -> tuple[float, int]:
    driver.switch_to.new_window("tab")
    driver.get(url)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        state = driver.execute_script(
            "return [document.body.dataset.state, document.body.dataset.generation || '0', window.__tti || null]")
        if state[0] == "ready" and int(state[1]) >= 1:
            elapsed = driver.execute_script("return performance.now()")
            total = driver.execute_script("const c = document.getElementById('event-count'); return c ? Number(c.dataset.total) : 0")
            driver.close()
            driver.switch_to.window(driver.window_handles[0])
            return elapsed, total
        if state[0] == "error":
            raise SystemExit(f"{url}: the page reported an error")
        time.sleep(0.02)
    raise SystemExit(f"{url}: not interactive within 120 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--peer", default=PEER, help=f"git revision of the peer page (default: {PEER}, before issue 20)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="frontwire-webbench-"))
    try:
        t0 = time.perf_counter()
        n = build_store(work / "bench.db", args.events)
        print(f"store: {n} events built in {time.perf_counter() - t0:.1f} s")
        ours, ours_url = serve(work / "bench.db", None)
        peer, peer_url = serve(work / "bench.db", old_static(args.peer, work / "peer-static"))
        driver, profile = chromium()
        try:
            time_to_interactive(driver, ours_url + "/")  # warm the server's caches and the gazetteer
            results = {}
            for name, url in (("ours", ours_url), (f"peer ({args.peer})", peer_url)):
                runs = [time_to_interactive(driver, url + "/") for _ in range(args.runs)]
                results[name] = statistics.median(t for t, _ in runs)
                print(f"{name:>14}: time to interactive {results[name]:7.0f} ms (median of {args.runs}: "
                      f"{', '.join(f'{t:.0f}' for t, _ in runs)}), events shown {runs[-1][1]}")
        finally:
            driver.quit()
            shutil.rmtree(profile, ignore_errors=True)
            ours.should_exit = peer.should_exit = True
        print(f"tti_ms={results['ours']:.0f} peer_tti_ms={results[f'peer ({args.peer})']:.0f} events={n} target_ms={TARGET_MS}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
