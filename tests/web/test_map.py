"""The map at front-line scale in real headless Chromium: settlement labels and oblast boundaries
at zoom 9, filters and the selected event in the URL across a reload, legend counts and downloads
that follow the filters, the timeline on the data's own days, overlays from GeoJSON/KML files, the
latest-first feed, /docs, and no request off the machine."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from frontwire.models import Event, record_fields

DOBROPILLIA = (48.4667, 37.0857)

# A front line as monitors publish it, in KML: a line west of Pokrovsk and one area of control.
FRONT_KML = """<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Front line</name>
<Placemark><name>Front line, Pokrovsk sector</name>
  <LineString><coordinates>36.95,48.20,0 37.05,48.30,0 37.10,48.42,0 37.20,48.55,0</coordinates></LineString></Placemark>
<Placemark><name>Area of control &lt;img src=x id=injected&gt;</name>
  <Polygon><outerBoundaryIs><LinearRing><coordinates>37.20,48.20,0 37.60,48.20,0 37.60,48.55,0 37.20,48.55,0 37.20,48.20,0</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
</Document></kml>
"""


def generation(driver) -> int:
    return int(driver.execute_script("return document.body.dataset.generation || '0'"))


def wait_ready(driver, timeout: float = 20) -> None:
    WebDriverWait(driver, timeout).until(
        lambda d: generation(d) > 0 and d.execute_script("return document.body.dataset.state") == "ready")


def query(driver) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(driver.current_url).query).items()}


def texts(driver, selector: str) -> set[str]:
    """The text of every element matching, read in one go (the label layer is redrawn on each move)."""
    return set(driver.execute_script("return [...document.querySelectorAll(arguments[0])].map(e => e.textContent)", selector))


def list_ids(driver, selector: str = "#event-list li[data-event]") -> list[int]:
    return [int(li.get_attribute("data-event")) for li in driver.find_elements(By.CSS_SELECTOR, selector)]


@pytest.fixture(scope="module")
def browser_log(browser, network):
    """Every request the browser logs during this module, for the last test to judge."""
    network.requests(browser)  # drop what came before
    browser.get_log("browser")
    return []


def open_page(browser, browser_log, network, url: str) -> None:
    browser_log.extend(network.requests(browser))
    browser.get(url)
    wait_ready(browser)


def test_front_line_scale_names_the_towns_and_draws_the_oblast_boundary(browser, browser_log, network, server, artifacts):
    lat, lon = DOBROPILLIA
    open_page(browser, browser_log, network, f"{server}/?at=9/{lat}/{lon}")
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.body.dataset.detail") == "ready"
                                     and int(d.execute_script("return document.body.dataset.labels || '0'")) > 0)
    # (labels are redrawn as the view settles: each look is one snapshot of the layer, retried)
    WebDriverWait(browser, 20).until(lambda d: {"Dobropillia", "Pokrovsk"} <= texts(d, ".leaflet-labels-pane .fw-label"),
                                     message=f"labels: {sorted(texts(browser, '.fw-label'))}")
    # Donetsk oblast (UA-14) is drawn as an admin-1 boundary inside the visible map
    map_box = browser.find_element(By.ID, "map").rect
    donetsk = browser.find_elements(By.CSS_SELECTOR, "path.fw-admin1.fw-admin1-UA-14")
    assert donetsk, "no Donetsk oblast boundary"
    box = donetsk[0].rect
    assert box["x"] < map_box["x"] + map_box["width"] and box["x"] + box["width"] > map_box["x"]
    assert len(browser.find_elements(By.CSS_SELECTOR, "path.fw-admin1")) > 10
    # ... and painted over the land, not under it (SVG paints in document order)
    assert browser.execute_script(
        "const b = document.querySelector('path.fw-admin1-UA-14');"
        "return [...document.querySelectorAll('path.fw-country')].every(c => c.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);")
    # the seed's Dobropillia events are on the map there
    counts = browser.execute_script("return [...document.querySelectorAll('path.fw-event-marker')].map(p => Number(p.dataset.count))")
    assert max(counts) >= 4, counts
    browser.save_screenshot(str(artifacts / "map-dobropillia-z9.png"))
    # at oblast scale the provinces are named
    browser.get(f"{server}/?at=7/48.3/36.5")
    wait_ready(browser)
    WebDriverWait(browser, 20).until(lambda d: {"Dnipropetrovsk", "Kharkiv"} <= texts(d, ".fw-region-label"),
                                     message=f"province names: {sorted(texts(browser, '.fw-region-label'))}")
    browser.save_screenshot(str(artifacts / "map-oblasts-z7.png"))
    # zoomed out to the continent, villages give way to big cities
    browser.get(f"{server}/?at=4/{lat}/{lon}")
    wait_ready(browser)
    WebDriverWait(browser, 20).until(lambda d: "Kyiv" in texts(d, ".fw-label"), message=f"labels: {sorted(texts(browser, '.fw-label'))}")
    assert "Dobropillia" not in texts(browser, ".fw-label")


def test_filters_and_selection_live_in_the_url_and_survive_a_reload(browser, browser_log, network, server, api, artifacts):
    open_page(browser, browser_log, network, f"{server}/")
    before = generation(browser)
    Select(browser.find_element(By.ID, "f-type")).select_by_value("ASSAULT")
    WebDriverWait(browser, 20).until(lambda d: generation(d) > before and d.execute_script("return document.body.dataset.state") == "ready")
    assaults = api.get("/api/events", params={"type": "ASSAULT", "limit": 500}).json()["items"]
    assert query(browser)["type"] == "ASSAULT"
    assert sorted(list_ids(browser)) == sorted(e["id"] for e in assaults)
    # legend counts are the filtered list's
    legend = {s.get_attribute("data-type"): int(s.get_attribute("data-n")) for s in browser.find_elements(By.CSS_SELECTOR, "#legend span.type")}
    assert legend == {"ASSAULT": len(assaults)}
    shapes = sum(int(s.get_attribute("data-n")) for s in browser.find_elements(By.CSS_SELECTOR, "#legend span.shape"))
    assert shapes == len(assaults)
    # the map fits the filtered events: every located assault is inside the view
    inside = browser.execute_script(
        "const m = document.querySelector('#map'); const b = m.getBoundingClientRect();"
        "return [...document.querySelectorAll('path.fw-event-marker')].every(p => { const r = p.getBoundingClientRect();"
        " return r.left >= b.left && r.right <= b.right && r.top >= b.top && r.bottom <= b.bottom; });")
    assert inside
    # select one event: its id joins the URL
    item = browser.find_element(By.CSS_SELECTOR, "#event-list li[data-event] a.locate")
    chosen = int(item.find_element(By.XPATH, "./..").get_attribute("data-event"))
    item.click()
    WebDriverWait(browser, 10).until(lambda d: query(d).get("event") == str(chosen))
    WebDriverWait(browser, 10).until(lambda d: "at" in query(d))
    url = browser.current_url
    # reload: same filter, same list, same selection, same view
    browser.refresh()
    wait_ready(browser)
    assert Select(browser.find_element(By.ID, "f-type")).first_selected_option.get_attribute("value") == "ASSAULT"
    assert sorted(list_ids(browser)) == sorted(e["id"] for e in assaults)
    assert list_ids(browser, "#event-list li.selected") == [chosen]
    WebDriverWait(browser, 10).until(lambda d: query(d).get("at") == parse_qs(urlsplit(url).query)["at"][0])
    browser.save_screenshot(str(artifacts / "map-url-reloaded.png"))


def test_download_gives_exactly_the_filtered_rows(browser, browser_log, network, server, api):
    open_page(browser, browser_log, network, f"{server}/?type=ASSAULT&place=Dobropillia")
    expected = api.get("/api/events", params={"type": "ASSAULT", "place": "Dobropillia", "limit": 500}).json()["items"]
    assert 0 < len(expected) < len(api.get("/api/events", params={"limit": 500}).json()["items"])
    link = browser.find_element(By.ID, "dl-csv")
    link.click()
    WebDriverWait(browser, 10).until(lambda d: link.get_attribute("data-rows"))
    assert link.get_attribute("href").startswith("blob:")
    assert link.get_attribute("data-rows") == str(len(expected))
    assert "ASSAULT" in link.get_attribute("download")
    export = "const done = arguments[arguments.length - 1]; window.frontwireExport(arguments[0]).then(done);"
    reader = csv.DictReader(io.StringIO(browser.execute_async_script(export, "csv")))
    rows = list(reader)
    # The columns are the API's event row, so every listed field of the definition is there.
    spec = api.get("/api/openapi.json").json()["components"]["schemas"]["EventRow"]["properties"]
    assert reader.fieldnames == list(spec)
    assert {f.name for f in record_fields(Event) if f.listed} < set(reader.fieldnames)
    assert [int(r["id"]) for r in rows] == [e["id"] for e in expected]
    assert [r["actors"] for r in rows] == ["; ".join(f"{a['name']} ({a['role']})" for a in e["actors"]) for e in expected]
    assert [r["mentions"] for r in rows] == ["; ".join(e["mentions"]) for e in expected]
    assert {r["type"] for r in rows} == {"ASSAULT"}
    assert all(r["place"] == "Dobropillia" and float(r["lat"]) == pytest.approx(48.46674) for r in rows)
    collection = json.loads(browser.execute_async_script(export, "geojson"))
    assert collection["features"][0]["properties"]["evidence"] == expected[0]["evidence"]  # whole, not cut
    assert set(collection["features"][0]["properties"]) == set(spec) - {"lat", "lon"}
    assert collection["features"][0]["properties"]["actors"] == expected[0]["actors"]
    assert [f["id"] for f in collection["features"]] == [f"event-{e['id']}" for e in expected]
    assert collection["features"][0]["geometry"]["coordinates"] == [expected[0]["lon"], expected[0]["lat"]]


def test_timeline_spans_the_datas_days_and_a_brush_zooms_to_them(browser, browser_log, network, server, api):
    open_page(browser, browser_log, network, f"{server}/")
    facets = api.get("/api/facets").json()
    chart = browser.find_element(By.ID, "timeline-chart")
    assert (chart.get_attribute("data-first"), chart.get_attribute("data-last")) == (facets["date_min"], facets["date_max"])
    # drag across the first half of the chart: the days picked become the filter and the chart's span
    before = generation(browser)
    width = chart.rect["width"]
    ActionChains(browser).move_to_element_with_offset(chart, -width / 2 + 3, 0).click_and_hold() \
        .move_by_offset(width / 2 - 8, 0).release().perform()
    WebDriverWait(browser, 20).until(lambda d: generation(d) > before and d.execute_script("return document.body.dataset.state") == "ready")
    first, last = browser.find_element(By.ID, "f-from").get_attribute("value"), browser.find_element(By.ID, "f-to").get_attribute("value")
    assert first == facets["date_min"] and first < last < facets["date_max"]
    chart = browser.find_element(By.ID, "timeline-chart")
    assert (chart.get_attribute("data-first"), chart.get_attribute("data-last")) == (first, last)
    expected = api.get("/api/events", params={"from": first, "to": last, "limit": 500}).json()["items"]
    assert sorted(list_ids(browser)) == sorted(e["id"] for e in expected)
    assert query(browser)["from"] == first
    # the play speeds are offered
    assert [o.get_attribute("value") for o in Select(browser.find_element(By.ID, "speed")).options] == ["slow", "normal", "fast"]
    browser.find_element(By.ID, "zoom-out").click()
    chart = browser.find_element(By.ID, "timeline-chart")
    assert chart.get_attribute("data-last") == facets["date_max"]


def test_play_walks_the_days_from_one_read_of_the_events(browser, browser_log, network, server, api):
    open_page(browser, browser_log, network, f"{server}/")
    facets = api.get("/api/facets").json()
    Select(browser.find_element(By.ID, "speed")).select_by_value("slow")  # 1.2 s a day: time to look at each step
    browser_log.extend(network.requests(browser))
    browser.find_element(By.ID, "play").click()
    # the first step shows the first day only
    first_day = [e["id"] for e in api.get("/api/events", params={"to": facets["date_min"], "limit": 500}).json()["items"]]
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "f-to").get_attribute("value") == facets["date_min"])
    WebDriverWait(browser, 10).until(lambda d: sorted(list_ids(d)) == sorted(first_day))
    WebDriverWait(browser, 30).until(lambda d: d.find_element(By.ID, "play").text == "▶")
    assert browser.find_element(By.ID, "f-to").get_attribute("value") == ""
    assert len(list_ids(browser)) == sum(d["n"] for d in facets["timeline"])
    played = network.requests(browser)
    browser_log.extend(played)
    assert sum(urlsplit(r.url).path == "/api/map/events" for r in played) == 1


def test_feed_lists_the_filtered_events_latest_first(browser, browser_log, network, server, api):
    open_page(browser, browser_log, network, f"{server}/")
    browser.find_element(By.CSS_SELECTOR, ".tabs button[data-tab='feed']").click()
    ids = list_ids(browser, "#feed-list li[data-event]")
    events = {e["id"]: e for e in api.get("/api/events", params={"limit": 500}).json()["items"]}
    assert sorted(ids) == sorted(events)
    days = [events[i]["date"] or events[i]["published"] for i in ids]
    assert days == sorted(days, reverse=True) and days[0] > days[-1]
    browser.find_element(By.CSS_SELECTOR, ".tabs button[data-tab='events']").click()


def test_an_overlay_file_is_drawn_kept_with_source_and_date_and_served(browser, browser_log, network, server, api, web_token,
                                                                      tmp_path: Path, artifacts):
    lat, lon = DOBROPILLIA
    open_page(browser, browser_log, network, f"{server}/?at=9/{lat}/{lon}")
    browser.find_element(By.CSS_SELECTOR, ".tabs button[data-tab='overlays']").click()
    kml = tmp_path / "front-pokrovsk.kml"
    kml.write_text(FRONT_KML, encoding="utf-8")
    browser.find_element(By.ID, "o-file").send_keys(str(kml))
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "o-status").get_attribute("data-state") == "drawn")
    assert len(browser.find_elements(By.CSS_SELECTOR, "path.fw-overlay")) == 2
    # a feature's name from the file is shown as text, never as markup
    area = max(browser.find_elements(By.CSS_SELECTOR, "path.fw-overlay"), key=lambda p: p.rect["width"] * p.rect["height"])
    ActionChains(browser).move_to_element(area).perform()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".leaflet-tooltip"))
    assert browser.find_element(By.CSS_SELECTOR, ".leaflet-tooltip").text == "Area of control <img src=x id=injected>"
    assert not browser.find_elements(By.ID, "injected")
    browser.save_screenshot(str(artifacts / "map-overlay-kml.png"))
    browser.find_element(By.ID, "o-source").send_keys("test monitor")
    browser.execute_script("document.getElementById('o-date').value = '2025-08-12'")
    browser.find_element(By.ID, "o-token").send_keys(web_token)
    browser.find_element(By.ID, "o-save").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_element(By.ID, "o-status").get_attribute("data-state") == "saved")
    stored = [o for o in api.get("/api/overlays").json() if o["name"] == "front-pokrovsk"]
    assert len(stored) == 1
    assert (stored[0]["source"], stored[0]["date"], stored[0]["format"], stored[0]["n_features"]) == ("test monitor", "2025-08-12", "kml", 2)
    served = api.get(f"/api/overlays/{stored[0]['id']}").json()["geojson"]
    assert {f["geometry"]["type"] for f in served["features"]} == {"LineString", "Polygon"}
    # after a reload the stored overlay is listed and draws when ticked
    browser.refresh()
    wait_ready(browser)
    browser.find_element(By.CSS_SELECTOR, ".tabs button[data-tab='overlays']").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, f"#overlay-list input[data-overlay='{stored[0]['id']}']"))
    assert not browser.find_elements(By.CSS_SELECTOR, "path.fw-overlay")
    browser.find_element(By.CSS_SELECTOR, f"#overlay-list input[data-overlay='{stored[0]['id']}']").click()
    WebDriverWait(browser, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "path.fw-overlay")) == 2)
    browser.find_element(By.CSS_SELECTOR, ".tabs button[data-tab='events']").click()


def test_docs_describe_the_api_offline(browser, browser_log, network, server):
    browser_log.extend(network.requests(browser))
    browser.get(f"{server}/docs")
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.body.dataset.state") == "ready")
    paths = {s.get_attribute("data-path") for s in browser.find_elements(By.CSS_SELECTOR, "section.op[data-path]")}
    assert {"/api/events", "/api/geo/settlements", "/api/overlays", "/api/overlays/{overlay_id}"} <= paths
    events = browser.find_element(By.CSS_SELECTOR, "section.op[data-path='/api/events'][data-method='get']")
    assert "type" in events.text and "PLOVER" in events.text


def test_nothing_left_the_machine(browser, browser_log, network, server):
    # the module's pages so far, and (so this test also stands alone) the map at front-line scale
    lat, lon = DOBROPILLIA
    open_page(browser, browser_log, network, f"{server}/?at=9/{lat}/{lon}")
    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return document.body.dataset.detail") == "ready"
                                     and int(d.execute_script("return document.body.dataset.labels || '0'")) > 0)
    browser_log.extend(network.requests(browser))
    urls = [r.url for r in browser_log]
    assert any(urlsplit(u).path == "/api/geo/settlements" for u in urls)
    assert any(urlsplit(u).path == "/api/map/events" for u in urls)
    assert any(urlsplit(u).path.endswith("/natural-earth/admin1-10m.json") for u in urls)
    assert network.offsite(browser_log) == []
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors
