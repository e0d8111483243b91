"""``marsad serve``: the REST API and the offline dashboard over a store."""

from __future__ import annotations

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
    app = create_app(db, api_key=api_key)
    typer.echo(f"Marsad dashboard: http://{host}:{port}/  (API: /api/v1, schema: /api/v1/openapi.json)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
