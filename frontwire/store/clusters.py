"""Stored claim clusters (migrations 6 and 7): the SQL side of frontwire.crosscheck.incremental.

Three tables: `claim_reports` (one row per report, the cluster members, with blocking keys),
`claim_clusters` (one row per cluster: its founder's blocking keys, sort key, filter columns and
the described cluster as JSON) and `claim_contradictions`. Candidate lookups seek the (family,
place name or cell, day) indexes, one seek per part of the place block (see _blocked); reads
for claims and the situation report filter and page in SQL.
"""
from __future__ import annotations

import datetime as dt
import json
import secrets
from dataclasses import dataclass, replace
from typing import Any, Iterable, Sequence

from frontwire.store.db import Database
from frontwire.store.read import LIKE, like

UNDATED = "9999-12-31"  # the day column of undated reports: they sort last, as in clustering

Row = dict[str, Any]


@dataclass(frozen=True)
class Probe:
    """What a report can link to: families, a day range (None: any day), the place block."""

    families: tuple[str, ...]
    day_lo: str | None
    day_hi: str | None
    placed: bool  # False: a placeless report links to every place
    cells: tuple[str, ...] = ()
    place_key: str | None = None


@dataclass(frozen=True)
class ReportRow:
    article_id: int
    seq: int
    ord: int
    family: str
    day: str
    placeless: bool
    cell: str | None
    place_key: str | None
    report_date: str | None
    published: str | None
    data: str
    link_fields: str


@dataclass(frozen=True)
class ClusterRow:
    f_ord: int
    f_family: str
    f_day: str
    f_cell: str | None
    f_place_key: str | None
    sort_day: str
    first_ord: int
    described: dict[str, Any]  # describe(cluster) without the id


def _in(values: Sequence[Any]) -> str:
    return ",".join("?" for _ in values)


@dataclass(frozen=True)
class Position:
    """A report's place in clustering order: day, placeless (placed first), ord."""

    day: str
    placeless: bool
    ord: int


def _blocked(db: Database, select: str, table: str, cols: tuple[str, str, str, str], probe: Probe,
             where_more: tuple[str, list[Any]] | None = None) -> list[Row]:
    """Rows of `table` a probe may link to: in its day window or undated, in its place block
    (placeless, the probe's place name, or a cell near its point). One index seek per place
    part and day part -- family, then place name or cell, then the day range -- merged: seeking
    by family and day alone reads every report of the window in every place (on a dense store
    hundreds a day) to keep a few. A row with the probe's name in a near cell is kept once."""
    family, day, cell, place_key = cols
    places: list[tuple[str, list[Any]]] = [("", [])]
    if probe.placed:
        places = [(f" AND {place_key} IS NULL", [])]
        if probe.place_key:
            places.append((f" AND {place_key} = ?", [probe.place_key]))
        if probe.cells:
            places.append((f" AND {cell} IN ({_in(probe.cells)})", list(probe.cells)))
    days: list[tuple[str, list[Any]]] = [("", [])]
    if probe.day_lo is not None:
        days = [(f" AND {day} = ?", [UNDATED])]
        if probe.day_lo <= probe.day_hi:  # type: ignore[operator]
            days.insert(0, (f" AND {day} BETWEEN ? AND ?", [probe.day_lo, probe.day_hi]))
    more, more_params = (f" AND {where_more[0]}", where_more[1]) if where_more else ("", [])
    parts, params = [], []
    for place_sql, place_params in places:
        for day_sql, day_params in days:
            parts.append(f"SELECT {select} FROM {table} WHERE {family} IN ({_in(probe.families)}){place_sql}{day_sql}{more}")
            params += [*probe.families, *place_params, *day_params, *more_params]
    rows = db.rows(" UNION ALL ".join(parts), params)
    if len(places) < 3:
        return rows  # the parts are disjoint
    return list({r["id"]: r for r in rows}.values())


KEY_SELECT = "id, cluster_id, ord, day, placeless"
REPORT_SELECT = KEY_SELECT + ", data"
# What linking reads of a report: its link fields, or the whole report for a row stored before
# they were (migration 7).
LINK_SELECT = KEY_SELECT + ", family, link_fields, CASE WHEN link_fields IS NULL THEN data END AS data"
CLUSTER_KEYS = ("f_family", "f_day", "f_cell", "f_place_key")
REPORT_KEYS = ("family", "day", "cell", "place_key")


