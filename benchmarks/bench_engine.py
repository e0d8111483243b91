"""Pipeline throughput of the shard engine with 1 and 2 workers, local and Ray, on the news sample.

    python benchmarks/bench_engine.py                      # all 2,961 articles, 8 shards
    python benchmarks/bench_engine.py --limit 400 --engines local

The sample is split into --shards JSONL files (contiguous runs of articles) in a temporary folder;
each configuration processes all of them into a fresh output folder (no store loading), timed
from the call to the last shard written, so worker start-up and model loading are included.
Ray joins RAY_ADDRESS when set (e.g. the 2-CPU head .ci/services.sh starts), else starts its own.
Prints a table and writes JSON (--json). The scaling ratio is throughput(2) / throughput(1); on
a machine whose cores are shared with other work the figures are noisy: rerun before trusting
small differences. "CPU share" is the workers' CPU time over (wall time × workers): well under 1
means the workers waited for cores held by other programs, so the ratio understates scaling."""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

from marsad.engine import run_shards

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news" / "news_sample.jsonl.gz"


def split_sample(source: Path, folder: Path, shards: int, limit: int | None) -> int:
    with gzip.open(source, "rt", encoding="utf-8") as fh:
        lines = [line for line in itertools.islice(fh, limit) if line.strip()]
    per = -(-len(lines) // shards)
    for i in range(shards):
        chunk = lines[i * per:(i + 1) * per]
        if chunk:
            (folder / f"news-{i:02d}.jsonl").write_text("".join(chunk), encoding="utf-8")
    return len(lines)


def outputs(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.jsonl"))}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", type=Path, default=NEWS)
    ap.add_argument("--shards", type=int, default=8)
    ap.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    ap.add_argument("--engines", default="local,ray")
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--stages", default=None, help="comma-separated stages (default: the whole pipeline)")
    ap.add_argument("--store", action="append", default=[],
                    help="also time loading the first configuration's outputs into this store URL (repeatable)")
    ap.add_argument("--json", type=Path, default=None, help="write the results here")
    args = ap.parse_args()
    if not args.input.exists():
        print(f"no input at {args.input}; pass --input", file=sys.stderr)
        return 2
    stages = tuple(args.stages.split(",")) if args.stages else None
    engines = args.engines.split(",")
    workers = [int(w) for w in args.workers.split(",")]
    results = []
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        src = Path(tmp) / "in"
        src.mkdir()
        n = split_sample(args.input, src, args.shards, args.limit)
        print(f"{n} articles in {args.shards} shards; engines {engines}, workers {workers}; "
              f"{os.cpu_count()} CPUs; Python {platform.python_version()}", file=sys.stderr)
        reference: dict[str, bytes] | None = None
        for engine in engines:
            for w in workers:
                out = Path(tmp) / f"out-{engine}-{w}"
                busy: list[float] = []
                cpu: list[float] = []
                t0 = time.perf_counter()
                summary = run_shards([src], out, engine, w, None, stages=stages,
                                     on_shard=lambda r, busy=busy, cpu=cpu: (busy.append(r.seconds),
                                                                              cpu.append(r.cpu_seconds)))
                wall = time.perf_counter() - t0
                got = outputs(out)
                reference = reference or got
                row = {"engine": engine, "workers": w, "articles": summary.processed_records,
                       "skipped": summary.skipped, "shards": summary.shards, "failed": len(summary.failed),
                       "seconds": round(wall, 2), "shard_seconds": round(sum(busy), 2),
                       "cpu_seconds": round(sum(cpu), 2),
                       # share of the workers' wall time spent computing (1.0 = each had a core to itself)
                       "cpu_share": round(sum(cpu) / (wall * min(w, summary.shards)), 3),
                       "articles_per_s": round(summary.processed_records / wall, 2),
                       "identical_to_first": got == reference,
                       "differing_shards": sorted(k for k in reference if got.get(k) != reference[k])}
                results.append(row)
                print(json.dumps(row), file=sys.stderr)
        loads = []
        first_out = Path(tmp) / f"out-{engines[0]}-{workers[0]}"
        for url in args.store:  # every shard is done: this only loads
            summary = run_shards([src], first_out, engines[0], 1, url, stages=stages)
            loads.append({"store": url.split("://")[0] if "://" in url else "sqlite", "records": summary.loaded,
                          "seconds": round(summary.load_seconds, 2),
                          "records_per_s": round(summary.loaded / max(summary.load_seconds, 1e-9), 1)})
            print(json.dumps(loads[-1]), file=sys.stderr)
    table = [("| engine | workers | articles | seconds | articles/s | scaling (2 vs 1) | CPU s/article | CPU share |"
             " same records |"), "|---|---|---|---|---|---|---|---|---|"]
    for row in results:
        one = next((r for r in results if r["engine"] == row["engine"] and r["workers"] == 1), None)
        ratio = (f"{row['articles_per_s'] / one['articles_per_s']:.2f}×"
                 if one and row["workers"] != 1 and one["articles_per_s"] else "")
        row["scaling_vs_1"] = (round(row["articles_per_s"] / one["articles_per_s"], 3)
                               if one and one["articles_per_s"] else None)
        table.append(f"| {row['engine']} | {row['workers']} | {row['articles']} | {row['seconds']} | "
                     f"{row['articles_per_s']} | {ratio} | {row['cpu_seconds'] / max(row['articles'], 1):.3f} | "
                     f"{row['cpu_share']:.2f} | {'yes' if row['identical_to_first'] else 'NO'} |")
    for load in loads:
        table.append(f"\nloading {load['records']} records into {load['store']}: {load['seconds']} s"
                     f" ({load['records_per_s']} records/s)")
    print("\n".join(table))
    if args.json:
        args.json.write_text(json.dumps({"articles": n, "shards": args.shards, "cpus": os.cpu_count(),
                                         "results": results, "loads": loads}, indent=2), encoding="utf-8")
    return 0 if all(r["identical_to_first"] and not r["failed"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
