"""Exact and near-duplicate detection over a stream of documents (pure: no store).

Exact duplicates share a hash of the *normalised* text. Near duplicates are found with MinHash
LSH over word n-gram shingles of the normalised text (a word: a whitespace-separated chunk with
its punctuation dropped, so "شمال-شرق" is one word; only consistency matters here). The MinHash
is one-permutation hashing with rotation densification (Shrivastava & Li 2014): each shingle is hashed once and falls into
one of ``num_perm`` bins, so a signature costs O(shingles) instead of O(shingles x permutations),
and every step after tokenisation is vectorised numpy over a batch of documents. Candidate pairs
come from LSH bands (a pair is checked only against its bucket's first member, so a bucket of m
copies costs m-1 checks, not m^2/2); a pair is kept when its estimated Jaccard reaches the
threshold; clusters are the connected components of kept pairs (numpy only: no scipy).
"""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..text.normalize import normalize

# ``normalize`` is lru-cached for short names; whole documents would fill that cache (and memory),
# so documents go through the undecorated function.
_normalize_doc = getattr(normalize, "__wrapped__", normalize)
_WORD = re.compile(r"\w+")
_M64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_EMPTY = np.uint32(0xFFFFFFFF)
# Odd 64-bit multipliers for order-sensitive shingle combination and band hashing.
_MULT = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
                  0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0x94D049BB133111EB, 0xBF58476D1CE4E5B9],
                 dtype=np.uint64)


@dataclass(slots=True)
class Doc:
    """One input document: ``published`` (ISO date) only breaks ties when picking a representative."""

    id: str
    text: str
    published: str | None = None


@dataclass(slots=True)
class DedupConfig:
    shingle_size: int = 3  # words per shingle (after normalisation)
    num_perm: int = 128  # MinHash bins; a power of two
    bands: int = 32  # LSH bands; rows per band = num_perm // bands
    threshold: float = 0.5  # estimated Jaccard a candidate pair must reach
    batch_size: int = 2000


@dataclass(slots=True)
class SigBatch:
    sig: np.ndarray  # (B, num_perm) uint32 MinHash signatures
    valid: np.ndarray  # (B,) bool: the document had at least one token
    exact: np.ndarray  # (B,) uint64 hash of the normalised token sequence
    length: np.ndarray  # (B,) int64 number of normalised tokens


@dataclass(slots=True)
class DupMember:
    article_id: str
    kind: str  # representative | exact | near
    similarity: float  # estimated Jaccard with the representative (1.0 for exact copies)


@dataclass(slots=True)
class DupCluster:
    cluster_id: str
    representative: str
    kind: str  # exact (all members are exact copies) | near
    members: list[DupMember]

    @property
    def size(self) -> int:
        return len(self.members)


@dataclass(slots=True)
class DedupResult:
    clusters: list[DupCluster]  # clusters of two or more documents only
    n_docs: int
    n_exact_duplicates: int  # documents that are exact copies of an earlier one
    n_near_duplicates: int  # documents in a cluster that are not exact copies of its representative
    seconds: dict[str, float] = field(default_factory=dict)

    def cluster_of(self) -> dict[str, str]:
        return {m.article_id: c.cluster_id for c in self.clusters for m in c.members}


# -- hashing helpers -------------------------------------------------------------------------
def _mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: a good avalanche on uint64 arrays (wrapping arithmetic)."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def _hash64(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "little")


def words(text: str) -> list[str]:
    """Normalised word tokens used for shingling."""
    return _WORD.findall(_normalize_doc(text).lower())


