#!/usr/bin/env python3
"""Sanity-check the gold files in this directory against their articles.

For every NAME.gold.json: the JSON parses; the document exists; every body_in / body_out
snippet, quote text (gold and optional) and event evidence string occurs literally in the
article (whitespace collapsed; a quote that runs over several paragraphs may skip the
quotation mark that reopens each paragraph); each place name (or an alias) occurs in the
text, non-country places carry lat/lon; event dates are YYYY-MM-DD; event places name a gold
or optional place; actors are alpha-3 codes.  Standard library only.

Usage: python tests/corpus/check_gold.py [DIR]
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path

QUOTE_OPENERS = "\"'\u201c\u2018"


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def variants(text: str) -> list[str]:
    # paragraph-spanning quotes: drop the mark that reopens the next paragraph
    joined = re.sub(r"\n\s*\n\s*[" + QUOTE_OPENERS + "]", "\n\n", text)
    return [norm(text), norm(joined)]


def occurs(snippet: str, texts: list[str]) -> bool:
    s = norm(snippet)
    return any(s in t for t in texts)


def name_tokens(s: str) -> set[str]:
    stop = {"the", "a", "an", "of", "s", "and", "for", "on", "in", "to"}
    return {t for t in re.findall(r"\w+", s.lower()) if t not in stop}


def check(gp: Path) -> list[str]:
    errs: list[str] = []
    try:
        gold = json.loads(gp.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [f"not JSON: {exc}"]
    doc = gp.parent / gold.get("document", "")
    if not doc.is_file():
        return [f"document missing: {gold.get('document')}"]
    raw = doc.read_text(encoding="utf-8")
    texts = variants(raw)
    try:
        dt.date.fromisoformat(gold["published"])
    except Exception:
        errs.append(f"bad published: {gold.get('published')}")
    for key in ("body_in", "body_out"):
        for s in gold.get(key, []):
            if not occurs(s, texts):
                errs.append(f"{key} not in text: {s!r}")
    for key in ("quotes", "quotes_optional"):
        for q in gold.get(key, []):
            if not occurs(q["text"], texts):
                errs.append(f"{key} text not in article: {q['text'][:80]!r}")
            if key == "quotes":
                if q.get("kind") not in ("direct", "indirect", "mixed"):
                    errs.append(f"bad quote kind: {q}")
                if not q.get("speaker"):
                    errs.append(f"quote without speaker: {q['text'][:60]!r}")
                if q["text"].rstrip()[-1:] in ".,;:" and not q["text"].rstrip().endswith("..."):
                    errs.append(f"quote ends with punctuation: {q['text'][-30:]!r}")
    place_names = []
    for p in gold.get("places", []):
        names = [p["name"], *p.get("aliases", [])]
        place_names.extend(names)
        if not any(occurs(n, texts) for n in names):
            errs.append(f"place not in text: {p['name']}")
        if p.get("kind") not in ("country", "admin1", "admin2", "region", "city"):
            errs.append(f"bad place kind: {p}")
        if not re.fullmatch(r"[A-Z]{2}", p.get("country", "")):
            errs.append(f"bad country code: {p}")
        if p.get("kind") != "country":
            if not isinstance(p.get("lat"), (int, float)) or not isinstance(p.get("lon"), (int, float)):
                errs.append(f"place without coordinates: {p['name']}")
            elif not (-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180):
                errs.append(f"coordinates out of range: {p['name']}")
    place_names.extend(gold.get("places_optional", []))
    for e in gold.get("events", []):
        if not e.get("evidence"):
            errs.append(f"event without evidence: {e}")
        for s in e.get("evidence", []):
            if not occurs(s, texts):
                errs.append(f"evidence not in text: {s!r}")
        if "date" in e:
            try:
                dt.date.fromisoformat(e["date"])
            except Exception:
                errs.append(f"bad event date: {e['date']}")
        if e.get("place"):
            if not any(name_tokens(n) and name_tokens(n) <= name_tokens(e["place"]) for n in place_names):
                errs.append(f"event place not among places: {e['place']}")
        for a in e.get("actors", []):
            if not re.fullmatch(r"[A-Z]{3}", a):
                errs.append(f"bad actor code: {a}")
        for k in ("killed", "wounded"):
            if k in e and not isinstance(e[k], int):
                errs.append(f"{k} not an int: {e[k]}")
    for s in gold.get("events_optional_evidence", []):
        if not occurs(s, texts):
            errs.append(f"optional evidence not in text: {s!r}")
    errs.extend(self_match(gold))
    return errs


def _scorer():
    """The project's scorer (../shared/tools/score.py), if it can be found."""
    for d in (Path(__file__).resolve().parents[3] / "shared" / "tools", Path("/work/shared/tools")):
        if (d / "score.py").is_file():
            sys.path.insert(0, str(d))
            try:
                import score  # type: ignore
                return score
            except Exception:
                return None
    return None


def self_match(gold: dict) -> list[str]:
    """With the scorer's own matching, each gold item copied as a prediction must land on itself
    (the scorer takes the first matching gold item, so near-duplicates would shadow each other)."""
    sc = _scorer()
    if sc is None:
        return []
    errs = []
    qs = gold.get("quotes", [])
    for i, q in enumerate(qs):
        hit = [k for k, o in enumerate(qs) if sc.span_match(o["text"], q["text"])]
        if hit[0] != i:
            errs.append(f"quote shadowed by quote {hit[0]}: {q['text'][:60]!r}")
    ps = gold.get("places", [])
    for i, p in enumerate(ps):
        for n in [p["name"], *p.get("aliases", [])]:
            hit = [k for k, o in enumerate(ps) if sc.place_name_match(o, n)]
            if hit[0] != i:
                errs.append(f"place name {n!r} lands on {ps[hit[0]]['name']!r}")
    ev = gold.get("events", [])
    for i, e in enumerate(ev):
        for s in e.get("evidence", []):
            hit = [k for k, o in enumerate(ev) if o["type"] == e["type"]
                   and any(sc.overlap(x, s)[0] >= 0.6 for x in o["evidence"])]
            if hit[0] != i:
                errs.append(f"event evidence lands on event {hit[0]}: {s[:60]!r}")
    return errs


def main() -> int:
    d = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    bad = 0
    for gp in sorted(d.glob("*.gold.json")):
        errs = check(gp)
        g = json.loads(gp.read_text(encoding="utf-8")) if not errs or not errs[0].startswith("not JSON") else {}
        body = (gp.parent / g.get("document", "x")).read_text(encoding="utf-8") if g else ""
        counts = (f"{len(re.findall(r'[A-Za-z0-9]+', body))} words, {len(g.get('quotes', []))} quotes, "
                  f"{len(g.get('places', []))} places, {len(g.get('events', []))} events") if g else ""
        print(f"{gp.name}: {'OK' if not errs else 'FAIL'}  {counts}")
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
