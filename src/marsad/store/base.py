"""The store interface over a DB-API connection. SQL is written once with ``?`` placeholders;
a back-end that uses another paramstyle (PostgreSQL: ``%s``) converts it in ``_sql``."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, Self

from ..record import Article
from ..text.normalize import match_key
from .schema import CHILD_TABLES, MIGRATIONS, SCHEMA_VERSION


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """Articles and everything extracted from them. Each article is written in one transaction
    with its children, so a crash never leaves half an article; writing the same article again
    replaces it (idempotent re-runs)."""

    placeholder = "?"

    def __init__(self, conn: Any, url: str) -> None:
        self.conn = conn
        self.url = url
        self.migrate()

    # -- plumbing -------------------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        return sql if self.placeholder == "?" else sql.replace("?", self.placeholder)

    def execute(self, sql: str, params: Iterable[Any] = ()) -> Any:
        cur = self.conn.cursor()
        cur.execute(self._sql(sql), tuple(params))
        return cur

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        """Run a read query and return rows as dicts."""
        cur = self.execute(sql, params)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def schema_version(self) -> int:
        """The schema version this database is at (a read: safe on read-only connections)."""
        row = self.execute("SELECT MAX(version) FROM schema_version").fetchone()
        return int(row[0] or 0)

    def migrate(self) -> None:
        """Apply the migrations this database has not seen yet, each in its own transaction."""
        self.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        self.conn.commit()
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise RuntimeError(f"{self.url}: database schema v{current} is newer than this Marsad (v{SCHEMA_VERSION});"
                               " upgrade Marsad")
        for version in range(current, SCHEMA_VERSION):
            for stmt in MIGRATIONS[version]:
                self.execute(stmt)
            self.execute("INSERT INTO schema_version (version) VALUES (?)", (version + 1,))
            self.conn.commit()

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------
    def save_many(self, articles: Iterable[Article], run_id: str | None = None) -> int:
        """Write a batch in one transaction; on error nothing of the batch is kept."""
        n = 0
        try:
            for art in articles:
                self._write_article(art, run_id)
                n += 1
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise
        return n

    def save(self, article: Article, run_id: str | None = None) -> None:
        self.save_many([article], run_id)

    def _write_article(self, art: Article, run_id: str | None) -> None:
        rec = art.to_record()
        for table in CHILD_TABLES:
            self.execute(f"DELETE FROM {table} WHERE article_id = ?", (art.id,))
        self.execute("DELETE FROM articles WHERE id = ?", (art.id,))
        self.execute(
            "INSERT INTO articles (id, content_hash, source, url, title, published, author, lang, raw, text,"
            " metadata, record, run_id, stored_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (art.id, art.metadata.get("content_hash", ""), art.source, art.url, art.title, art.published,
             art.author, art.lang, art.raw, art.text, json.dumps(art.metadata, ensure_ascii=False),
             json.dumps(rec, ensure_ascii=False), run_id, _now()))
        self._insert("removals", [(art.id, i, r.raw_start, r.raw_end, r.reason, r.text)
                                  for i, r in enumerate(art.removed)])
        self._insert("entities", [(art.id, i, e.start, e.end, e.text, match_key(e.text), e.label, e.canonical,
                                   e.kind, e.confidence) for i, e in enumerate(art.entities)])
        self._insert("places", [(art.id, i, p.start, p.end, p.text, p.name, p.country, p.feature, p.lat, p.lon,
                                 p.precision) for i, p in enumerate(art.places)])
        self._insert("quotes", [
            (art.id, i, q.speaker.text if q.speaker else None, q.speaker.canonical if q.speaker else None,
             q.cue.text if q.cue else None, q.outlet.text if q.outlet else None,
             q.outlet.canonical if q.outlet else None, q.quote.text, q.quote.start, q.quote.end, int(q.direct))
            for i, q in enumerate(art.quotes)])
        self._insert("events", [
            (art.id, i, e.type, e.mode, e.trigger.text,
             e.actor.text if e.actor else None, e.actor.canonical if e.actor else None,
             e.target.text if e.target else None, e.target.canonical if e.target else None,
             e.location.text if e.location else None, e.location.name if e.location else None,
             e.location.lat if e.location else None, e.location.lon if e.location else None,
             e.date, e.date_precision, e.evidence.text, e.evidence.start, e.evidence.end,
             int(e.historical), e.confidence)
            for i, e in enumerate(art.events)])

    def _insert(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        marks = ",".join("?" * len(rows[0]))
        cur = self.conn.cursor()
        cur.executemany(self._sql(f"INSERT INTO {table} VALUES ({marks})"), rows)

    def record_skip(self, input_name: str, reason: str, run_id: str | None = None) -> None:
        self.execute("INSERT INTO skipped (input, reason, run_id, at) VALUES (?,?,?,?)",
                     (input_name, reason, run_id, _now()))
        self.conn.commit()

    def start_run(self, command: str) -> str:
        run_id = uuid.uuid4().hex[:12]
        self.execute("INSERT INTO runs (id, command, started_at) VALUES (?,?,?)", (run_id, command, _now()))
        self.conn.commit()
        return run_id

    def finish_run(self, run_id: str, stats: dict[str, Any]) -> None:
        self.execute("UPDATE runs SET finished_at = ?, stats = ? WHERE id = ?",
                     (_now(), json.dumps(stats, ensure_ascii=False), run_id))
        self.conn.commit()

    # -- reading --------------------------------------------------------------------------
    def has(self, article_id: str, content_hash: str | None = None) -> bool:
        """True when this article is stored (with this content, when a hash is given)."""
        row = self.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None and (content_hash is None or row[0] == content_hash)

    def get(self, article_id: str) -> dict[str, Any] | None:
        """The stored public record of one article, or None."""
        row = self.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def iter_records(self, batch: int = 500) -> Iterator[dict[str, Any]]:
        last = ""
        while True:
            rows = self.execute("SELECT id, record FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                                (last, batch)).fetchall()
            if not rows:
                return
            for _, rec in rows:
                yield json.loads(rec)
            last = rows[-1][0]

    def stats(self) -> dict[str, Any]:
        counts = {t: self.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("articles", *CHILD_TABLES, "runs", "skipped")}
        by_type = {r["type"]: r["n"] for r in self.query(
            "SELECT type, COUNT(*) AS n FROM events GROUP BY type ORDER BY n DESC")}
        return {"url": self.url, "schema_version": self.schema_version(), "counts": counts,
                "events_by_type": by_type}
