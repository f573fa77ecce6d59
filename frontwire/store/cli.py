"""The store's commands: `frontwire ingest`, `frontwire query …`, `frontwire export`."""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager, nullcontext
from enum import Enum
from typing import Any, Iterator, List, Optional

import typer

from frontwire.cliutils import DbOption, fail, parse_day

from frontwire.errors import FrontwireError



class QueryFormat(str, Enum):
    table = "table"
    json = "json"


class ExportFormat(str, Enum):
    csv = "csv"
    geojson = "geojson"
    parquet = "parquet"
    acled = "acled"


class ExportTable(str, Enum):
    events = "events"
    quotes = "quotes"
    places = "places"
    articles = "articles"




@contextmanager
def _store(db: str, create: bool) -> Iterator[Any]:
    from frontwire.store import open_store

    try:
        store = open_store(db, create=create)
    except FrontwireError as exc:
        fail(str(exc))
    try:
        yield store
    except FrontwireError as exc:
        fail(str(exc))
    finally:
        store.close()


def _day(value: Optional[str], option: str) -> Optional[str]:
    day = parse_day(value, option)
    return day.isoformat() if day else None


# -- ingest -------------------------------------------------------------------------------

def ingest(
    paths: List[str] = typer.Argument(..., help="files, folders, or - for stdin"),
    db: str = DbOption,
    published: Optional[str] = typer.Option(None, help="publication date YYYY-MM-DD (overrides the document's)"),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="documents per NLP batch"),
    include: List[str] = typer.Option([], "--include", help="glob of files to read in folders (repeatable)"),
    exclude: List[str] = typer.Option([], "--exclude", help="glob of files to skip in folders (repeatable)"),
) -> None:
    """Extract news documents and store them (deduplicated; re-runs skip what is stored)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from frontwire.cli import parse_day
    from frontwire.store.ingest import ingest as run_ingest

    day = parse_day(published)
    console = Console(stderr=True, highlight=False, soft_wrap=True)
    bar = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=console, transient=True, disable=not console.is_terminal)
    with _store(db, create=True) as store, bar:
        task = bar.add_task("ingest", total=None)

        def report(line: str) -> None:
            console.print(f"frontwire: {line}", markup=False)

        def progress(done: int, total: Optional[int]) -> None:
            bar.update(task, completed=done, total=total)

        try:
            summary = run_ingest(store, paths, published=day, report=report, progress=progress, batch_size=batch_size,
                                 include=tuple(include), exclude=tuple(exclude))
        except KeyboardInterrupt:
            # Everything committed so far stays; a re-run picks up from there.
            fail("interrupted; articles stored so far are kept, run again to resume", 130)
    console.print(summary.line(), markup=False)
    if summary.failed and not (summary.stored or summary.duplicates or summary.skipped):
        raise typer.Exit(1)


# -- query --------------------------------------------------------------------------------

query_app = typer.Typer(no_args_is_help=True, help="Search the store: quotes, events, places, articles, failures.")
FormatOption = typer.Option(QueryFormat.table, "--format", "-f", help="table or json")
LimitOption = typer.Option(50, "--limit", min=1, help="rows to show")
OffsetOption = typer.Option(0, "--offset", min=0, help="rows to skip")


def _show(rows: list[dict], format: QueryFormat, columns: list[tuple[str, str]], title: str) -> None:
    if format == QueryFormat.json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1, default=str))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{title} ({len(rows)})", show_lines=False)
    for key, header in columns:
        # One line per record: long texts are cut (the JSON output has them whole).
        long = key in {"evidence", "text", "title", "article_title", "sentence"}
        short = key in {"date", "type", "kind", "published", "killed", "wounded", "id", "article_id", "country"}
        table.add_column(header, no_wrap=True, overflow="ellipsis", max_width=70 if long else 28,
                         min_width=10 if short else None, ratio=3 if long else None)
    for row in rows:
        table.add_row(*("" if row.get(key) is None else str(row.get(key)) for key, _ in columns))
    Console(width=None if sys.stdout.isatty() else 200).print(table)


@query_app.command("quotes")
def query_quotes(
    speaker: Optional[str] = typer.Option(None, help="speaker name (substring, any case)"),
    q: Optional[str] = typer.Option(None, "--q", help="full-text search in the quotes"),
    db: str = DbOption, format: QueryFormat = FormatOption, limit: int = LimitOption, offset: int = OffsetOption,
) -> None:
    """Quotes, by speaker and/or words."""
    with _store(db, create=False) as store:
        rows = store.quotes(speaker=speaker, q=q, limit=limit, offset=offset)
    _show(rows, format, [("speaker", "speaker"), ("kind", "kind"), ("text", "quote"), ("article_title", "article"),
                         ("published", "published")], "quotes")


@query_app.command("events")
def query_events(
    type: Optional[str] = typer.Option(None, "--type", help="PLOVER type, e.g. ASSAULT"),
    place: Optional[str] = typer.Option(None, help="place name (substring, any case)"),
    actor: Optional[str] = typer.Option(None, help="actor name (substring, any case)"),
    date_from: Optional[str] = typer.Option(None, "--from", help="first day YYYY-MM-DD"),
    date_to: Optional[str] = typer.Option(None, "--to", help="last day YYYY-MM-DD"),
    db: str = DbOption, format: QueryFormat = FormatOption, limit: int = LimitOption, offset: int = OffsetOption,
) -> None:
    """Events, by type, place, actor and dates."""
    start, end = _day(date_from, "--from"), _day(date_to, "--to")
    with _store(db, create=False) as store:
        rows = store.events(type=type, place=place, actor=actor, date_from=start, date_to=end, limit=limit, offset=offset)
    if format == QueryFormat.table:
        for row in rows:
            row["actors_text"] = ", ".join(f"{a['name']} ({a['role']})" for a in row["actors"])
    _show(rows, format, [("date", "date"), ("type", "type"), ("place", "place"), ("actors_text", "actors"),
                         ("killed", "killed"), ("evidence", "evidence"), ("article_title", "article")], "events")


@query_app.command("places")
def query_places(db: str = DbOption, format: QueryFormat = FormatOption) -> None:
    """Places named in the stored articles, with how often."""
    with _store(db, create=False) as store:
        rows = store.places()
    _show(rows, format, [("name", "place"), ("country", "country"), ("kind", "kind"), ("lat", "lat"), ("lon", "lon"),
                         ("n_articles", "articles"), ("n_mentions", "mentions"), ("n_events", "events")], "places")


@query_app.command("articles")
def query_articles(
    q: Optional[str] = typer.Option(None, "--q", help="full-text search in titles and text"),
    db: str = DbOption, format: QueryFormat = FormatOption, limit: int = LimitOption, offset: int = OffsetOption,
) -> None:
    """Stored articles (with every source each was seen at)."""
    with _store(db, create=False) as store:
        rows = store.articles(q=q, limit=limit, offset=offset)
    if format == QueryFormat.table:
        for row in rows:
            row["n_sources"] = len(row["sources"])
    _show(rows, format, [("id", "id"), ("published", "published"), ("title", "title"), ("publisher", "publisher"),
                         ("n_sources", "sources"), ("n_quotes", "quotes"), ("n_events", "events"), ("source", "first source")],
          "articles")


@query_app.command("failures")
def query_failures(db: str = DbOption, format: QueryFormat = FormatOption, limit: int = LimitOption,
                   offset: int = OffsetOption) -> None:
    """Inputs that could not be stored, and why."""
    with _store(db, create=False) as store:
        rows = store.failures(limit=limit, offset=offset)
    _show(rows, format, [("failed_at", "time"), ("source", "source"), ("problem", "problem")], "failures")


# -- export -------------------------------------------------------------------------------

def export(
    format: ExportFormat = typer.Option(..., "--format", "-f", help="csv (events), geojson, parquet or acled"),
    db: str = DbOption,
    output: Optional[str] = typer.Option(None, "--output", "-o", help="file to write (default: standard output)"),
    table: ExportTable = typer.Option(ExportTable.events, "--table", help="parquet only: events, quotes, places or articles"),
) -> None:
    """Export the store: events as CSV, places and events as GeoJSON, Parquet tables, ACLED-style CSV."""
    from frontwire.store import export as exports

    if table != ExportTable.events and format != ExportFormat.parquet:
        fail("--table works with --format parquet only", 2)
    with _store(db, create=False) as store:
        try:
            if format == ExportFormat.parquet:
                target = output or sys.stdout.buffer
                exports.parquet(store, target, table=table.value)
                return
            with (open(output, "w", encoding="utf-8", newline="") if output else nullcontext(sys.stdout)) as out:
                if format == ExportFormat.csv:
                    exports.events_csv(store, out)
                elif format == ExportFormat.acled:
                    exports.acled_csv(store, out)
                else:
                    json.dump(exports.geojson(store), out, ensure_ascii=False)
                    out.write("\n")
        except OSError as exc:
            fail(f"--output {output!r}: {exc.strerror or exc}")


def register(app: typer.Typer) -> None:
    """Add `ingest`, `query` and `export` to the frontwire command."""
    app.command("ingest")(ingest)
    app.add_typer(query_app, name="query")
    app.command("export")(export)
