"""Distributed runs: one input file is one shard; ``run_shards`` processes shards on the local
engine (multiprocessing) or on Ray, writes per-shard outputs with done markers (resumable), then
loads the records into the store."""

from .load import article_from_record, save_records
from .run import ENGINES, RunSummary, run_shards

__all__ = ["ENGINES", "RunSummary", "article_from_record", "run_shards", "save_records"]
