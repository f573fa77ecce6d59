"""The web page in real headless Chromium: the map, the type filter, the timeline slider, the
quote browser, the article view with its evidence highlighted, and no request off the machine."""
from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

def generation(driver) -> int:
    return int(driver.execute_script("return document.body.dataset.generation || '0'"))


def wait_refresh(driver, before: int, timeout: float = 20) -> None:
    """Wait until the page has finished a refresh of the events after `before`."""
    WebDriverWait(driver, timeout).until(
        lambda d: generation(d) > before and d.execute_script("return document.body.dataset.state") == "ready")


def shown(driver) -> tuple[int, int, int]:
    """(events listed, events on the map by the page's count, events in the map's markers)."""
    count = driver.find_element(By.ID, "event-count")
    markers = driver.find_elements(By.CSS_SELECTOR, "path.fw-event-marker")
    in_markers = sum(int(m.get_attribute("data-count")) for m in markers)
    return int(count.get_attribute("data-total")), int(count.get_attribute("data-mapped")), in_markers


@pytest.fixture(scope="module")
def page(browser, server):
    browser.get_log("performance")  # drop what came before
    browser.get_log("browser")
    browser.get(server + "/")
    wait_refresh(browser, 0)
    return browser


def test_map_shows_the_seeds_events_and_filters_by_type(page, api, artifacts):
    events = api.get("/api/events", params={"limit": 500}).json()["items"]
    located = api.get("/api/geo/events").json()["features"]
    assert len(located) > 3
    # the basemap is drawn (Natural Earth countries), and the seed's events are on it
    WebDriverWait(page, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, ".leaflet-overlay-pane path:not(.fw-event-marker):not(.fw-place-marker)")) > 100)
    assert shown(page) == (len(events), len(located), len(located))
    assert page.find_elements(By.CSS_SELECTOR, "path.fw-place-marker")
    assert len(page.find_elements(By.CSS_SELECTOR, "#event-list li[data-event]")) == len(events)
    page.save_screenshot(str(artifacts / "map-all.png"))

    before = generation(page)
    Select(page.find_element(By.ID, "f-type")).select_by_value("ASSAULT")
    wait_refresh(page, before)
    assaults = api.get("/api/events", params={"type": "ASSAULT", "limit": 500}).json()["items"]
    located_assaults = [e for e in assaults if e["lat"] is not None]
    assert 0 < len(assaults) < len(events)
    assert shown(page) == (len(assaults), len(located_assaults), len(located_assaults))
    badges = {b.text for b in page.find_elements(By.CSS_SELECTOR, "#event-list li .badge:not(.light)")}
    assert badges == {"ASSAULT"}
    page.save_screenshot(str(artifacts / "map-assault.png"))

    before = generation(page)
    Select(page.find_element(By.ID, "f-type")).select_by_value("")
    wait_refresh(page, before)
    assert shown(page)[0] == len(events)


def test_timeline_slider_limits_the_days(page, api):
    facets = api.get("/api/facets").json()
    first_day = facets["date_min"]
    before = generation(page)
    page.execute_script("const s = document.getElementById('slider'); s.value = '0'; s.dispatchEvent(new Event('input'));")
    wait_refresh(page, before)
    upto = api.get("/api/events", params={"to": first_day, "limit": 500}).json()["items"]
    assert page.find_element(By.ID, "f-to").get_attribute("value") == first_day
    assert shown(page)[0] == len(upto) < sum(d["n"] for d in facets["timeline"])
    assert first_day in page.find_element(By.ID, "slider-label").text
    # back to every day
    before = generation(page)
    page.find_element(By.ID, "f-reset").click()
    wait_refresh(page, before)
    assert page.find_element(By.ID, "f-to").get_attribute("value") == ""
    assert shown(page)[0] == sum(d["n"] for d in facets["timeline"])


def test_a_from_day_after_the_to_day_is_said_and_the_view_kept(page, api):
    listed = shown(page)
    page.execute_script("""
        for (const [id, day] of [['f-to', '2025-08-01'], ['f-from', '2025-08-20']]) {
          const input = document.getElementById(id); input.value = day; input.dispatchEvent(new Event('change'));
        }""")
    WebDriverWait(page, 20).until(lambda d: d.execute_script("return document.body.dataset.state") == "error")
    count = page.find_element(By.ID, "event-count")
    assert "from 2025-08-20 is after to 2025-08-01" in count.text  # the API's own sentence (422)
    assert count.get_attribute("data-state") == "error"
    assert len(page.find_elements(By.CSS_SELECTOR, "#event-list li[data-event]")) == listed[0]
    before = generation(page)
    page.find_element(By.ID, "f-reset").click()
    wait_refresh(page, before)
    assert shown(page) == listed and count.get_attribute("data-state") is None


