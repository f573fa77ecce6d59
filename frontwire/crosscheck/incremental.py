"""Clusters kept up to date at ingest: the same greedy clustering as cluster.py, exact, at a cost
that does not grow with the archive.

cluster.cluster_reports takes reports in clustering order (day, placed before placeless,
position) and puts each into the best-scoring cluster it fits, else opens one. Two facts make
that local:

- a report can only join a cluster whose *founder* (first report) it can link to, so candidates
  are found through the founder's blocking keys (family, day +-WINDOW_DAYS, 0.5-degree cell or
  place name; see `probe`) -- in memory for a rebuild, through indexes for the stored clusters;
- a report's decision depends only on the clusters formed by reports before it.

So a new article changes nothing before its first report. From there on a stored report can
decide differently only if a cluster it could choose changed before it: one that gained a
report it can link to, or lost one while it can link to the founder. Those reports are
re-decided in clustering order (`Replay`); every other report keeps its stored cluster, and
only changed clusters are described and written again. When news arrives in date order that is
the new reports and a few neighbours dated after them; a report about an old day replays only
the reports near it. The result equals `cluster_reports` over the whole store
(tests/crosscheck/test_crosscheck_incremental.py checks it on shuffled ingests, both backends).

Deleting articles (`frontwire delete`, `ingest --replace`) is the same replay run the other
way (`Replay.remove`, `remove_articles`): each cluster that held a deleted report loses it, so
its later members and the reports that can link to it choose again; the clusters then equal
those of a store the articles never entered (tests/crosscheck/test_crosscheck_delete.py).

What a replay reads: a new report is scored against every report of the clusters it can link
to, on a dense store hundreds (claims_ingest.py's feed: ~500 stored reports per article); it
reads their link fields (`StoredReport`, a few hundred bytes each, the fields scoring and
blocking read) and the whole reports only of the clusters it describes again. Lookups seek
(family, place name or cell, day) indexes (store/clusters._blocked).

Ties go to the cluster created last, as in cluster_reports (`>=` over clusters in creation
order), i.e. the one with the latest founder.

Known costs: a report with neither an event date nor a publication date links to every day
(cluster.can_link), so its lookup covers its family's place block over the whole archive. That
is today's rule, kept exactly; dating such articles by their ingest day would bound it. And the
cost of a join grows with the size of the clusters involved, not with the archive: a report's
score with a cluster is its mean with every member (complete linkage), and a cluster that
changed is described again from all its members (sources, figures, contradictions; its JSON
rewritten). No bound or sample is taken, so nothing here can change a result; on a store where
one happening gathers hundreds of reports in a few days, each new report about it costs
hundreds of pair scores and one rewrite of that cluster.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import heapq
import json
import math
import os
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from frontwire.crosscheck.cluster import (
    JOIN_SCORE, RADIUS_KM, WINDOW_DAYS, Cluster, _date_of, can_link, clustering_order, describe, numbered,
)
from frontwire.crosscheck.reports import Report, compatible, iso_day, reports_from_record
from frontwire.models import ArticleRecord
from frontwire.store import clusters as S
from frontwire.store.db import Database

# A report's position: article id * STRIDE + its place in the article. Orders reports as
# reports_from_records does when it reads articles by id.
STRIDE = 100_000
CELL_DEG = 0.5  # blocking cells: 0.5 degree (55 km of latitude) > RADIUS_KM
KM_PER_DEG = 111.32
FAMILIES_OF_ASSAULT = ("attack", "ground", "strike")


# -- keys -------------------------------------------------------------------------------------

Key = tuple[dt.date, bool, int]  # clustering_order's key


def position(key: Key) -> S.Position:
    return S.Position(key[0].isoformat(), key[1], key[2])


def partners(family: str) -> tuple[str, ...]:
    """The families a report of `family` can be clustered with."""
    return tuple(f for f in FAMILIES_OF_ASSAULT if compatible(family, f)) if family in FAMILIES_OF_ASSAULT else (family,)


def _cell(lat: float, lon: float) -> str:
    return f"{math.floor(lat / CELL_DEG)}:{math.floor(lon / CELL_DEG) % int(360 / CELL_DEG)}"


def cells_near(lat: float, lon: float) -> tuple[str, ...]:
    """Every cell holding a point within RADIUS_KM (a little wider, never narrower)."""
    dlat = RADIUS_KM / KM_PER_DEG * 1.01
    cos = math.cos(math.radians(min(89.0, abs(lat) + dlat)))
    dlon = min(180.0, RADIUS_KM / (KM_PER_DEG * cos) * 1.01)
    rows = range(math.floor((lat - dlat) / CELL_DEG), math.floor((lat + dlat) / CELL_DEG) + 1)
    cols = range(math.floor((lon - dlon) / CELL_DEG), math.floor((lon + dlon) / CELL_DEG) + 1)
    width = int(360 / CELL_DEG)
    return tuple(sorted({f"{i}:{j % width}" for i in rows for j in cols}))


def _has_point(r: Report) -> bool:
    return r.lat is not None and r.lon is not None


def probe(r: Report) -> S.Probe:
    """What `r` can link to (a superset: can_link decides)."""
    day = _date_of(r)
    window = dt.timedelta(days=WINDOW_DAYS)
    return S.Probe(
        families=partners(r.family),
        day_lo=(day - window).isoformat() if day else None,
        day_hi=(day + window).isoformat() if day else None,
        placed=bool(r.place),
        cells=cells_near(r.lat, r.lon) if r.place and _has_point(r) else (),
        place_key=r.place.lower() if r.place else None,
    )


def probe_all(reports: list[Report]) -> S.Probe:
    """What can link to every one of `reports` (a superset): the last one's probe, with the day
    window narrowed to the days within reach of all of them (a cluster spans few days)."""
    p = probe(reports[-1])
    days = [d for d in (_date_of(r) for r in reports) if d]
    if not days or p.day_lo is None:
        return p
    window = dt.timedelta(days=WINDOW_DAYS)
    return dataclasses.replace(p, day_lo=max(p.day_lo, (max(days) - window).isoformat()),
                               day_hi=min(p.day_hi, (min(days) + window).isoformat()))


def _day_column(r: Report | StoredReport) -> str:
    day = _date_of(r)
    return day.isoformat() if day else S.UNDATED


def _cell_column(r: Report | StoredReport) -> str | None:
    return _cell(r.lat, r.lon) if r.place and _has_point(r) else None  # type: ignore[arg-type]


def row_of(r: Report, article_id: int, seq: int) -> S.ReportRow:
    return S.ReportRow(
        article_id=article_id, seq=seq, ord=r.index, family=r.family, day=_day_column(r),
        placeless=r.place is None, cell=_cell_column(r), place_key=r.place.lower() if r.place else None,
        report_date=r.date, published=r.published, data=dump(r), link_fields=dump_link(r),
    )


def dump(r: Report) -> str:
    d = {k: getattr(r, k) for k in Report.__dataclass_fields__}
    d["actor_countries"] = sorted(r.actor_countries)
    d["tokens"] = sorted(r.tokens)
    return json.dumps(d, ensure_ascii=False)


_PARSED: dict[str, Report] = {}
PARSED_MAX = 20_000


def load(data: str) -> Report:
    """A stored report (parsed once per process: replays read the same recent reports again and
    again; keyed by the stored text itself, so a rolled-back row can never be mistaken)."""
    found = _PARSED.get(data)
    if found is None:
        if len(_PARSED) >= PARSED_MAX:
            _PARSED.clear()
        found = _PARSED[data] = _parse(data)
    return found


def _parse(data: str) -> Report:
    d = json.loads(data)
    d["actor_countries"] = frozenset(d["actor_countries"])
    d["tokens"] = frozenset(d["tokens"])
    return Report(**d)


class StoredReport:
    """A stored report as linking reads it: the fields that cluster.link_score, the blocking
    keys (probe, Blocks) and clustering_order read, equal to the whole report's, from its row's
    family, day and ord columns and `link_fields` (dump_link). A new report is scored against
    hundreds of stored ones, and parsing each whole cost more than the rest of its clustering;
    the whole report (the row's `data`, see `load`) is read only for the clusters described
    again (Replay._write)."""

    __slots__ = ("row", "family", "day", "index", "place", "lat", "lon", "subtype", "actor_countries", "tokens")

    def __init__(self, row: int, family: str, day: str, index: int, fields: str):
        place, lat, lon, subtype, actors, tokens = json.loads(fields)
        self.row: int = row
        self.family: str = family
        self.day: dt.date | None = None if day == S.UNDATED else iso_day(day)
        self.index: int = index
        self.place: str | None = place
        self.lat: float | None = lat
        self.lon: float | None = lon
        self.subtype: str | None = subtype
        self.actor_countries: frozenset[str] = frozenset(actors)
        self.tokens: frozenset[str] = frozenset(tokens)


def dump_link(r: Report) -> str:
    """The link fields StoredReport reads beside the row's family, day and ord columns."""
    return json.dumps([r.place, r.lat, r.lon, r.subtype, sorted(r.actor_countries), sorted(r.tokens)],
                      ensure_ascii=False, separators=(",", ":"))


_LINKED: dict[tuple[int, str, str, int, str], StoredReport] = {}


def load_link(row: dict[str, Any]) -> StoredReport:
    """A stored report as linking reads it, from a row of S.LINK_SELECT (parsed once per process,
    as `load`; keyed by everything it is made of, so a row id that a rolled-back ingest used
    again for another report is parsed anew)."""
    key = (int(row["id"]), row["family"], row["day"], int(row["ord"]), row["link_fields"])
    found = _LINKED.get(key)
    if found is None:
        if len(_LINKED) >= PARSED_MAX:
            _LINKED.clear()
        found = _LINKED[key] = StoredReport(*key)
    return found


def article_reports(article_id: int, record: ArticleRecord) -> list[Report]:
    return reports_from_record(article_id, record, first_index=article_id * STRIDE)


def cluster_row(c: Cluster) -> S.ClusterRow:
    founder = c.reports[0]
    days = [d for d in (_date_of(r) for r in c.reports) if d]
    described = describe(c)
    described.pop("id")
    return S.ClusterRow(f_ord=founder.index, f_family=founder.family, f_day=_day_column(founder), f_cell=_cell_column(founder),
                        f_place_key=founder.place.lower() if founder.place else None,
                        sort_day=min(days).isoformat() if days else S.UNDATED,
                        first_ord=min(r.index for r in c.reports), described=described)


# -- choosing a cluster -------------------------------------------------------------------------

def choose(report: Report, candidates: Iterable[Cluster]) -> Cluster | None:
    """The best-scoring cluster the report fits (score >= JOIN_SCORE); ties to the latest founder."""
    best, best_key = None, None
    for c in candidates:
        s = c.fits(report)
        if s is None or s < JOIN_SCORE:
            continue
        k = (s, clustering_order(c.reports[0]))
        if best_key is None or k > best_key:
            best, best_key = c, k
    return best


class Blocks:
    """Clusters in memory under their founder's blocking keys."""

    def __init__(self) -> None:
        self._by: dict[tuple, list[Cluster]] = defaultdict(list)

    @staticmethod
    def _keys(founder: Report) -> Iterator[tuple]:
        day = _date_of(founder)
        f = founder.family
        yield (f, "any", "all")
        yield (f, day, "all")
        if not founder.place:
            yield (f, day, "none")
            return
        yield (f, day, "name", founder.place.lower())
        if _has_point(founder):
            yield (f, day, "cell", _cell(founder.lat, founder.lon))

    def add(self, c: Cluster) -> None:
        for key in self._keys(c.reports[0]):
            self._by[key].append(c)

    def near(self, r: Report) -> list[Cluster]:
        p = probe(r)
        day = _date_of(r)
        out: dict[int, Cluster] = {}
        for f in p.families:
            if day is None:
                days: list[dt.date | None] = []
                places = [("any", "all")]
            else:
                days = [day + dt.timedelta(days=n) for n in range(-WINDOW_DAYS, WINDOW_DAYS + 1)] + [None]
                places = [("all",)] if not r.place else [("none",), ("name", p.place_key), *(("cell", c) for c in p.cells)]
            keys = [(f, *pl) for pl in places] if day is None else [(f, d, *pl) for d in days for pl in places]
            for key in keys:
                for c in self._by.get(key, ()):
                    out[id(c)] = c
        return list(out.values())


def cluster_all(reports: Iterable[Report]) -> list[Cluster]:
    """cluster_reports with blocking: the same clusters, in the same order, in near-linear time."""
    blocks = Blocks()
    made: list[Cluster] = []
    for report in sorted(reports, key=clustering_order):
        best = choose(report, blocks.near(report))
        if best is None:
            c = Cluster(reports=[report])
            made.append(c)
            blocks.add(c)
        else:
            best.reports.append(report)
    return numbered(made)


# -- the stored clusters -----------------------------------------------------------------------

@dataclass
class Member:
    """A stored report: its row, the cluster it is stored in, the report (whole if it is new or
    was stored without link fields, else as linking reads it)."""

    row: int
    cluster: int | None
    report: Report | StoredReport
    key: Key = field(init=False)

    def __post_init__(self) -> None:
        self.key = clustering_order(self.report)


# Members of stored clusters as last read, by cluster id: (rev, members in clustering order). A
# cluster's rev is new at every write (a rolled-back write's rev never comes back), so a matching
# rev means the same rows; a Member is never changed once made, so replays can share them.
_MEMBERS: dict[int, tuple[str, list[Member]]] = {}
MEMBERS_MAX = 50_000


def _remember(cluster_id: int, rev: str, members: list[Member]) -> None:
    if len(_MEMBERS) >= MEMBERS_MAX:
        _MEMBERS.clear()
    _MEMBERS[cluster_id] = (rev, members)


class Replay:
    """Re-decides, in clustering order, the reports whose choice a change may alter.

    A report's options change only where a cluster changed before it: a cluster that gained a
    report (then the later reports that can link to every report it holds, and the cluster's
    later members, are woken) or lost one (then every later report that can link to its
    founder). A woken report whose own cluster is unchanged keeps it unless one of the changed
    clusters that woke it now beats it; the others choose among every candidate again.

    Why the wakers suffice: a changed cluster can take a later report only if the report links
    to all of its members, and members are only ever added, in clustering order; so at a gain
    the cluster already holds every member before the gain, and a report that cannot link to
    one of them never fits it. Every change that may matter to a report thus wakes it, and
    names itself.
    """

    def __init__(self, db: Database):
        self.db = db
        self.members: dict[int, Member] = {}  # row id -> member (each row parsed once)
        self.stored: dict[int, list[Member]] = {}  # stored cluster id -> its members in order
        self.changed: dict[int, Cluster] = {}  # id(cluster) -> clusters whose membership differs
        self.changed_by_id: dict[int, Cluster] = {}  # stored cluster id -> its changed version
        self.founder_woken: set[int] = set()  # id(cluster) of changed clusters that lost a report
        self.blocks = Blocks()  # the changed and new clusters
        self.queue: list[tuple[Key, int]] = []
        self.queued: set[int] = set()
        self.placed: dict[int, Cluster] = {}  # row id -> cluster, for re-decided reports
        self.wakers: dict[int, dict[int, Cluster]] = defaultdict(dict)  # row id -> changed clusters that woke it
        self.cluster_blocks: dict[S.Probe, list[dict[str, Any]]] = {}
        self.removed: dict[int, Member] = {}  # row id -> a removed report, queued for its turn

    # -- reading stored state -----------------------------------------------------------

    def _member(self, row: dict[str, Any]) -> Member:
        """A row of S.LINK_SELECT as a Member (each row made once per replay)."""
        rid = int(row["id"])
        if rid not in self.members:
            cid = row["cluster_id"]
            report = load_link(row) if row["link_fields"] is not None else load(row["data"])
            self.members[rid] = Member(rid, int(cid) if cid is not None else None, report)
        return self.members[rid]


    def _stored(self, cluster_ids: list[int], revs: dict[int, str] | None = None) -> None:
        """Load stored clusters' members; with their revisions, reuse what an earlier replay read."""
        revs = revs or {}
        missing = []
        for c in cluster_ids:
            if c in self.stored:
                continue
            seen = _MEMBERS.get(c)
            if seen is not None and c in revs and seen[0] == revs[c]:
                self.stored[c] = seen[1]
                for m in seen[1]:
                    self.members.setdefault(m.row, m)
            else:
                missing.append(c)
                self.stored[c] = []
        for row in S.members(self.db, missing):
            m = self._member(row)
            self.stored[m.cluster].append(m)  # type: ignore[index]
        for c in missing:
            self.stored[c].sort(key=lambda m: m.key)
            if c in revs:
                _remember(c, revs[c], self.stored[c])

    def _before(self, cluster_id: int, key: Key) -> Cluster:
        """A stored, unchanged cluster as it stood when the report at `key` was decided."""
        return Cluster(reports=[m.report for m in self.stored[cluster_id] if m.key < key], id=cluster_id)

    def _clusters_in(self, p: S.Probe) -> list[dict[str, Any]]:
        """Stored clusters under a probe's founder block; the rows do not change during a replay,
        and the reports of one article mostly share a probe, so each block is read once."""
        if p not in self.cluster_blocks:
            self.cluster_blocks[p] = S.clusters_in(self.db, p)
        return self.cluster_blocks[p]

    # -- changes ----------------------------------------------------------------------------

    def _push(self, m: Member) -> None:
        if m.row not in self.queued:
            self.queued.add(m.row)
            heapq.heappush(self.queue, (m.key, m.row))

    def _wake(self, report: Report, after: Key, by: Cluster, linked_only: bool) -> None:
        """Queue the stored reports after `after` in `report`'s block, as woken by the changed
        cluster `by`: those that can link to every report `by` holds (all of the block unless
        `linked_only`)."""
        later = S.reports_after(self.db, probe_all(by.reports) if linked_only else probe(report), position(after))
        known = [row for row in later if int(row["id"]) in self.members]
        for row in known + S.linked_reports(self.db, [int(r["id"]) for r in later if int(r["id"]) not in self.members]):
            m = self._member(row)
            if not linked_only or all(can_link(x, m.report) for x in by.reports):
                self.wakers[m.row][id(by)] = by
                self._push(m)

    def _register(self, c: Cluster) -> Cluster:
        self.changed[id(c)] = c
        if c.id:
            self.changed_by_id[c.id] = c
        if c.reports:
            self.blocks.add(c)
        return c

    def _copy(self, cluster_id: int, key: Key) -> Cluster:
        """The changed version of a stored cluster, from `key` on."""
        return self.changed_by_id.get(cluster_id) or self._register(self._before(cluster_id, key))

    def _gain(self, c: Cluster, m: Member) -> None:
        """`m` joins `c`, where it was not before."""
        c.reports.append(m.report)
        self.placed[m.row] = c
        if id(c) not in self.changed:
            self._register(c)  # a cluster m opens
        self._wake(m.report, m.key, c, linked_only=True)
        if c.id:
            for later in self.stored[c.id]:
                if later.key > m.key:
                    self._push(later)

    def _lose(self, cluster_id: int, m: Member) -> None:
        """`m` leaves the stored cluster it was in."""
        c = self._copy(cluster_id, m.key)
        if id(c) not in self.founder_woken:
            self.founder_woken.add(id(c))
            self._wake(self.stored[cluster_id][0].report, m.key, c, linked_only=False)

    # -- the replay ---------------------------------------------------------------------------

    def remove(self, gone: list[Member]) -> None:
        """Take stored reports out (their rows are deleted here) and re-decide what that changes:
        each cluster that held one loses it, in clustering order with the re-decisions, as when
        a report leaves for another cluster (`_lose`), so its later members and the reports that
        can link to it choose again. A cluster left with no report is deleted; one that did not
        hold a removed report can only lose a rival, which never changes a report's choice."""
        S.delete_reports(self.db, [m.row for m in gone])
        touched = sorted({m.cluster for m in gone if m.cluster is not None})
        for cluster_id in touched:
            _MEMBERS.pop(cluster_id, None)  # the remembered members include the removed ones
        self._stored(touched)
        for m in gone:
            if m.cluster is not None:
                self.removed[m.row] = m
                self._push(m)
        self.run([])

    def _remove(self, m: Member) -> None:
        """A removed report's turn: its cluster loses it from here on."""
        assert m.cluster is not None
        if self.stored[m.cluster]:
            self._lose(m.cluster, m)
        elif m.cluster not in self.changed_by_id:
            self._register(Cluster(reports=[], id=m.cluster))  # nothing left: deleted at the write

    def run(self, new: list[Member]) -> None:
        for m in new:
            self.members[m.row] = m
            self._push(m)
        self._prefetch(new)
        while self.queue:
            _, rid = heapq.heappop(self.queue)
            if rid in self.removed:
                self._remove(self.removed.pop(rid))
            else:
                self._decide(self.members[rid])
        self._write()

    def _prefetch(self, new: list[Member]) -> None:
        """Read the members of every stored cluster a new report can choose in one query, not
        one query per report when its turn comes (the same clusters: stored rows do not change
        during a replay)."""
        revs: dict[int, str] = {}
        for m in new:
            p = probe(m.report)
            revs.update(S.founded_before(self._clusters_in(p), position(m.key), dated=p.day_hi is not None))
        self._stored(sorted(revs), revs)

    def _candidates(self, m: Member) -> list[Cluster]:
        p = probe(m.report)
        revs = S.founded_before(self._clusters_in(p), position(m.key), dated=p.day_hi is not None)
        ids = sorted(c for c in revs if c not in self.changed_by_id)
        self._stored(ids, revs)
        out = [self._before(c, m.key) for c in ids]
        out += self.blocks.near(m.report)
        return [c for c in out if c.reports and clustering_order(c.reports[0]) < m.key]

    def _decide(self, m: Member) -> None:
        old = m.cluster
        if old is not None and old not in self.changed_by_id:
            self._recheck(m, old)
            return
        best = choose(m.report, self._candidates(m))
        if best is None:
            self._gain(Cluster(reports=[]), m)
        elif best.id == old:
            best.reports.append(m.report)  # back in its changed cluster
            self.placed[m.row] = best
        else:
            self._gain(self._copy(best.id, m.key) if best.id else best, m)
            if old is not None:
                self._lose(old, m)

    def _recheck(self, m: Member, old: int) -> None:
        """`m`'s cluster is unchanged up to `m`: it keeps it unless a changed cluster beats it
        (every other option scores what it scored when `m` chose)."""
        fitting = [c for c in self.wakers[m.row].values() if c.reports and clustering_order(c.reports[0]) < m.key]
        best = choose(m.report, fitting)
        if best is None:
            return  # no changed cluster takes it: its choice stands (most woken reports end here)
        self._stored([old])
        prefix = self._before(old, m.key)
        if prefix.reports:
            score = prefix.fits(m.report)
            if score is not None and (score, clustering_order(prefix.reports[0])) > (best.fits(m.report), clustering_order(best.reports[0])):
                return
        self._gain(best, m)
        self._lose(old, m)

    def _whole(self, clusters: list[Cluster]) -> list[Cluster]:
        """The clusters with their reports in full (describing reads every field): the stored
        ones read now, in one query."""
        ids = sorted({r.row for c in clusters for r in c.reports if isinstance(r, StoredReport)})
        whole = {rid: load(data) for rid, data in S.report_data(self.db, ids).items()}
        return [Cluster(reports=[whole[r.row] if isinstance(r, StoredReport) else r for r in c.reports], id=c.id)
                for c in clusters]

    def _write(self) -> None:
        moves: dict[int, int] = {}
        gone: list[int] = []
        kept = []
        for c in self.changed.values():
            if c.reports:
                kept.append(c)
            elif c.id:
                gone.append(c.id)
        rows = [(c.id or None, cluster_row(whole)) for c, whole in zip(kept, self._whole(kept))]
        for c, cid in zip(kept, S.save_clusters(self.db, rows)):
            c.id = cid
        for rid, c in self.placed.items():
            if self.members[rid].cluster != c.id:
                moves[rid] = c.id
        S.move_reports(self.db, moves)
        S.delete_clusters(self.db, gone)


def at_ingest() -> bool:
    """Whether ingest keeps the clusters (FRONTWIRE_CLUSTER_AT_INGEST=0 turns it off, e.g. for
    a bulk load followed by `frontwire recluster`; readers then rebuild first)."""
    return os.environ.get("FRONTWIRE_CLUSTER_AT_INGEST", "1") != "0"


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Ingest without keeping the clusters while inside (`frontwire ingest --no-cluster`)."""
    before = os.environ.get("FRONTWIRE_CLUSTER_AT_INGEST")
    os.environ["FRONTWIRE_CLUSTER_AT_INGEST"] = "0"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("FRONTWIRE_CLUSTER_AT_INGEST", None)
        else:
            os.environ["FRONTWIRE_CLUSTER_AT_INGEST"] = before


def add_article(db: Database, article_id: int, record: ArticleRecord) -> None:
    """Cluster a newly stored article's reports (inside the article's transaction)."""
    if not at_ingest():
        S.set_stale(db, True)
        return
    reports = article_reports(article_id, record)
    if not reports:
        return
    _lock(db)
    rows = [row_of(r, article_id, n) for n, r in enumerate(reports)]
    ids = S.add_reports(db, article_id, rows)
    Replay(db).run([Member(rid, None, r) for rid, r in zip(ids, reports)])


def remove_articles(db: Database, article_ids: list[int]) -> None:
    """Take articles' reports out of the stored clusters before the articles are deleted (inside
    the delete's transaction): the clusters then are those of a store the articles never
    entered (ingest --replace deletes, then stores the new record)."""
    rows = S.reports_of(db, article_ids)
    if not rows:
        return
    if S.is_stale(db):  # the next reader rebuilds every cluster anyway
        S.delete_reports(db, [int(r["id"]) for r in rows])
        return
    _lock(db)
    Replay(db).remove([Member(int(r["id"]), None if r["cluster_id"] is None else int(r["cluster_id"]), load(r["data"]))
                       for r in rows])


# -- rebuilding ---------------------------------------------------------------------------------

# An engine computes the described clusters of these stored records: (how many reports, clusters).
Engine = Callable[[list[tuple[int, ArticleRecord]]], tuple[int, list["Made"]]]


def rebuild(store: Any, engine: Engine | None = None) -> dict[str, int]:
    """Recompute every article's reports and every cluster (after a change of rules), in one
    transaction: ingests wait, readers see the old clusters until it commits. By default in this
    process (`local_engine`); the command layer may pass the Spark engine
    (frontwire.batch.recluster), which computes the same clusters in independent pieces."""
    db: Database = store.db
    with db.transaction():
        _lock(db)
        records = stored_records(store)
        n_reports, clusters = (engine or local_engine)(records)
        written = write_made(db, clusters)
    return {"articles": len(records), "reports": n_reports, "clusters": written}


def local_engine(records: list[tuple[int, ArticleRecord]]) -> tuple[int, list["Made"]]:
    reports = [r for article_id, record in records for r in article_reports(article_id, record)]
    return len(reports), [made(c) for c in cluster_all(reports)]


def stored_records(store: Any) -> list[tuple[int, ArticleRecord]]:
    """Every stored article's record, by id."""
    ids = [int(r["id"]) for r in store.db.rows("SELECT id FROM articles ORDER BY id")]
    return [(article_id, record) for article_id in ids if (record := store.record(article_id)) is not None]


