"""A killed ingest loses nothing it committed and a re-run completes it without duplicates."""
from __future__ import annotations

import signal
import sqlite3
import time
from pathlib import Path

from store_helpers import frontwire, frontwire_process, synthetic_article

from frontwire.store import open_store

DOCS = 20


def _count(db_url: str) -> int:
    """Articles committed so far, read behind the writer's back (0 before the schema exists)."""
    try:
        if db_url.startswith("postgresql://"):
            import psycopg

            with psycopg.connect(db_url, autocommit=True) as conn:
                return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        if not Path(db_url).exists():
            return 0
        with sqlite3.connect(db_url, timeout=5) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except Exception:
        return 0


def test_kill_and_resume(db_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for number in range(DOCS):
        (folder / f"report-{number:02d}.txt").write_text(synthetic_article(number), encoding="utf-8")

    # One document per NLP batch, so commits come one by one and the kill lands between them.
    process = frontwire_process("ingest", str(folder), "--db", db_url, "--batch-size", "1")
    deadline = time.monotonic() + 120
    while (committed := _count(db_url)) < 3:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "ingest made no progress"
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert process.returncode == -signal.SIGKILL
    at_kill = _count(db_url)
    print(f"killed after {at_kill} of {DOCS}")
    assert 3 <= at_kill < DOCS, f"the kill came too late to test a resume ({at_kill} of {DOCS} stored)"

    resumed = frontwire("ingest", str(folder), "--db", db_url)
    assert resumed.returncode == 0, resumed.stderr
    assert f"already stored {at_kill}" in resumed.stderr and f"stored {DOCS - at_kill}," in resumed.stderr

    again = frontwire("ingest", str(folder), "--db", db_url)
    assert f"stored 0, duplicates 0, failed 0, already stored {DOCS}" in again.stderr

    with open_store(db_url) as store:
        stats = store.stats()
        assert stats["articles"] == DOCS and stats["article_sources"] == DOCS
        titles = [a["title"] for a in store.articles(limit=100)]
        assert len(set(titles)) == DOCS
        sources = [a["source"] for a in store.articles(limit=100)]
        assert sorted(Path(s).name for s in sources) == sorted(p.name for p in folder.iterdir())
        assert store.failures() == []
