"""The read-only endpoints under ``/api/v1``. Each is a thin wrapper: validate the query
(FastAPI bounds + ``EventFilter.parse``), call a function in ``queries``, return JSON."""

from __future__ import annotations

import importlib
import re
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse

from ..store import Store
from . import queries
from .event_index import EventIndex
from .filters import MAX_PAGE, MAX_PAGE_SIZE, MAX_TEXT, EventFilter, day_bounds, parse_date
from .models import ActorPage, ArticlePage, EventOut, EventPage, GeoOut, NetworkOut, PlacePage, QuotePage, TimelineOut
from .stores import StoreProvider

Text = Annotated[str | None, Query(max_length=MAX_TEXT)]
PageNo = Annotated[int, Query(ge=1, le=MAX_PAGE, description="1-based page number")]
PageSize = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"items per page (max {MAX_PAGE_SIZE})")]
Types = Annotated[list[str] | None, Query(alias="type", max_length=16,
                                          description="PLOVER type(s); repeat or comma-separate")]
DateQ = Annotated[str | None, Query(max_length=10, pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
                                    description="ISO date: YYYY-MM-DD, YYYY-MM or YYYY")]
BBox = Annotated[str | None, Query(max_length=100, description="min_lon,min_lat,max_lon,max_lat")]
ArticleId = Annotated[str, Path(max_length=MAX_TEXT)]

router = APIRouter(prefix="/api/v1")

# Endpoints answered from the in-memory event index or by primary-key lookups take about a
# millisecond: they are ``async`` and run on the event loop, which is cheaper than a hop to the
# thread pool. Aggregations over whole tables (actors, places, quotes, search) stay sync, so a
# slow one never blocks the loop.


def _store(request: Request) -> Store:
    provider: StoreProvider = request.app.state.stores
    return provider.reader()


def _events(request: Request) -> EventIndex:
    provider: StoreProvider = request.app.state.stores
    return provider.events()


@router.get("/health", tags=["meta"])
async def health() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/stats", tags=["meta"], summary="Counts of articles, entities, events by type, sources")
def stats(request: Request) -> dict[str, Any]:
    return queries.stats(_store(request))


@router.get("/events", tags=["events"], response_model=EventPage,
            summary="Events, filtered by type, actor, target, place, date range and bounding box")
async def events(request: Request, type: Types = None, actor: Text = None, target: Text = None, place: Text = None,
                 date_from: DateQ = None, date_to: DateQ = None, bbox: BBox = None, article: Text = None,
                 historical: bool | None = None, page: PageNo = 1, page_size: PageSize = 50) -> Any:
    f = EventFilter.parse(type, actor, target, place, date_from, date_to, bbox, article, historical)
    page_ = queries.list_events(_store(request), _events(request), f, queries.Paging(page, page_size))
    # The dashboard's hottest call: rows built by ``queries.event_dict`` already have the
    # EventPage shape (test_api checks it), so skip re-validating them on the way out.
    return JSONResponse(page_)


@router.get("/events/timeline", tags=["events"], response_model=TimelineOut,
            summary="Event counts per period and type (same filters as /events)")
async def events_timeline(request: Request, type: Types = None, actor: Text = None, target: Text = None,
                          place: Text = None, date_from: DateQ = None, date_to: DateQ = None, bbox: BBox = None,
                          historical: bool | None = None,
                          interval: Literal["day", "month", "year"] = "month") -> Any:
    f = EventFilter.parse(type, actor, target, place, date_from, date_to, bbox, None, historical)
    index = _events(request)
    return index.timeline(index.select(f), interval)


@router.get("/events/geo", tags=["events"], response_model=GeoOut,
            summary="Located events grouped by coordinates, for the map (same filters as /events)")
async def events_geo(request: Request, type: Types = None, actor: Text = None, target: Text = None,
                     place: Text = None, date_from: DateQ = None, date_to: DateQ = None, bbox: BBox = None,
                     historical: bool | None = None,
                     limit: Annotated[int, Query(ge=1, le=5000)] = 2000) -> Any:
    f = EventFilter.parse(type, actor, target, place, date_from, date_to, bbox, None, historical)
    index = _events(request)
    return index.geo(index.select(f), limit)


@router.get("/events/{article_id:path}/{idx}", tags=["events"], response_model=EventOut, summary="One event")
async def event(request: Request, article_id: ArticleId, idx: Annotated[int, Path(ge=0, le=100_000)]) -> Any:
    found = queries.get_event(_store(request), article_id, idx)
    if found is None:
        raise HTTPException(404, f"no event {idx} in article {article_id[:80]!r}")
    return found


@router.get("/actors", tags=["actors"], response_model=ActorPage,
            summary="Entities aggregated by canonical id (else normalised text), with mention counts")
def actors(request: Request, q: Text = None, label: Literal["PER", "ORG", "LOC", "MISC"] | None = None,
           page: PageNo = 1, page_size: PageSize = 50) -> Any:
    return queries.actors(_store(request), q, label, queries.Paging(page, page_size))


@router.get("/actors/network", tags=["actors"], response_model=NetworkOut,
            summary="Actor → target graph from events (same filters as /events)")