def reports_after(db: Database, probe: Probe, after: Position) -> list[Row]:
    """Stored reports a probe may link to that come after `after` in clustering order (id,
    cluster_id, ord, day, placeless: without the report itself, see linked_reports)."""
    if probe.day_lo is not None:
        probe = replace(probe, day_lo=max(probe.day_lo, after.day))
    later = ("(day > ? OR (day = ? AND (placeless > ? OR (placeless = ? AND ord > ?))))",
             [after.day, after.day, int(after.placeless), int(after.placeless), after.ord])
    return _blocked(db, KEY_SELECT, "claim_reports", REPORT_KEYS, probe, later)


def linked_reports(db: Database, ids: Sequence[int]) -> list[Row]:
    """Stored reports by id, as linking reads them (LINK_SELECT)."""
    if not ids:
        return []
    return db.rows(f"SELECT {LINK_SELECT} FROM claim_reports WHERE id IN ({_in(ids)})", list(ids))


def report_data(db: Database, ids: Sequence[int]) -> dict[int, str]:
    """Whole stored reports by id: {id: data}."""
    if not ids:
        return {}
    return {int(r["id"]): r["data"] for r in db.rows(f"SELECT id, data FROM claim_reports WHERE id IN ({_in(ids)})", list(ids))}


def clusters_in(db: Database, probe: Probe) -> list[Row]:
    """Stored clusters whose founder a probe may link to (id, rev, f_day, f_ord): only those can
    take the report in; `founded_before` keeps those founded before a position."""
    return _blocked(db, "id, rev, f_day, f_ord", "claim_clusters", CLUSTER_KEYS, probe)


def founded_before(rows: Iterable[Row], pos: Position, dated: bool) -> dict[int, str]:
    """{id: rev} of the rows (of clusters_in) founded on or before `pos`'s day (any day for an
    undated probe; undated founders always), other than the report at `pos` itself."""
    return {int(r["id"]): r["rev"] for r in rows
            if int(r["f_ord"]) != pos.ord and (not dated or r["f_day"] <= pos.day or r["f_day"] == UNDATED)}


def members(db: Database, cluster_ids: Sequence[int]) -> list[Row]:
    """The reports of stored clusters, as linking reads them (LINK_SELECT)."""
    if not cluster_ids:
        return []
    return db.rows(f"SELECT {LINK_SELECT} FROM claim_reports WHERE cluster_id IN ({_in(cluster_ids)})", list(cluster_ids))


def reports_of(db: Database, article_ids: Sequence[int]) -> list[Row]:
    """Whole stored reports of these articles."""
    if not article_ids:
        return []
    return db.rows(f"SELECT {REPORT_SELECT} FROM claim_reports WHERE article_id IN ({_in(article_ids)})", list(article_ids))


def delete_reports(db: Database, report_ids: Sequence[int]) -> None:
    if report_ids:
        db.execute(f"DELETE FROM claim_reports WHERE id IN ({_in(report_ids)})", list(report_ids))


def add_reports(db: Database, article_id: int, rows: Sequence[ReportRow]) -> list[int]:
    """Store one article's reports, in no cluster yet, in one batch; their new ids in order."""
    add_reports_many(db, [(r, None) for r in rows])
    return [int(r["id"]) for r in db.rows("SELECT id FROM claim_reports WHERE article_id = ? ORDER BY seq", (article_id,))]


def add_reports_many(db: Database, rows: Iterable[tuple[ReportRow, int | None]]) -> None:
    """Store reports with their clusters in one batch (the rebuild)."""
    db.insert_many(
        "INSERT INTO claim_reports (article_id, seq, ord, cluster_id, family, day, placeless, cell, place_key,"
        " report_date, published, data, link_fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(r.article_id, r.seq, r.ord, cid, r.family, r.day, int(r.placeless), r.cell, r.place_key,
          r.report_date, r.published, r.data, r.link_fields) for r, cid in rows],
    )


