"""`frontwire serve`: the HTTP API and the web page over a store."""
from __future__ import annotations

import ipaddress
from typing import List, Optional

import typer

from frontwire.store.db import DEFAULT_DB


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve(
    db: str = typer.Option(DEFAULT_DB, "--db", envvar="FRONTWIRE_DB", help="SQLite file or postgresql://user@host/db URL"),
    host: str = typer.Option("127.0.0.1", "--host", help="address to listen on"),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="port to listen on"),
    token: Optional[str] = typer.Option(None, "--token", envvar="FRONTWIRE_TOKEN",
                                        help="enable POST /api/ingest for clients sending 'Authorization: Bearer TOKEN'"),
    cors_origin: List[str] = typer.Option([], "--cors-origin", help="allow this origin cross-site (repeatable); closed by default"),
) -> None:
    """Serve the records: the web map at / and the JSON API at /api (spec: /api/openapi.json)."""
    import uvicorn

    from frontwire.api.app import create_app
    from frontwire.errors import FrontwireError

    if token is not None and len(token) < 8:
        typer.echo("frontwire: --token must be at least 8 characters", err=True)
        raise typer.Exit(2)
    try:
        app = create_app(db, token=token, cors_origins=cors_origin)
    except FrontwireError as exc:
        typer.echo(f"frontwire: {exc}", err=True)
        raise typer.Exit(1)
    if not _is_loopback(host):
        typer.echo(f"frontwire: warning: listening on {host}, reachable from other machines", err=True)
    mode = "read-write (POST /api/ingest with the token)" if token else "read-only"
    typer.echo(f"frontwire: serving {db} {mode} on http://{host}:{port}/", err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
    finally:
        app.state.store.close()


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
