"""The whole pipeline, top to bottom. Each stage is ``Article -> Article``:

    ingest (marsad.ingest)      raw input → Article(raw, metadata)
    clean  (marsad.clean)       drop boilerplate and repeats → text + removal log
    text   (marsad.text)        sentences, clitic-segmented tokens
    ner    (marsad.ner)         PER / ORG / LOC / MISC entities
    link   (marsad.link)        entities → canonical actors, places → coordinates
    quotes (marsad.quotes)      who said what, to which outlet
    events (marsad.events)      PLOVER events with actor, target, place, date, evidence

Stages are built once per process (models load once) and looked up by name in ``STAGES`` so a
configuration can swap or drop one, as spaCy's registry does.
"""

from __future__ import annotations

import atexit
import gc
import importlib
import logging
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .errors import MarsadError, Skipped
from .ingest import read_inputs
from .record import Article

log = logging.getLogger("marsad")

Stage = Callable[[Article], Article]

# name → "module:Class" (versioned names would go here when a stage has two implementations)
STAGES: dict[str, str] = {
    "clean": "marsad.clean.cleaner:Cleaner",
    "text": "marsad.text.stage:TextStage",
    "ner": "marsad.ner.stage:NerStage",
    "link": "marsad.link.stage:LinkStage",
    "quotes": "marsad.quotes.stage:QuoteStage",
    "events": "marsad.events.stage:EventStage",
}
DEFAULT_STAGES = tuple(STAGES)
CLEAN_ONLY = ("clean", "text")
FREEZE_EVERY = 256  # articles between two gc.freeze() in Pipeline.run
FULL_GC_EVERY = 100  # gen-1 collections between two automatic full ones in Pipeline.run (CPython: 10)


def build_stage(name: str) -> Stage:
    module_name, cls = STAGES[name].split(":")
    try:
        return getattr(importlib.import_module(module_name), cls)()
    except (OSError, ImportError) as exc:  # a missing model file or optional dependency
        raise MarsadError(f"cannot load the {name!r} stage: {exc}") from exc


_unfreeze_at_exit = False


def freeze_survivors() -> None:
    """``gc.freeze()``, undone when the interpreter exits: objects still frozen then are never
    finalised, so a caller's file left open (and any function defined next to it) would lose its
    unflushed tail (``open(...).write`` in a script that runs the pipeline and never closes)."""
    global _unfreeze_at_exit
    if not _unfreeze_at_exit:
        atexit.register(gc.unfreeze)
        _unfreeze_at_exit = True
    gc.freeze()


@dataclass
class RunStats:
    """Per-run counters, as datatrove's stat_update: kept, skipped by reason, seconds per stage."""

    articles: int = 0
    skipped: int = 0
    duplicates: int = 0
    skipped_by_reason: Counter[str] = field(default_factory=Counter)
    seconds: Counter[str] = field(default_factory=Counter)
    counts: Counter[str] = field(default_factory=Counter)

    def as_dict(self) -> dict[str, Any]:
        return {"articles": self.articles, "skipped": self.skipped, "exact_duplicates": self.duplicates,
                "skipped_by_reason": dict(self.skipped_by_reason),
                "seconds": {k: round(v, 3) for k, v in self.seconds.items()}, "counts": dict(self.counts)}


class Pipeline:
    """Ordered stages; ``process`` runs one article through all of them."""

    _cache: ClassVar[dict[tuple[str, ...], Pipeline]] = {}

    def __init__(self, stage_names: Iterable[str] = DEFAULT_STAGES) -> None:
        self.names = tuple(stage_names)
        self.stages = [(n, build_stage(n)) for n in self.names]
        self.stats = RunStats()
        # The models just loaded live as long as the process: move them (and everything else
        # alive now) out of the cycle collector's reach, so that the full collections during a
        # run do not walk them again (about 7% of the CPU time otherwise). Reference counting
        # still frees any of them that is dropped.
        freeze_survivors()

    @classmethod
    def default(cls, stage_names: Iterable[str] = DEFAULT_STAGES) -> Pipeline:
        """One pipeline per process and stage list: models are loaded once."""
        key = tuple(stage_names)
        if key not in cls._cache:
            cls._cache[key] = cls(key)
        return cls._cache[key]

    def process(self, article: Article) -> Article:
        for name, stage in self.stages:
            t0 = time.perf_counter()
            article = stage(article)
            self.stats.seconds[name] += time.perf_counter() - t0
        self.stats.counts["entities"] += len(article.entities)
        self.stats.counts["events"] += len(article.events)
        self.stats.counts["quotes"] += len(article.quotes)
        self.stats.counts["removed"] += len(article.removed)
        return article

    def run(self, items: Iterable[Article | Skipped]) -> Iterator[Article | Skipped]:
        """Process a stream; an article that makes a stage fail becomes a Skipped, the rest go on."""
        # The loop collects fully every FREEZE_EVERY articles: the automatic full collections in
        # between would only walk the caches filling up since the last freeze again (about 4% of
        # the CPU time); young garbage is still collected as usual.
        saved = gc.get_threshold()
        gc.set_threshold(saved[0], saved[1], max(saved[2], FULL_GC_EVERY))
        try:
            yield from self._run(items)
        finally:
            gc.set_threshold(*saved)

    def _run(self, items: Iterable[Article | Skipped]) -> Iterator[Article | Skipped]:
        seen_hashes: dict[str, str] = {}
        for n, item in enumerate(items, 1):
            if n % FREEZE_EVERY == 0:
                # What has lived through a few hundred articles is model or cache: out of the
                # collector's way with it too (see __init__). Collect first, so that no cyclic
                # garbage is frozen with it and memory stays bounded on runs of millions; this
                # collection only walks what was created since the last freeze.
                gc.collect()
                freeze_survivors()
            if isinstance(item, Skipped):
                self.stats.skipped += 1
                self.stats.skipped_by_reason[item.reason.split(";")[0]] += 1
                yield item
                continue
            digest = item.metadata.get("content_hash")
            if digest in seen_hashes:
                item.metadata["duplicate_of"] = seen_hashes[digest]
                self.stats.duplicates += 1
            elif digest:
                seen_hashes[digest] = item.id
            try:
                article = self.process(item)
            except Exception as exc:  # noqa: BLE001 - one bad article must not end the batch
                log.debug("stage failure on %s:\n%s", item.id, traceback.format_exc())
                skip = Skipped(item.metadata.get("input", item.id),
                               f"internal error ({type(exc).__name__}: {exc}); please report it with this input")
                self.stats.skipped += 1
                self.stats.skipped_by_reason["internal error"] += 1
                yield skip
                continue
            self.stats.articles += 1
            yield article


def extract(paths: Iterable[str], stages: Iterable[str] = DEFAULT_STAGES) -> Iterator[Article | Skipped]:
    """Ingest ``paths`` and run every stage: the streaming core of ``marsad extract``."""
    yield from Pipeline.default(stages).run(read_inputs(paths))


def extract_records(paths: Iterable[str], stages: Iterable[str] = DEFAULT_STAGES) -> Iterator[dict[str, Any]]:
    """Public records (spec/record.md) for every article in ``paths``; skipped inputs are logged."""
    for item in extract(paths, stages):
        if isinstance(item, Skipped):
            log.warning(item.message())
        else:
            yield item.to_record()
