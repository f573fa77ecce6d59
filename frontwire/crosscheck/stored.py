"""Claims and the situation report read from the stored clusters (filtered and paged in SQL).

    from frontwire.crosscheck.stored import Filters, claims, clusters_on_day
    claims(store, Filters(date_from="2025-08-10", disputed=True), limit=50)

Clusters are kept at ingest (incremental.py); a store holding articles clustered by nobody (an
older schema, or an ingest with clustering off) is rebuilt once before the first answer.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from frontwire.crosscheck import incremental
from frontwire.crosscheck.cluster import WINDOW_DAYS
from frontwire.store import clusters as S
from frontwire.store.clusters import Filters

__all__ = ["Filters", "claims", "claims_json", "clusters_on_day"]


def _day(value: str | dt.date | None) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else value


def filters(date_from: str | dt.date | None = None, date_to: str | dt.date | None = None, type: str | None = None,
            place: str | None = None, region: str | None = None, disputed: bool = False, min_sources: int = 1) -> Filters:
    return Filters(date_from=_day(date_from), date_to=_day(date_to), type=type or None, place=place or None,
                   region=region or None, disputed=disputed, min_sources=min_sources, span_days=WINDOW_DAYS)


def claims(store: Any, where: Filters = Filters(), limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Described clusters (as `crosscheck` gives them, with their stored ids) in clustering order."""
    incremental.ensure(store)
    return S.clusters(store.db, where, limit=limit, offset=offset)


def claims_json(store: Any, where: Filters = Filters(), limit: int | None = None, offset: int = 0) -> list[str]:
    """`claims` as JSON texts, as stored."""
    incremental.ensure(store)
    return S.clusters_json(store.db, where, limit=limit, offset=offset)


def clusters_on_day(store: Any, day: dt.date, region: str | None = None) -> list[dict[str, Any]]:
    """The clusters a day's situation report covers: a report dated or published that day."""
    incremental.ensure(store)
    return S.clusters_on_day(store.db, day.isoformat(), region)
