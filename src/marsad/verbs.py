"""The Python API: the same verbs as the CLI, returning data instead of printing it.

    >>> import marsad
    >>> summary = marsad.ingest(["article.txt"], db="marsad.db")
    >>> record = marsad.show(summary.ids[0], db="marsad.db")
"""

from __future__ import annotations

import contextlib
import csv
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .config import SETTINGS
from .errors import MarsadError, Skipped
from .ingest import read_inputs
from .pipeline import DEFAULT_STAGES, Pipeline, RunStats
from .record import Article
from .store import Store, open_store

Progress = Callable[[int], None]


@dataclass
class Summary:
    """What a run did: articles stored/written, inputs skipped (with reasons), counters."""

    stats: RunStats
    ids: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    unchanged: int = 0  # already stored with the same content: nothing to do

    def line(self) -> str:
        s = self.stats
        parts = [f"{s.articles} articles processed", f"{len(self.skipped)} skipped",
                 f"{s.duplicates} exact duplicates"]
        if self.unchanged:
            parts.append(f"{self.unchanged} unchanged")
        return ", ".join(parts)


def _articles(paths: Iterable[str], stages: Iterable[str], summary: Summary,
              progress: Progress | None, skip: Callable[[Article], bool] | None = None) -> Iterator[Article]:
    pipeline = Pipeline.default(tuple(stages))
    pipeline.stats = summary.stats

    def fresh() -> Iterator[Article | Skipped]:
        for item in read_inputs(paths):
            if skip is not None and isinstance(item, Article) and skip(item):
                summary.unchanged += 1
                continue
            yield item

    for n, item in enumerate(pipeline.run(fresh()), 1):
        if progress:
            progress(n)
        if isinstance(item, Skipped):
            summary.skipped.append(item)
        else:
            summary.ids.append(item.id)
            yield item


def ingest(paths: Iterable[str], db: str | Store = SETTINGS.db_url, stages: Iterable[str] = DEFAULT_STAGES,
           progress: Progress | None = None, force: bool = False) -> Summary:
    """Process ``paths`` and store every article. Articles already stored with the same content
    are left alone (re-runs are idempotent and resume after a crash); ``force`` redoes them."""
    store = open_store(db) if isinstance(db, str) else db
    summary = Summary(RunStats())
    run_id = store.start_run("ingest " + " ".join(map(str, paths)))
    batch: list[Article] = []

    def unchanged(a: Article) -> bool:
        return not force and store.has(a.id, a.metadata.get("content_hash"))

    try:
        for article in _articles(paths, stages, summary, progress, unchanged):
            batch.append(article)
            if len(batch) >= SETTINGS.batch_size:
                store.save_many(batch, run_id)
                batch.clear()
        if batch:
            store.save_many(batch, run_id)
        for s in summary.skipped:
            store.record_skip(s.input, s.reason, run_id)
    finally:
        store.finish_run(run_id, {**summary.stats.as_dict(), "unchanged": summary.unchanged})
        if isinstance(db, str):
            store.close()
    return summary


def extract(paths: Iterable[str], out: IO[str], stages: Iterable[str] = DEFAULT_STAGES,
            progress: Progress | None = None) -> Summary:
    """Stream public records as JSONL to ``out``; no database involved."""
    summary = Summary(RunStats())
    for article in _articles(paths, stages, summary, progress):
        out.write(json.dumps(article.to_record(), ensure_ascii=False) + "\n")
    return summary


def show(article_id: str, db: str = SETTINGS.db_url) -> dict[str, Any]:
    with open_store(db) as store:
        record = store.get(article_id)
    if record is None:
        raise MarsadError(f"no article with id {article_id!r} in {db}; `marsad stats` lists what is stored")
    return record


def stats(db: str = SETTINGS.db_url) -> dict[str, Any]:
    with open_store(db) as store:
        return store.stats()


EXPORT_COLUMNS = ("id", "published", "source", "url", "title", "n_entities", "n_places", "n_quotes", "n_events",
                  "event_types", "text")


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    return {"id": record["id"], "published": record.get("published"), "source": record.get("source"),
            "url": record.get("url"), "title": record.get("title"), "n_entities": len(record["entities"]),
            "n_places": len(record["places"]), "n_quotes": len(record["quotes"]), "n_events": len(record["events"]),
            "event_types": ";".join(sorted({e["type"] for e in record["events"]})), "text": record["text"]}


def export(db: str, fmt: str, out: Path | None, stdout: IO[str] | None = None) -> int:
    """Write every stored record: jsonl (full records), csv or parquet (one row per article,
    nested fields as JSON strings in parquet). Returns the number of records."""
    if fmt not in ("jsonl", "csv", "parquet"):
        raise MarsadError(f"unknown export format {fmt!r}; use jsonl, csv or parquet")
    if fmt == "parquet" and out is None:
        raise MarsadError("parquet is binary: give an output file with -o")
    n = 0
    with open_store(db) as store:
        records = store.iter_records()
        if fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            rows = []
            for rec in records:
                row = _flat(rec)
                for key in ("entities", "places", "quotes", "events", "removed"):
                    row[key] = json.dumps(rec[key], ensure_ascii=False)
                rows.append(row)
            pq.write_table(pa.Table.from_pylist(rows), str(out))
            return len(rows)
        with contextlib.ExitStack() as stack:
            fh = stack.enter_context(open(out, "w", encoding="utf-8", newline="")) if out else stdout
            assert fh is not None
            writer = csv.DictWriter(fh, fieldnames=EXPORT_COLUMNS) if fmt == "csv" else None
            if writer:
                writer.writeheader()
            for rec in records:
                if writer:
                    writer.writerow(_flat(rec))
                else:
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    return n
