"""The map's own endpoints: settlement labels by view and zoom, overlays kept with source and date,
and /docs served offline."""
from __future__ import annotations

import pytest

TOKEN = "test-token-0123456789"  # tests/api/conftest.py starts token_client with it
AROUND_DOBROPILLIA = "36.6,48.1,37.6,48.8"
FRONT_LINE = {"type": "FeatureCollection", "features": [
    {"type": "Feature", "properties": {"name": "front line"},
     "geometry": {"type": "LineString", "coordinates": [[36.95, 48.2], [37.05, 48.3], [37.1, 48.42]]}}]}


def names(client, bbox: str, zoom: int) -> list[str]:
    response = client.get("/api/geo/settlements", params={"bbox": bbox, "zoom": zoom})
    assert response.status_code == 200, response.text
    return [s["name"] for s in response.json()]


def test_settlements_at_front_line_scale_name_the_small_towns(client):
    at_nine = names(client, AROUND_DOBROPILLIA, 9)
    assert {"Dobropillia", "Pokrovsk", "Kramatorsk", "Bilozerske"} <= set(at_nine)
    # biggest first, one label per place (GeoNames spells Dobropillia twice; city districts are no towns)
    assert at_nine.index("Kramatorsk") < at_nine.index("Pokrovsk") < at_nine.index("Dobropillia")
    assert "Dobropillya" not in at_nine and len(at_nine) == len(set(at_nine))


def test_settlements_thin_out_as_the_view_widens(client):
    at_six = names(client, AROUND_DOBROPILLIA, 6)
    assert "Kramatorsk" in at_six and "Dobropillia" not in at_six
    world = client.get("/api/geo/settlements", params={"bbox": "-180,-85,180,85", "zoom": 2, "limit": 50}).json()
    assert len(world) == 50 and min(s["population"] for s in world) >= 3_000_000


def test_a_view_across_the_antimeridian_finds_both_sides(client):
    found = client.get("/api/geo/settlements", params={"bbox": "170,60,200,70", "zoom": 9}).json()
    assert {"Anadyr", "Nome"} <= {s["name"] for s in found}  # Chukotka and Alaska
    assert all(s["lon"] >= 170 or s["lon"] <= -160 for s in found)


@pytest.mark.parametrize("bbox", ["1,2,3", "a,b,c,d", "0,0,1,1e999", "0,0,1,1,5", "0,0,1,9999"])
def test_a_bad_bbox_is_a_422_naming_it(client, bbox):
    response = client.get("/api/geo/settlements", params={"bbox": bbox, "zoom": 9})
    assert response.status_code == 422
    assert "bbox" in response.text


def test_a_view_upside_down_has_no_settlements_and_west_past_east_wraps(client):
    assert names(client, "36.6,48.8,37.6,48.1", 9) == []
    assert "Anadyr" in names(client, "170,60,-160,70", 9)


def test_overlays_are_kept_with_source_and_date_and_served(token_client):
    assert token_client.get("/api/overlays").json() == []
    body = {"name": "Pokrovsk sector", "source": "a monitor", "date": "2025-08-12", "format": "kml", "geojson": FRONT_LINE}
    created = token_client.post("/api/overlays", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
    assert created.status_code == 201, created.text
    row = created.json()
    assert (row["name"], row["source"], row["date"], row["format"], row["n_features"]) == ("Pokrovsk sector", "a monitor", "2025-08-12", "kml", 1)
    assert token_client.get("/api/overlays").json() == [row]
    served = token_client.get(f"/api/overlays/{row['id']}").json()
    assert served["geojson"]["features"][0]["geometry"] == FRONT_LINE["features"][0]["geometry"]
    assert token_client.get("/api/overlays/999").status_code == 404


def test_a_bare_geometry_becomes_a_feature_collection(token_client):
    line = FRONT_LINE["features"][0]["geometry"]
    created = token_client.post("/api/overlays", json={"name": "line", "source": "s", "geojson": line},
                                headers={"Authorization": f"Bearer {TOKEN}"})
    assert created.status_code == 201, created.text
    served = token_client.get(f"/api/overlays/{created.json()['id']}").json()
    assert served["geojson"] == {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": line, "properties": {}}]}
    assert served["date"] is None


@pytest.mark.parametrize("geojson, problem", [
    ({"type": "FeatureCollection", "features": []}, "no feature has a geometry"),
    ({"type": "FeatureCollection", "features": "x"}, "without a features list"),
    ({"type": "Topology", "objects": {}}, "neither a Feature nor a geometry"),
])
def test_an_overlay_the_map_cannot_draw_is_a_422_saying_why(token_client, geojson, problem):
    response = token_client.post("/api/overlays", json={"name": "bad", "source": "s", "geojson": geojson},
                                 headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422
    assert problem in response.json()["detail"] and "'bad'" in response.json()["detail"]


def test_writing_an_overlay_needs_the_token(client, token_client):
    body = {"name": "x", "source": "s", "geojson": FRONT_LINE}
    assert client.post("/api/overlays", json=body).status_code == 403  # read-only server
    assert token_client.post("/api/overlays", json=body).status_code == 401
    assert token_client.post("/api/overlays", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 403


def test_docs_is_an_offline_page_over_the_spec(client):
    response = client.get("/docs")
    assert response.status_code == 200
    assert "static/docs.js" in response.text and "//" not in response.text.replace("://www.w3.org", "")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    spec = client.get("/api/openapi.json").json()
    assert "/api/geo/settlements" in spec["paths"] and "/api/overlays" in spec["paths"]


@pytest.mark.parametrize("params", [{}, {"type": "ASSAULT"}, {"place": "dobropillia"}, {"actor": "russia", "to": "2025-08-12"},
                                    {"background": "include"}, {"background": "only"}])
def test_map_events_are_the_filtered_events_compact(client, params):
    full = client.get("/api/events", params={**params, "limit": 500}).json()["items"]
    compact = client.get("/api/map/events", params=params).json()
    assert compact["truncated"] is False
    rows = [dict(zip(compact["columns"], r)) for r in compact["rows"]]
    assert [r["id"] for r in rows] == [e["id"] for e in full]
    for row, event in zip(rows, full):
        assert (row["type"], row["subtype"], row["lat"], row["lon"], row["place"]) == (event["type"], event.get("subtype"), event["lat"], event["lon"], event["place"])
        assert [name for name, _ in row["actors"]] == [a["name"] for a in event["actors"]]
        assert event["evidence"].startswith(row["evidence"].rstrip("…")) and len(row["evidence"]) <= 220
        assert compact["articles"][str(row["article_id"])] == event["article_title"]


def test_map_events_refuse_what_events_refuse(client):
    assert client.get("/api/map/events", params={"from": "2025-02-30"}).status_code == 422
    assert client.get("/api/map/events", params={"background": "all"}).status_code == 422
