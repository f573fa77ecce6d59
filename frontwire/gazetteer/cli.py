"""`frontwire gazetteer ...`: manage the offline place index."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer


def register(app: typer.Typer) -> None:
    gazetteer_app = typer.Typer(help="The offline gazetteer (place index) used to map toponyms.", no_args_is_help=True)

    @gazetteer_app.command("load")
    def load(
        files: List[Path] = typer.Argument(..., help="GeoNames dumps: allCountries.txt, UA.txt, admin1CodesASCII.txt, alternateNamesV2.txt (or .zip)"),
        index: Optional[Path] = typer.Option(None, help="index file (default: $FRONTWIRE_GAZETTEER or ~/.cache/frontwire/gazetteer.sqlite)"),
    ) -> None:
        """Add a full GeoNames dump to the gazetteer index."""
        from frontwire.gazetteer import load_dump

        for path in files:
            rows = load_dump(path, index)
            typer.echo(f"{path}: {rows} rows loaded")

    @gazetteer_app.command("lookup")
    def lookup(name: str) -> None:
        """Show where a place name resolves."""
        from frontwire.gazetteer import get_gazetteer

        place = get_gazetteer().lookup(name)
        if place is None:
            typer.echo(f"frontwire: {name!r}: not in the gazetteer", err=True)
            raise typer.Exit(1)
        typer.echo(f"{place.name}\t{place.country}\t{place.lat:.4f}\t{place.lon:.4f}\t{place.kind}")

    app.add_typer(gazetteer_app, name="gazetteer")