Made = tuple[S.ClusterRow, list[S.ReportRow]]  # a described cluster and its reports' rows


def made(c: Cluster) -> Made:
    """A cluster as the store keeps it: described, with its reports' rows."""
    return cluster_row(c), [row_of(r, r.article_id, r.index - r.article_id * STRIDE) for r in c.reports]


def write_all(db: Database, reports: list[Report]) -> int:
    """Replace the stored clusters by `cluster_all(reports)`; how many clusters."""
    return write_made(db, [made(c) for c in cluster_all(reports)])


def write_made(db: Database, clusters: Iterable[Made]) -> int:
    """Replace the stored clusters by these, numbered in clustering order (first day, first
    report, as cluster.numbered numbers them), in one transaction; how many clusters."""
    ordered = sorted(clusters, key=lambda m: (m[0].sort_day, m[0].first_ord))
    with db.transaction():
        S.clear(db)
        ids = S.save_clusters(db, [(None, row) for row, _ in ordered])
        S.add_reports_many(db, [(r, cid) for (_, rows), cid in zip(ordered, ids) for r in rows])
        S.set_stale(db, False)
    return len(ordered)


def _lock(db: Database) -> None:
    if db.dialect == "postgres":
        # Concurrent ingests cluster one at a time (the replay reads what the other writes).
        db.execute("SELECT pg_advisory_xact_lock(7234006)")


def ensure(store: Any) -> None:
    """Rebuild first if some articles were stored without their clusters."""
    if S.is_stale(store.db):
        rebuild(store)
