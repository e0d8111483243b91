"""The local engine: a process pool, nothing to install. Workers are spawned (fresh interpreters,
as Ray's are) and each loads the pipeline once, in its initializer. ProcessPoolExecutor rather
than multiprocessing.Pool: a worker that dies (a model that fails to load, the OOM killer) breaks
the pool with an error instead of being replaced forever."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed

from .shards import Shard, ShardResult
from .worker import init_worker, run_shard


def iter_local(shards: Sequence[Shard], workers: int, stages: Sequence[str] | None = None) -> Iterator[ShardResult]:
    if not shards:
        return
    with ProcessPoolExecutor(min(workers, len(shards)), mp_context=mp.get_context("spawn"),
                             initializer=init_worker, initargs=(stages,)) as pool:
        futures = [pool.submit(run_shard, shard, stages) for shard in shards]  # in the caller's order
        try:
            for future in as_completed(futures):
                yield future.result()
        except BaseException:
            for future in futures:
                future.cancel()
            raise
