"""The `frontwire extract` command on good and bad inputs (subprocesses: kept few, each loads the model)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FRONTWIRE = [str(ROOT / ".venv" / "bin" / "frontwire")] if (ROOT / ".venv" / "bin" / "frontwire").exists() else [sys.executable, "-m", "frontwire.cli"]
FIXTURES = ROOT / "tests" / "fixtures" / "ingest"
GOOD = FIXTURES / "sentinel-port-blockade.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*FRONTWIRE, "extract", *args], input=stdin, capture_output=True, timeout=300, cwd=ROOT)


def one_line_error(result: subprocess.CompletedProcess, name: str, problem: str) -> None:
    err = result.stderr.decode()
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert name in lines[0] and problem in lines[0]
    assert result.returncode != 0


def test_missing_file(tmp_path):
    result = run(str(tmp_path / "missing.txt"))
    one_line_error(result, "missing.txt", "no such file")
    assert result.stdout == b""


def test_random_bytes_file(tmp_path):
    path = tmp_path / "noise.bin"
    path.write_bytes(os.urandom(4096))
    one_line_error(run(str(path)), "noise.bin", "binary")


def test_folder_with_good_and_bad_file_prints_the_good_and_reports_the_bad(tmp_path):
    (tmp_path / "good.txt").write_bytes(GOOD.read_bytes())
    (tmp_path / "bad.txt").write_bytes(os.urandom(2048))
    result = run(str(tmp_path))
    err = result.stderr.decode()
    assert "Traceback" not in err
    assert [line for line in err.splitlines() if line.strip()] == [f"frontwire: {tmp_path / 'bad.txt'}: binary data, not a text, HTML, feed or WARC document"]
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [r["source"] for r in records] == [str(tmp_path / "good.txt")]
    assert records[0]["title"] == "Navy escorts first grain convoy through blockaded strait"
    assert result.returncode == 0  # some records printed: the batch succeeded, the bad file was reported


def test_stdin_dash():
    result = run("-", "--format", "json", stdin=GOOD.read_bytes().decode("utf-8").encode("utf-16"))
    assert result.returncode == 0, result.stderr.decode()
    record = json.loads(result.stdout)
    assert record["source"] == "<stdin>"
    assert "Three cargo ships loaded with wheat" in record["text"]
