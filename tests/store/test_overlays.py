"""Overlays in the store (migration 5), on SQLite and PostgreSQL: any GeoJSON the map can draw, kept as one FeatureCollection
with its source, day and format."""
from __future__ import annotations

import pytest

from frontwire.store import open_store
from frontwire.store import overlays

AREA = {"type": "Polygon", "coordinates": [[[37.2, 48.2], [37.6, 48.2], [37.6, 48.55], [37.2, 48.2]]]}


@pytest.fixture()
def store(db_url):
    """A fresh store on SQLite and on PostgreSQL (tests/store/conftest.py)."""
    with open_store(db_url) as s:
        yield s


def test_an_overlay_round_trips_with_source_day_and_format(store):
    feature = {"type": "Feature", "properties": {"name": "control"}, "geometry": AREA}
    first = overlays.add(store.db, "control areas", "a monitor", feature, "2025-08-12", "kml")
    second = overlays.add(store.db, "older", "another", {"type": "FeatureCollection", "features": [feature]}, "2025-08-01")
    listed = overlays.listed(store.db)
    assert [r["id"] for r in listed] == [first, second]  # newest day first
    assert listed[0]["source"] == "a monitor" and listed[0]["valid_on"] == "2025-08-12" and listed[0]["format"] == "kml"
    assert "geojson" not in listed[0]
    kept = overlays.get(store.db, first)
    assert kept["geojson"] == {"type": "FeatureCollection", "features": [feature]}
    assert overlays.get(store.db, 999) is None


@pytest.mark.parametrize("geojson, problem", [
    ([1, 2], "not an object"),
    ({"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Circle"}}]}, "no GeoJSON geometry"),
    ({"type": "Feature", "geometry": None, "properties": {}}, "no feature has a geometry"),
])
def test_what_the_map_cannot_draw_is_refused_with_the_reason(store, geojson, problem):
    with pytest.raises(overlays.BadOverlay, match=problem):
        overlays.add(store.db, "bad", "s", geojson)
    assert overlays.listed(store.db) == []


def test_an_unknown_format_is_refused(store):
    with pytest.raises(overlays.BadOverlay, match="format 'shp'"):
        overlays.add(store.db, "x", "s", AREA, format="shp")
