"""Can an analyst sum and publish the store's exports? A printed check of the ACLED export.

    python -m frontwire.store.check --db store.db [--gold tests/corpus]

- no two ACLED or events-CSV rows share sentence, event type and place (one incident, one row);
- no background event in the default exports (ACLED, events CSV, GeoJSON);
- every ACLED row has a date, an ISO code and coordinates, or says in `tags` why not;
- the fatalities of the rows read from articles with a gold file, against the gold's killed
  (within 10%).
Exit status 1 when any of these fails.
"""
from __future__ import annotations

import argparse
import csv
import io
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from frontwire.store import export
from frontwire.store.acled import ACLED_COLUMNS, ACLED_DTYPES
from frontwire.store.store import Store

Row = dict[str, Any]
GOLD_TOLERANCE = 0.10  # the fatalities of the gold articles' rows may be this far (as a share) from the gold's killed


@dataclass
class Check:
    rows: int = 0
    statements: int = 0
    duplicate_rows: int = 0  # ACLED or events-CSV rows sharing (sentence, event type, place) with another row
    background_rows: int = 0  # background events in the default exports
    unexplained: int = 0  # rows without date, ISO code or coordinates and no tag saying why
    bad_types: list[str] = field(default_factory=list)  # "column: value" not of ACLED's type
    fatalities: int = 0
    fatalities_gold_articles: int | None = None  # fatalities of rows from articles with a gold file
    gold_killed: int | None = None

    @property
    def gold_ratio(self) -> float | None:
        if not self.gold_killed or self.fatalities_gold_articles is None:
            return None
        return self.fatalities_gold_articles / self.gold_killed

    @property
    def fatalities_off_gold(self) -> bool:
        """Compared with a gold corpus, the fatalities are more than 10% off its killed."""
        ratio = self.gold_ratio
        return self.gold_killed is not None and (ratio is None or not 1 - GOLD_TOLERANCE <= ratio <= 1 + GOLD_TOLERANCE)

    @property
    def failed(self) -> bool:
        return bool(self.duplicate_rows or self.background_rows or self.unexplained or self.bad_types or self.fatalities_off_gold)

    def lines(self) -> list[str]:
        out = [
            f"ACLED rows: {self.rows} (statements exported apart: {self.statements})",
            f"rows (ACLED, events CSV) sharing sentence, type and place with another row: {self.duplicate_rows}",
            f"background events in default exports: {self.background_rows}",
            f"rows missing a date, ISO code or coordinates without saying why in tags: {self.unexplained}",
            f"cells not of ACLED's type: {len(self.bad_types)}" + (f" (e.g. {self.bad_types[0]})" if self.bad_types else ""),
            f"fatalities, all rows: {self.fatalities}",
        ]
        if self.gold_killed is not None:
            ratio = self.gold_ratio
            out.append(f"fatalities of rows from gold articles: {self.fatalities_gold_articles} vs gold killed"
                       f" {self.gold_killed}" + (f" ({ratio:.0%})" if ratio is not None else "")
                       + (f": more than {GOLD_TOLERANCE:.0%} off" if self.fatalities_off_gold else f": within {GOLD_TOLERANCE:.0%}"))
        return out


def typed(value: str, kind: str) -> bool:
    """Does a CSV cell read as ACLED's type (an empty cell is a missing value, allowed)?"""
    if value == "" or kind == "str":
        return True
    try:
        (int if kind == "int" else float)(value)
    except ValueError:
        return False
    return True


def _explained(row: Row) -> bool:
    tags = row["tags"]
    return ((bool(row["event_date"]) or "no date" in tags)
            and (bool(row["iso"]) or "no country" in tags)
            and (bool(row["latitude"] and row["longitude"]) or "no coordinates" in tags))


def gold_killed(gold_dir: Path) -> dict[str, int]:
    """Document file name -> the sum of `killed` over its gold events."""
    out = {}
    for path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        out[gold.get("document") or path.name.replace(".gold.json", ".txt")] = sum(
            int(e.get("killed") or 0) for e in gold.get("events", []))
    return out


def run(store: Store, gold_dir: Path | None = None) -> Check:
    check = Check()
    acled_text = io.StringIO()
    export.acled_csv(store, acled_text)
    rows = list(csv.DictReader(io.StringIO(acled_text.getvalue())))
    assert tuple(rows[0].keys() if rows else ACLED_COLUMNS) == ACLED_COLUMNS
    check.rows = len(rows)
    check.statements = export.statements_csv(store, io.StringIO())

    events = {e["id"]: e for e in export._all(store.events, background="include")}
    by_id = {int(r["event_id_cnty"][3:]): r for r in rows}
    keys = Counter((events[i]["article_id"], " ".join(events[i]["evidence"].split()).lower(), r["event_type"], r["location"].lower())
                   for i, r in by_id.items())
    check.duplicate_rows = sum(n for n in keys.values() if n > 1)

    background = {i for i, e in events.items() if e["background"]}
    events_text = io.StringIO()
    export.events_csv(store, events_text)
    csv_rows = list(csv.DictReader(io.StringIO(events_text.getvalue())))
    in_csv = {int(r["event_id"]) for r in csv_rows}
    csv_keys = Counter((r["article_id"], " ".join(r["evidence"].split()).lower(), r["type"], r["place"].lower()) for r in csv_rows)
    check.duplicate_rows += sum(n for n in csv_keys.values() if n > 1)
    in_geojson = {f["properties"]["id"] for f in export.geojson(store)["features"]}
    check.background_rows = len(background & (set(by_id) | in_csv | in_geojson))

    check.unexplained = sum(not _explained(r) for r in rows)
    check.bad_types = [f"{c}: {r[c]!r}" for r in rows for c in ACLED_COLUMNS if not typed(r[c], ACLED_DTYPES[c])]
    check.fatalities = sum(int(r["fatalities"]) for r in rows)

    if gold_dir is not None:
        gold = gold_killed(gold_dir)
        gold_articles = {a["id"] for a in export._all(store.articles)
                         if any(Path((s["source"] or "").split("#")[0]).name in gold for s in a["sources"])}
        named = {Path((s["source"] or "").split("#")[0]).name for a in export._all(store.articles)
                 if a["id"] in gold_articles for s in a["sources"]}
        check.gold_killed = sum(n for name, n in gold.items() if name in named)
        check.fatalities_gold_articles = sum(int(r["fatalities"]) for i, r in by_id.items()
                                             if events[i]["article_id"] in gold_articles)
    return check


def main(argv: list[str] | None = None) -> int:
    from frontwire.store import open_store

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", required=True, help="SQLite file or postgresql:// URL")
    parser.add_argument("--gold", type=Path, help="folder of NAME.gold.json files (tests/corpus) to compare fatalities with")
    args = parser.parse_args(argv)
    with open_store(args.db, create=False) as store:
        check = run(store, args.gold)
    print("\n".join(check.lines()))
    return 1 if check.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
