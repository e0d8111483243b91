"""The word lexicon shipped with the NER model: frequency, distributional clusters and vectors.

``clusters.tsv.gz`` rows are ``word <TAB> count <TAB> c1 <TAB> c2 <TAB> c3`` (coarse to fine
k-means clusters of word vectors learnt from unlabelled news; see scripts/ner_clusters.py);
the optional ``vectors.tsv.gz`` holds the vectors themselves (``word <TAB> int8 values``, x/32).
Words are in ``word_key`` form, the key every NER lookup uses.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.text.normalize import normalize

_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=300_000)
def word_key(word: str) -> str:
    """Lookup key of a word: normalised spelling (hamza/alef, ta marbuta, diacritics), digits → 0."""
    return _DIGIT.sub("0", normalize(word))


@dataclass(slots=True)
class Lexicon:
    counts: dict[str, int] = field(default_factory=dict)
    clusters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    vectors: dict[str, tuple[tuple[str, float], ...]] = field(default_factory=dict)  # word -> (e<i>, value)

    @classmethod
    def load(cls, path: Path) -> Lexicon:
        lex = cls()
        if not path.exists():
            return lex
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                word, count, *cl = line.rstrip("\n").split("\t")
                lex.counts[word] = int(count)
                if cl:
                    lex.clusters[word] = tuple(cl)
        vec_path = path.with_name("vectors.tsv.gz")
        if vec_path.exists():  # optional: dense CRF features from the word vectors
            with gzip.open(vec_path, "rt", encoding="utf-8") as fh:
                for line in fh:
                    word, row = line.rstrip("\n").split("\t")
                    lex.vectors[word] = tuple((f"e{i}", int(v) / 32) for i, v in enumerate(row.split()) if v != "0")
        return lex

    def count(self, key: str) -> int:
        return self.counts.get(key, 0)
