"""Browser test fixtures: the server on 127.0.0.1 over a seed store, and headless Chromium.

Chromium and chromedriver are Debian's (`.ci/system-deps.sh` installs them). Without them the
browser tests are skipped, except under CI (CI=true), where that is a failure.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import socket
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The seed article ships in samples/ (byte-identical to ../shared/corpus/dev), so these tests
# run in a plain clone.
SEED = ROOT / "samples" / "moscowtimes-alaska-summit.txt"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
# The server takes writes (overlays) from a client with this token, as `frontwire serve --token` does.
WEB_TOKEN = "web-test-token-0123456789"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
# Flags that keep Chromium's own traffic off: no background networking (component and variation
# updates, safe browsing lists, translate, metrics), no sync, no pings, and a host resolver that
# answers every name but the loopback one with NOTFOUND, so even a page that asks for an external
# address sends nothing (not even a DNS query) while its request is still logged.
CHROME_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1400,900",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-pings",
    "--disable-domain-reliability", "--disable-client-side-phishing-detection", "--disable-breakpad",
    "--metrics-recording-only", "--no-first-run", "--no-default-browser-check", "--disable-default-apps",
    "--disable-extensions", "--disable-search-engine-choice-screen",
    "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,InterestFeedContentSuggestions",
    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
]
# Chromium has no switch for the new-tab page: started without a URL it opens chrome://newtab, whose
# WebUI (chrome-untrusted://new-tab-page/one-google-bar, ...) loads in the tab the driver then uses.
# Profile preferences make the first tab about:blank instead.
CHROME_PREFS = {"session.restore_on_startup": 4, "session.startup_urls": ["about:blank"], "homepage": "about:blank",
                "homepage_is_newtabpage": False}
# What a page may ask the network for, and the browser's own schemes that never reach the network.
NETWORK_SCHEMES = {"http", "https", "ws", "wss"}
INTERNAL_SCHEMES = {"chrome", "chrome-untrusted", "chrome-extension", "chrome-search", "devtools", "data", "blob", "about"}
# Documents of the browser's own UI: what they load is the browser's doing, not the page's.
BROWSER_DOCUMENT_SCHEMES = {"chrome", "chrome-untrusted", "chrome-extension", "chrome-search", "devtools"}
LOOPBACK = {"127.0.0.1", "localhost", "::1"}


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

    app = create_app(str(web_db), token=WEB_TOKEN)
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
    app.state.settlements.close()


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
    options.add_experimental_option("prefs", CHROME_PREFS)
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


@dataclass(frozen=True)
class PageRequest:
    """One network request from the browser's performance log, with the document that made it."""

    url: str
    document: str


def page_requests(driver) -> list[PageRequest]:
    """The requests logged since the last call (the performance log empties as it is read)."""
    requests = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        params = message["params"]
        if message["method"] == "Network.requestWillBeSent":
            requests.append(PageRequest(params["request"]["url"], params.get("documentURL", "")))
        elif message["method"] == "Network.webSocketCreated":
            requests.append(PageRequest(params["url"], ""))
    return requests


def left_the_machine(requests: list[PageRequest]) -> list[str]:
    """URLs the page asked for beyond the loopback address.

    Requests made by the browser's own pages (chrome://, chrome-untrusted://, devtools://) and
    requests for internal schemes (data:, blob:, about:, chrome:...) are the browser's business; an
    http(s)/ws(s) request to any host but loopback, or a request for any other scheme (ftp:, file:),
    counts against the page.
    """
    offsite = []
    for request in requests:
        if urlsplit(request.document).scheme in BROWSER_DOCUMENT_SCHEMES:
            continue
        parts = urlsplit(request.url)
        if parts.scheme in INTERNAL_SCHEMES:
            continue
        if parts.scheme not in NETWORK_SCHEMES or parts.hostname not in LOOPBACK:
            offsite.append(request.url)
    return offsite


@pytest.fixture(scope="session")
def network():
    """The request log reader and the judge, for tests that check nothing left the machine."""
    class Network:
        Request = PageRequest
        requests = staticmethod(page_requests)
        offsite = staticmethod(left_the_machine)
    return Network


@pytest.fixture(scope="session")
def web_token() -> str:
    return WEB_TOKEN


@pytest.fixture(scope="module")
def api(server: str) -> Iterator[object]:
    """An HTTP client of the test server's API, to check what the page shows against."""
    import httpx

    with httpx.Client(base_url=server, timeout=10) as client:
        yield client
