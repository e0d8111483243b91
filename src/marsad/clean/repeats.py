"""Repeated paragraphs and sentences: exact after normalisation, or near-exact (word-shingle
Jaccard above a threshold), as scrapers produce when a page's body is captured twice."""

from __future__ import annotations

import re

from ..text.normalize import normalize

_NON_WORD = re.compile(r"[^\w]+")


def repeat_key(text: str) -> str:
    return " ".join(_NON_WORD.split(normalize(text))).strip()


def shingles(key: str, n: int = 3) -> frozenset[str]:
    words = key.split()
    if len(words) < n:
        return frozenset([key])
    return frozenset(" ".join(words[i:i + n]) for i in range(len(words) - n + 1))


class RepeatTracker:
    """Remembers what was kept; ``seen`` says whether a new piece repeats it."""

    def __init__(self, threshold: float, max_compare: int = 300) -> None:
        self.threshold = threshold
        self.max_compare = max_compare  # bounds the quadratic near-match on huge articles
        self.keys: set[str] = set()
        self.kept: list[tuple[int, frozenset[str]]] = []

    def seen(self, text: str) -> bool:
        key = repeat_key(text)
        if not key:
            return False
        if key in self.keys:
            return True
        sh = shingles(key)
        n = len(key)
        for length, other in self.kept[-self.max_compare:]:
            if 0.8 * n <= length <= 1.25 * n:
                inter = len(sh & other)
                if inter and inter / len(sh | other) >= self.threshold:
                    return True
        return False

    def add(self, text: str) -> None:
        key = repeat_key(text)
        if key:
            self.keys.add(key)
            self.kept.append((len(key), shingles(key)))
