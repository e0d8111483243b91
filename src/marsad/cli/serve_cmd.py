"""``marsad serve``: the REST API and the offline dashboard over a store."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer


def serve(
    db: Annotated[str, typer.Option("--db", envvar="MARSAD_DB", help="SQLite file or postgresql:// URL.")]
    = "marsad.db",
    host: Annotated[str, typer.Option(help="interface to listen on (keep 127.0.0.1 unless behind a proxy)")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port")] = 8000,
    api_key: Annotated[str | None, typer.Option(envvar="MARSAD_API_KEY",
                                                help="enables POST /api/v1/articles for callers sending it"
                                                     " as X-API-Key; read-only without it")] = None,
    workers: Annotated[int, typer.Option(min=1, max=64, help="server processes (one per core is a good start)")] = 1,
) -> None:
    """Serve the REST API (/api/v1) and the dashboard (/) over DB; open http://HOST:PORT/."""
    if "://" not in db and not Path(db).exists():
        typer.echo(f"error: no database at {db}; create one with `marsad ingest FILES --db {db}` first", err=True)
        raise typer.Exit(2)
    try:
        import uvicorn

        from ..api.app import create_app
    except ImportError as exc:
        typer.echo(f"error: {exc} (install the web extra: pip install 'marsad[web]')", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"Marsad dashboard: http://{host}:{port}/  (API: /api/v1, schema: /api/v1/openapi.json)", err=True)
    if workers == 1:
        uvicorn.run(create_app(db, api_key=api_key), host=host, port=port, log_level="warning", access_log=False)
        return
    # Several processes need an importable factory; it reads the store and key from the environment.
    os.environ["MARSAD_DB"] = db
    if api_key:
        os.environ["MARSAD_API_KEY"] = api_key
    uvicorn.run("marsad.api.app:app_from_env", factory=True, workers=workers, host=host, port=port,
                log_level="warning", access_log=False)
