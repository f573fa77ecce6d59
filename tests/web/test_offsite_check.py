"""The check behind "no request leaves the machine" catches a page that asks for an external address,
and leaves alone what the browser does for itself (its new-tab page, devtools, data: and blob: URLs)."""
from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path
from typing import Iterator

import pytest
from selenium.webdriver.support.ui import WebDriverWait

# A CDN script, the classic way a map page leaks its readers to a third party. The browser's host
# resolver answers NOTFOUND for it (conftest.CHROME_FLAGS), so the attempt is logged and nothing is sent.
EXTERNAL = "https://unpkg.com/leaflet@1.9.4/dist/leaflet.js"
LEAKY_PAGE = f"""<!doctype html>
<html><head><meta charset="utf-8"><title>leaky variant</title>
<link rel="icon" href="data:,">
<script src="{EXTERNAL}"></script></head>
<body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" alt="">
<script>fetch("/local.json").then(() => {{ document.body.dataset.done = "1"; }});</script></body></html>
"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def leaky_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A page variant with one external URL, served from 127.0.0.1."""
    root: Path = tmp_path_factory.mktemp("leaky")
    (root / "index.html").write_text(LEAKY_PAGE, encoding="utf-8")
    (root / "local.json").write_text("{}", encoding="utf-8")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(10)


def test_an_external_request_from_the_page_is_caught(browser, leaky_site, network):
    network.requests(browser)  # drop what came before
    browser.get(leaky_site + "/index.html")
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.body.dataset.done") == "1")
    requests = network.requests(browser)
    urls = [r.url for r in requests]
    assert leaky_site + "/local.json" in urls
    assert network.offsite(requests) == [EXTERNAL]
    # and the attempt went nowhere: the resolver refused the name without asking the network
    failures = [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert any(EXTERNAL in m and "ERR_NAME_NOT_RESOLVED" in m for m in failures), failures


def test_the_browsers_own_requests_are_not_the_pages(network):
    page = "http://127.0.0.1:8000/"
    logged = [
        # what issue 22 saw: the new-tab page's bar, fetched by the browser before the test page loaded
        network.Request("chrome-untrusted://new-tab-page/one-google-bar?paramsencoded=", "chrome://new-tab-page/"),
        network.Request("https://www.google.com/async/newtab_ogb", "chrome-untrusted://new-tab-page/one-google-bar"),
        network.Request("devtools://devtools/bundled/inspector.html", ""),
        network.Request("data:image/png;base64,iVBORw0KGgo=", page),
        network.Request("blob:http://127.0.0.1:8000/5c1d", page),
        network.Request("http://127.0.0.1:8000/api/geo/events", page),
        network.Request("ws://localhost:8000/live", ""),
    ]
    assert network.offsite(logged) == []


def test_every_way_off_the_machine_is_caught(network):
    page = "http://127.0.0.1:8000/"
    logged = [
        network.Request("https://tile.openstreetmap.org/9/308/172.png", page),
        network.Request("http://192.168.1.10/feed.json", page),
        network.Request("wss://stream.example.org/events", ""),
        network.Request("ftp://example.org/countries.json", page),
        # a request from an about:blank frame the page made is still the page's
        network.Request("https://cdn.example.org/x.js", "about:blank"),
    ]
    assert network.offsite(logged) == [r.url for r in logged]
