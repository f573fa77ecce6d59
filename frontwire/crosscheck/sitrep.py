"""The daily situation report: clusters active on a day, by region, each line citing its articles."""
from __future__ import annotations

import datetime as dt
import html
from typing import Any

STANCE_WORD = {"asserts": "claims", "denies": "denies", "qualifies": "qualifies"}
FIGURE_TEXT = {"distance_km": "an advance of {v:g} km", "killed": "{v:g} killed", "wounded": "{v:g} wounded"}


def on_day(cluster: dict[str, Any], day: dt.date) -> bool:
    """A cluster belongs to a day's report when one of its reports is dated or published that day."""
    d = day.isoformat()
    return any(r.get("date") == d or r.get("published") == d for r in cluster["reports"])


def select(clusters: list[dict[str, Any]], day: dt.date, region: str | None = None) -> list[dict[str, Any]]:
    out = [c for c in clusters if on_day(c, day)]
    if region:
        needle = region.lower()
        out = [c for c in out if needle in (c.get("region") or "").lower() or needle == (c.get("country") or "").lower()]
    return out


def _cite(ids: list[int]) -> str:
    return "".join(f"[a{i}]" for i in ids)


def _headline(c: dict[str, Any]) -> str:
    what = (c.get("subtype") or c["type"]).replace("_", " ")
    where = f" near {c['place']}" if c.get("place") else ""
    when = c["date_from"] if c["date_from"] == c["date_to"] else f"{c['date_from']} to {c['date_to']}"
    return f"{c['type']} ({what}){where}, {when}"


def _figures(c: dict[str, Any]) -> str:
    parts = []
    for name, f in c["figures"].items():
        parts.append(f"{FIGURE_TEXT[name].format(v=f['value'])} ({f.get('speaker') or f.get('publisher')}) [a{f['article_id']}]")
    return "; ".join(parts)


def _source_line(s: dict[str, Any]) -> str:
    speakers = ", ".join(f"{x['name']} ({STANCE_WORD[x['stance']]})" for x in s["speakers"]) or STANCE_WORD[s["stance"]]
    extra = ""
    if s["figures"]:
        extra += "; figures: " + ", ".join(f"{k}={v:g}" for k, v in s["figures"].items())
    if s["disputed"]:
        extra += "; disputes: " + ", ".join(f"{k}={v:g}" for k, v in s["disputed"].items())
    if s["qualifiers"]:
        extra += "; qualifiers: " + ", ".join(f"\u201c{q}\u201d" for q in s["qualifiers"])
    return f"{s['publisher'] or 'unknown publisher'}, {s['published'] or 'undated'}: {speakers}{extra} [a{s['article_id']}]"


def _dispute_line(x: dict[str, Any]) -> str:
    claim, counter = x["claim"], x["counter"]
    who = counter.get("speaker") or counter.get("publisher")
    claimant = claim.get("speaker") or claim.get("publisher")
    if x["kind"] == "figure":
        name = x["field"]
        return (f"figures conflict on {name}: {claim['value']:g} ({claimant}) [a{claim['article_id']}]"
                f" vs {counter['value']:g} ({who}) [a{counter['article_id']}]")
    verb = "denies" if x["kind"] == "denial" else "qualifies"
    detail = ""
    if x.get("disputed"):
        detail += " (disputing " + ", ".join(f"{k}={v:g}" for k, v in x["disputed"].items()) + ")"
    if x.get("qualifiers"):
        detail += " (" + ", ".join(f"\u201c{q}\u201d" for q in x["qualifiers"]) + ")"
    return f"{who} {verb} the claim by {claimant} [a{claim['article_id']}]{detail}: \u201c{counter['evidence']}\u201d [a{counter['article_id']}]"


