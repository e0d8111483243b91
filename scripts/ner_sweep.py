"""Parallel dev-split sweep of train_ner.py settings (for a many-core machine; one-off tuning).

    python scripts/ner_sweep.py OUT_DIR [--parallel 8] [--jobs 2]

Each setting runs ``train_ner.py --dev`` in its own process; logs go to OUT_DIR/<name>.log and
a summary of dev F1 (pass 1 and stacked) to stdout.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
GRID = {
    "base": [],
    "no_wojood": ["--wojood", "0"],
    "aqmar": ["--aqmar", "1"],
    "c1_0.1": ["--c1", "0.1"],
    "c1_0.02": ["--c1", "0.02"],
    "c2_0.05": ["--c2", "0.05"],
    "c1_0.2_c2_0.005": ["--c1", "0.2", "--c2", "0.005"],
    "c1_0.1_c2_0.05": ["--c1", "0.1", "--c2", "0.05"],
}


def run(name: str, extra: list[str], out: Path, jobs: int) -> str:
    log = out / f"{name}.log"
    cmd = [
        sys.executable,
        str(HERE / "train_ner.py"),
        "--dev",
        "--jobs",
        str(jobs),
        "--out-dir",
        f"/tmp/ner-sweep/{name}",
        *extra,
    ]
    with open(log, "w") as fh:
        subprocess.run(cmd, stdout=fh, stderr=subprocess.STDOUT, check=False)
    lines = [ln for ln in log.read_text().splitlines() if ln.startswith(("overall", "trained"))]
    return f"== {name}: " + " | ".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--parallel", type=int, default=8)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", nargs="*", default=None)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    grid = {k: v for k, v in GRID.items() if not args.only or k in args.only}
    with ThreadPoolExecutor(args.parallel) as pool:
        for line in pool.map(lambda kv: run(kv[0], kv[1], args.out, args.jobs), grid.items()):
            print(line, flush=True)


if __name__ == "__main__":
    main()
