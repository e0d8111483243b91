"""NER throughput on one core over the news sample, and the loaded model's memory.

    python benchmarks/bench_ner.py [--articles N]

Times the NER stage on raw article text (sentence split, tokenisation, features, two CRF passes
with marginals, clitic-trimmed spans) single-threaded, and reports tokens per CPU-second (and per
wall second); RSS is read from /proc after loading.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from marsad.ner.model import get_model
from marsad.ner.stage import NerStage
from marsad.ner.tokenize import split_sentences, tokenize
from marsad.record import Article

NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "news_sample.jsonl.gz"


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=0, help="limit (0 = all)")
    args = ap.parse_args()
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh]
    if args.articles:
        texts = texts[:args.articles]
    before = rss_mb()
    t0 = time.perf_counter()
    stage = NerStage(get_model())
    load_s = time.perf_counter() - t0
    loaded = rss_mb()
    n_tokens = sum(len(tokenize(t, a, b)) for t in texts for a, b in split_sentences(t))
    t0, c0 = time.perf_counter(), time.process_time()
    n_ents = 0
    for i, text in enumerate(texts):
        n_ents += len(stage(Article(id=str(i), raw=text, text=text)).entities)
    secs, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"articles {len(texts)}  tokens {n_tokens}  entities {n_ents}")
    print(f"model load {load_s:.2f}s  RSS before {before:.0f} MB, after load {loaded:.0f} MB, "
          f"after run {rss_mb():.0f} MB")
    # CPU time is the fair single-core figure on a shared machine; wall time is also shown.
    print(f"NER stage: {n_tokens / cpu:,.0f} tokens per CPU-second on one core "
          f"({cpu:.1f}s CPU; wall {secs:.1f}s = {n_tokens / secs:,.0f} tokens/s)")


if __name__ == "__main__":
    main()