class MinHasher:
    """Vectorised one-permutation MinHash over word shingles. Deterministic across processes."""

    def __init__(self, shingle_size: int = 3, num_perm: int = 128, token_cache: int = 1_000_000) -> None:
        if num_perm & (num_perm - 1) or not 8 <= num_perm <= 1024:
            raise ValueError(f"num_perm must be a power of two in [8, 1024], got {num_perm}")
        if not 1 <= shingle_size <= len(_MULT):
            raise ValueError(f"shingle_size must be in [1, {len(_MULT)}], got {shingle_size}")
        self.n = shingle_size
        self.k = num_perm
        self._bin_shift = np.uint64(64 - (num_perm.bit_length() - 1))
        self._cache: dict[str, int] = {}
        self._cache_max = token_cache

    def _token_hashes(self, vocab: list[str]) -> np.ndarray:
        """Stable 64-bit hash of each whitespace chunk's normalised words; 0 for a chunk with no
        word (punctuation, a lone diacritic). Cached across batches: a corpus repeats its words."""
        cache = self._cache
        if len(cache) > self._cache_max:
            cache.clear()
        new = [t for t in vocab if t not in cache]
        if new:
            # One normalisation pass over all new chunks joined by a separator that normalize()
            # leaves alone (not whitespace, not a word character): C speed, not a call per chunk.
            norms = _normalize_doc("\x01".join(new)).lower().split("\x01")
            if len(norms) != len(new):  # defensive: fall back to one call per chunk
                norms = [normalize(t).lower() for t in new]
            for tok, norm in zip(new, norms):
                w = _WORD.findall(norm)
                cache[tok] = (_hash64(" ".join(w)) | 1) if w else 0
        return np.fromiter(map(cache.__getitem__, vocab), dtype=np.uint64, count=len(vocab))

    def tokenize(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Token hashes of a batch, concatenated, and the document each belongs to. Splitting on
        whitespace and building the batch vocabulary run in Arrow (C++); only distinct
        whitespace-separated chunks reach Python, where each becomes the normalised words it
        holds (punctuation dropped; a chunk of punctuation alone is no token)."""
        arr = pa.array(texts, type=pa.large_string())
        parts = pc.utf8_split_whitespace(arr)
        counts = pc.list_value_length(parts).to_numpy(zero_copy_only=False)
        enc = pc.dictionary_encode(pc.list_flatten(parts))
        idx = enc.indices.to_numpy(zero_copy_only=False)
        hashes = self._token_hashes(enc.dictionary.to_pylist())[idx]
        doc_of = np.repeat(np.arange(len(texts), dtype=np.int64), np.nan_to_num(counts).astype(np.int64))
        keep = hashes != 0
        return hashes[keep], doc_of[keep]

    def signatures(self, texts: list[str]) -> SigBatch:
        n, k = self.n, self.k
        b = len(texts)
        tok, doc_of = self.tokenize(texts)
        lengths = np.bincount(doc_of, minlength=b).astype(np.int64)
        first_tok = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(np.int64)
        rank = np.arange(len(tok), dtype=np.int64) - first_tok[doc_of]
        # Exact-duplicate hash: position-sensitive sum over the document's tokens.
        contrib = _mix64(tok ^ (rank.astype(np.uint64) * _MULT[1]))
        exact = np.zeros(b, dtype=np.uint64)
        np.add.at(exact, doc_of, contrib)
        exact = _mix64(exact ^ (lengths.astype(np.uint64) * _MULT[2]))
        # Padded layout: n-1 zeros after each document so windows never reach into the next.
        hashes = np.zeros(len(tok) + b * (n - 1), dtype=np.uint64)
        hashes[np.arange(len(tok), dtype=np.int64) + doc_of * (n - 1)] = tok
        n_win = max(len(hashes) - n + 1, 0)
        shingles = np.zeros(n_win, dtype=np.uint64)
        for j in range(n):
            shingles += hashes[j:j + n_win] * _MULT[j]
        # Valid window starts: L-n+1 per document (1 for a document shorter than n, 0 if empty).
        counts = np.where(lengths >= n, lengths - n + 1, np.minimum(lengths, 1))
        doc_start = first_tok + np.arange(b, dtype=np.int64) * (n - 1)
        first = np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.int64)
        win_doc = np.repeat(np.arange(b, dtype=np.int64), counts)
        pos = np.arange(win_doc.size, dtype=np.int64) - first[win_doc] + doc_start[win_doc]
        v = _mix64(shingles[pos])
        bins = (v >> self._bin_shift).astype(np.int64)
        vals = (v & np.uint64(0xFFFFFFFF)).astype(np.uint32)
        slot = win_doc * k + bins
        sig = np.full(b * k, _EMPTY, dtype=np.uint32)
        np.minimum.at(sig, slot, vals)
        filled = np.zeros(b * k, dtype=bool)
        filled[slot] = True
        sig = sig.reshape(b, k)
        self._densify(sig, filled.reshape(b, k))
        return SigBatch(sig, counts > 0, exact, lengths)

    @staticmethod
    def _densify(sig: np.ndarray, filled: np.ndarray) -> None:
        """Rotation densification: an empty bin takes the next filled bin's value (circularly) plus
        a constant times the distance, so two documents agree on it exactly when they agree on
        the bin it borrows from and on the distance."""
        _b, k = sig.shape
        if filled.all():
            return
        idx = np.where(filled, np.arange(k), 2 * k)
        idx2 = np.concatenate([idx, idx + k * (idx < 2 * k)], axis=1)  # second lap for wrap-around
        nxt = np.minimum.accumulate(idx2[:, ::-1], axis=1)[:, ::-1][:, :k]
        has = nxt < 2 * k
        src = np.where(has, nxt % k, 0)
        dist = np.where(has, nxt - np.arange(k), 0).astype(np.uint32)
        borrowed = np.take_along_axis(sig, src, axis=1) + dist * np.uint32(0x9E3779B1)
        np.copyto(sig, borrowed, where=~filled & has)


def band_hashes(sig: np.ndarray, bands: int) -> np.ndarray:
    """(B, bands) uint64: one hash per band of ``rows = k // bands`` signature values."""
    b, k = sig.shape
    rows = k // bands
    s = sig[:, : rows * bands].reshape(b, bands, rows).astype(np.uint64)
    acc = np.zeros((b, bands), dtype=np.uint64)
    for r in range(rows):
        acc = _mix64(acc ^ (s[:, :, r] * _MULT[r % len(_MULT)]))
    return acc


# -- LSH + clustering ------------------------------------------------------------------------
def _band_pairs(bh: np.ndarray, valid: np.ndarray) -> np.ndarray:
    """Candidate pairs (anchor, member) as int64 codes anchor*N+member, deduplicated."""
    n = bh.shape[0]
    live = np.flatnonzero(valid)
    codes = []
    for j in range(bh.shape[1]):
        col = bh[live, j]
        order = np.argsort(col, kind="stable")
        h = col[order]
        ids = live[order]
        new_run = np.ones(len(h), dtype=bool)
        new_run[1:] = h[1:] != h[:-1]
        run_start = np.maximum.accumulate(np.where(new_run, np.arange(len(h)), 0))
        member = ~new_run
        a, m = ids[run_start[member]], ids[member]
        codes.append(np.minimum(a, m) * n + np.maximum(a, m))
    if not codes:
        return np.empty(0, np.int64)
    return np.unique(np.concatenate(codes))


def _agreement(sig: np.ndarray, a: np.ndarray, m: np.ndarray, chunk: int = 100_000) -> np.ndarray:
    out = np.empty(len(a), dtype=np.float32)
    for s in range(0, len(a), chunk):
        out[s:s + chunk] = (sig[a[s:s + chunk]] == sig[m[s:s + chunk]]).mean(axis=1)
    return out


def components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Connected-component label (smallest member index) of each of n nodes given edges a-b:
    vectorised hook-and-compress, a few passes over the edges."""
    label = np.arange(n, dtype=np.int64)
    if len(a) == 0:
        return label
    while True:
        la, lb = label[a], label[b]
        low = np.minimum(la, lb)
        new = label.copy()
        np.minimum.at(new, la, low)  # hook each root under the smallest root it touches
        np.minimum.at(new, lb, low)
        while True:  # pointer jumping until every node points at its root
            nxt = new[new]
            if np.array_equal(nxt, new):
                break
            new = nxt
        if np.array_equal(new, label):
            return label
        label = new


def _batches(docs: Iterable[Doc], size: int) -> Iterator[list[Doc]]:
    batch: list[Doc] = []
    for d in docs:
        batch.append(d)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _cluster_id(representative: str) -> str:
    return "dup-" + hashlib.sha1(representative.encode("utf-8")).hexdigest()[:12]


def find_near_duplicates(docs: Iterable[Doc], config: DedupConfig | None = None) -> DedupResult:
    """Group exact and near-duplicate documents; streaming: only signatures stay in memory
    (num_perm x 2 bytes + bands x 8 bytes per document), never the texts."""
    cfg = config or DedupConfig()
    if cfg.num_perm % cfg.bands:
        raise ValueError("num_perm must be a multiple of bands")
    hasher = MinHasher(cfg.shingle_size, cfg.num_perm)
    t0 = time.perf_counter()
    ids: list[str] = []
    published: list[str] = []
    lengths: list[np.ndarray] = []
    exact: list[np.ndarray] = []
    sigs: list[np.ndarray] = []
    bhs: list[np.ndarray] = []
    valids: list[np.ndarray] = []
    for batch in _batches(docs, cfg.batch_size):
        ids += [d.id for d in batch]
        published += [d.published or "9999" for d in batch]
        sb = hasher.signatures([d.text or "" for d in batch])
        lengths.append(sb.length)
        exact.append(sb.exact)
        bhs.append(band_hashes(sb.sig, cfg.bands))
        # Verification needs only equality: 16 bits per bin halve the memory, and a chance
        # collision (1/65536 per bin) moves an estimate by ~0.00002.
        sigs.append((sb.sig & np.uint32(0xFFFF)).astype(np.uint16))
        valids.append(sb.valid)
    t_sig = time.perf_counter()
    n = len(ids)
    if n == 0:
        return DedupResult([], 0, 0, 0, {"signatures": 0.0, "lsh": 0.0, "total": 0.0})
    sig16 = np.concatenate(sigs)
    del sigs
    bh = np.concatenate(bhs)
    del bhs
    valid = np.concatenate(valids)
    ex = np.concatenate(exact)
    length = np.concatenate(lengths)

    # Exact groups: link every copy to the first document with that hash.
    _, first_idx, inverse = np.unique(ex, return_index=True, return_inverse=True)
    ex_a = first_idx[inverse]
    dup = (ex_a != np.arange(n)) & valid  # empty documents are nobody's duplicates
    edges_a = [ex_a[dup]]
    edges_m = [np.flatnonzero(dup)]
    # Near groups: LSH candidates, verified on the signature (exact copies skipped: already linked).
    keep = valid & ~dup
    codes = _band_pairs(bh, keep)
    del bh
    a, m = codes // n, codes % n
    sim = _agreement(sig16, a, m)
    ok = sim >= cfg.threshold
    edges_a.append(a[ok])
    edges_m.append(m[ok])
    ea, em = np.concatenate(edges_a), np.concatenate(edges_m)
    label = components(n, ea, em)
    t_lsh = time.perf_counter()

    clusters = _build_clusters(ids, published, length, ex, label, sig16)
    t_end = time.perf_counter()
    n_exact = int(dup.sum())
    n_near = sum(1 for c in clusters for mb in c.members if mb.kind == "near")
    return DedupResult(clusters, n, n_exact, n_near,
                       {"signatures": round(t_sig - t0, 3), "lsh": round(t_lsh - t_sig, 3),
                        "clusters": round(t_end - t_lsh, 3), "total": round(t_end - t0, 3)})


def _build_clusters(ids: list[str], published: list[str], length: np.ndarray, ex: np.ndarray,
                    label: np.ndarray, sig: np.ndarray) -> list[DupCluster]:
    sizes = np.bincount(label)
    multi = np.flatnonzero(sizes[label] > 1)
    if multi.size == 0:
        return []
    # Group members by component, each group sorted so its representative comes first:
    # longest normalised text, then earliest published, then smallest id.
    order = sorted(multi.tolist(), key=lambda i: (label[i], -length[i], published[i], ids[i]))
    clusters: list[DupCluster] = []
    start = 0
    while start < len(order):
        end = start
        lab = label[order[start]]
        while end < len(order) and label[order[end]] == lab:
            end += 1
        group = order[start:end]
        rep = group[0]
        others = np.array(group[1:], dtype=np.int64)
        sims = (sig[others] == sig[rep]).mean(axis=1)
        members = [DupMember(ids[rep], "representative", 1.0)]
        for i, s in zip(group[1:], sims.tolist()):
            is_exact = ex[i] == ex[rep]
            members.append(DupMember(ids[i], "exact" if is_exact else "near", 1.0 if is_exact else round(s, 3)))
        kind = "exact" if all(mb.kind != "near" for mb in members) else "near"
        clusters.append(DupCluster(_cluster_id(ids[rep]), ids[rep], kind, members))
        start = end
    clusters.sort(key=lambda c: (-c.size, c.representative))
    return clusters
