"""Repeated paragraphs and sentences: exact after normalisation, or near-exact (word-shingle
Jaccard above a threshold), as scrapers produce when a page's body is captured twice."""

from __future__ import annotations

import re

from ..text.normalize import normalize_keep_offsets, spelling_variants

_NON_WORD = re.compile(r"[^\w\u200c]+")


def prepare(raw: str) -> str:
    """Normalise a whole raw body once; ``key(prepared, a, b)`` then keys any stretch of it."""
    return normalize_keep_offsets(raw)


def key(prepared: str, a: int, b: int) -> str:
    """Matching key of raw[a:b]: normalised, punctuation and diacritics gone, single-spaced."""
    return spelling_variants(" ".join(_NON_WORD.split(prepared[a:b].replace("\u200c", ""))).strip())


def shingles(key: str) -> frozenset[str]:
    """Word set: cheap, and for paragraphs as discriminating as word n-grams at Jaccard ≥ 0.9."""
    return frozenset(key.split())


class RepeatTracker:
    """Remembers what was kept; ``seen`` says whether a new piece repeats it."""

    def __init__(self, threshold: float, max_compare: int = 300) -> None:
        self.threshold = threshold
        self.max_compare = max_compare  # bounds the quadratic near-match on huge articles
        self.keys: set[str] = set()
        self.kept: list[tuple[int, frozenset[str]]] = []

    def seen(self, key: str) -> bool:
        if not key:
            return False
        if key in self.keys:
            return True
        if self.threshold > 1 or not self.kept:
            return False
        sh = shingles(key)
        n = len(key)
        for length, other in self.kept[-self.max_compare:]:
            if 0.8 * n <= length <= 1.25 * n:
                inter = len(sh & other)
                if inter and inter / len(sh | other) >= self.threshold:
                    return True
        return False

    def add(self, key: str) -> None:
        if key:
            self.keys.add(key)
            if self.threshold <= 1:
                self.kept.append((len(key), shingles(key)))