def build(clusters: list[dict[str, Any]], day: dt.date, region: str | None = None) -> dict[str, Any]:
    """The report as data: regions -> items, plus the articles cited."""
    chosen = select(clusters, day, region)
    regions: dict[str, list[dict[str, Any]]] = {}
    articles: dict[int, dict[str, Any]] = {}
    # Ties keep the input's order (clustering order): stored cluster ids follow arrival, not dates.
    ranked = sorted(enumerate(chosen), key=lambda nc: (nc[1]["region"], not nc[1]["disputed"], -nc[1]["n_sources"], nc[0]))
    for _, c in ranked:
        ids = [s["article_id"] for s in c["sources"]]
        item = {
            "cluster": c["id"], "headline": _headline(c), "cite": _cite(ids), "disputed": c["disputed"],
            "figures": _figures(c), "sources": [_source_line(s) for s in c["sources"]],
            "disputes": [_dispute_line(x) for x in c["contradictions"]],
        }
        regions.setdefault(c["region"], []).append(item)
        for s in c["sources"]:
            articles[s["article_id"]] = {k: s[k] for k in ("article_id", "title", "publisher", "published", "url")}
    return {"date": day.isoformat(), "region": region, "regions": regions,
            "articles": [articles[k] for k in sorted(articles)]}


def markdown(report: dict[str, Any]) -> str:
    title = f"# Situation report, {report['date']}" + (f" ({report['region']})" if report["region"] else "")
    lines = [title, ""]
    if not report["regions"]:
        lines += ["No reported events.", ""]
    for region, items in report["regions"].items():
        lines += [f"## {region}", ""]
        for it in items:
            flag = " **DISPUTED**" if it["disputed"] else ""
            lines.append(f"- **{it['headline']}**{flag} {it['cite']}")
            if it["figures"]:
                lines.append(f"  - Strongest figures: {it['figures']}")
            for s in it["sources"]:
                lines.append(f"  - Source: {s}")
            for d in it["disputes"]:
                lines.append(f"  - Dispute: {d}")
        lines.append("")
    if report["articles"]:
        lines += ["## Articles cited", ""]
        for a in report["articles"]:
            link = f" <{a['url']}>" if a.get("url") else ""
            lines.append(f"- [a{a['article_id']}] {a['title'] or '(untitled)'}, {a['publisher'] or 'unknown publisher'}, {a['published'] or 'undated'}{link}")
        lines.append("")
    return "\n".join(lines)


def to_html(report: dict[str, Any]) -> str:
    e = html.escape
    title = f"Situation report, {report['date']}" + (f" ({report['region']})" if report["region"] else "")
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">", f"<title>{e(title)}</title>",
           "<style>body{font-family:sans-serif;max-width:60em;margin:auto}.disputed{color:#b00;font-weight:bold}"
           "li li{font-size:.92em}</style></head><body>", f"<h1>{e(title)}</h1>"]
    if not report["regions"]:
        out.append("<p>No reported events.</p>")
    for region, items in report["regions"].items():
        out.append(f"<h2>{e(region)}</h2><ul>")
        for it in items:
            flag = ' <span class="disputed">DISPUTED</span>' if it["disputed"] else ""
            out.append(f"<li><strong>{e(it['headline'])}</strong>{flag} {_links(it['cite'])}<ul>")
            if it["figures"]:
                out.append(f"<li>Strongest figures: {_links(e(it['figures']))}</li>")
            out += [f"<li>Source: {_links(e(s))}</li>" for s in it["sources"]]
            out += [f"<li>Dispute: {_links(e(d))}</li>" for d in it["disputes"]]
            out.append("</ul></li>")
        out.append("</ul>")
    if report["articles"]:
        out.append("<h2>Articles cited</h2><ol>")
        for a in report["articles"]:
            name = e(a["title"] or "(untitled)")
            if a.get("url"):
                name = f'<a href="{e(a["url"])}">{name}</a>'
            out.append(f'<li id="a{a["article_id"]}" value="{a["article_id"]}">[a{a["article_id"]}] {name}, '
                       f'{e(a["publisher"] or "unknown publisher")}, {e(a["published"] or "undated")}</li>')
        out.append("</ol>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _links(text: str) -> str:
    import re

    return re.sub(r"\[a(\d+)\]", r'<a href="#a\1">[a\1]</a>', text)
