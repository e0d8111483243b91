"""Corpus operations over a Store: compute duplicate and event clusters, save them, read them back.
Portable SQL only (``?`` placeholders through Store.execute/query), so SQLite and PostgreSQL
store and return the same clusters."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..store.base import Store
from .dedup import DedupConfig, DedupResult, Doc, DupCluster, DupMember, find_near_duplicates
from .event_clusters import EventCluster, EventRef, cluster_event_rows


def _iter_docs(store: Store, batch: int = 1000) -> Iterator[Doc]:
    """Every stored article (cleaned text, else raw), in id order, paged by key."""
    last = ""
    while True:
        rows = store.query("SELECT id, text, raw, published FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                           (last, batch))
        if not rows:
            return
        for r in rows:
            yield Doc(r["id"], r["text"] or r["raw"] or "", r["published"])
        last = rows[-1]["id"]


def _replace(store: Store, table: str, rows: list[tuple[Any, ...]]) -> None:
    try:
        store.execute(f"DELETE FROM {table}")
        for i in range(0, len(rows), 5000):
            store._insert(table, rows[i:i + 5000])
        store.conn.commit()
    except BaseException:
        store.conn.rollback()
        raise


def find_duplicates(store: Store, config: DedupConfig | None = None) -> DedupResult:
    """Detect exact and near-duplicate articles across the store and save the clusters
    (table ``dup_clusters``, replacing the previous ones)."""
    result = find_near_duplicates(_iter_docs(store), config)
    rows = [(m.article_id, c.cluster_id, c.representative, m.kind, m.similarity, c.kind, c.size)
            for c in result.clusters for m in c.members]
    _replace(store, "dup_clusters", rows)
    return result


def duplicate_clusters(store: Store, kind: str | None = None, min_size: int = 2, limit: int | None = None,
                       offset: int = 0) -> list[DupCluster]:
    """Stored duplicate clusters, largest first; ``kind`` = exact | near to keep one kind."""
    sql = "SELECT article_id, cluster_id, representative, kind, similarity, cluster_kind, cluster_size" \
          " FROM dup_clusters WHERE cluster_size >= ?"
    params: list[Any] = [min_size]
    if kind:
        sql += " AND cluster_kind = ?"
        params.append(kind)
    clusters: dict[str, DupCluster] = {}
    for r in store.query(sql, params):
        c = clusters.setdefault(r["cluster_id"], DupCluster(r["cluster_id"], r["representative"],
                                                            r["cluster_kind"], []))
        c.members.append(DupMember(r["article_id"], r["kind"], float(r["similarity"])))
    rank = {"representative": 0, "exact": 1, "near": 2}
    for c in clusters.values():
        c.members.sort(key=lambda m: (rank.get(m.kind, 3), -m.similarity, m.article_id))
    out = sorted(clusters.values(), key=lambda c: (-c.size, c.representative))
    return out[offset:offset + limit] if limit is not None else out[offset:]


def duplicates_of(store: Store, article_id: str) -> DupCluster | None:
    """The stored duplicate cluster holding ``article_id``, or None when it has no duplicate."""
    row = store.query("SELECT cluster_id FROM dup_clusters WHERE article_id = ?", (article_id,))
    if not row:
        return None
    rows = store.query("SELECT article_id, cluster_id, representative, kind, similarity, cluster_kind"
                       " FROM dup_clusters WHERE cluster_id = ?", (row[0]["cluster_id"],))
    c = DupCluster(rows[0]["cluster_id"], rows[0]["representative"], rows[0]["cluster_kind"],
                   [DupMember(r["article_id"], r["kind"], float(r["similarity"])) for r in rows])
    rank = {"representative": 0, "exact": 1, "near": 2}
    c.members.sort(key=lambda m: (rank.get(m.kind, 3), -m.similarity, m.article_id))
    return c


_EVENT_ROWS = (
    "SELECT e.article_id AS article_id, e.idx AS idx, e.type AS type, e.actor AS actor,"
    " e.actor_canonical AS actor_canonical, e.target AS target, e.target_canonical AS target_canonical,"
    " e.location AS location, e.location_name AS location_name, e.event_date AS event_date,"
    " e.date_precision AS date_precision, a.source AS source, a.published AS published"
    " FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.article_id, e.idx")


def cluster_events(store: Store, window_days: int = 3) -> list[EventCluster]:
    """Merge the stored events into cross-article event clusters and save them (table
    ``event_clusters``, one row per event, replacing the previous clustering)."""
    clusters = cluster_event_rows(store.query(_EVENT_ROWS), window_days)
    rows = [(e.article_id, e.idx, c.cluster_id, c.type, c.actor, c.target, c.place, c.date_start, c.date_end,
             c.num_sources, c.num_articles, c.num_events) for c in clusters for e in c.events]
    _replace(store, "event_clusters", rows)
    return clusters


def event_clusters(store: Store, min_sources: int = 1, event_type: str | None = None,
                   limit: int | None = None, offset: int = 0) -> list[EventCluster]:
    """Stored event clusters with at least ``min_sources`` sources, most sources first."""
    sql = ("SELECT c.cluster_id AS cluster_id, c.article_id AS article_id, c.event_idx AS idx, c.type AS type,"
           " c.actor_key AS actor_key, c.target_key AS target_key, c.place_key AS place_key,"
           " c.date_start AS date_start, c.date_end AS date_end, a.source AS source, a.published AS published,"
           " e.event_date AS event_date, e.date_precision AS date_precision"
           " FROM event_clusters c JOIN articles a ON a.id = c.article_id"
           " LEFT JOIN events e ON e.article_id = c.article_id AND e.idx = c.event_idx"
           " WHERE c.num_sources >= ?")
    params: list[Any] = [min_sources]
    if event_type:
        sql += " AND c.type = ?"
        params.append(event_type.upper())
    from .event_clusters import event_date

    clusters: dict[str, EventCluster] = {}
    for r in store.query(sql + " ORDER BY c.cluster_id, c.article_id, c.event_idx", params):
        c = clusters.setdefault(r["cluster_id"], EventCluster(
            r["cluster_id"], r["type"], r["actor_key"], r["target_key"], r["place_key"], r["date_start"],
            r["date_end"]))
        c.events.append(EventRef(r["article_id"], int(r["idx"]), r["source"], r["published"], event_date(r)))
    for c in clusters.values():
        c.events.sort(key=lambda e: (e.date or "9999", e.article_id, e.idx))
    out = sorted(clusters.values(), key=lambda c: (-c.num_sources, -c.num_articles, c.date_start or "9999",
                                                   c.cluster_id))
    return out[offset:offset + limit] if limit is not None else out[offset:]