async def actor_network(request: Request, type: Types = None, actor: Text = None, target: Text = None,
                        place: Text = None, date_from: DateQ = None, date_to: DateQ = None, bbox: BBox = None,
                        historical: bool | None = None,
                        limit: Annotated[int, Query(ge=1, le=1000, description="most frequent edges kept")] = 200) -> Any:
    f = EventFilter.parse(type, actor, target, place, date_from, date_to, bbox, None, historical)
    index = _events(request)
    return index.network(index.select(f), limit)


@router.get("/places", tags=["places"], response_model=PlacePage, summary="Places mentioned, by mentions")
def places(request: Request, q: Text = None,
           country: Annotated[str | None, Query(min_length=2, max_length=2, pattern="^[A-Za-z]{2}$")] = None,
           page: PageNo = 1, page_size: PageSize = 50) -> Any:
    return queries.places(_store(request), q, country, queries.Paging(page, page_size))


@router.get("/quotes", tags=["quotes"], response_model=QuotePage, summary="Quotes, newest article first")
def quotes(request: Request, speaker: Text = None, q: Text = None, article: Text = None,
           date_from: DateQ = None, date_to: DateQ = None, page: PageNo = 1, page_size: PageSize = 50) -> Any:
    lo, hi = parse_date("date_from", date_from), parse_date("date_to", date_to, upper=True)
    return queries.quotes(_store(request), speaker, q, article, lo, hi, queries.Paging(page, page_size))


@router.get("/articles", tags=["articles"], response_model=ArticlePage, summary="Articles, newest first")
def articles(request: Request, q: Text = None, source: Text = None, date_from: DateQ = None,
             date_to: DateQ = None, page: PageNo = 1, page_size: PageSize = 50) -> Any:
    lo, hi = parse_date("date_from", date_from), parse_date("date_to", date_to, upper=True)
    return queries.articles(_store(request), q, source, lo, hi, queries.Paging(page, page_size))


@router.get("/articles/{article_id:path}", tags=["articles"],
            summary="One article's full record: cleaned text, entities, places, quotes, events")
async def article(request: Request, article_id: ArticleId) -> dict[str, Any]:
    record = _store(request).get(article_id)
    if record is None:
        raise HTTPException(404, f"no article {article_id[:80]!r}")
    return _without_server_paths(record)


def _without_server_paths(record: dict[str, Any]) -> dict[str, Any]:
    """The input an article was read from is kept by file name only: the directories above it
    belong to the server, not to whoever reads the API."""
    meta = record.get("metadata")
    if isinstance(meta, dict) and isinstance(meta.get("input"), str):
        record["metadata"] = {**meta, "input": re.split(r"[\\/]", meta["input"])[-1]}
    return record


def _corpus() -> Any:
    """The corpus stage (search, event clusters); an installation without it answers 501."""
    try:
        return importlib.import_module("marsad.corpus")
    except ImportError:
        raise HTTPException(501, "search and event clusters are not available in this installation") from None


@router.get("/search", tags=["search"],
            summary="Arabic-aware search over articles, entities, quotes and events (spelling variants and"
                    " clitics match)")
def search(request: Request, q: Annotated[str, Query(max_length=MAX_TEXT)] = "",
           kind: Annotated[list[Literal["article", "entity", "quote", "event"]] | None, Query(max_length=4)] = None,
           type: Annotated[str | None, Query(max_length=16, description="PLOVER type")] = None,
           actor: Text = None, place: Text = None, date_from: DateQ = None, date_to: DateQ = None,
           page: PageNo = 1, page_size: Annotated[int, Query(ge=1, le=100)] = 20) -> dict[str, Any]:
    corpus = _corpus()
    f = EventFilter.parse([type] if type else None)
    first, last = day_bounds(date_from, date_to)
    provider: StoreProvider = request.app.state.stores
    provider.refresh_search_index(corpus.refresh_index)
    result = corpus.search(_store(request), q, date_from=first, date_to=last,
                           event_type=f.types[0] if f.types else None, actor=actor, place=place,
                           kinds=kind or ("article", "entity", "quote", "event"),
                           limit=page_size, offset=(page - 1) * page_size, refresh=False)
    return {"query": q, "total": result.total, "page": page, "page_size": page_size,
            "items": [h.to_dict() for h in result.hits]}


@router.get("/clusters", tags=["events"],
            summary="Event clusters: one happening reported by several articles (built by `marsad clusters`)")
def clusters(request: Request, min_sources: Annotated[int, Query(ge=1, le=1000)] = 2,
             type: Annotated[str | None, Query(max_length=16, description="PLOVER type")] = None,
             page: PageNo = 1, page_size: PageSize = 50) -> dict[str, Any]:
    corpus = _corpus()
    f = EventFilter.parse([type] if type else None)
    found = corpus.event_clusters(_store(request), min_sources=min_sources,
                                  event_type=f.types[0] if f.types else None,
                                  limit=page_size, offset=(page - 1) * page_size)
    return {"page": page, "page_size": page_size, "items": [c.to_dict() for c in found]}
