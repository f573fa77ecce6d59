"""The HTTP API over the seed article: records, filters, pagination, validation, safety."""
from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from fastapi.testclient import TestClient

TOKEN = "test-token-0123456789"  # the token of the `token_client` fixture (conftest.py)


def walk(client: TestClient, path: str, **params: Any) -> list[dict]:
    """Every item of a paginated endpoint, following `next` cursors."""
    items, cursor, pages = [], None, 0
    while True:
        page = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200, page.text
        body = page.json()
        assert set(body) == {"items", "next"}
        items += body["items"]
        cursor, pages = body["next"], pages + 1
        if cursor is None:
            return items
        assert pages < 100


# -- records ---------------------------------------------------------------------------------

def test_articles_list_the_seed(client):
    body = client.get("/api/articles").json()
    assert body["next"] is None
    [article] = body["items"]
    assert article["title"].startswith("Zelensky Says U.S. Summit in Alaska")
    assert article["published"] == "2025-08-12"
    assert article["n_events"] > 0 and article["n_quotes"] > 0
    assert client.get("/api/articles", params={"q": "Dobropillia"}).json()["items"][0]["id"] == article["id"]
    assert client.get("/api/articles", params={"q": "zzzunknownword"}).json()["items"] == []


def test_places_and_articles_carry_every_listed_field_of_the_definition(client):
    from frontwire.models import Article, Place, record_fields

    def listed(cls: type) -> list[str]:
        return [f.name for f in record_fields(cls) if f.listed and f.stored]

    [article] = client.get("/api/articles").json()["items"]
    assert listed(Article) == list(article)[1:1 + len(listed(Article))]
    detail = client.get(f"/api/articles/{article['id']}").json()
    assert {k: detail[k] for k in listed(Article)} == {k: article[k] for k in listed(Article)}
    places = walk(client, "/api/places", limit=500)
    assert all(list(p)[:len(listed(Place))] == listed(Place) for p in places)
    geo = client.get("/api/geo/places").json()["features"][0]["properties"]
    assert set(listed(Place)) - {"lat", "lon"} < set(geo)
    spec = client.get("/api/openapi.json").json()["components"]["schemas"]
    assert set(listed(Place)) < set(spec["PlaceRow"]["properties"]) and set(listed(Article)) < set(spec["ArticleRow"]["properties"])


def test_quotes_by_speaker_are_zelenskys(client):
    quotes = walk(client, "/api/quotes", speaker="Zelensky")
    assert len(quotes) >= 3
    assert all("zelensky" in q["speaker"].lower() for q in quotes)
    assert any("personal victory" in q["text"] for q in quotes)
    # every quote is tied to its article and its evidence sentence
    for q in quotes:
        assert q["article_id"] and q["sentence"] and q["article_title"]
    everyone = walk(client, "/api/quotes")
    assert len(everyone) > len(quotes)
    assert {q["speaker"] for q in everyone} > {"Volodymyr Zelensky"}


def test_quotes_by_words(client):
    quotes = client.get("/api/quotes", params={"q": "withdraw Donbas"}).json()["items"]
    assert quotes and all("donbas" in (q["text"] + q["sentence"]).lower() for q in quotes)


def test_events_are_the_seeds(client, app):
    events = walk(client, "/api/events", limit=500)
    assert len(events) == app.state.store.stats()["events"] > 5
    types = {e["type"] for e in events}
    assert {"ASSAULT", "CONSULT"} <= types
    assert all(e["evidence"] and e["article_id"] for e in events)
    dobropillia = [e for e in events if e["place"] == "Dobropillia"]
    assert dobropillia and all(e["type"] == "ASSAULT" and 48 < e["lat"] < 49 and 37 < e["lon"] < 38 for e in dobropillia)


