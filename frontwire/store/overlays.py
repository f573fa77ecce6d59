"""Map overlays: GeoJSON layers (a front line, areas of control) kept with their source and date.

Monitors publish these as GeoJSON or KML; the page converts KML to GeoJSON before sending it, so
the store keeps one FeatureCollection per overlay plus the format it arrived in.
"""
from __future__ import annotations

import json
from typing import Any, Optional

from frontwire.store.db import Database
from frontwire.store.schema import now

Row = dict[str, Any]

GEOMETRY_TYPES = {"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon", "GeometryCollection"}
FORMATS = ("geojson", "kml")
LIST_COLUMNS = "id, name, source, valid_on, format, n_features, added_at"


class BadOverlay(ValueError):
    """The overlay is not GeoJSON the map can draw; str() says why in one line."""


def _feature(item: Any, where: str) -> Row:
    if not isinstance(item, dict):
        raise BadOverlay(f"{where} is not an object")
    if item.get("type") == "Feature":
        geometry = item.get("geometry")
        if geometry is not None and (not isinstance(geometry, dict) or geometry.get("type") not in GEOMETRY_TYPES):
            raise BadOverlay(f"{where} has no GeoJSON geometry")
        properties = item.get("properties")
        return {"type": "Feature", "geometry": geometry, "properties": properties if isinstance(properties, dict) else {}}
    if item.get("type") in GEOMETRY_TYPES:
        return {"type": "Feature", "geometry": item, "properties": {}}
    raise BadOverlay(f"{where} is neither a Feature nor a geometry")


def normalise(geojson: Any) -> Row:
    """Any GeoJSON object (FeatureCollection, Feature, geometry) as a FeatureCollection."""
    if isinstance(geojson, dict) and geojson.get("type") == "FeatureCollection":
        features = geojson.get("features")
        if not isinstance(features, list):
            raise BadOverlay("FeatureCollection without a features list")
        collection = [_feature(f, f"feature {i}") for i, f in enumerate(features)]
    else:
        collection = [_feature(geojson, "the GeoJSON")]
    if not any(f["geometry"] for f in collection):
        raise BadOverlay("no feature has a geometry")
    return {"type": "FeatureCollection", "features": collection}


def add(db: Database, name: str, source: str, geojson: Any, valid_on: Optional[str] = None,
        format: str = "geojson") -> int:
    """Store an overlay; returns its id. BadOverlay for anything the map could not draw."""
    if format not in FORMATS:
        raise BadOverlay(f"format {format!r} is not one of {', '.join(FORMATS)}")
    collection = normalise(geojson)
    with db.transaction():
        return db.insert(
            "INSERT INTO overlays (name, source, valid_on, format, geojson, n_features, added_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (name, source, valid_on, format, json.dumps(collection, separators=(",", ":")),
             len(collection["features"]), now()),
        )


def listed(db: Database) -> list[Row]:
    """Every overlay without its geometry, newest day first."""
    return db.rows(f"SELECT {LIST_COLUMNS} FROM overlays ORDER BY COALESCE(valid_on, '') DESC, id DESC")


def get(db: Database, overlay_id: int) -> Optional[Row]:
    """One overlay with its FeatureCollection under `geojson`, or None."""
    rows = db.rows(f"SELECT {LIST_COLUMNS}, geojson FROM overlays WHERE id = ?", (overlay_id,))
    if not rows:
        return None
    row = rows[0]
    row["geojson"] = json.loads(row["geojson"])
    return row
