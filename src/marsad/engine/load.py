"""Loading engine outputs into a store: JSON records (as the shards hold them) back into
``marsad.record`` objects, saved with ``Store.save_many`` (one transaction per batch)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from typing import Any, TypeVar

from ..record import Article, Entity, Event, Location, Place, Quote, Removal, Sentence, Span
from ..store import Store

T = TypeVar("T")


def _build(cls: type[T], d: dict[str, Any]) -> T:
    """``cls(**d)`` keeping only the fields ``cls`` has (records may carry added fields)."""
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in d.items() if k in names})


def _span(d: dict[str, Any] | None) -> Span | None:
    if d is None:
        return None
    return Span(d.get("start", 0), d.get("end", 0), d["text"], d.get("canonical"))


def _location(d: dict[str, Any] | None) -> Location | None:
    return None if d is None else _build(Location, d)


def _event(d: dict[str, Any]) -> Event:
    return Event(type=d["type"], trigger=_span(d["trigger"]), evidence=_span(d["evidence"]),  # type: ignore[arg-type]
                 actor=_span(d.get("actor")), target=_span(d.get("target")), location=_location(d.get("location")),
                 mode=d.get("mode"), date=d.get("date"), date_precision=d.get("date_precision"),
                 historical=bool(d.get("historical", False)), confidence=d.get("confidence", 0.5))


def _quote(d: dict[str, Any]) -> Quote:
    return Quote(speaker=_span(d.get("speaker")), cue=_span(d.get("cue")), quote=_span(d["quote"]),  # type: ignore[arg-type]
                 outlet=_span(d.get("outlet")), direct=bool(d.get("direct", False)))


def article_from_record(rec: dict[str, Any]) -> Article:
    """The Article a record was made from, as far as the record tells: ``to_record()`` of the
    result equals the record (raw↔text segments are not in records; tokens are rebuilt on access)."""
    return Article(
        id=rec["id"], raw=rec.get("raw") if rec.get("raw") is not None else rec["text"], text=rec["text"],
        title=rec.get("title"), published=rec.get("published"), source=rec.get("source"), url=rec.get("url"),
        author=rec.get("author"), lang=rec.get("lang") or "ar", metadata=rec.get("metadata") or {},
        removed=[_build(Removal, r) for r in rec.get("removed", [])],
        sentences=[_build(Sentence, s) for s in rec.get("sentences", [])],
        entities=[_build(Entity, e) for e in rec.get("entities", [])],
        places=[_build(Place, p) for p in rec.get("places", [])],
        quotes=[_quote(q) for q in rec.get("quotes", [])],
        events=[_event(e) for e in rec.get("events", [])],
    )


def save_records(store: Store, records: Iterable[dict[str, Any]], run_id: str | None = None) -> int:
    """Save JSON records as one batch (all or nothing); returns how many were saved."""
    return store.save_many((article_from_record(r) for r in records), run_id)