@pytest.mark.parametrize("params, check", [
    ({"type": "ASSAULT"}, lambda e: e["type"] == "ASSAULT"),
    ({"type": "assault"}, lambda e: e["type"] == "ASSAULT"),
    ({"place": "dobropil"}, lambda e: e["place"] == "Dobropillia"),
    ({"actor": "Russia"}, lambda e: any("russia" in a["name"].lower() for a in e["actors"])),
    ({"from": "2025-08-13"}, lambda e: (e["date"] or e["published"]) >= "2025-08-13"),
    ({"to": "2025-08-12"}, lambda e: (e["date"] or e["published"]) <= "2025-08-12"),
    ({"from": "2025-08-12", "to": "2025-08-12", "type": "ASSAULT"}, lambda e: e["type"] == "ASSAULT"),
])
def test_event_filters(client, params, check):
    everything = walk(client, "/api/events", limit=500)
    chosen = walk(client, "/api/events", **params)
    assert chosen and len(chosen) < len(everything)
    assert all(check(e) for e in chosen)


def test_event_filters_can_match_nothing(client):
    assert client.get("/api/events", params={"type": "PROTEST"}).json() == {"items": [], "next": None}
    assert client.get("/api/events", params={"from": "2030-01-01"}).json() == {"items": [], "next": None}


@pytest.mark.parametrize("path", ["/api/events", "/api/geo/events", "/api/map/events", "/api/claims"])
def test_from_after_to_is_a_422_naming_both_days(client, path):
    response = client.get(path, params={"from": "2025-08-20", "to": "2025-08-01"})
    assert response.status_code == 422, response.text
    [problem] = response.json()["detail"]
    assert problem["loc"] == ["query", "from"] and problem["msg"] == "from 2025-08-20 is after to 2025-08-01"
    assert client.get(path, params={"from": "2025-08-01", "to": "2025-08-01"}).status_code == 200  # one day is a range


def test_claims_check_type_and_region_against_the_valid_ones(client):
    response = client.get("/api/claims", params={"type": "ATTACK"})
    assert response.status_code == 422 and "valid: AGREE, CONSULT" in response.json()["detail"][0]["msg"]
    response = client.get("/api/claims", params={"region": "Narnia"})
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["loc"] == ["query", "region"] and "'Narnia'" in problem["msg"] and "known: " in problem["msg"]
    region = client.get("/api/claims").json()["items"][0]["region"]
    assert client.get("/api/claims", params={"region": region, "type": "assault"}).status_code == 200


@pytest.mark.parametrize("path", ["/api/places", "/api/geo/places"])
def test_a_country_that_is_no_iso_code_is_a_422_naming_the_stored_ones(client, path):
    response = client.get(path, params={"country": "XX"})
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["loc"] == ["query", "country"]
    assert "'XX' is not an ISO 3166 alpha-2" in problem["msg"] and "stored places are in: " in problem["msg"] and "UA" in problem["msg"]
    assert client.get(path, params={"country": "ua"}).status_code == 200
    assert client.get(path, params={"country": ""}).status_code == 422
    # a real country with no stored place is an answer: none
    assert client.get(path, params={"country": "FR"}).json()["features" if "geo" in path else "items"] == []


