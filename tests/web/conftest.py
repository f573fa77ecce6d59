"""Browser test fixtures: the server on 127.0.0.1 over a seed store, and headless Chromium.

Chromium and chromedriver are Debian's (`.ci/system-deps.sh` installs them). Without them the
browser tests are skipped, except under CI (CI=true), where that is a failure.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path
from typing import Iterator

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The seed article ships in samples/ (byte-identical to ../shared/corpus/dev), so these tests
# run in a plain clone.
SEED = ROOT / "samples" / "moscowtimes-alaska-summit.txt"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
CHROME_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-default-apps", "--disable-extensions", "--window-size=1400,900",
]


def _missing(what: str) -> None:
    if IN_CI:
        pytest.fail(f"{what}; CI must install it (.ci/system-deps.sh)")
    pytest.skip(what)


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from frontwire.store import open_store
    from frontwire.store.ingest import ingest

    path = tmp_path_factory.mktemp("web") / "seed.db"
    with open_store(str(path)) as store:
        summary = ingest(store, [str(SEED)], published=dt.date(2025, 8, 12))
    assert summary.stored == 1, summary.line()
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server(web_db: Path) -> Iterator[str]:
    """`frontwire serve`'s app under uvicorn in a thread; yields its base URL."""
    import uvicorn

    from frontwire.api import create_app

    app = create_app(str(web_db))
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, name="frontwire-test-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    app.state.store.close()


def _find(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Chromium (Debian's) driven by Selenium, logging every network request."""
    chromium = _find("chromium", "chromium-browser")
    driver_path = _find("chromedriver")
    if not chromium or not driver_path:
        _missing("chromium and chromedriver are not installed")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="frontwire-chromium-")
    options = webdriver.ChromeOptions()
    for flag in CHROME_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.binary_location = chromium
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
