"""Response models: they document the API in its OpenAPI schema (``/api/v1/openapi.json``)."""

from __future__ import annotations

from pydantic import BaseModel, Field


class Named(BaseModel):
    text: str
    canonical: str | None = None


class EventLocation(BaseModel):
    text: str | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None


class Evidence(BaseModel):
    text: str | None = None
    start: int | None = None
    end: int | None = None


class ArticleRef(BaseModel):
    title: str | None = None
    source: str | None = None
    published: str | None = None


class EventOut(BaseModel):
    id: str
    article_id: str
    idx: int
    type: str
    mode: str | None = None
    trigger: str | None = None
    actor: Named | None = None
    target: Named | None = None
    location: EventLocation | None = None
    date: str | None = None
    date_precision: str | None = None
    evidence: Evidence
    historical: bool
    confidence: float | None = None
    article: ArticleRef


class Page(BaseModel):
    total: int
    page: int
    page_size: int


class EventPage(Page):
    items: list[EventOut]


class TimelineOut(BaseModel):
    interval: str
    periods: list[str]
    series: dict[str, list[int]]


class Marker(BaseModel):
    lat: float
    lon: float
    name: str | None = None
    text: str | None = None
    n: int
    types: dict[str, int]


class GeoOut(BaseModel):
    markers: list[Marker]
    total_markers: int
    total_events: int


class Node(BaseModel):
    id: str
    label: str | None = None
    n: int


class Edge(BaseModel):
    source: str
    target: str
    n: int
    types: dict[str, int]


class NetworkOut(BaseModel):
    nodes: list[Node]
    edges: list[Edge]


class ActorOut(BaseModel):
    key: str
    name: str
    canonical: str | None = None
    label: str
    kind: str | None = None
    mentions: int
    articles: int


class ActorPage(Page):
    items: list[ActorOut]


class PlaceOut(BaseModel):
    name: str | None = None
    text: str | None = None
    country: str | None = None
    feature: str | None = None
    lat: float | None = None
    lon: float | None = None
    mentions: int
    articles: int


class PlacePage(Page):
    items: list[PlaceOut]


class QuoteOut(BaseModel):
    article_id: str
    idx: int
    speaker: str | None = None
    speaker_canonical: str | None = None
    cue: str | None = None
    outlet: str | None = None
    outlet_canonical: str | None = None
    quote: str
    quote_start: int | None = None
    quote_end: int | None = None
    direct: bool
    title: str | None = None
    published: str | None = None


class QuotePage(Page):
    items: list[QuoteOut]


class ArticleSummary(BaseModel):
    id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    n_events: int


class ArticlePage(Page):
    items: list[ArticleSummary]


class IngestArticle(BaseModel):
    id: str | None = Field(None, max_length=200)
    text: str = Field(min_length=1, max_length=1_000_000)
    title: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, max_length=64)
    source: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)


class IngestRequest(BaseModel):
    articles: list[IngestArticle] = Field(min_length=1, max_length=100)


class IngestResult(BaseModel):
    stored: list[str]
    skipped: list[dict[str, str]]
