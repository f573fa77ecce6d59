"""What every `frontwire` verb shares: one-line errors, date options, the --db option."""
from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from typing import Any, NoReturn, Optional, Sequence

import typer

from frontwire.store.db import DEFAULT_DB
from frontwire.store.rows import write_rows

DB_HELP = "SQLite file (default frontwire.db) or postgresql://user@host/db URL; also $FRONTWIRE_DB"
DbOption = typer.Option(DEFAULT_DB, "--db", envvar="FRONTWIRE_DB", help=DB_HELP)


def fail(message: str, code: int = 1) -> NoReturn:
    """Print one line on stderr and exit: users get the problem, never a traceback."""
    typer.echo(f"frontwire: {message}", err=True)
    raise typer.Exit(code)


def parse_day(value: Optional[str], option: str = "--published") -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        fail(f"{option}: {value!r} is not a date in YYYY-MM-DD form", 2)


def day_range(date_from: Optional[str], date_to: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """--from and --to as YYYY-MM-DD, or exit 2 (the checks are the API's, store.read.day_span)."""
    from frontwire.store.read import BadDay, day_span

    try:
        return day_span(date_from, date_to, prefix="--")
    except BadDay as exc:
        fail(str(exc), 2)


# -- rows on the terminal and in files --------------------------------------------------------

FORMATS = ("table", "csv", "json", "jsonl")


@dataclass(frozen=True)
class Column:
    """A column of a terminal table: `min_width` is what it never shrinks below (rich would go to zero)."""

    key: str
    header: str
    min_width: int = 8
    long: bool = False  # free text: wrapped, cut at `cut` characters, takes the spare width
    optional: bool = False  # dropped, right to left, when the terminal is too narrow for every column
    cut: int = 240


def _fitting(columns: list[Column], width: int) -> list[Column]:
    """The columns that fit `width` at their minimum widths (3 characters of border each)."""
    chosen = list(columns)
    while sum(c.min_width + 3 for c in chosen) + 1 > width and any(c.optional for c in chosen):
        last = max(i for i, c in enumerate(chosen) if c.optional)
        chosen.pop(last)
    return chosen


def _cell(value: Any, column: Column) -> str:
    text = "" if value is None else " ".join(str(value).split()) if column.long else str(value)
    return text if len(text) <= column.cut else text[: column.cut - 1] + "…"


def table(rows: list[dict], columns: list[Column], title: str, width: int) -> Any:
    """A rich Table of `rows` for a terminal `width` wide: key columns first and readable, text wrapped."""
    from rich.table import Table

    shown = _fitting(columns, width)
    grid = Table(title=f"{title} ({len(rows)})", show_lines=False, expand=False)
    for c in shown:
        if c.long:
            grid.add_column(c.header, min_width=c.min_width, ratio=1, overflow="fold")
        else:
            grid.add_column(c.header, min_width=c.min_width, no_wrap=False, overflow="fold")
    for row in rows:
        grid.add_row(*(_cell(row.get(c.key), c) for c in shown))
    return grid


def show_rows(rows: list[dict], format: str, columns: list[Column], title: str, width: Optional[int] = None) -> None:
    """Print rows in `format`: a table sized to the terminal (80 columns when piped), or CSV/JSON/JSON Lines."""
    if format != "table":
        write_rows(rows, format, sys.stdout)
        return
    from rich.console import Console

    console = Console(width=width or (None if sys.stdout.isatty() else _piped_width()), highlight=False)
    console.print(table(rows, columns, title, console.width))


def _piped_width() -> int:
    """Piped tables follow $COLUMNS when set, else 120: a pager or a file, not a 200-column cut."""
    import os

    try:
        return max(60, int(os.environ.get("COLUMNS", "")))
    except ValueError:
        return 120


def choice(option: str, value: Optional[str], valid: Sequence[str]) -> Optional[str]:
    """`value` spelt as in `valid` (any case), or exit 2 with one line listing the valid values."""
    from frontwire.store.read import UnknownValue, checked

    try:
        return checked(option, value, valid)
    except UnknownValue as exc:
        fail(str(exc), 2)
