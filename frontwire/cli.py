"""The `frontwire` command: one verb per user intention."""
from __future__ import annotations

import importlib
import json
import sys
from enum import Enum
from typing import List, Optional

import typer

from frontwire.cliutils import fail, parse_day
from frontwire.errors import BadDocument, FrontwireError

app = typer.Typer(add_completion=False, no_args_is_help=True, help="News on war and diplomacy -> structured, mapped, source-checked records.")


@app.callback()
def _root() -> None:
    """News on war and diplomacy -> structured, mapped, source-checked records."""


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    text = "text"


def summary(record: dict) -> str:
    lines = [f"# {record.get('title') or '(untitled)'}", f"source: {record['source']}  published: {record.get('published')}  publisher: {record.get('publisher')}"]
    lines.append(f"\nquotes ({len(record['quotes'])}):")
    lines += [f"  [{q['kind']}] {q['speaker']}: {q['text'][:110]}" for q in record["quotes"]]
    lines.append(f"\nplaces ({len(record['places'])}):")
    lines += [f"  {p['name']} ({p['country']}, {p['lat']}, {p['lon']})" for p in record["places"]]
    lines.append(f"\nevents ({len(record['events'])}):")
    for e in record["events"]:
        actors = ", ".join(f"{a['name']}[{a['country']}/{a['role']}]" for a in e["actors"])
        extra = " ".join(f"{k}={e[k]}" for k in ("killed", "wounded", "distance_km") if e.get(k) is not None)
        lines.append(f"  {e['type']} {e.get('date')} @{e.get('place')} {actors} {e['modality']} {extra}\n    {e['evidence'][:120]}")
    return "\n".join(lines)


@app.command()
def extract(
    paths: List[str] = typer.Argument(..., help="files, folders, or - for stdin"),
    published: Optional[str] = typer.Option(None, help="publication date YYYY-MM-DD (overrides the document's)"),
    format: Optional[OutputFormat] = typer.Option(None, "--format", "-f", help="json (one document), jsonl (many) or text"),
) -> None:
    """Extract quotes, places and events from news documents and print them."""
    from frontwire.run import extract_paths

    day = parse_day(published)
    try:
        results = extract_paths(paths, published=day)
        records, failures, printed = [], 0, 0
        chosen = format
        for result in results:
            if isinstance(result, BadDocument):
                failures += 1
                typer.echo(f"frontwire: {result}", err=True)
                continue
            record = result.to_dict()
            if chosen is None:
                single = len(paths) == 1 and paths[0] != "-" and not _is_dir(paths[0])
                chosen = OutputFormat.json if single else OutputFormat.jsonl
            printed += 1
            if chosen == OutputFormat.jsonl:
                typer.echo(json.dumps(record, ensure_ascii=False))
            else:
                records.append(record)
    except FrontwireError as exc:
        fail(str(exc))
    if chosen == OutputFormat.json and records:
        typer.echo(json.dumps(records[0] if len(records) == 1 else records, ensure_ascii=False, indent=1))
    elif chosen == OutputFormat.text:
        typer.echo("\n\n".join(summary(r) for r in records))
    if failures and not printed:
        raise typer.Exit(1)  # nothing came out: the whole run failed


def _is_dir(path: str) -> bool:
    from pathlib import Path

    return Path(path).is_dir()


# Each stage of the pipeline adds its own verbs (ingest/query/export, batch, claims/sitrep,
# gazetteer, serve); importing them here keeps this module the one entry point.
for _module in ("store", "batch", "crosscheck", "gazetteer", "api"):
    importlib.import_module(f"frontwire.{_module}.cli").register(app)


def main() -> None:
    try:
        app()
    except FrontwireError as exc:
        typer.echo(f"frontwire: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        typer.echo("frontwire: interrupted", err=True)
        sys.exit(130)


if __name__ == "__main__":
    main()
