"""Clusters of reports about one happening, their sources, strongest figures and contradictions.

Two reports can be about one happening only if their types are compatible (an advance and a
denial of a foothold), their dates are within WINDOW_DAYS and their places within RADIUS_KM
(or have the same name). Those are hard limits between every pair in a cluster (complete
linkage), so a chain of daily reports at one town does not grow into one month-long cluster.
Within the limits a report joins the cluster it scores best with on place, text similarity
(token Jaccard), subtype, actor countries and date.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Iterable

from frontwire import vocab
from frontwire.crosscheck.reports import FIGURES, Report, compatible
from frontwire.gazetteer import km
from frontwire.models import ArticleRecord

WINDOW_DAYS = 3
RADIUS_KM = 30.0
JOIN_SCORE = 0.3
PLACELESS_MIN_JACCARD = 0.15
# Figures conflict when the larger is at least this many times the smaller and differs by at
# least the minimum (so "about 10 km" and "11 km" agree, and 2 vs 3 killed is noise).
CONFLICT_RATIO = 1.5
SAME_ARTICLE_MIN_JACCARD = 0.2
CONFLICT_MIN_DIFF = {"distance_km": 1.0, "killed": 2, "wounded": 3}


def _date_of(r: Report) -> dt.date | None:
    return r.day


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    common = len(a & b)
    return common / (len(a) + len(b) - common)  # the size of a | b, without building it


def place_distance(a: Report, b: Report) -> float | None:
    if None not in (a.lat, a.lon, b.lat, b.lon):
        return km(a.lat, a.lon, b.lat, b.lon)
    return None


def same_place(a: Report, b: Report) -> bool:
    return bool(a.place and b.place and a.place.lower() == b.place.lower())


def _place_part(a: Report, b: Report) -> float | None:
    """What two placed reports' places add to their score (0.4 same place or within 10 km, 0.25
    within RADIUS_KM), None beyond it. The distance is worked out only between differently
    named places: a name in common links and scores the same at any distance."""
    if a.place.lower() == b.place.lower():  # type: ignore[union-attr]
        return 0.4
    d = place_distance(a, b)
    if d is None or d > RADIUS_KM:
        return None
    return 0.4 if d <= 10 else 0.25


def can_link(a: Report, b: Report) -> bool:
    """The hard limits: type family, time window, place radius."""
    if a.family != b.family and not compatible(a.family, b.family):
        return False
    da, db = a.day, b.day
    if da and db and abs((da - db).days) > WINDOW_DAYS:
        return False
    if a.place and b.place:
        return _place_part(a, b) is not None
    return True


def score(a: Report, b: Report) -> float:
    """How likely two linkable reports are about one happening (about 0..1.5)."""
    s = 0.0
    text = jaccard(a.tokens, b.tokens)
    if a.place and b.place:
        d = place_distance(a, b)
        s += 0.4 if same_place(a, b) or (d is not None and d <= 10) else 0.25
    elif text < PLACELESS_MIN_JACCARD:
        return 0.0  # without a place only the wording can tie a report to a happening
    s += 0.6 * text
    if a.subtype and a.subtype == b.subtype:
        s += 0.15
    if a.actor_countries and b.actor_countries:
        s += 0.1 if a.actor_countries & b.actor_countries else -0.2
    da, db = a.day, b.day
    if da and db and abs((da - db).days) <= 1:
        s += 0.1
    return s


def link_score(a: Report, b: Report) -> float | None:
    """score(a, b) if can_link(a, b), else None: the two in one pass (clustering asks both of
    every pair it compares; the place part and the days are worked out once)."""
    if a.family != b.family and not compatible(a.family, b.family):
        return None
    da, db = a.day, b.day
    gap = abs((da - db).days) if da and db else None
    if gap is not None and gap > WINDOW_DAYS:
        return None
    if a.place and b.place:
        s = _place_part(a, b)
        if s is None:
            return None
        text = jaccard(a.tokens, b.tokens)
    else:
        text = jaccard(a.tokens, b.tokens)
        if text < PLACELESS_MIN_JACCARD:
            return 0.0  # without a place only the wording can tie a report to a happening
        s = 0.0
    s += 0.6 * text
    if a.subtype and a.subtype == b.subtype:
        s += 0.15
    if a.actor_countries and b.actor_countries:
        s += 0.1 if a.actor_countries & b.actor_countries else -0.2
    if gap is not None and gap <= 1:
        s += 0.1
    return s


@dataclass
class Cluster:
    reports: list[Report] = field(default_factory=list)
    id: int = 0

    def fits(self, report: Report) -> float | None:
        """The report's mean score with the cluster's reports, None if it cannot link to one."""
        total = 0.0
        for r in self.reports:
            s = link_score(r, report)
            if s is None:
                return None
            total += s
        return total / len(self.reports)


def cluster_reports(reports: Iterable[Report]) -> list[Cluster]:
    """Greedy complete-linkage clustering: each report joins the best-scoring cluster it fits."""
    ordered = sorted(reports, key=clustering_order)
    clusters: list[Cluster] = []
    for report in ordered:
        best, best_score = None, JOIN_SCORE
        for cluster in clusters:
            s = cluster.fits(report)
            if s is not None and s >= best_score:
                best, best_score = cluster, s
        if best is None:
            clusters.append(Cluster(reports=[report]))
        else:
            best.reports.append(report)
    return numbered(clusters)


def clustering_order(report: Report) -> tuple[dt.date, bool, int]:
    """The order reports are clustered in: by day, placed before placeless, then as extracted."""
    return (report.day or dt.date.max, report.place is None, report.index)


def numbered(clusters: list[Cluster]) -> list[Cluster]:
    """Clusters sorted by their first day and first report, with ids 1..n in that order."""
    clusters.sort(key=lambda c: (min((_date_of(r) or dt.date.max) for r in c.reports), min(r.index for r in c.reports)))
    for n, cluster in enumerate(clusters, 1):
        cluster.id = n
    return clusters


# -- summarising a cluster --------------------------------------------------------------------
STANCE_ORDER = {"denies": 2, "qualifies": 1, "asserts": 0}


def _sources(reports: list[Report]) -> list[dict[str, Any]]:
    """One entry per article: publisher, title, speakers with their stances, figures, evidence."""
    by_article: dict[int, dict[str, Any]] = {}
    for r in sorted(reports, key=lambda r: (r.published or "", r.article_id, r.start)):
        s = by_article.setdefault(r.article_id, {
            "article_id": r.article_id, "title": r.title, "publisher": r.publisher, "url": r.url,
            "published": r.published, "stance": r.stance, "speakers": [], "figures": {}, "disputed": {},
            "qualifiers": [], "evidence": [],
        })
        if STANCE_ORDER[r.stance] > STANCE_ORDER[s["stance"]]:
            s["stance"] = r.stance
        if r.speaker and not any(x["name"] == r.speaker for x in s["speakers"]):
            s["speakers"].append({"name": r.speaker, "stance": r.stance})
        elif r.speaker:
            for x in s["speakers"]:
                if x["name"] == r.speaker and STANCE_ORDER[r.stance] > STANCE_ORDER[x["stance"]]:
                    x["stance"] = r.stance
        for name, value in r.figures.items():
            s["figures"][name] = max(value, s["figures"].get(name, value))
        for name, value in r.disputed.items():
            s["disputed"][name] = value
        s["qualifiers"] += [q for q in r.qualifiers if q not in s["qualifiers"]]
        if r.evidence not in s["evidence"]:
            s["evidence"].append(r.evidence)
    return list(by_article.values())


def _different_source(a: Report, b: Report) -> bool:
    if a.article_id == b.article_id:
        return bool(a.speaker and b.speaker and a.speaker.lower() != b.speaker.lower())
    return a.source_key != b.source_key


def _pick_claim(reports: list[Report], against: Report) -> Report | None:
    """The claim a denial or qualification answers: an assertion from another source, preferring
    another publisher, one with a disputed figure, then the earliest."""
    candidates = [r for r in reports if r.stance == "asserts" and _different_source(r, against)]
    if not candidates:
        return None

    counter_text = against.evidence.lower()

    def key(r: Report) -> tuple:
        disputed_match = any(r.figures.get(k) == v for k, v in against.disputed.items())
        named = bool(r.speaker) and _names(r.speaker, counter_text)
        similar = round(jaccard(r.tokens, against.tokens), 2)
        return (r.article_id == against.article_id, not named, not disputed_match, -similar, r.published or "", r.index)

    return min(candidates, key=key)


def _names(speaker: str, text: str) -> bool:
    """Whether a text names the speaker ("rejected claims by Russia's Defence Ministry")."""
    words = [w for w in speaker.lower().split() if len(w) > 3 and w not in vocab.words("speaker_filler")]
    return speaker.lower() in text or (bool(words) and all(w in text for w in words))


def contradictions(reports: list[Report]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: dict[tuple, dict[str, Any]] = {}
    for r in sorted(reports, key=lambda r: r.index):
        if r.stance not in {"denies", "qualifies"}:
            continue
        claim = _pick_claim(reports, r)
        if claim is None:
            continue
        key = ("denial" if r.stance == "denies" else "qualification", r.article_id, (r.speaker or "").lower(), claim.article_id)
        if key in seen:
            item = seen[key]  # the same speaker again: one contradiction, all it disputes
            item.setdefault("also", []).append(r.evidence)
        else:
            item = seen[key] = {"kind": key[0], "claim": claim.provenance(), "counter": r.provenance()}
            out.append(item)
        if r.disputed:
            item.setdefault("disputed", {}).update(r.disputed)
        if r.qualifiers:
            item.setdefault("qualifiers", [])
            item["qualifiers"] += [q for q in r.qualifiers if q not in item["qualifiers"]]
    for name in FIGURES:
        values = [(r.figures[name], r) for r in reports if name in r.figures]
        if len(values) < 2:
            continue
        top_value, top = max(values, key=lambda x: (x[0], -x[1].index))
        reported: set[tuple] = set()
        for value, r in sorted(values, key=lambda x: x[1].index):
            if not _different_source(top, r) or value <= 0 and top_value <= 0:
                continue
            if r.article_id == top.article_id and jaccard(r.tokens, top.tokens) < SAME_ARTICLE_MIN_JACCARD:
                continue  # two speakers in one article on what may be two incidents
            low = max(value, 1e-9)
            if top_value / low >= CONFLICT_RATIO and top_value - value >= CONFLICT_MIN_DIFF[name]:
                k = (r.article_id, (r.speaker or "").lower(), value)
                if k in reported:
                    continue
                reported.add(k)
                out.append({
                    "kind": "figure", "field": name,
                    "claim": {**top.provenance(), "value": top_value},
                    "counter": {**r.provenance(), "value": value},
                })
    return out


def strongest_figures(reports: list[Report]) -> dict[str, dict[str, Any]]:
    out = {}
    for name in FIGURES:
        values = [(r.figures[name], r) for r in reports if name in r.figures]
        if values:
            value, r = max(values, key=lambda x: (x[0], -x[1].index))
            out[name] = {"value": value, **{k: v for k, v in r.provenance().items() if k in {"article_id", "publisher", "speaker", "title"}}}
    return out


def _label(reports: list[Report]) -> dict[str, Any]:
    placed = [r for r in reports if r.place]
    anchor = min(placed, key=lambda r: (r.origin != "event", r.index)) if placed else reports[0]
    types = sorted({r.type for r in reports})
    if "ASSAULT" in types:
        types = ["ASSAULT"]
    subtypes = [r.subtype for r in reports if r.subtype]
    # The most frequent subtype, ties to the first reported (max over a set followed the string
    # hash seed, so a tie gave a different label from one run to the next).
    subtype = max(dict.fromkeys(subtypes), key=subtypes.count) if subtypes else None
    admin1 = next((r.admin1 for r in placed if r.admin1), None)
    return {"type": types[0] if len(types) == 1 else "/".join(types), "subtype": subtype,
            "family": next((r.family for r in reports if r.family != "attack"), reports[0].family),
            "place": anchor.place, "lat": anchor.lat, "lon": anchor.lon, "country": anchor.country, "admin1": admin1}


def region_of(info: dict[str, Any]) -> str:
    if info.get("admin1") and info.get("country"):
        return f"{info['admin1']}, {info['country']}"
    return info.get("admin1") or info.get("country") or "Unlocated"


def describe(cluster: Cluster) -> dict[str, Any]:
    """The JSON form of a cluster (what `frontwire claims` prints)."""
    reports = sorted(cluster.reports, key=lambda r: (r.published or "", r.index))
    info = _label(reports)
    dates = sorted(d for d in (_date_of(r) for r in reports) if d)
    published = sorted(r.published for r in reports if r.published)
    first = min(reports, key=lambda r: (r.published or "9999", r.index))
    stances: dict[str, int] = {"asserts": 0, "denies": 0, "qualifies": 0}
    for r in reports:
        stances[r.stance] += 1
    sources = _sources(reports)
    found = contradictions(reports)
    return {
        "id": cluster.id, **info, "region": region_of(info),
        "date_from": dates[0].isoformat() if dates else None,
        "date_to": dates[-1].isoformat() if dates else None,
        "first_reported": published[0] if published else None,
        "first_report": {k: first.provenance()[k] for k in ("article_id", "title", "publisher", "speaker", "published")},
        "n_sources": len(sources),
        "n_publishers": len({(s["publisher"] or f"article {s['article_id']}").lower() for s in sources}),
        "stances": stances,
        "disputed": any(c["kind"] in {"denial", "figure"} for c in found),
        "figures": strongest_figures(reports),
        "sources": sources,
        "contradictions": found,
        "reports": [r.to_dict() for r in reports],
    }


def crosscheck(records: Iterable[tuple[int, ArticleRecord] | ArticleRecord]) -> list[dict[str, Any]]:
    """Records (with their article ids, else numbered from 1) -> described clusters."""
    from frontwire.crosscheck.reports import reports_from_records

    numbered = [item if isinstance(item, tuple) else (n, item) for n, item in enumerate(records, 1)]
    return [describe(c) for c in cluster_reports(reports_from_records(numbered))]
