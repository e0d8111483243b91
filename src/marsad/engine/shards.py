"""One shard = one input file. Processing a shard writes ``<name>.jsonl`` (one record per line,
in input order) and then ``<name>.done`` (counts and skips), each through a temporary file and an
atomic rename: a shard with a marker is complete, one without is redone from scratch, so a killed
run resumes where it stopped. The same function runs in every engine, so outputs are byte-identical
whichever engine or worker processed a shard."""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import Skipped

DONE_SUFFIX = ".done"
RECORDS_SUFFIX = ".jsonl"
_INPUT_SUFFIXES = re.compile(r"(\.(jsonl|json|ndjson|txt|html?|warc|xml|rss|atom))?(\.gz)?$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Shard:
    input: Path  # absolute, so a worker with another working directory finds it
    name: str
    out_dir: Path

    @property
    def records(self) -> Path:
        return self.out_dir / f"{self.name}{RECORDS_SUFFIX}"

    @property
    def marker(self) -> Path:
        return self.out_dir / f"{self.name}{DONE_SUFFIX}"

    def fingerprint(self) -> dict[str, int]:
        """Size and mtime of the input: a marker for a since-changed input does not count."""
        st = self.input.stat()
        return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}

    def done(self) -> dict[str, Any] | None:
        """The marker's content when this shard is complete for the current input, else None."""
        try:
            marker = json.loads(self.marker.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if marker.get("input_fingerprint") != self.fingerprint() or not self.records.exists():
            return None
        return marker


@dataclass(slots=True)
class ShardResult:
    shard: str
    records: int = 0
    skipped: list[dict[str, str]] = field(default_factory=list)
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # the worker's own CPU time: wall time less waiting for a busy machine
    error: str | None = None  # the shard could not be processed at all; it has no marker
    resumed: bool = False  # complete from an earlier run, not processed now


def shard_name(path: Path) -> str:
    stem = _INPUT_SUFFIXES.sub("", path.name) or path.name
    return re.sub(r"[^\w.-]+", "_", stem)


def plan_shards(files: Iterable[Path], out_dir: Path) -> list[Shard]:
    """Shards for ``files``, named after each file; names that collide get a hash of the path."""
    paths = [p.resolve() for p in files]
    names = [shard_name(p) for p in paths]
    out_dir = out_dir.resolve()
    shards = []
    for path, name in zip(paths, names):
        if names.count(name) > 1:
            name = f"{name}-{hashlib.sha1(str(path).encode()).hexdigest()[:8]}"
        shards.append(Shard(path, name, out_dir))
    return shards


def _atomic_write(target: Path, lines: Iterable[str]) -> None:
    tmp = target.with_name(f"{target.name}.tmp{os.getpid()}")
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.writelines(lines)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def remove_partial(out_dir: Path) -> None:
    """Temporary files a killed run left behind (only ours: ``<shard>.jsonl.tmp<pid>``, ``.done.tmp…``)."""
    for pattern in (f"*{RECORDS_SUFFIX}.tmp*", f"*{DONE_SUFFIX}.tmp*"):
        for tmp in out_dir.glob(pattern):
            tmp.unlink(missing_ok=True)


def dump_record(article: Any) -> str:
    """One output line: the public record, plus ``author`` and ``raw`` so the store can be loaded
    from the outputs alone (the record contract allows added fields)."""
    rec = article.to_record()
    rec["author"] = article.author
    rec["raw"] = article.raw
    return json.dumps(rec, ensure_ascii=False) + "\n"


def process_shard(shard: Shard, pipeline: Any) -> ShardResult:
    """Run ``pipeline`` over every article of the shard's input and write its outputs."""
    from ..ingest import read_inputs

    t0, c0 = time.perf_counter(), time.process_time()
    result = ShardResult(shard.name)
    try:
        fingerprint = shard.fingerprint()

        def lines() -> Iterator[str]:
            for item in pipeline.run(read_inputs([str(shard.input)])):
                if isinstance(item, Skipped):
                    result.skipped.append({"input": item.input, "reason": item.reason})
                else:
                    result.records += 1
                    yield dump_record(item)

        shard.out_dir.mkdir(parents=True, exist_ok=True)
        _atomic_write(shard.records, lines())
        result.seconds = round(time.perf_counter() - t0, 3)
        result.cpu_seconds = round(time.process_time() - c0, 3)
        marker = {"input": str(shard.input), "input_fingerprint": fingerprint, **asdict(result)}
        del marker["shard"], marker["error"], marker["resumed"]
        _atomic_write(shard.marker, [json.dumps(marker, ensure_ascii=False, indent=1) + "\n"])
    except Exception as exc:  # noqa: BLE001 - one unreadable shard must not stop the others; retried next run
        result.error = f"{type(exc).__name__}: {exc}"
        result.seconds = round(time.perf_counter() - t0, 3)
    return result


def resumed_result(shard: Shard, marker: dict[str, Any]) -> ShardResult:
    return ShardResult(shard.name, marker.get("records", 0), marker.get("skipped", []),
                       marker.get("seconds", 0.0), marker.get("cpu_seconds", 0.0), resumed=True)


def read_records(shard: Shard) -> Iterator[dict[str, Any]]:
    with open(shard.records, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)
