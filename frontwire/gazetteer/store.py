"""The SQLite gazetteer index: places, and the name keys that find them."""
from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

SCHEMA_VERSION = "10"

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE IF NOT EXISTS place (
    id INTEGER PRIMARY KEY,      -- the GeoNames id; negative for places GeoNames data did not supply
    name TEXT NOT NULL,
    kind TEXT NOT NULL,          -- country | admin1 | admin2 | region | city
    cc TEXT,                     -- ISO alpha-2
    admin1_code TEXT,
    admin1 TEXT,
    lat REAL,
    lon REAL,
    population INTEGER NOT NULL DEFAULT 0,
    source TEXT
);
CREATE INDEX IF NOT EXISTS place_admin1 ON place (cc, admin1_code, kind);
-- quality: 2 = the place's own name, 1 = a GeoNames alternate name or alias
CREATE TABLE IF NOT EXISTS name (
    key TEXT NOT NULL,
    place_id INTEGER NOT NULL,
    quality INTEGER NOT NULL,
    PRIMARY KEY (key, place_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS name_place ON name (place_id);
-- A town's other GeoNames spellings that another place bears as its own name at the town's key, as
-- keys.letters ("odessa" for Odesa): the key alone cannot tell them from fold-alikes ("Samarra" for Samara).
CREATE TABLE IF NOT EXISTS spelling (
    place_id INTEGER NOT NULL,
    letters TEXT NOT NULL,
    PRIMARY KEY (place_id, letters)
) WITHOUT ROWID;
"""


@dataclass(frozen=True)
class GeoPlace:
    id: int
    name: str
    kind: str
    country: str | None
    admin1_code: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int

    @property
    def geonameid(self) -> int | None:
        return self.id if self.id > 0 else None


@dataclass(frozen=True)
class Match:
    place: GeoPlace
    quality: int  # 2 own name, 1 alternate name, 0 found through a spelling variant


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), check_same_thread=False)
    conn.executescript(SCHEMA)
    return conn


def add_names(conn: sqlite3.Connection, rows: Iterable[tuple[str, int, int]]) -> None:
    conn.executemany(
        "INSERT INTO name (key, place_id, quality) VALUES (?, ?, ?) "
        "ON CONFLICT (key, place_id) DO UPDATE SET quality = max(quality, excluded.quality)",
        (r for r in rows if r[0]),
    )


def rows_to_places(rows: Iterable[tuple]) -> Iterator[GeoPlace]:
    for r in rows:
        yield GeoPlace(*r)


PLACE_COLUMNS = "id, name, kind, cc, admin1_code, admin1, lat, lon, population"


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@lru_cache(maxsize=256)
def _prepared(points: tuple[tuple[float, float], ...]) -> tuple[tuple[float, float, float], ...]:
    """Each point's latitude in radians, its cosine and its longitude, as `km` computes them."""
    return tuple((math.radians(lat), math.cos(math.radians(lat)), lon) for lat, lon in points)


def nearest_km(lat: float, lon: float, points: tuple[tuple[float, float], ...]) -> float:
    """min(km(lat, lon, *point) for point in points), to the last bit: the same arithmetic in the
    same order, with what depends on one side alone worked out once (place lookups compare each
    candidate with every point of the article, which made `km` a tenth of the places stage)."""
    p1 = math.radians(lat)
    cos_p1 = math.cos(p1)
    sin, cos, radians = math.sin, math.cos, math.radians
    nearest = math.inf
    for p2, cos_p2, lon2 in _prepared(points):
        a = sin((p2 - p1) / 2) ** 2 + cos_p1 * cos_p2 * sin(radians(lon2 - lon) / 2) ** 2
        d = 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))
        if d < nearest:
            nearest = d
    return nearest


def centre(points: list[tuple[float, float]], trim: float = 0.01) -> tuple[float, float]:
    """A centre for an area known only by the towns in it.

    The midpoint of the trimmed latitude/longitude ranges: a mean would be pulled towards
    where people live (Anchorage for Alaska), the untrimmed range by one mis-coded town.
    Longitudes are unwrapped around their circular mean so Chukotka does not average to 0.
    """
    x = sum(math.cos(math.radians(lon)) for _, lon in points)
    y = sum(math.sin(math.radians(lon)) for _, lon in points)
    ref = math.degrees(math.atan2(y, x))
    lats = sorted(lat for lat, _ in points)
    lons = sorted((lon - ref + 180.0) % 360.0 - 180.0 for _, lon in points)
    cut = int(len(points) * trim)
    hi = len(points) - 1 - cut
    lat = (lats[cut] + lats[hi]) / 2
    lon = (lons[cut] + lons[hi]) / 2 + ref
    return round(lat, 4), round((lon + 180.0) % 360.0 - 180.0, 4)
