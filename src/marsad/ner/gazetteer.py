"""Longest-match lookup of gazetteer phrases over a tokenised sentence (keys in ``word_key`` form)."""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field
from pathlib import Path

_FOUND_MAX = 4096  # sentences; a document's are looked up twice, close together


@dataclass(slots=True)
class Gazetteer:
    phrases: dict[str, tuple[str, ...]] = field(default_factory=dict)  # phrase -> tags
    max_len: dict[str, int] = field(default_factory=dict)  # first word -> longest phrase length
    # sentence (keys, bases) -> ``find``: tagging (``match``) and the NER stage look each one up
    _found: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[tuple[int, int, tuple[str, ...]], ...]] = field(
        default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, path: Path) -> Gazetteer:
        gaz = cls()
        if not path.exists():
            return gaz
        tags: dict[str, list[str]] = {}
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                phrase, tag = line.rstrip("\n").split("\t")
                tags.setdefault(phrase, []).append(tag)
                words = phrase.split(" ")
                gaz.max_len[words[0]] = max(gaz.max_len.get(words[0], 0), len(words))
        gaz.phrases = {p: tuple(t) for p, t in tags.items()}
        return gaz

    def find(self, keys: list[str], bases: list[str]) -> list[tuple[int, int, tuple[str, ...]]]:
        """Longest non-overlapping phrase matches as (first word, end word, tags). A phrase may
        start at a token's clitic-stripped base (``bases``) but continues on plain keys."""
        memo = (tuple(keys), tuple(bases))
        hit = self._found.get(memo)
        if hit is None:
            hit = tuple(self._find(keys, bases))
            if len(self._found) >= _FOUND_MAX:
                self._found.clear()
            self._found[memo] = hit
        return list(hit)

    def _find(self, keys: list[str], bases: list[str]) -> list[tuple[int, int, tuple[str, ...]]]:
        found = []
        max_len, phrases = self.max_len, self.phrases
        n = len(keys)
        covered = 0  # words before this are inside an earlier match
        # the common case is that no phrase starts at a word: find the few positions where one may
        for i in [i for i, (k, b) in enumerate(zip(keys, bases)) if k in max_len or b in max_len]:
            if i < covered:
                continue
            best, best_tags = 0, ()
            for first in (keys[i], bases[i]):
                longest = max_len.get(first)
                if not longest:
                    continue
                for length in range(min(longest, n - i), best, -1):
                    tags = phrases.get(" ".join([first, *keys[i + 1:i + length]]))
                    if tags:
                        best, best_tags = length, tags
                        break
            if best:
                found.append((i, i + best, best_tags))
                covered = i + best
        return found

    def match(self, keys: list[str], bases: list[str]) -> list[list[str]]:
        """Per token, features ``g<B|I>:<tag>`` for the longest phrase covering it."""
        out: list[list[str]] = [[] for _ in keys]
        for i, j, tags in self.find(keys, bases):
            for tag in tags:
                out[i].append(f"gB:{tag}")
                for k in range(i + 1, j):
                    out[k].append(f"gI:{tag}")
        return out
