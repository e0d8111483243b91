"""Build the labelled near-duplicate set from the news sample and score the detector on it.

Each original article gets 0-4 perturbed copies (marsad.corpus.synth: edits, boilerplate,
truncation, re-ordered paragraphs). Gold groups: an original and its copies; originals that are
already duplicates of each other (exact copies, or agency copies whose exact word-3-shingle
Jaccard is >= 0.5, computed exactly, not by MinHash) share a group. Scored on pairs.

    .venv/bin/python scripts/make_dedup_eval.py [--news ../shared/data/news/news_sample.jsonl.gz]
        [--out build/dedup_eval.jsonl.gz] [--seed 13] [--limit N]

The set is written outside the package (article text of a non-commercial corpus: never shipped).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import time
from collections import Counter
from itertools import combinations
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

from marsad.corpus.dedup import DedupConfig, Doc, find_near_duplicates, words
from marsad.corpus.synth import perturb, prepare

NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "news_sample.jsonl.gz"


def load_news(path: Path = NEWS, limit: int | None = None) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    return rows[:limit] if limit else rows


def shingle_sets(texts: list[str], n: int = 3) -> list[set[str]]:
    out = []
    for t in texts:
        w = words(t)
        out.append({" ".join(w[i : i + n]) for i in range(max(len(w) - n + 1, 1))} if w else set())
    return out


def original_groups(texts: list[str], threshold: float = 0.5) -> np.ndarray:
    """Component label per original: exact word-3-shingle Jaccard >= threshold links two."""
    sets = shingle_sets(texts)
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, s in enumerate(sets):
        for sh in s:
            rows.append(i)
            cols.append(vocab.setdefault(sh, len(vocab)))
    m = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(texts), len(vocab)))
    inter = (m @ m.T).toarray()
    size = np.array([len(s) for s in sets], dtype=np.float32)
    union = size[:, None] + size[None, :] - inter
    jac = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
    np.fill_diagonal(jac, 0)
    _, label = connected_components(csr_matrix(jac >= threshold), directed=False)
    return label


def make_set(rows: list[dict], seed: int = 13, max_copies: int = 4) -> list[dict]:
    rng = random.Random(seed)
    texts = [r["text"] for r in rows]
    label = original_groups(texts)
    vocab = sorted({w for t in texts[:500] for w in t.split()})
    out = []
    for i, r in enumerate(rows):
        out.append({"id": r["id"], "text": r["text"], "group": int(label[i]), "ops": []})
        src = prepare(r["text"])
        for c in range(rng.randint(0, max_copies)):
            text, ops = perturb(src, rng, vocab)
            out.append({"id": f"{r['id']}~{c}", "text": text, "group": int(label[i]), "ops": ops})
    return out


def pairs_of(groups: dict[str, object]) -> set[tuple[str, str]]:
    by: dict[object, list[str]] = {}
    for k, g in groups.items():
        by.setdefault(g, []).append(k)
    return {p for members in by.values() for p in combinations(sorted(members), 2)}


def score(items: list[dict], config: DedupConfig | None = None) -> dict[str, float]:
    t = time.perf_counter()
    res = find_near_duplicates((Doc(it["id"], it["text"]) for it in items), config)
    secs = time.perf_counter() - t
    cl = res.cluster_of()
    pred = pairs_of({it["id"]: cl.get(it["id"], it["id"]) for it in items})
    gold = pairs_of({it["id"]: it["group"] for it in items})
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 1.0
    r = tp / len(gold) if gold else 1.0
    return {
        "docs": len(items),
        "gold_pairs": len(gold),
        "pred_pairs": len(pred),
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "seconds": round(secs, 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--news", type=Path, default=NEWS)
    ap.add_argument("--out", type=Path, default=Path("build/dedup_eval.jsonl.gz"))
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    items = make_set(load_news(args.news, args.limit), args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(args.out, "wt", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")
    ops = Counter(op for it in items for op in it["ops"])
    print(json.dumps({"written": str(args.out), "ops": ops, **score(items)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
