"""`frontwire claims` and `frontwire sitrep`: cross-source claims from the store."""
from __future__ import annotations

import functools
import json
from enum import Enum
from typing import Optional

import typer

from frontwire.batch.cli import Engine
from frontwire.cliutils import DbOption, fail
from frontwire.errors import FrontwireError



class ClaimsFormat(str, Enum):
    json = "json"
    text = "text"


class SitrepFormat(str, Enum):
    markdown = "markdown"
    html = "html"




def _read(db: str, read):
    """`read(store)` on the stored clusters, or one line and exit 1 when the store cannot be used."""
    from frontwire.store import open_store

    try:
        with open_store(db, create=False) as store:
            return read(store)
    except FrontwireError as exc:
        fail(str(exc))


def _check_region(db: str, region: Optional[str]) -> None:
    """A --region that names no stored region or country is a typo, not an empty report."""
    if not region:
        return
    from frontwire.store import clusters as S

    problem = _read(db, lambda store: S.unknown_region(store.db, region))
    if problem is not None:
        fail(f"--region {region!r}: {problem}", 2)


def _text(clusters: list[dict]) -> str:
    lines = []
    for c in clusters:
        flag = "  DISPUTED" if c["disputed"] else ""
        lines.append(f"#{c['id']} {c['type']}/{c.get('subtype')} @{c.get('place')} ({c['region']}) "
                     f"{c['date_from']}..{c['date_to']}  sources={c['n_sources']}{flag}")
        for name, f in c["figures"].items():
            lines.append(f"  max {name}={f['value']:g} ({f.get('speaker') or f.get('publisher')}, article {f['article_id']})")
        for s in c["sources"]:
            speakers = ", ".join(f"{x['name']}:{x['stance']}" for x in s["speakers"])
            lines.append(f"  [{s['stance']}] article {s['article_id']} {s['publisher']} {s['published']} \"{s['title']}\" ({speakers})")
        for x in c["contradictions"]:
            what = x["kind"] + (f" {x['field']} {x['claim']['value']:g} vs {x['counter']['value']:g}" if x["kind"] == "figure" else "")
            lines.append(f"  ! {what}: article {x['counter']['article_id']} {x['counter'].get('speaker')} vs article "
                         f"{x['claim']['article_id']} {x['claim'].get('speaker')}: {x['counter']['evidence'][:140]}")
    return "\n".join(lines)


def claims(
    db: str = DbOption,
    format: ClaimsFormat = typer.Option(ClaimsFormat.json, "--format", "-f", help="json or text"),
    date_from: Optional[str] = typer.Option(None, "--from", help="clusters reported on or after this day YYYY-MM-DD"),
    date_to: Optional[str] = typer.Option(None, "--to", help="clusters reported on or before this day YYYY-MM-DD"),
    type: Optional[str] = typer.Option(None, "--type", help="PLOVER type, e.g. ASSAULT"),
    place: Optional[str] = typer.Option(None, "--place", help="place name (case-insensitive substring)"),
    region: Optional[str] = typer.Option(None, "--region", help="admin1 or country (e.g. Donetsk, UA)"),
    disputed: bool = typer.Option(False, "--disputed", help="only clusters with a denial or a conflicting figure"),
    min_sources: int = typer.Option(1, "--min-sources", min=1, help="only clusters reported by at least this many articles"),
) -> None:
    """Cross-source claims from the stored clusters: who claims what, who denies it, conflicting figures."""
    from frontwire.cliutils import choice, day_range
    from frontwire.crosscheck import stored
    from frontwire.store.read import EVENT_TYPES

    kind = choice("--type", type, EVENT_TYPES)
    start, end = day_range(date_from, date_to)
    _check_region(db, region)
    where = stored.filters(start, end, kind, place, region, disputed, min_sources)
    found = _read(db, lambda store: stored.claims(store, where))
    if format == ClaimsFormat.json:
        typer.echo(json.dumps(found, ensure_ascii=False, indent=1, default=str))
    else:
        typer.echo(_text(found))


def sitrep(
    date: str = typer.Option(..., "--date", help="the day YYYY-MM-DD"),
    region: Optional[str] = typer.Option(None, "--region", help="admin1 or country (e.g. Donetsk, UA)"),
    db: str = DbOption,
    format: SitrepFormat = typer.Option(SitrepFormat.markdown, "--format", "-f", help="markdown or html"),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="file to write (default: standard output)"),
) -> None:
    """A daily situation report by region: events, their sources and disputes, citing articles."""
    from frontwire.cliutils import parse_day
    from frontwire.crosscheck import sitrep as S
    from frontwire.crosscheck import stored

    day = parse_day(date, "--date")
    _check_region(db, region)
    report = S.build(_read(db, lambda store: stored.clusters_on_day(store, day, region)), day, region)
    text = S.markdown(report) if format == SitrepFormat.markdown else S.to_html(report)
    if output:
        try:
            with open(output, "w", encoding="utf-8") as out:
                out.write(text)
        except OSError as exc:
            fail(f"--output {output!r}: {exc.strerror or exc}")
    else:
        typer.echo(text)


def recluster(
    db: str = DbOption,
    engine: Engine = typer.Option(Engine.local, help="local: in this process; spark: a PySpark job (backfills)"),
    master: str = typer.Option("local[2]", help="spark engine: Spark master URL"),
) -> None:
    """Rebuild every claim cluster from the stored articles (after a change of the clustering rules)."""
    import time

    from frontwire.crosscheck import incremental

    computed_by = None
    if engine == Engine.spark:
        from frontwire.batch.recluster import recluster_spark

        computed_by = functools.partial(recluster_spark, master=master)
    start = time.perf_counter()
    done = _read(db, lambda store: incremental.rebuild(store, engine=computed_by))
    typer.echo(f"reclustered {done['articles']} articles: {done['reports']} reports in {done['clusters']} clusters"
               f" ({engine.value} engine, {time.perf_counter() - start:.1f} s)")


def register(app: typer.Typer) -> None:
    """Add `claims`, `sitrep` and `recluster` to the frontwire command."""
    app.command("claims")(claims)
    app.command("sitrep")(sitrep)
    app.command("recluster")(recluster)
