"""What every `frontwire` verb shares: one-line errors, date options, the --db option."""
from __future__ import annotations

import datetime as dt
from typing import NoReturn, Optional

import typer

from frontwire.store.db import DEFAULT_DB

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
