"""`frontwire batch INPUT OUTPUT`: documents -> Parquet, with the local or the Spark engine."""
from __future__ import annotations

from enum import Enum
from typing import Optional

import typer


class Engine(str, Enum):
    local = "local"
    spark = "spark"


def batch(
    input: str = typer.Argument(..., help="a JSON Lines / WARC / text / HTML file, or a folder of them"),
    output: str = typer.Argument(..., help="output folder of Parquet files (one row per document)"),
    engine: Engine = typer.Option(Engine.local, help="local: streaming, worker processes; spark: PySpark job"),
    workers: Optional[int] = typer.Option(None, help="local engine: worker processes (default: one per core; 1 = no pool)"),
    master: str = typer.Option("local[2]", help="spark engine: Spark master URL"),
    batch_size: int = typer.Option(16, help="articles per NLP batch"),
    published: Optional[str] = typer.Option(None, help="publication date YYYY-MM-DD (overrides the documents')"),
    overwrite: bool = typer.Option(False, help="replace an existing output folder"),
) -> None:
    """Extract every document of INPUT into a Parquet table; bad documents become rows with an error."""
    from frontwire.cliutils import parse_day

    day = parse_day(published)
    if engine == Engine.spark:
        from frontwire.batch.spark import run_spark

        stats = run_spark([input], output, master=master, batch_size=batch_size, published=day, overwrite=overwrite)
    else:
        from frontwire.batch.local import run_local

        stats = run_local([input], output, workers=workers, batch_size=batch_size, published=day, overwrite=overwrite)
    typer.echo(
        f"frontwire: {stats.articles} articles, {stats.failures} failed documents -> {output} "
        f"in {stats.seconds:.1f} s ({stats.rate:.1f} articles/s)",
        err=True,
    )


def register(app: typer.Typer) -> None:
    app.command("batch")(batch)
