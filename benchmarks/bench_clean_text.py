"""Throughput of ingest + clean + text layer (sentences, clitic-segmented tokens) on one core.

    python benchmarks/bench_clean_text.py [../shared/data/news/news_sample.jsonl.gz] [--stages clean,text]

Prints articles/s and peak resident memory. Run it alone: other load on the machine skews it."""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from marsad.ingest import read_inputs
from marsad.pipeline import Pipeline
from marsad.record import Article

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "news_sample.jsonl.gz"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--stages", default="clean,text")
    ap.add_argument("--repeat", type=int, default=3, help="passes; the best is reported")
    args = ap.parse_args()
    stages = tuple(args.stages.split(","))
    pipeline = Pipeline(stages)
    best = None
    passes: list[tuple[float, float]] = []
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        n = tokens = chars = 0
        for item in pipeline.run(read_inputs([args.path])):
            if isinstance(item, Article):
                n += 1
                tokens += len(item.tokens)
                chars += len(item.text)
        elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(f"pass {len(passes) + 1}: CPU {cpu:.2f}s = {n / cpu:.0f} articles/s per core"
              + (" (cold: per-word caches empty)" if not passes else " (warm caches)"))
        passes.append((elapsed, cpu))
        best = min(passes, key=lambda p: p[1])
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"stages={','.join(stages)} articles={n} tokens={tokens} chars={chars}")
    wall, cpu = best
    # CPU seconds of this process: what one core delivers, even when the machine is shared
    print(f"best of {args.repeat}: wall {wall:.2f}s, CPU {cpu:.2f}s  {n / cpu:.0f} articles/s per core "
          f"({n / wall:.0f}/s wall)  {tokens / cpu:.0f} tokens/s per core  peak RSS {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