def test_event_links_to_its_evidence_in_the_article(page, api, artifacts):
    item = page.find_element(By.CSS_SELECTOR, "#event-list li[data-event]")
    event_id = int(item.get_attribute("data-event"))
    event = next(e for e in api.get("/api/events", params={"limit": 500}).json()["items"] if e["id"] == event_id)
    item.find_element(By.PARTIAL_LINK_TEXT, "evidence").click()
    WebDriverWait(page, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#reader:not([hidden]) mark.evidence"))
    assert page.find_element(By.CSS_SELECTOR, "mark.evidence").text.strip() == event["evidence"].strip()
    assert page.find_element(By.ID, "reader-title").text == event["article_title"]
    page.save_screenshot(str(artifacts / "article-evidence.png"))
    page.find_element(By.ID, "reader-close").click()
    WebDriverWait(page, 5).until(lambda d: not d.find_element(By.ID, "reader").is_displayed())


def test_quote_browser_by_speaker(page, api, artifacts):
    page.find_element(By.CSS_SELECTOR, ".tabs button[data-tab='quotes']").click()
    WebDriverWait(page, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#quote-list li"))
    Select(page.find_element(By.ID, "q-speaker")).select_by_value("Volodymyr Zelensky")
    expected = api.get("/api/quotes", params={"speaker": "Volodymyr Zelensky", "limit": 500}).json()["items"]
    WebDriverWait(page, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#quote-list li")) == len(expected))
    speakers = {s.text for s in page.find_elements(By.CSS_SELECTOR, "#quote-list li .speaker")}
    assert speakers == {"Volodymyr Zelensky"}
    page.save_screenshot(str(artifacts / "quotes-zelensky.png"))
    # a quote opens its article with the quote highlighted inside its sentence
    first = page.find_element(By.CSS_SELECTOR, "#quote-list li")
    quote = next(q for q in expected if q["id"] == int(first.get_attribute("data-quote")))
    first.find_element(By.PARTIAL_LINK_TEXT, "in context").click()
    WebDriverWait(page, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#reader:not([hidden]) mark.quote"))
    assert page.find_element(By.CSS_SELECTOR, "mark.quote").text == quote["text"]
    assert quote["text"] in page.find_element(By.CSS_SELECTOR, "mark.evidence").text
    page.find_element(By.ID, "reader-close").click()
    page.find_element(By.CSS_SELECTOR, ".tabs button[data-tab='events']").click()


def test_claims_link_to_their_evidence(page, api):
    claims = api.get("/api/claims", params={"limit": 500}).json()["items"]
    page.find_element(By.CSS_SELECTOR, ".tabs button[data-tab='claims']").click()
    if not claims:
        WebDriverWait(page, 10).until(lambda d: d.find_element(By.ID, "claim-count").text.startswith("0"))
        return
    WebDriverWait(page, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, "#claim-list > li")) == len(claims))
    link = page.find_element(By.CSS_SELECTOR, "#claim-list a")
    link.click()
    WebDriverWait(page, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#reader:not([hidden]) mark.evidence"))
    assert page.find_element(By.CSS_SELECTOR, "mark.evidence").text.strip() == claims[0]["sources"][0]["evidence"][0].strip()
    page.find_element(By.ID, "reader-close").click()
    page.find_element(By.CSS_SELECTOR, ".tabs button[data-tab='events']").click()


def test_nothing_left_the_machine(page, network):
    requests = network.requests(page)
    urls = [r.url for r in requests]
    assert any(urlsplit(u).path == "/api/map/events" for u in urls)
    assert any(urlsplit(u).path == "/api/geo/settlements" for u in urls)
    assert any(u.endswith("/static/vendor/world-atlas/countries-110m.json") for u in urls)
    assert network.offsite(requests) == []
    # The one refused request is the from-after-to one the page was made to send, and showed.
    errors = [e for e in page.get_log("browser") if e["level"] == "SEVERE"
              and "from=2025-08-20&to=2025-08-01" not in e["message"]]
    assert not errors, errors