def move_reports(db: Database, moves: dict[int, int]) -> None:
    """Set the cluster of reports: {report id: cluster id}."""
    db.insert_many("UPDATE claim_reports SET cluster_id = ? WHERE id = ?", [(cid, rid) for rid, cid in moves.items()])


def _cluster_values(c: ClusterRow) -> tuple:
    d = c.described
    return (c.f_ord, c.f_family, c.f_day, c.f_cell, c.f_place_key, c.sort_day, c.first_ord,
            d["type"], d.get("family"), d.get("place"), (d.get("place") or "").lower() or None, d.get("country"),
            d.get("admin1"), d["region"], d.get("date_from"), d.get("date_to"), d["n_sources"], d["n_publishers"],
            int(bool(d["disputed"])), secrets.token_hex(8), json.dumps(d, ensure_ascii=False, default=str))


CLUSTER_COLUMNS = ("f_ord, f_family, f_day, f_cell, f_place_key, sort_day, first_ord, type, family, place, place_key,"
                   " country, admin1, region, date_from, date_to, n_sources, n_publishers, disputed, rev, data")


def save_clusters(db: Database, clusters: Sequence[tuple[int | None, ClusterRow]]) -> list[int]:
    """Insert clusters (id None) or rewrite them in place, with their contradictions, in a few
    batched statements whatever their number; their ids in order."""
    ids: list[int] = []
    updates: list[tuple] = []
    for cluster_id, row in clusters:
        values = _cluster_values(row)
        if cluster_id is None:
            cluster_id = db.insert(f"INSERT INTO claim_clusters ({CLUSTER_COLUMNS}) VALUES ({_in(values)})", values)
        else:
            updates.append((*values, cluster_id))
        ids.append(cluster_id)
    sets = ", ".join(f"{c.strip()} = ?" for c in CLUSTER_COLUMNS.split(","))
    db.insert_many(f"UPDATE claim_clusters SET {sets} WHERE id = ?", updates)
    rewritten = [u[-1] for u in updates]
    if rewritten:
        db.execute(f"DELETE FROM claim_contradictions WHERE cluster_id IN ({_in(rewritten)})", rewritten)
    db.insert_many(
        "INSERT INTO claim_contradictions (cluster_id, seq, kind, field, claim_article_id, counter_article_id, data)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(cluster_id, i, x["kind"], x.get("field"), x["claim"].get("article_id"), x["counter"].get("article_id"),
          json.dumps(x, ensure_ascii=False, default=str))
         for cluster_id, (_, row) in zip(ids, clusters) for i, x in enumerate(row.described["contradictions"])],
    )
    return ids


def delete_clusters(db: Database, cluster_ids: Sequence[int]) -> None:
    if cluster_ids:
        db.execute(f"DELETE FROM claim_contradictions WHERE cluster_id IN ({_in(cluster_ids)})", list(cluster_ids))
        db.execute(f"DELETE FROM claim_clusters WHERE id IN ({_in(cluster_ids)})", list(cluster_ids))


def clear(db: Database) -> None:
    for table in ("claim_contradictions", "claim_clusters", "claim_reports"):
        db.execute(f"DELETE FROM {table}")


# -- whether the clusters cover every article ----------------------------------------------

def is_stale(db: Database) -> bool:
    return db.value("SELECT value FROM claim_state WHERE name = 'stale'") == "1"


def set_stale(db: Database, stale: bool) -> None:
    db.execute("DELETE FROM claim_state WHERE name = 'stale'")
    if stale:
        db.execute("INSERT INTO claim_state (name, value) VALUES ('stale', '1')")


