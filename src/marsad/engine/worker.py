"""What runs inside a worker process, whichever engine started it: the pipeline is built once per
process (``Pipeline.default`` caches it), then reused for every shard the worker is given."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..errors import MarsadError
from .shards import Shard, ShardResult, process_shard

_load_error: str | None = None  # why this worker's pipeline failed to load, reported per shard


def load_pipeline(stages: Sequence[str] | None = None) -> Any:  # a marsad.pipeline.Pipeline
    from ..pipeline import DEFAULT_STAGES, Pipeline

    return Pipeline.default(tuple(stages) if stages else DEFAULT_STAGES)


def init_worker(stages: Sequence[str] | None = None) -> None:
    """Pool initializer: load the models before the first shard arrives. A failure is kept and
    raised with the first shard, so the parent sees the cause (a dying initializer only says
    'a process terminated abruptly')."""
    global _load_error
    try:
        load_pipeline(stages)
    except Exception as exc:  # noqa: BLE001 - any load failure is reported to the parent
        _load_error = f"{type(exc).__name__}: {exc}"


def run_shard(shard: Shard, stages: Sequence[str] | None = None) -> ShardResult:
    if _load_error is not None:
        raise MarsadError(f"the pipeline failed to load in a worker ({_load_error})")
    return process_shard(shard, load_pipeline(stages))
