"""Hostile input: a batch of broken files must be reported one line each, and the good kept.

Exit status of `frontwire extract FOLDER --format jsonl`: 0 when the batch ran (bad documents
are reported on stderr, one line each, and skipped); non-zero only when nothing could be done
(e.g. a single missing or unreadable file with no records printed, see tests/test_cli.py).
"""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
FRONTWIRE = [str(ROOT / ".venv" / "bin" / "frontwire")] if (ROOT / ".venv" / "bin" / "frontwire").exists() else [sys.executable, "-m", "frontwire.cli"]


def hostile_folder(folder: Path) -> None:
    rng = random.Random(7)
    (folder / "good-1.txt").write_bytes((FIXTURES / "courier-geneva-talks.txt").read_bytes())
    (folder / "good-2.html").write_bytes((FIXTURES / "harbour-ceasefire.html").read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b" \n\n \t\n")
    (folder / "random.bin").write_bytes(bytes(rng.randrange(256) for _ in range(50_000)))
    (folder / "random.txt").write_bytes(bytes(rng.randrange(256) for _ in range(5_000)))
    words = "the army said on Tuesday that drones struck the depot near the border overnight".split()
    (folder / "huge-line.txt").write_bytes(" ".join(rng.choice(words) for _ in range(1_800_000)).encode()[:10_000_000])
    (folder / "deep.html").write_bytes(b"<html><body>" + b"<div>" * 20_000 + b"<p>x</p>" + b"</div>" * 20_000 + b"</body></html>")
    (folder / "unclosed.html").write_bytes(b"<html><body>" + b"<div><table><tr><td><span>" * 5_000)
    (folder / "broken.jsonl").write_bytes(b'{"text": "cut off\n[1, 2]\n{"html": 5}\n\xff\xfe\x00garbage\n{}\n')
    (folder / "mis-encoded.txt").write_bytes("Zürich Ölpreis Тест ".encode("utf-8")[:-1] + "Grüße".encode("cp1252") + b"\x81\x8d\x8f" * 100)
    (folder / "nested.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)
    (folder / "feed.rss").write_bytes(b'<?xml version="1.0"?><rss><channel><item><title>t</title></item><item></item></channel>')
    (folder / "quotes.txt").write_bytes(('"' * 5000 + "“" * 5000 + "'" * 5000).encode())
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # 256 MiB of zeros in 250 KB
    (folder / "bomb.txt.gz").write_bytes(b"".join(packer.compress(b"\0" * (1 << 20)) for _ in range(256)) + packer.flush())
    (folder / os.fsdecode(b"bad-\xff-name\n\x1b[31m.txt")).write_bytes(b"\x00binary")


def test_hostile_folder_completes_and_keeps_the_good_articles(tmp_path):
    hostile_folder(tmp_path)
    start = time.perf_counter()
    result = subprocess.run([*FRONTWIRE, "extract", str(tmp_path), "--format", "jsonl"], capture_output=True, timeout=300, cwd=ROOT)
    elapsed = time.perf_counter() - start
    err = result.stderr.decode()
    assert "Traceback" not in err, err
    assert result.returncode == 0, err
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    sources = {Path(r["source"].split("#")[0]).name for r in records}
    assert {"good-1.txt", "good-2.html"} <= sources
    assert "\x1b" not in err
    for line in err.splitlines():
        assert line.startswith(f"frontwire: {tmp_path}"), line  # each problem names its file (escaped)
    reported = {Path(line.split(": ")[1].split("#")[0]).name for line in err.splitlines()}
    assert {"empty.txt", "blank.txt", "random.bin", "deep.html", "broken.jsonl", "nested.json", "feed.rss",
            "bomb.txt.gz", "bad-\\xff-name\\n\\x1b[31m.txt"} <= reported
    assert elapsed < 120


@pytest.fixture(scope="module")
def extract_text():
    import frontwire

    frontwire.extract_text("Russian drones struck Kyiv overnight, officials said on Tuesday.")  # load the model once
    return frontwire.extract_text


PROSE = ["Russian", "forces", "said", "Kyiv", "Zelensky", "told", "reporters", "on", "Tuesday", "killed", "two",
         "people", "“We", "will", "hold,”", "'quoted'", "\"", "“", "”", "—", "(AP)", "\n\n", ".", ",", "according to",
         "10 km", "2025-08-12", "Subscribe", "<p>", "</p>", "{", "drone", "strike", "in", "the", "of", "a"]
articles = st.one_of(
    st.lists(st.sampled_from(PROSE), min_size=1, max_size=120).map(" ".join),
    st.text(min_size=1, max_size=300),
)


@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=articles)
def test_extract_text_raises_only_bad_document(extract_text, text):
    from frontwire.errors import BadDocument

    try:
        record = extract_text(text, published="2025-08-12")
    except BadDocument:
        return
    assert isinstance(record["text"], str) and record["text"]
    json.dumps(record)
