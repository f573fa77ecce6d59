"""`frontwire serve`: the command starts the API on 127.0.0.1 and refuses what it cannot serve."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from typer.testing import CliRunner

from frontwire.cli import app

FRONTWIRE = [sys.executable, "-c", "from frontwire.cli import main; main()"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_is_a_command():
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--token"):
        assert option in result.output


def test_serve_refuses_a_missing_database(tmp_path: Path):
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no such database" in result.output
    assert not (tmp_path / "none.db").exists()


def test_serve_refuses_a_short_token(seed_db: Path):
    result = CliRunner().invoke(app, ["serve", "--db", str(seed_db), "--token", "abc"])
    assert result.exit_code == 2


def test_serve_runs_the_api(seed_db: Path):
    port = _free_port()
    process = subprocess.Popen([*FRONTWIRE, "serve", "--db", str(seed_db), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stdout.read()
                assert time.monotonic() < deadline, "frontwire serve did not start"
                time.sleep(0.2)
        assert response.status_code == 200 and response.json()["articles"] == 1
        assert httpx.get(f"http://127.0.0.1:{port}/").status_code == 200
        assert httpx.post(f"http://127.0.0.1:{port}/api/ingest", json={"text": "x"}).status_code == 403
    finally:
        process.terminate()
        process.wait(10)