def test_pagination_by_cursor_and_offset(client):
    full = client.get("/api/events", params={"limit": 500}).json()["items"]
    pages, cursor = [], None
    while True:
        body = client.get("/api/events", params={"limit": 5, **({"cursor": cursor} if cursor else {})}).json()
        assert len(body["items"]) <= 5
        pages.append(body["items"])
        cursor = body["next"]
        if not cursor:
            break
    assert len(pages) == -(-len(full) // 5)
    assert [e["id"] for page in pages for e in page] == [e["id"] for e in full]
    by_offset = client.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert by_offset["items"] == pages[1]
    last = client.get("/api/events", params={"limit": 5, "offset": len(full) - 1}).json()
    assert len(last["items"]) == 1 and last["next"] is None
    assert client.get("/api/events", params={"offset": 10_000}).json() == {"items": [], "next": None}
    # the other lists page the same way
    quotes = walk(client, "/api/quotes", limit=3)
    assert len({q["id"] for q in quotes}) == len(quotes) == len(client.get("/api/quotes", params={"limit": 500}).json()["items"])
    places = walk(client, "/api/places", limit=4)
    assert len(places) == len(client.get("/api/places", params={"limit": 500}).json()["items"])


@pytest.mark.parametrize("path, params", [
    ("/api/events", {"from": "2025-02-30"}),
    ("/api/events", {"to": "yesterday"}),
    ("/api/events", {"from": "12/08/2025"}),
    ("/api/events", {"limit": 0}),
    ("/api/events", {"limit": 501}),
    ("/api/events", {"limit": "ten"}),
    ("/api/events", {"offset": -1}),
    ("/api/events", {"cursor": "not-a-cursor"}),
    ("/api/events", {"type": "ASSAULT; DROP TABLE events"}),
    ("/api/quotes", {"speaker": "x" * 201}),
    ("/api/articles", {"q": "x" * 201}),
    ("/api/places", {"country": "Ukraine"}),
    ("/api/geo/events", {"to": "2025-13-01"}),
    ("/api/geo/events", {"limit": 5001}),
    ("/api/articles/0", {}),
    ("/api/articles/abc", {}),
])
def test_bad_parameters_are_422(client, path, params):
    response = client.get(path, params=params)
    assert response.status_code == 422, response.text
    assert "detail" in response.json()


def test_article_view_highlights_evidence(client):
    article = client.get("/api/articles/1").json()
    text = article["text"]
    assert article["events"] and article["quotes"]
    for e in article["events"]:
        assert text[e["evidence_start"]:e["evidence_end"]] == e["evidence"]
    for q in article["quotes"]:
        assert q["id"] is not None
        assert text[q["start"]:q["end"]] == q["text"]
        if q["sentence_start"] is not None:
            assert q["sentence_start"] <= q["start"] and q["end"] <= q["sentence_end"]
    # the ids link back to the lists
    quote_ids = {q["id"] for q in walk(client, "/api/quotes", limit=500)}
    assert {q["id"] for q in article["quotes"]} == quote_ids
    assert client.get("/api/articles/999").status_code == 404


def test_places_and_geojson(client):
    places = walk(client, "/api/places", limit=500)
    names = {p["name"] for p in places}
    assert "Dobropillia" in names
    assert client.get("/api/places", params={"country": "UA"}).json()["items"]
    geo = client.get("/api/geo/places").json()
    assert geo["type"] == "FeatureCollection"
    assert len(geo["features"]) == sum(1 for p in places if p["lat"] is not None)
    for f in geo["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point" and -180 <= lon <= 180 and -90 <= lat <= 90


def test_geo_events_match_events(client):
    events = walk(client, "/api/events", limit=500)
    geo = client.get("/api/geo/events").json()
    located = [e for e in events if e["lat"] is not None]
    assert len(geo["features"]) == len(located) > 0
    feature = geo["features"][0]
    event = next(e for e in events if e["id"] == feature["properties"]["id"])
    assert feature["geometry"]["coordinates"] == [event["lon"], event["lat"]]
    assert feature["properties"]["evidence"] == event["evidence"]
    assaults = client.get("/api/geo/events", params={"type": "ASSAULT"}).json()["features"]
    assert 0 < len(assaults) < len(geo["features"])
    assert all(f["properties"]["type"] == "ASSAULT" for f in assaults)


def test_claims_come_from_the_crosscheck(client):
    claims = walk(client, "/api/claims", limit=3)
    assert set(client.get("/api/claims").json()) == {"items", "next"}
    assert claims, "the seed's events make (single-source) claims"
    for claim in claims:
        assert claim["type"] and claim["sources"]
        assert all(s["article_id"] == 1 for s in claim["sources"])
    # one article is one source: nothing is cross-checked by two
    assert client.get("/api/claims", params={"min_sources": 2}).json()["items"] == []
    assert client.get("/api/claims", params={"from": "2030-01-01"}).json()["items"] == []
    assert client.get("/api/claims", params={"from": "2025-02-30"}).status_code == 422


def test_facets_speakers_stats(client):
    facets = client.get("/api/facets").json()
    assert {"ASSAULT", "CONSULT"} <= {t["name"] for t in facets["types"]}
    assert facets["date_min"] <= "2025-08-12" <= facets["date_max"]
    assert sum(d["n"] for d in facets["timeline"]) == client.get("/api/stats").json()["events"]
    speakers = client.get("/api/speakers").json()
    assert speakers[0]["name"] == "Volodymyr Zelensky"


# -- writing ---------------------------------------------------------------------------------

INGEST = {
    "text": "Kyiv, Ukraine - Russian forces shelled the city of Kharkiv overnight, killing two people, "
            "regional governor Oleh Syniehubov said on Wednesday. \"The strikes hit a residential area,\" he said.",
    "published": "2025-08-13",
    "title": "Overnight shelling in Kharkiv",
}


def test_ingest_needs_a_token(client, token_client):
    # a server started without a token is read-only
    assert client.post("/api/ingest", json=INGEST).status_code == 403
    assert client.post("/api/ingest", json=INGEST, headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 403
    # with a token: none -> 401, a wrong one -> 403
    missing = token_client.post("/api/ingest", json=INGEST)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    assert token_client.post("/api/ingest", json=INGEST, headers={"Authorization": "Bearer wrong-token"}).status_code == 403
    assert token_client.post("/api/ingest", json=INGEST, headers={"Authorization": f"Basic {TOKEN}"}).status_code in (401, 403)
    assert token_client.get("/api/stats").json()["articles"] == 1


def test_ingest_with_the_token_stores_the_document(token_client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    created = token_client.post("/api/ingest", json=INGEST, headers=auth)
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["status"] == "stored" and body["quotes"] >= 1
    assert token_client.get("/api/stats").json()["articles"] == 2
    article = token_client.get(f"/api/articles/{body['article_id']}").json()
    assert article["published"] == "2025-08-13" and "Kharkiv" in article["text"]
    again = token_client.post("/api/ingest", json=INGEST, headers=auth)
    assert again.status_code == 201 and again.json()["status"] == "duplicate"
    # bad bodies
    assert token_client.post("/api/ingest", json={"published": "2025-08-13"}, headers=auth).status_code == 422
    assert token_client.post("/api/ingest", json={**INGEST, "html": "<p>x</p>"}, headers=auth).status_code == 422
    assert token_client.post("/api/ingest", json={**INGEST, "published": "2025-13-40"}, headers=auth).status_code == 422
    assert token_client.post("/api/ingest", json={**INGEST, "extra": 1}, headers=auth).status_code == 422
    big = token_client.post("/api/ingest", content=b"{" + b" " * (5 * 1024 * 1024) + b"}",
                            headers={**auth, "Content-Type": "application/json"})
    assert big.status_code == 413


def test_ingest_is_in_the_spec_only_with_a_token(client, token_client):
    assert "/api/ingest" not in client.get("/api/openapi.json").json()["paths"]
    spec = token_client.get("/api/openapi.json").json()
    assert "post" in spec["paths"]["/api/ingest"]
    assert spec["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"


def test_token_must_not_be_empty(seed_db):
    from frontwire.api import create_app

    with pytest.raises(ValueError):
        create_app(str(seed_db), token="  ")


# -- safety ----------------------------------------------------------------------------------

def test_read_only_methods(client):
    for method in ("put", "delete", "patch"):
        assert getattr(client, method)("/api/events").status_code == 405
    assert client.post("/api/events", json={}).status_code == 405


def test_cors_is_closed_by_default(client, seed_db):
    response = client.get("/api/events", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in response.headers
    preflight = client.options("/api/events", headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"})
    assert "access-control-allow-origin" not in preflight.headers

    from frontwire.api import create_app

    opened = create_app(str(seed_db), cors_origins=["https://maps.example"])
    try:
        allowed = TestClient(opened).get("/api/events", headers={"Origin": "https://maps.example"})
        assert allowed.headers["access-control-allow-origin"] == "https://maps.example"
    finally:
        opened.state.store.close()


def test_injection_attempts_are_plain_text(client, seed_db):
    for params in ({"q": "'; DROP TABLE articles; --"}, {"q": 'NEAR("a" "b") OR *'}, {"q": "\"unbalanced"}):
        assert client.get("/api/articles", params=params).status_code == 200
        assert client.get("/api/quotes", params=params).status_code == 200
    assert client.get("/api/quotes", params={"speaker": "%"}).json()["items"] == []
    assert client.get("/api/events", params={"place": "_"}).json()["items"] == []
    assert client.get("/api/events", params={"actor": "' OR 1=1 --"}).json()["items"] == []
    with sqlite3.connect(seed_db) as db:
        assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1


def test_size_limits(client):
    long = client.get("/api/events", params={"place": "x" * 20_000})
    assert long.status_code == 414 and long.headers["x-content-type-options"] == "nosniff"
    big = client.post("/api/ingest", content=b"x" * (5 * 1024 * 1024), headers={"Content-Type": "application/json"})
    assert big.status_code == 413


def test_page_and_headers(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "static/vendor/leaflet/leaflet.js" in page.text and "static/app.js" in page.text
    csp = page.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "connect-src 'self'" in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert client.head("/").status_code == 200
    for asset in ("static/app.js", "static/app.css", "static/vendor/leaflet/leaflet.js", "static/vendor/leaflet/leaflet.css",
                  "static/vendor/topojson-client/topojson-client.min.js", "static/vendor/world-atlas/countries-110m.json"):
        assert client.get("/" + asset).status_code == 200, asset
    # Swagger UI / ReDoc would load from a CDN: /docs is the project's own page over the spec
    docs = client.get("/docs")
    assert docs.status_code == 200 and "static/docs.js" in docs.text and "swagger" not in docs.text.lower()
    assert client.get("/api/openapi.json").json()["info"]["title"] == "frontwire"


def test_page_references_nothing_off_the_machine():
    from frontwire.web import STATIC_DIR

    namespaces = ("http://www.w3.org/",)
    for name in ("index.html", "app.js", "app.css", "docs.html", "docs.js", "docs.css"):
        text = (STATIC_DIR / name).read_text()
        for scheme in ("http://", "https://", "//cdn", "//unpkg"):
            at = text.find(scheme)
            while at != -1:
                assert text.startswith(namespaces, at), f"{name}: external reference at {text[at:at + 60]!r}"
                at = text.find(scheme, at + 1)


# -- closed lists: unknown parameters and values are 422s that name the valid ones ------------

@pytest.mark.parametrize("path, valid", [
    ("/api/events", "limit"), ("/api/geo/events", "limit"), ("/api/map/events", "background"), ("/api/quotes", "limit"),
    ("/api/places", "limit"), ("/api/geo/places", "country"), ("/api/articles", "limit"), ("/api/claims", "region"),
    ("/api/facets", "none"),
])
def test_unknown_parameters_are_rejected_with_the_valid_ones(client, path, valid):
    response = client.get(path, params={"countryy": "UA"})
    assert response.status_code == 422
    [problem] = response.json()["detail"]
    assert problem["loc"] == ["query", "countryy"]
    assert "unknown parameter 'countryy'" in problem["msg"] and valid in problem["msg"].split("valid: ")[1]


def test_unknown_event_type_is_rejected_with_the_plover_types(client):
    response = client.get("/api/events", params={"type": "ATTACK"})
    assert response.status_code == 422
    assert "valid: AGREE, CONSULT" in response.json()["detail"][0]["msg"]
    assert client.get("/api/events", params={"type": "assault"}).status_code == 200  # any case
    assert client.get("/api/events", params={"type": ""}).status_code == 422  # no type is not every type
    assert client.get("/api/events", params={"background": "sometimes"}).status_code == 422


def test_background_events_only_when_asked(client, app):
    default = walk(client, "/api/events", limit=500)
    everything = walk(client, "/api/events", limit=500, background="include")
    only = walk(client, "/api/events", limit=500, background="only")
    assert not any(e["background"] for e in default)
    assert only and all(e["background"] for e in only)  # "Russia, which invaded Ukraine in 2022, ..."
    assert len(everything) == len(default) + len(only) == app.state.store.stats()["events"] + app.state.store.stats()["background_events"]
    features = client.get("/api/geo/events").json()["features"]
    assert not any(f["properties"]["background"] for f in features)
