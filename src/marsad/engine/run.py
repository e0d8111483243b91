"""``run_shards``: plan shards, skip the complete ones, process the rest on an engine, then load
every shard's records into the store (idempotent: an article saved again is replaced)."""

from __future__ import annotations

import fcntl
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import MarsadError, Skipped
from .load import save_records
from .shards import Shard, ShardResult, plan_shards, read_records, remove_partial, resumed_result

log = logging.getLogger("marsad.engine")
ENGINES = ("local", "ray")


@dataclass(slots=True)
class RunSummary:
    engine: str
    workers: int
    shards: int = 0
    processed: int = 0  # shards processed in this run
    resumed: int = 0  # shards already complete from an earlier run
    failed: list[ShardResult] = field(default_factory=list)
    records: int = 0  # articles in all complete shards
    processed_records: int = 0  # articles processed in this run
    skipped: int = 0
    seconds: float = 0.0  # processing only (not loading)
    loaded: int = 0
    load_seconds: float = 0.0
    run_id: str | None = None
    input_skips: list[Skipped] = field(default_factory=list)  # inputs that are not files at all

    @property
    def articles_per_second(self) -> float:
        return self.processed_records / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {"engine": self.engine, "workers": self.workers, "shards": self.shards, "processed": self.processed,
                "resumed": self.resumed, "failed": [{"shard": r.shard, "error": r.error} for r in self.failed],
                "records": self.records, "processed_records": self.processed_records, "skipped": self.skipped, "seconds": round(self.seconds, 3),
                "loaded": self.loaded, "load_seconds": round(self.load_seconds, 3)}


def expand_inputs(inputs: Iterable[str | Path]) -> tuple[list[Path], list[Skipped]]:
    """Files named, in folders (recursively) or matched by globs; each file becomes a shard."""
    from ..ingest import expand_paths

    files: list[Path] = []
    missing: list[Skipped] = []
    for item in expand_paths(str(p) for p in inputs):
        if isinstance(item, Skipped):
            missing.append(item)
        elif item == "-" or item.startswith(("http://", "https://")):
            missing.append(Skipped(item, "the engine runs on files only; save it to a file first"))
        elif Path(item) not in files:
            files.append(Path(item))
    return files, missing


def _run_engine(engine: str, shards: Sequence[Shard], workers: int,
                stages: Sequence[str] | None) -> Iterable[ShardResult]:
    if engine == "local":
        from .local import iter_local

        return iter_local(shards, workers, stages)
    if engine == "ray":
        from .ray_backend import iter_ray

        return iter_ray(shards, workers, stages)
    raise MarsadError(f"unknown engine {engine!r}; use one of: {', '.join(ENGINES)}")


def run_shards(inputs: Sequence[str | Path], out_dir: Path, engine: str = "local", workers: int = 2,
               store_url: str | None = None, *, stages: Sequence[str] | None = None,
               command: str = "run", on_shard: Callable[[ShardResult], None] | None = None) -> RunSummary:
    """Process every input file as a shard into ``out_dir`` (resuming), then load the store.

    ``stages`` narrows the pipeline (default: all stages); ``on_shard`` is called as each shard
    finishes, for progress display. The local engine spawns its workers, so a script calling this
    needs the usual ``if __name__ == "__main__":`` guard."""
    if engine not in ENGINES:
        raise MarsadError(f"unknown engine {engine!r}; use one of: {', '.join(ENGINES)}")
    if workers < 1:
        raise MarsadError("--workers must be at least 1")
    files, input_skips = expand_inputs(inputs)
    out_dir.mkdir(parents=True, exist_ok=True)
    with _exclusive(out_dir):
        return _run_locked(files, input_skips, out_dir, engine, workers, store_url, stages, command, on_shard)


@contextmanager
def _exclusive(out_dir: Path) -> Iterator[None]:
    """One run per output folder: a second one would delete the first's files in progress."""
    with open(out_dir / ".marsad-run.lock", "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise MarsadError(f"{out_dir}: another `marsad run` is using this folder; wait for it or"
                              " pass another --out") from None
        yield  # the lock goes with the file's closing, also when the process is killed


def _run_locked(files: list[Path], input_skips: list[Skipped], out_dir: Path, engine: str, workers: int,
                store_url: str | None, stages: Sequence[str] | None, command: str,
                on_shard: Callable[[ShardResult], None] | None) -> RunSummary:
    remove_partial(out_dir)
    shards = plan_shards(files, out_dir)
    summary = RunSummary(engine, workers, shards=len(shards), input_skips=input_skips)

    results: dict[str, ShardResult] = {}
    todo = []
    for shard in shards:
        marker = shard.done()
        if marker is None:
            todo.append(shard)
        else:
            results[shard.name] = resumed_result(shard, marker)
    summary.resumed = len(results)
    # Biggest first: a large shard started last would leave the other workers idle at the end.
    todo.sort(key=lambda s: s.input.stat().st_size, reverse=True)

    t0 = time.perf_counter()
    for result in _run_engine(engine, todo, workers, stages) if todo else ():
        results[result.shard] = result
        if result.error:
            log.error("shard %s failed: %s", result.shard, result.error)
        if on_shard:
            on_shard(result)
    summary.seconds = time.perf_counter() - t0

    for shard in shards:
        res = results[shard.name]
        if res.error:
            summary.failed.append(res)
            continue
        if not res.resumed:
            summary.processed += 1
            summary.processed_records += res.records
        summary.records += res.records
        summary.skipped += len(res.skipped)
    if store_url:
        _load(shards, results, store_url, summary, command)
    return summary


def _load(shards: Sequence[Shard], results: dict[str, ShardResult], store_url: str, summary: RunSummary,
          command: str) -> None:
    from ..store import open_store

    t0 = time.perf_counter()
    with open_store(store_url) as store:
        run_id = store.start_run(command)
        summary.run_id = run_id
        for skip in summary.input_skips:
            store.record_skip(skip.input, skip.reason, run_id)
        for shard in shards:  # input order, so the store's run log reads as the inputs were given
            res = results[shard.name]
            if res.error:
                continue
            summary.loaded += save_records(store, read_records(shard), run_id)  # one transaction per shard
            for skip in res.skipped:  # every run logs the skips of its inputs, resumed or not
                store.record_skip(skip["input"], skip["reason"], run_id)
        summary.load_seconds = time.perf_counter() - t0
        store.finish_run(run_id, summary.as_dict())
