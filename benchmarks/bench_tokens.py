"""Tokenisation + clitic segmentation throughput on one core over the news sample.

    python benchmarks/bench_tokens.py [--articles N] [--repeat R]

Reports surface words/s and syntactic tokens/s for a cold pass (empty per-word caches, lexicon
already loaded) and a warm pass (caches filled, the steady state of a long-running pipeline).
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

from marsad.text.segment_lexicon import load_lexicon
from marsad.text.tokens import _segment_word, clear_caches, tokenize

NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "news_sample.jsonl.gz"


def run(texts: list[str]) -> tuple[int, int, float, float]:
    """(words, tokens, wall seconds, CPU seconds): CPU time is the fairer figure on a loaded
    machine."""
    t0, c0 = time.perf_counter(), time.process_time()
    n_tok = n_words = 0
    for text in texts:
        toks = tokenize(text)
        n_tok += len(toks)
        if toks:
            n_words += toks[-1].word_index + 1
    return n_words, n_tok, time.perf_counter() - t0, time.process_time() - c0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=0, help="limit (0 = all)")
    ap.add_argument("--repeat", type=int, default=3, help="warm passes (best is reported)")
    args = ap.parse_args()
    with gzip.open(NEWS, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh]
    if args.articles:
        texts = texts[:args.articles]
    t0 = time.perf_counter()
    load_lexicon()
    print(f"articles {len(texts)}  lexicon load {time.perf_counter() - t0:.2f}s")
    clear_caches()
    words, toks, secs, cpu = run(texts)
    print(f"cold: {words:,} words, {toks:,} tokens in {secs:.2f}s wall / {cpu:.2f}s CPU = "
          f"{words / cpu:,.0f} words per CPU-second "
          f"({_segment_word.cache_info().currsize:,} distinct words)")
    runs = [run(texts) for _ in range(max(1, args.repeat))]
    best_wall = min(r[2] for r in runs)
    best_cpu = min(r[3] for r in runs)
    print(f"warm: {words / best_cpu:,.0f} words per CPU-second ({toks / best_cpu:,.0f} tokens); "
          f"wall clock {words / best_wall:,.0f} words/s on one core")


if __name__ == "__main__":
    main()
