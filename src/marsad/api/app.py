"""The app factory: the read API, the dashboard's static files, and (with a key) ingest."""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

try:
    from fastapi import FastAPI, Request
    from fastapi.responses import FileResponse, JSONResponse
    from fastapi.staticfiles import StaticFiles
except ImportError as exc:  # pragma: no cover - depends on the install
    raise ImportError("the API needs the web extra: pip install 'marsad[web]'") from exc

from .. import __version__
from .filters import FilterError
from .security import SecurityHeaders
from .stores import StoreProvider

STATIC = Path(__file__).parent / "static"


def create_app(store_url: str, api_key: str | None = None) -> FastAPI:
    """Serve the store at ``store_url`` read-only; ``api_key`` enables ``POST /api/v1/articles``."""
    stores = StoreProvider(store_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        stores.close()

    # Swagger UI/ReDoc would load scripts from a CDN (and need inline script): the offline,
    # CSP-locked server publishes the schema only.
    app = FastAPI(title="Marsad", version=__version__, lifespan=lifespan,
                  description="Evidence-linked events, actors, quotes and places from Arabic news.",
                  openapi_url="/api/v1/openapi.json", docs_url=None, redoc_url=None)
    app.state.stores = stores
    app.state.api_key = api_key

    @app.exception_handler(FilterError)
    async def filter_error(_request: Request, exc: FilterError) -> JSONResponse:
        return JSONResponse(status_code=422, content={"detail": [
            {"loc": ["query", exc.param], "msg": exc.message, "type": "value_error"}]})

    from .routes import router

    app.include_router(router)
    if api_key:
        from .ingest import router as ingest_router

        app.include_router(ingest_router)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    app.add_middleware(SecurityHeaders)
    return app


def app_from_env() -> FastAPI:
    """Factory for multi-process servers (``uvicorn --factory marsad.api.app:app_from_env
    --workers N``): each worker builds its app from ``MARSAD_DB`` and ``MARSAD_API_KEY``."""
    import os

    return create_app(os.environ.get("MARSAD_DB", "marsad.db"), os.environ.get("MARSAD_API_KEY") or None)
