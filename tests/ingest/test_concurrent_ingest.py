"""Two `frontwire ingest` runs at once into one store collapse near-copies across processes.

Each process loads the store's near-duplicate index when it first writes; without looking
at the store again before each insert, the copies the other process committed meanwhile
were missed (42 articles instead of 30 in the issue's trial).
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from frontwire.store import open_store

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
STORIES = ["courier-geneva-talks.txt", "sentinel-port-blockade.txt", "frontline-digest-drone-strike.txt"]


def syndicated(text: str) -> str:
    """The story as another site runs it: its own masthead and one sentence of the body reworded."""
    lines = text.splitlines()
    longest = max(range(len(lines)), key=lambda i: len(lines[i]))
    lines[longest] = lines[longest].replace(" said", " told reporters", 1).replace(" the ", " a ", 1)
    return "THE NORTHERN WIRE\nWorld | Politics | Business\n\n" + "\n".join(lines)


def start_ingest(folder: Path, db: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "200"}
    env.pop("FRONTWIRE_DB", None)
    return subprocess.Popen([sys.executable, "-m", "frontwire.cli", "ingest", str(folder), "--db", str(db),
                             "--batch-size", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def test_two_concurrent_ingests_store_each_story_once(tmp_path):
    first, second = tmp_path / "site-a", tmp_path / "site-b"
    first.mkdir()
    second.mkdir()
    for name in STORIES:
        text = (FIXTURES / name).read_text(encoding="utf-8")
        (first / name).write_text(text, encoding="utf-8")
        (second / f"wire-{name}").write_text(syndicated(text), encoding="utf-8")
    db = tmp_path / "news.db"
    runs = [start_ingest(first, db), start_ingest(second, db)]
    for run in runs:
        _, err = run.communicate(timeout=300)
        assert run.returncode == 0 and b"Traceback" not in err, err.decode()
    with open_store(str(db)) as store:
        articles = store.articles(limit=100)
    assert len(articles) == len(STORIES), [a["title"] for a in articles]
    assert all(len(a["sources"]) == 2 for a in articles), [[s["source"] for s in a["sources"]] for a in articles]
