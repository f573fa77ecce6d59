"""Reclustering a whole store in independent pieces, for an engine that spreads them (Spark).

The greedy clustering (cluster.cluster_reports) lets a report join only a cluster all of whose
reports it can link to (cluster.can_link). So reports split into groups -- the connected
components of the can-link graph -- and no report of one group ever fits a cluster of
another: each group clustered alone gives exactly the clusters clustering everything gives,
and the groups can be clustered anywhere, in any order. Numbering is global: the clusters are
sorted by first day and first report (cluster.numbered's order) when they are written.

A group is placed in a partition by its date bucket and region (its first report's ISO week and
0.5-degree cell, admin-1 region or "unlocated"). Reports without a place or a date link to
every place or day in their window, so on real archives such reports tie many neighbours into
one group: the split is exact, not always fine. On claims_scale's replicated feed the largest
group holds about half the reports (1,000 articles: 13,572 reports in 279 groups, the largest
6,466; 4,000 articles: 648 groups, the largest 26,005), and it bounds what Spark can gain.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from frontwire.crosscheck.cluster import Cluster, can_link, clustering_order
from frontwire.crosscheck.incremental import Blocks, Made, _cell, cluster_all, made
from frontwire.crosscheck.reports import Report


def components(reports: list[Report]) -> list[list[Report]]:
    """The reports in groups that cannot link across (each in clustering order), found through
    the blocking keys, which keep every report another can link to (Blocks.near)."""
    parent = list(range(len(reports)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    singles = [Cluster(reports=[r], id=i) for i, r in enumerate(reports)]
    blocks = Blocks()
    for c in singles:
        blocks.add(c)
    for c in singles:
        r = c.reports[0]
        for other in blocks.near(r):
            a, b = find(c.id), find(other.id)
            if a != b and can_link(r, other.reports[0]):
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[Report]] = defaultdict(list)
    for i, r in enumerate(reports):
        groups[find(i)].append(r)
    return [sorted(g, key=clustering_order) for g in groups.values()]


def bucket_of(day: dt.date | None) -> str:
    """A date bucket: the ISO week."""
    if day is None:
        return "undated"
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def partition_key(group: list[Report]) -> tuple[str, str]:
    """(date bucket, region) of a group: its first report's week and the first place it names
    (0.5-degree cell, else region name, else "unlocated")."""
    placed = next((r for r in group if r.lat is not None and r.lon is not None), None)
    if placed is not None:
        region = "cell " + _cell(placed.lat, placed.lon)  # type: ignore[arg-type]
    else:
        named = next((r for r in group if r.place or r.admin1 or r.country), None)
        region = (named.admin1 or named.country or named.place or "") if named else "unlocated"
    return bucket_of(group[0].day), region


def cluster_group(group: list[Report]) -> list[Made]:
    """One group clustered and described, with its reports' rows (what the store keeps)."""
    return [made(c) for c in cluster_all(group)]
