"""Write endpoints, mounted only when the server has an API key: raw articles in, the
pipeline runs, records are stored. The key is compared in constant time."""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Request

from .models import IngestRequest, IngestResult
from .stores import StoreProvider


def require_key(request: Request, x_api_key: Annotated[str | None, Header(max_length=200)] = None) -> None:
    expected: str = request.app.state.api_key
    if not x_api_key or not hmac.compare_digest(x_api_key.encode(), expected.encode()):
        raise HTTPException(401, "missing or wrong X-API-Key header", headers={"WWW-Authenticate": "X-API-Key"})


router = APIRouter(prefix="/api/v1", tags=["ingest"], dependencies=[Depends(require_key)])


def _pipeline(request: Request) -> Any:
    """The extraction pipeline, loaded once per app on first use."""
    pipe = getattr(request.app.state, "pipeline", None)
    if pipe is None:
        try:
            from ..errors import MarsadError
            from ..pipeline import Pipeline
        except ImportError:
            raise HTTPException(501, "the extraction pipeline is not available in this installation") from None
        try:
            pipe = Pipeline.default()
        except (MarsadError, ImportError, OSError) as exc:  # a stage or model not built yet
            raise HTTPException(503, f"the extraction pipeline could not load: {exc}") from None
        request.app.state.pipeline = pipe
    return pipe


@router.post("/articles", response_model=IngestResult, status_code=201,
             summary="Extract and store raw articles (needs X-API-Key)")
def ingest(request: Request, body: IngestRequest) -> Any:
    from ..ingest.article import make_article
    from ..record import Article

    provider: StoreProvider = request.app.state.stores
    done: list[Article] = []
    skipped: list[dict[str, str]] = []
    # One ingest at a time: the pipeline's stages are not promised to be thread-safe, and the
    # store takes one writer anyway.
    with provider.write_lock:
        pipe = _pipeline(request)
        for i, item in enumerate(body.articles):
            name = item.id or f"request[{i}]"
            art = make_article(item.text, name, id=item.id, title=item.title, date=item.published,
                               source=item.source, url=item.url)
            if not isinstance(art, Article):
                skipped.append({"input": name, "reason": str(getattr(art, "reason", art))})
                continue
            done.append(pipe.process(art))
        store = provider.writer()
        try:
            store.save_many(done)
        finally:
            store.close()
    provider.invalidate()
    return {"stored": [a.id for a in done], "skipped": skipped}
