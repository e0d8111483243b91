"""The Ray engine (optional extra ``marsad[ray]``): one actor per worker holds the pipeline, and an
ActorPool hands it shards. Inputs and the output folder must be on a file system every node sees
(always true on a single machine). Connects to ``RAY_ADDRESS`` when set, else starts a private
local Ray with ``workers`` CPUs and stops it afterwards."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator, Sequence
from typing import Any

from ..errors import MissingExtra
from .shards import Shard, ShardResult

log = logging.getLogger("marsad.engine")
_LOOPBACK = ("127.", "localhost", "[::1]", "::1")


def _on_loopback(address: str | None) -> bool:
    return address is None or address.removeprefix("ray://").startswith(_LOOPBACK)


def _import_ray(address: str | None) -> Any:
    if _on_loopback(address):
        # A one-machine cluster: keep every Ray address on loopback, or Ray advertises (and dials)
        # the machine's outward IP. Read once when ray is imported, so set before the import.
        os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
    try:
        import ray
        from ray._private import ray_constants
    except ImportError as exc:
        raise MissingExtra("ray", "ray") from exc
    if _on_loopback(address) and getattr(ray_constants, "ENABLE_RAY_CLUSTER", False):
        ray_constants.ENABLE_RAY_CLUSTER = False  # ray was imported before the variable was set
    return ray


def _init(ray: Any, workers: int, address: str | None) -> bool:
    """Connect or start; True when we started Ray here (and so must shut it down)."""
    if ray.is_initialized():
        return False
    options: dict[str, Any] = {"log_to_driver": False, "logging_level": "WARNING"}
    if address:
        ray.init(address=address, **options)
    else:
        ray.init(address="local", num_cpus=workers, include_dashboard=False, **options)  # a private one
    return True


def iter_ray(shards: Sequence[Shard], workers: int, stages: Sequence[str] | None = None,
             address: str | None = None) -> Iterator[ShardResult]:
    address = address or os.environ.get("RAY_ADDRESS") or None
    ray = _import_ray(address)
    if not shards:
        return
    from ray.util import ActorPool

    from .worker import init_worker, run_shard

    @ray.remote(num_cpus=1)
    class ShardWorker:
        def __init__(self, stages: Sequence[str] | None) -> None:
            self.stages = stages
            init_worker(stages)  # models load once per actor; a failure is raised with the first shard

        def run(self, shard: Shard) -> ShardResult:
            return run_shard(shard, self.stages)

    started = _init(ray, workers, address)
    cpus = int(ray.cluster_resources().get("CPU", 0))
    if 0 < cpus < workers:  # an actor that never gets a CPU would hold its shard forever
        log.warning("the Ray cluster has %d CPUs: using %d workers, not %d", cpus, cpus, workers)
        workers = cpus
    actors = [ShardWorker.remote(stages) for _ in range(min(workers, len(shards)))]
    try:
        yield from ActorPool(actors).map_unordered(lambda actor, shard: actor.run.remote(shard), list(shards))
    finally:
        for actor in actors:
            ray.kill(actor)
        if started:
            ray.shutdown()
