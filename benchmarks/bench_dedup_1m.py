"""Near-duplicate detection at corpus scale: a synthetic corpus of perturbed copies of the news
sample (marsad.corpus.synth), streamed through find_near_duplicates in one process.

    .venv/bin/python benchmarks/bench_dedup_1m.py --n 100000      # quick check
    .venv/bin/python benchmarks/bench_dedup_1m.py                 # 1,000,000 articles

Reports detection wall and CPU time (corpus generation, interleaved with detection since the
corpus is streamed, is timed separately and subtracted; the "stages" timings include it), peak
RSS of the process (generation included), pair precision/recall against the known origin of every copy,
and the machine load while it ran (the machine may be shared).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from make_dedup_eval import NEWS, load_news, original_groups

from marsad.corpus.dedup import DedupConfig, Doc, find_near_duplicates
from marsad.corpus.synth import perturb, prepare


class Corpus:
    """Streams n documents: each original once, then perturbed copies of random originals.
    Records the origin of every document and the seconds spent generating."""

    def __init__(self, rows: list[dict], n: int, seed: int = 7) -> None:
        self.rows, self.n, self.rng = rows, n, random.Random(seed)
        self.sources = [prepare(r["text"]) for r in rows]
        self.vocab = sorted({w for r in rows[:500] for w in r["text"].split()})
        self.origin = np.empty(n, dtype=np.int32)
        self.gen_seconds = 0.0
        self.gen_cpu_seconds = 0.0

    def __iter__(self) -> Iterator[Doc]:
        m = len(self.rows)
        for i in range(self.n):
            t, c = time.perf_counter(), time.process_time()
            if i < m:
                o, text = i, self.rows[i]["text"]
            else:
                o = self.rng.randrange(m)
                text, _ = perturb(self.sources[o], self.rng, self.vocab)
            self.origin[i] = o
            doc = Doc(f"d{i}", text, None)
            self.gen_seconds += time.perf_counter() - t
            self.gen_cpu_seconds += time.process_time() - c
            yield doc


def pair_scores(pred: np.ndarray, gold: np.ndarray) -> dict[str, float]:
    """Pair precision/recall from the contingency table (no pair enumeration: 1M docs is ~10^8 pairs)."""
    def pairs(counts: np.ndarray) -> float:
        c = counts.astype(np.float64)
        return float((c * (c - 1) / 2).sum())

    _, joint = np.unique(pred.astype(np.int64) * (int(gold.max()) + 1) + gold, return_counts=True)
    tp = pairs(joint)
    pp = pairs(np.unique(pred, return_counts=True)[1])
    gp = pairs(np.unique(gold, return_counts=True)[1])
    return {"precision": round(tp / pp, 4) if pp else 1.0, "recall": round(tp / gp, 4) if gp else 1.0,
            "pred_pairs": pp, "gold_pairs": gp}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--news", type=Path, default=NEWS)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, default=None, help="write the JSON report here too")
    args = ap.parse_args()
    rows = load_news(args.news)
    corpus = Corpus(rows, args.n, args.seed)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    load_before = os.getloadavg()
    t, cpu = time.perf_counter(), time.process_time()
    res = find_near_duplicates(iter(corpus), DedupConfig())
    wall, cpu = time.perf_counter() - t, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    gold_of_original = original_groups([r["text"] for r in rows])  # after: not in the peak above
    cl = res.cluster_of()
    ids = {f"d{i}": i for i in range(args.n)}
    pred = np.arange(args.n, dtype=np.int64)
    rep_index = {c.cluster_id: ids[c.representative] for c in res.clusters}
    for doc_id, cid in cl.items():
        pred[ids[doc_id]] = rep_index[cid]
    gold = gold_of_original[corpus.origin].astype(np.int64)
    report = {
        "n": args.n, "detect_seconds": round(wall - corpus.gen_seconds, 1),
        "detect_cpu_seconds": round(cpu - corpus.gen_cpu_seconds, 1),
        "generate_cpu_seconds": round(corpus.gen_cpu_seconds, 1), "generate_seconds":
        round(corpus.gen_seconds, 1), "stages": res.seconds, "peak_rss_mb": round(peak), "rss_before_mb":
        round(rss_before), "clusters": len(res.clusters), "exact_dups": res.n_exact_duplicates,
        "near_dups": res.n_near_duplicates, **pair_scores(pred, gold),
        "load_avg_before": [round(x, 2) for x in load_before],
        "load_avg_after": [round(x, 2) for x in os.getloadavg()], "cpus": os.cpu_count(),
    }
    print(json.dumps(report))
    if args.out:
        args.out.write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