# -- reading --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Filters:
    """Claims filters, all applied in SQL. Dates: clusters whose span overlaps [date_from, date_to]."""

    date_from: str | None = None
    date_to: str | None = None
    type: str | None = None  # PLOVER type, exact (ASSAULT); mixed clusters read "ASSAULT/..."
    place: str | None = None  # case-insensitive substring of the cluster's place
    region: str | None = None  # substring of the region ("Donetsk, UA") or the country code
    disputed: bool = False
    min_sources: int = 1
    # A cluster's dated reports lie within this many days of each other, so one overlapping
    # [date_from, date_to] starts (sort_day) no earlier than date_from minus it: a range the
    # listing index can seek to instead of scanning from the archive's first day.
    span_days: int | None = None

    def where(self) -> tuple[str, list[Any]]:
        parts: list[str] = []
        params: list[Any] = []
        if self.date_from:
            parts.append("date_to >= ?")
            params.append(self.date_from)
            if self.span_days is not None:
                parts.append("sort_day >= ?")
                params.append((dt.date.fromisoformat(self.date_from) - dt.timedelta(days=self.span_days)).isoformat())
        if self.date_to:
            parts.append("date_from <= ? AND sort_day <= ?")
            params += [self.date_to, self.date_to]
        if self.type:
            parts.append("type = ?")
            params.append(self.type.upper())
        if self.place:
            parts.append(f"place_key {LIKE}")
            params.append(like(self.place))
        if self.region:
            parts.append(f"(LOWER(region) {LIKE} OR LOWER(country) = ?)")
            params += [like(self.region), self.region.lower()]
        if self.disputed:
            parts.append("disputed = 1")
        if self.min_sources > 1:
            parts.append("n_sources >= ?")
            params.append(self.min_sources)
        return (" WHERE " + " AND ".join(parts)) if parts else "", params


def _described(rows: list[Row]) -> list[Row]:
    return [{"id": int(r["id"]), **json.loads(r["data"])} for r in rows]


def _page(db: Database, filters: Filters, limit: int | None, offset: int) -> list[Row]:
    where, params = filters.where()
    page = ""
    if limit is not None:
        page = " LIMIT ? OFFSET ?"
        params = [*params, limit, offset]
    return db.rows(f"SELECT id, data FROM claim_clusters{where} ORDER BY sort_day, first_ord{page}", params)


def clusters(db: Database, filters: Filters = Filters(), limit: int | None = None, offset: int = 0) -> list[Row]:
    """Described clusters in clustering order (first day, first report), filtered and paged in SQL."""
    return _described(_page(db, filters, limit, offset))


def clusters_json(db: Database, filters: Filters = Filters(), limit: int | None = None, offset: int = 0) -> list[str]:
    """The same clusters as JSON texts, straight from the store (the API's answer is made of
    them: parsing and re-encoding large clusters cost more than the query)."""
    return ['{"id": %d, %s' % (int(r["id"]), r["data"][1:]) for r in _page(db, filters, limit, offset)]


def clusters_on_day(db: Database, day: str, region: str | None = None) -> list[Row]:
    """Clusters with a report dated or published on `day` (the situation report's choice)."""
    where, params = Filters(region=region).where()
    where = (where + " AND " if where else " WHERE ") + (
        "id IN (SELECT cluster_id FROM claim_reports WHERE report_date = ?"
        " UNION SELECT cluster_id FROM claim_reports WHERE published = ?)")
    return _described(db.rows(f"SELECT id, data FROM claim_clusters{where} ORDER BY sort_day, first_ord",
                              [*params, day, day]))


def region_known(db: Database, region: str) -> bool:
    """Whether any cluster's region or country answers the `region` filter."""
    where, params = Filters(region=region).where()
    return db.value(f"SELECT 1 FROM claim_clusters{where} LIMIT 1", params) is not None


def regions(db: Database) -> list[str]:
    """The regions of the stored clusters, most clusters first ("Donetsk, UA")."""
    return [r["region"] for r in db.rows("SELECT region, COUNT(*) AS n FROM claim_clusters GROUP BY region ORDER BY n DESC, region")]


def unknown_region(db: Database, region: str | None) -> str | None:
    """Why a region filter would select nothing, naming the known regions; None when it is known (or not given)."""
    if not region or region_known(db, region):
        return None
    known = regions(db)
    shown = "; ".join(known[:15]) + (f" (and {len(known) - 15} more)" if len(known) > 15 else "")
    return f"no stored claim is in such a region; known: {shown or 'none yet'}"


def counts(db: Database) -> dict[str, int]:
    return {t: int(db.value(f"SELECT COUNT(*) FROM {t}") or 0)
            for t in ("claim_reports", "claim_clusters", "claim_contradictions")}
