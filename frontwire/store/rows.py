"""Rows of the store written out as CSV, JSON or JSON Lines: the exports and the query verbs share them."""
from __future__ import annotations

import csv
import json
from typing import IO, Any


def flat(value: Any) -> str:
    """One cell of CSV: lists of names joined by '; ', other structures as JSON."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(isinstance(v, dict) and "name" in v for v in value):
        return "; ".join(str(v["name"]) + (f" [{v.get('country') or '-'}/{v.get('role')}]" if "role" in v else "") for v in value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def write_rows(rows: list[dict], format: str, out: IO[str]) -> None:
    """Rows as CSV (every key of the first row, in order), JSON (one array) or JSON Lines."""
    if format == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=1, default=str) + "\n")
    elif format == "jsonl":
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif format == "csv":
        keys: list[str] = []
        for row in rows:
            keys += [k for k in row if k not in keys]
        writer = csv.DictWriter(out, fieldnames=keys, lineterminator="\n")
        writer.writeheader()
        writer.writerows({k: flat(row.get(k)) for k in keys} for row in rows)
    else:
        raise ValueError(f"unknown format {format!r}")
