"""Read queries behind the API: plain functions over a ``Store`` returning JSON-ready dicts.

All SQL is parameterised (``?``, converted per back-end by the store) and portable between
SQLite and PostgreSQL; every list is bounded by a LIMIT."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ..store import Store
from .event_index import EventIndex
from .filters import EventFilter, like_pattern

# What an event row carries into the API; its article's title, source and date give it context.
_EVENT_COLS = (
    "e.article_id, e.idx, e.type, e.mode, e.trigger_text, e.actor, e.actor_canonical, e.target,"
    " e.target_canonical, e.location, e.location_name, e.lat, e.lon, e.event_date, e.date_precision,"
    " e.evidence, e.evidence_start, e.evidence_end, e.historical, e.confidence")


@dataclass(slots=True, frozen=True)
class Paging:
    page: int = 1
    page_size: int = 50

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


def _page(items: list[dict[str, Any]], total: int, paging: Paging) -> dict[str, Any]:
    return {"items": items, "total": total, "page": paging.page, "page_size": paging.page_size}


def _count(store: Store, sql: str, params: list[Any]) -> int:
    return int(store.execute(f"SELECT COUNT(*) FROM ({sql}) AS sub", params).fetchone()[0])


def event_dict(r: dict[str, Any], article: dict[str, Any]) -> dict[str, Any]:
    """One events row as the API's event object (the record's shape, plus article context)."""
    loc = None
    if r["location"] is not None or r["lat"] is not None:
        loc = {"text": r["location"], "name": r["location_name"], "lat": r["lat"], "lon": r["lon"]}
    return {
        "id": f"{r['article_id']}#{r['idx']}",
        "article_id": r["article_id"], "idx": r["idx"], "type": r["type"], "mode": r["mode"],
        "trigger": r["trigger_text"],
        "actor": {"text": r["actor"], "canonical": r["actor_canonical"]} if r["actor"] else None,
        "target": {"text": r["target"], "canonical": r["target_canonical"]} if r["target"] else None,
        "location": loc,
        "date": r["event_date"], "date_precision": r["date_precision"],
        "evidence": {"text": r["evidence"], "start": r["evidence_start"], "end": r["evidence_end"]},
        "historical": bool(r["historical"]), "confidence": r["confidence"],
        "article": article,
    }


def list_events(store: Store, index: EventIndex, f: EventFilter, paging: Paging) -> dict[str, Any]:
    """One page of matching events, newest article first; the index picks them, the store
    supplies their full rows."""
    positions = index.select(f)
    keys = index.keys(positions[paging.offset:paging.offset + paging.page_size])
    items: list[dict[str, Any]] = []
    if keys:
        # Each pair is a primary-key lookup (SQLite's multi-index OR); a row-value IN over the
        # pairs would scan the table, and fetching whole articles' events reads rows for nothing.
        match = " OR ".join(["(e.article_id = ? AND e.idx = ?)"] * len(keys))
        rows = store.query(f"SELECT {_EVENT_COLS} FROM events e WHERE {match}", [v for k in keys for v in k])
        by_key = {(r["article_id"], r["idx"]): r for r in rows}
        items = [event_dict(by_key[k], index.article_meta(k[0])) for k in keys if k in by_key]
    return _page(items, len(positions), paging)


def get_event(store: Store, article_id: str, idx: int) -> dict[str, Any] | None:
    rows = store.query(f"SELECT {_EVENT_COLS}, a.title, a.source, a.published FROM events e"
                       " JOIN articles a ON a.id = e.article_id WHERE e.article_id = ? AND e.idx = ?",
                       [article_id, idx])
    if not rows:
        return None
    r = rows[0]
    return event_dict(r, {"title": r["title"], "source": r["source"], "published": r["published"]})


def _most_common_text(store: Store, key_sql: str, table: str, keys: list[str]) -> dict[str, str]:
    """The most frequent surface form behind each aggregate key (what a reader would call it)."""
    if not keys:
        return {}
    marks = ",".join("?" * len(keys))
    rows = store.query(f"SELECT {key_sql} AS k, text, COUNT(*) AS n FROM {table}"
                       f" WHERE {key_sql} IN ({marks}) GROUP BY {key_sql}, text", keys)
    best: dict[str, tuple[int, str]] = {}
    for r in rows:
        if r["k"] not in best or (r["n"], r["text"]) > best[r["k"]]:
            best[r["k"]] = (r["n"], r["text"])
    return {k: v[1] for k, v in best.items()}


def actors(store: Store, q: str | None, label: str | None, paging: Paging) -> dict[str, Any]:
    """Entities aggregated by canonical id (else normalised text), most mentioned first."""
    conds, params = ["1=1"], []
    if q:
        conds.append("(text LIKE ? ESCAPE '\\' OR canonical = ? OR norm LIKE ? ESCAPE '\\')")
        params += [like_pattern(q), q, like_pattern(q)]
    if label:
        conds.append("label = ?")
        params.append(label)
    key = "COALESCE(canonical, norm)"
    base = (f"SELECT {key} AS key, MAX(canonical) AS canonical, MAX(label) AS label, MAX(kind) AS kind,"
            f" COUNT(*) AS mentions, COUNT(DISTINCT article_id) AS articles FROM entities"
            f" WHERE {' AND '.join(conds)} GROUP BY {key}")
    rows = store.query(base + " ORDER BY mentions DESC, key LIMIT ? OFFSET ?",
                       [*params, paging.page_size, paging.offset])
    names = _most_common_text(store, key, "entities", [r["key"] for r in rows])
    for r in rows:
        r["name"] = names.get(r["key"], r["key"])
    return _page(rows, _count(store, base, params), paging)


def places(store: Store, q: str | None, country: str | None, paging: Paging) -> dict[str, Any]:
    conds, params = ["1=1"], []
    if q:
        conds.append("(text LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\')")
        params += [like_pattern(q), like_pattern(q)]
    if country:
        conds.append("country = ?")
        params.append(country.upper())
    base = ("SELECT name, MAX(country) AS country, MAX(feature) AS feature, MAX(lat) AS lat, MAX(lon) AS lon,"
            " COUNT(*) AS mentions, COUNT(DISTINCT article_id) AS articles, MIN(text) AS text FROM places"
            f" WHERE {' AND '.join(conds)} GROUP BY name")
    rows = store.query(base + " ORDER BY mentions DESC, name LIMIT ? OFFSET ?",
                       [*params, paging.page_size, paging.offset])
    return _page(rows, _count(store, base, params), paging)


def _published_between(conds: list[str], params: list[Any], date_from: str | None, date_to: str | None) -> None:
    """Add the article publication-date range to a WHERE clause being built."""
    if date_from:
        conds.append("a.published >= ?")
        params.append(date_from)
    if date_to:
        conds.append("a.published <= ?")
        params.append(date_to)


def quotes(store: Store, speaker: str | None, q: str | None, article: str | None,
           date_from: str | None, date_to: str | None, paging: Paging) -> dict[str, Any]:
    conds, params = ["1=1"], []
    if speaker:
        conds.append("(q.speaker_canonical = ? OR q.speaker LIKE ? ESCAPE '\\')")
        params += [speaker, like_pattern(speaker)]
    if q:
        conds.append("q.quote LIKE ? ESCAPE '\\'")
        params.append(like_pattern(q))
    if article:
        conds.append("q.article_id = ?")
        params.append(article)
    _published_between(conds, params, date_from, date_to)
    base = ("SELECT q.article_id, q.idx, q.speaker, q.speaker_canonical, q.cue, q.outlet, q.outlet_canonical,"
            " q.quote, q.quote_start, q.quote_end, q.direct, a.title, a.published"
            f" FROM quotes q JOIN articles a ON a.id = q.article_id WHERE {' AND '.join(conds)}")
    rows = store.query(base + " ORDER BY a.published DESC NULLS LAST, q.article_id, q.idx LIMIT ? OFFSET ?",
                       [*params, paging.page_size, paging.offset])
    for r in rows:
        r["direct"] = bool(r["direct"])
    return _page(rows, _count(store, base, params), paging)


def articles(store: Store, q: str | None, source: str | None, date_from: str | None, date_to: str | None,
             paging: Paging) -> dict[str, Any]:
    conds, params = ["1=1"], []
    if q:
        conds.append("a.title LIKE ? ESCAPE '\\'")
        params.append(like_pattern(q))
    if source:
        conds.append("a.source = ?")
        params.append(source)
    _published_between(conds, params, date_from, date_to)
    base = ("SELECT a.id, a.title, a.source, a.url, a.published,"
            " (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id) AS n_events"
            f" FROM articles a WHERE {' AND '.join(conds)}")
    rows = store.query(base + " ORDER BY a.published DESC NULLS LAST, a.id LIMIT ? OFFSET ?",
                       [*params, paging.page_size, paging.offset])
    return _page(rows, _count(store, base, params), paging)


def stats(store: Store) -> dict[str, Any]:
    s = store.stats()
    s.pop("url", None)  # a server path is nobody's business
    row = store.query("SELECT MIN(published) AS first, MAX(published) AS last FROM articles")[0]
    sources = store.query("SELECT source, COUNT(*) AS n FROM articles GROUP BY source ORDER BY n DESC LIMIT 50")
    by_source: dict[str, int] = defaultdict(int)
    for r in sources:
        by_source[r["source"] or ""] += r["n"]
    return {**s, "published": row, "sources": dict(by_source)}
