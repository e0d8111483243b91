"""Build the NER word lexicon: counts and word clusters learnt from unlabelled Arabic text.

Word vectors are the truncated SVD of a positive-PMI matrix of directional context words
(±1, ±2), the count-based equivalent of skip-gram on a corpus this small (~1 M words); they are
clustered with k-means at three granularities, finest first, each coarser level clustering the
finer centroids so the three ids form a hierarchy (like Brown-cluster prefixes).
Output: src/marsad/models/ner/clusters.tsv.gz. Deterministic (fixed seeds). ~2 min on one core.
"""

from __future__ import annotations

import argparse
import gzip
import time
from collections import Counter

import ner_data
import numpy as np
from scipy import sparse
from scipy.sparse.linalg import svds
from sklearn.cluster import KMeans, MiniBatchKMeans

from marsad.ner.lexicon import word_key
from marsad.ner.tokenize import tokenize

OUT = ner_data.REPO / "src" / "marsad" / "models" / "ner" / "clusters.tsv.gz"
VEC_OUT = OUT.with_name("vectors.tsv.gz")


def corpus() -> list[list[str]]:
    docs = []
    for text in ner_data.unlabelled_texts():
        docs.append([word_key(text[a:b]) for a, b in tokenize(text)])
    return docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--contexts", type=int, default=8000)
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--vectors", type=int, default=0, help="also write word vectors (dense CRF features; did not help on dev)")
    ap.add_argument("--vec-dim", type=int, default=32)
    ap.add_argument("--k", type=int, nargs=3, default=[1000, 200, 40], help="fine, mid, coarse")
    args = ap.parse_args()
    t0 = time.time()
    docs = corpus()
    counts = Counter(w for d in docs for w in d)
    vocab = [w for w, c in counts.most_common() if c >= args.min_count]
    index = {w: i for i, w in enumerate(vocab)}
    n_ctx = min(args.contexts, len(vocab))
    print(f"{sum(counts.values())} tokens, {len(vocab)} words, {time.time() - t0:.0f}s", flush=True)

    rows, cols, vals = [], [], []
    for d in docs:
        ids = [index.get(w, -1) for w in d]
        for i, wi in enumerate(ids):
            if wi < 0:
                continue
            for off, slot, weight in ((-1, 0, 1.0), (1, 1, 1.0), (-2, 2, 0.5), (2, 3, 0.5)):
                j = i + off
                if 0 <= j < len(ids) and 0 <= ids[j] < n_ctx:
                    rows.append(wi)
                    cols.append(slot * n_ctx + ids[j])
                    vals.append(weight)
    m = sparse.csr_matrix((vals, (rows, cols)), shape=(len(vocab), 4 * n_ctx), dtype=np.float64)
    m.sum_duplicates()
    # PPMI with context-distribution smoothing (alpha 0.75, Levy et al. 2015).
    total = m.sum()
    row_sum = np.asarray(m.sum(axis=1)).ravel()
    col_sum = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col_p = col_sum / col_sum.sum()
    m = m.tocoo()
    pmi = np.log((m.data / total) / ((row_sum[m.row] / total) * col_p[m.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape)
    u, s, _ = svds(ppmi, k=args.dim, random_state=0)
    vec = u * np.sqrt(s)
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    print(f"vectors {vec.shape}, {time.time() - t0:.0f}s", flush=True)

    fine_k, mid_k, coarse_k = args.k
    fine = MiniBatchKMeans(n_clusters=fine_k, random_state=0, n_init=3, batch_size=4096).fit(vec)
    mid = KMeans(n_clusters=mid_k, random_state=0, n_init=4).fit(fine.cluster_centers_)
    coarse = KMeans(n_clusters=coarse_k, random_state=0, n_init=4).fit(mid.cluster_centers_)
    f_ids = fine.labels_
    m_ids = mid.labels_[f_ids]
    c_ids = coarse.labels_[m_ids]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        for w, f, mi, c in zip(vocab, f_ids, m_ids, c_ids):
            fh.write(f"{w}\t{counts[w]}\t{c}\t{mi}\t{f}\n")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB), {time.time() - t0:.0f}s")
    if args.vectors:
        # Per-dimension standardised, int8-quantised (x/32 restores ~N(0, 1) values).
        top = vec[:, np.argsort(-s)[:args.vec_dim]]  # the strongest singular directions
        z = (top - top.mean(axis=0)) / (top.std(axis=0) + 1e-9)
        q = np.clip(np.round(z * 32), -127, 127).astype(np.int8)
        with gzip.open(VEC_OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
            for w, row in zip(vocab, q.tolist()):
                fh.write(w + "\t" + " ".join(map(str, row)) + "\n")
        print(f"wrote {VEC_OUT} ({VEC_OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
