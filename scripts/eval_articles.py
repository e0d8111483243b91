"""Score whole-article extraction against the gold annotations in ../shared/eval/gold.

    python scripts/eval_articles.py            # the sample article and the 10 dev articles

Runs the full pipeline in-process on the same inputs `marsad extract` would get (the sample
text file; the dev articles' records from the news sample) and prints the scorer's output."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIELDS = ("id", "text", "title", "date", "source", "url")


def dev_inputs(dest: Path) -> Path:
    with open(SHARED / "eval/gold/dev.jsonl", encoding="utf-8") as gold:
        ids = {json.loads(l)["id"] for l in gold if l.strip()}
    with (
        open(dest, "w", encoding="utf-8") as out,
        gzip.open(SHARED / "data/news/news_sample.jsonl.gz", "rt", encoding="utf-8") as news,
    ):
        for line in news:
            rec = json.loads(line)
            if rec["id"] in ids:
                out.write(json.dumps({k: rec.get(k) for k in FIELDS}, ensure_ascii=False) + "\n")
    return dest


def score(gold: Path, inputs: Path, workdir: Path) -> dict[str, float]:
    from marsad import extract

    out = workdir / (gold.stem + ".out.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        extract([str(inputs)], fh)
    text = subprocess.run(
        [sys.executable, str(SHARED / "eval/articles.py"), str(gold), str(out)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    print(f"== {gold.name}\n{text}")
    figures = {
        m.group(1): float(m.group(2)) for m in re.finditer(r"^(\w+)\s+P [\d.]+ R [\d.]+ F1 ([\d.]+)", text, re.MULTILINE)
    }
    figures["places_geocoded"] = float(re.search(r"geocoded within limit ([\d.]+)", text).group(1))
    figures["overall"] = float(re.search(r"^overall ([\d.]+)", text, re.MULTILINE).group(1))
    return figures


def main() -> dict[str, dict[str, float]]:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        return {
            "raqqa": score(SHARED / "eval/gold/raqqa.jsonl", ROOT / "tests/fixtures/raqqa.txt", work),
            "dev": score(SHARED / "eval/gold/dev.jsonl", dev_inputs(work / "dev.in.jsonl"), work),
        }


if __name__ == "__main__":
    print(json.dumps(main(), indent=1))
