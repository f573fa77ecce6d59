"""The store's commands: `frontwire ingest`, `frontwire query …`, `frontwire export`."""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager, nullcontext
from enum import Enum
from typing import Any, Iterator, List, Optional

import typer

from frontwire.cliutils import Column, DbOption, choice, day_range, fail, parse_day, show_rows

from frontwire.errors import FrontwireError



class QueryFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


class ExportFormat(str, Enum):
    csv = "csv"
    geojson = "geojson"
    parquet = "parquet"
    acled = "acled"
    statements = "statements"


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


# -- ingest -------------------------------------------------------------------------------

def ingest(
    paths: List[str] = typer.Argument(..., help="files, folders, or - for stdin"),
    db: str = DbOption,
    published: Optional[str] = typer.Option(None, help="publication date YYYY-MM-DD (overrides the document's)"),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="documents per NLP batch"),
    replace: bool = typer.Option(False, "--replace", help="re-extract sources already stored and replace what was stored"),
    publisher: Optional[str] = typer.Option(None, "--publisher", help="publisher name (overrides the one read from the page)"),
    include: List[str] = typer.Option([], "--include", help="glob of files to read in folders (repeatable)"),
    exclude: List[str] = typer.Option([], "--exclude", help="glob of files to skip in folders (repeatable)"),
    no_cluster: bool = typer.Option(False, "--no-cluster", help="store without updating the claim clusters"
                                    " (a bulk load: `frontwire recluster` after, or the next claims reader rebuilds them)"),
) -> None:
    """Extract news documents and store them (deduplicated; re-runs skip what is stored, unless --replace)."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from frontwire.crosscheck import incremental
    from frontwire.store.ingest import ingest as run_ingest

    day = parse_day(published)
    console = Console(stderr=True, highlight=False, soft_wrap=True)
    bar = Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                   console=console, transient=True, disable=not console.is_terminal)
    if publisher is not None and not publisher.strip():
        fail("--publisher: give a name", 2)
    with _store(db, create=True) as store, bar:
        store.replace, store.publisher = replace, publisher and publisher.strip()
        task = bar.add_task("ingest", total=None)

        def report(line: str) -> None:
            console.print(f"frontwire: {line}", markup=False)

        def progress(done: int, total: Optional[int]) -> None:
            bar.update(task, completed=done, total=total)

        try:
            with incremental.paused() if no_cluster else nullcontext():
                summary = run_ingest(store, paths, published=day, report=report, progress=progress,
                                     batch_size=batch_size, include=tuple(include), exclude=tuple(exclude))
        except KeyboardInterrupt:
            # Everything committed so far stays; a re-run picks up from there.
            fail("interrupted; articles stored so far are kept, run again to resume", 130)
        for line in undated(store, summary.article_ids):
            report(line)
    console.print(summary.line(), markup=False)
    if summary.failed and not (summary.stored or summary.duplicates or summary.skipped):
        raise typer.Exit(1)


def undated(store: Any, article_ids: list[int]) -> list[str]:
    """A warning for each new article without a publication date: its events cannot be dated."""
    out = []
    for article_id in article_ids:
        article = store.article(article_id)
        if article is not None and not article["published"]:
            out.append(f"warning: {article['source']}: no publication date found; its events are undated"
                       " (ingest --replace --published YYYY-MM-DD to give one)")
    return out


def delete(
    article_ids: List[int] = typer.Argument(None, help="ids of the articles to delete (see query articles)"),
    source: List[str] = typer.Option([], "--source", help="delete the article stored from this file or URL (repeatable)"),
    db: str = DbOption,
) -> None:
    """Delete stored articles with their quotes, places and events."""
    ids = sorted(set(article_ids or []))
    if not ids and not source:
        fail("give article ids or --source", 2)
    with _store(db, create=False) as store:
        ids = sorted(set(ids) | set(store.articles_of_sources(list(source))))
        missing = [s for s in source if not store.articles_of_sources([s])]
        deleted = store.delete(ids)
    for name in missing:
        typer.echo(f"frontwire: --source {name}: not in the store", err=True)
    typer.echo(f"deleted {deleted} article{'s' if deleted != 1 else ''}", err=True)
    if not deleted:
        raise typer.Exit(1)


# -- query --------------------------------------------------------------------------------

query_app = typer.Typer(no_args_is_help=True, help="Search the store: quotes, events, places, articles, failures.")
FormatOption = typer.Option(QueryFormat.table, "--format", "-f", help="table, csv, json or jsonl")
LimitOption = typer.Option(50, "--limit", min=1, help="rows to show")
OffsetOption = typer.Option(0, "--offset", min=0, help="rows to skip")
BackgroundOption = typer.Option(False, "--include-background",
                                help="include background events (past wars, cumulative tolls), left out by default")


def _show(rows: list[dict], format: QueryFormat, columns: list[Column], title: str) -> None:
    show_rows(rows, format.value, columns, title)


@query_app.command("quotes")
def query_quotes(
    speaker: Optional[str] = typer.Option(None, help="speaker name (substring, any case)"),
    q: Optional[str] = typer.Option(None, "--q", help="full-text search in the quotes"),
    db: str = DbOption, format: QueryFormat = FormatOption, limit: int = LimitOption, offset: int = OffsetOption,
) -> None:
    """Quotes, by speaker and/or words."""
    with _store(db, create=False) as store:
        rows = store.quotes(speaker=speaker, q=q, limit=limit, offset=offset)
    if format.value == "table":
        # the terminal's narrow column names the speaker; CSV and JSON also give how the text describes them
        rows = [{**row, "speaker": row.get("speaker_name") or row.get("speaker")} for row in rows]
    _show(rows, format, [Column("speaker", "speaker", 14), Column("kind", "kind", 8), Column("text", "quote", 20, long=True, cut=200),
                         Column("published", "published", 10, optional=True),
                         Column("article_title", "article", 16, long=True, optional=True, cut=80)], "quotes")


@query_app.command("events")
def query_events(
    type: Optional[str] = typer.Option(None, "--type", help="PLOVER type, e.g. ASSAULT"),
    place: Optional[str] = typer.Option(None, help="place name (substring, any case)"),
    actor: Optional[str] = typer.Option(None, help="actor name (substring, any case)"),
    date_from: Optional[str] = typer.Option(None, "--from", help="first day YYYY-MM-DD"),
    date_to: Optional[str] = typer.Option(None, "--to", help="last day YYYY-MM-DD"),
    include_background: bool = BackgroundOption,
    db: str = DbOption, format: QueryFormat = FormatOption, limit: int = LimitOption, offset: int = OffsetOption,
) -> None:
    """Events, by type, place, actor and dates (background events only with --include-background)."""
    from frontwire.store.read import EVENT_TYPES

    kind = choice("--type", type, EVENT_TYPES)
    start, end = day_range(date_from, date_to)
    with _store(db, create=False) as store:
        rows = store.events(type=kind, place=place, actor=actor, date_from=start, date_to=end, limit=limit, offset=offset,
                            background="include" if include_background else "exclude")
    if format == QueryFormat.table:
        for row in rows:
            row["actors_text"] = ", ".join(f"{a['name']} ({a['role']})" for a in row["actors"])
            # Background events, when asked for, are told apart at a glance.
            row["type_text"] = row["type"] + (" (past)" if row["background"] else "")
    _show(rows, format, [Column("date", "date", 10), Column("type_text", "type", 9), Column("place", "place", 12),
                         Column("killed", "killed", 6), Column("evidence", "evidence", 20, long=True, cut=160),
                         Column("actors_text", "actors", 16, long=True, optional=True, cut=80),
                         Column("article_title", "article", 16, long=True, optional=True, cut=80)], "events")


@query_app.command("places")
def query_places(db: str = DbOption, format: QueryFormat = FormatOption) -> None:
    """Places named in the stored articles, with how often."""
    with _store(db, create=False) as store:
        rows = store.places()
    _show(rows, format, [Column("name", "place", 14), Column("country", "country", 7), Column("kind", "kind", 7),
                         Column("n_articles", "articles", 8), Column("n_events", "events", 6),
                         Column("n_mentions", "mentions", 8, optional=True), Column("lat", "lat", 8, optional=True),
                         Column("lon", "lon", 8, optional=True)], "places")


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
    _show(rows, format, [Column("id", "id", 4), Column("published", "published", 10), Column("title", "title", 20, long=True),
                         Column("publisher", "publisher", 12), Column("n_events", "events", 6, optional=True),
                         Column("n_quotes", "quotes", 6, optional=True), Column("n_sources", "sources", 7, optional=True),
                         Column("source", "first source", 16, long=True, optional=True)], "articles")


@query_app.command("failures")
def query_failures(db: str = DbOption, format: QueryFormat = FormatOption, limit: int = LimitOption,
                   offset: int = OffsetOption) -> None:
    """Inputs that could not be stored, and why."""
    with _store(db, create=False) as store:
        rows = store.failures(limit=limit, offset=offset)
    _show(rows, format, [Column("failed_at", "time", 10), Column("source", "source", 16, long=True),
                         Column("problem", "problem", 20, long=True)], "failures")


# -- export -------------------------------------------------------------------------------

def export(
    format: ExportFormat = typer.Option(..., "--format", "-f",
                                        help="csv, geojson, parquet, acled (ACLED's 31 columns) or statements (what ACLED leaves out)"),
    db: str = DbOption,
    output: Optional[str] = typer.Option(None, "--output", "-o", help="file to write (default: standard output)"),
    table: Optional[ExportTable] = typer.Option(None, "--table",
                                                help="csv and parquet: events (default), quotes, places or articles; geojson: events (default) or places"),
    include_background: bool = BackgroundOption,
) -> None:
    """Export the store: CSV and Parquet tables, GeoJSON points, ACLED CSV and the statements beside it."""
    from frontwire.store import export as exports

    chosen = table or ExportTable.events
    if table is not None and format in (ExportFormat.acled, ExportFormat.statements):
        fail(f"--table does not go with --format {format.value} (it exports events)", 2)
    if format == ExportFormat.geojson and chosen not in (ExportTable.events, ExportTable.places):
        fail(f"--table {chosen.value}: GeoJSON holds events or places", 2)
    background = "include" if include_background else "exclude"
    with _store(db, create=False) as store:
        try:
            if format == ExportFormat.parquet:
                target = output or sys.stdout.buffer
                exports.parquet(store, target, table=chosen.value, background=background)
                return
            with (open(output, "w", encoding="utf-8", newline="") if output else nullcontext(sys.stdout)) as out:
                if format == ExportFormat.csv:
                    exports.table_csv(store, out, table=chosen.value, background=background)
                elif format == ExportFormat.acled:
                    exports.acled_csv(store, out, background=background)
                elif format == ExportFormat.statements:
                    exports.statements_csv(store, out, background=background)
                else:
                    json.dump(exports.geojson(store, kind=chosen.value, background=background), out, ensure_ascii=False)
                    out.write("\n")
        except OSError as exc:
            fail(f"--output {output!r}: {exc.strerror or exc}")


def register(app: typer.Typer) -> None:
    """Add `ingest`, `delete`, `query` and `export` to the frontwire command."""
    app.command("ingest")(ingest)
    app.command("delete")(delete)
    app.add_typer(query_app, name="query")
    app.command("export")(export)
