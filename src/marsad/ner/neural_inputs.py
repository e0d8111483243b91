"""What the neural NER tagger sees of each word, as integer ids (shared by training and inference).

Three inputs per word: the id of its clitic-stripped base (training vocabulary; unknown → UNK),
the ids of its characters, and a bag of the CRF's small features — distributional clusters,
gazetteer matches, article/suffix ratios, frequency and shape — which carry what unlabelled news
and the gazetteers know about words the labelled data never showed.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from marsad.ner.features import FeatureExtractor

TAGS = ("O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
MAX_CHARS = 20
# CRF features that the network gets another way (the word itself, its affixes: char CNN).
_SKIP_PREFIXES = ("w=", "b=", "p1=", "p2=", "p3=", "p4=", "s1=", "s2=", "s3=", "s4=")


@dataclass(slots=True)
class Vocab:
    items: list[str]
    index: dict[str, int] = field(default_factory=dict)
    n_rare_from: int = 0  # ids >= this were seen once in training

    def __post_init__(self) -> None:
        self.index = {w: i for i, w in enumerate(self.items)}

    def __len__(self) -> int:
        return len(self.items)

    def get(self, item: str) -> int:
        return self.index.get(item, 1)

    def rare(self, i: int) -> bool:
        return i >= self.n_rare_from > 0


@dataclass(slots=True)
class Encoded:
    words: list[int]
    feats: list[list[int]]
    chars: list[list[int]]
    tags: list[int] | None = None


@dataclass(slots=True)
class InputEncoder:
    fx: FeatureExtractor
    words: Vocab
    feats: Vocab
    chars: Vocab
    _cache: dict[str, tuple[int, list[int], list[int]]] = field(default_factory=dict)

    @classmethod
    def build(cls, fx: FeatureExtractor, sentences: list[list[str]]) -> InputEncoder:
        wc: Counter[str] = Counter()
        fc: Counter[str] = Counter()
        cc: Counter[str] = Counter()
        for words in sentences:
            for w, feats in zip(words, _feature_bags(fx, words)):
                info = fx.word(w)
                wc[info.base] += 1
                fc.update(feats)
                cc.update(info.key[:MAX_CHARS])
        frequent = sorted(w for w, n in wc.items() if n > 1)
        once = sorted(w for w, n in wc.items() if n == 1)
        words_v = Vocab(["<pad>", "<unk>", *frequent, *once], n_rare_from=2 + len(frequent))
        feats_v = Vocab(["<pad>", "<unk>", *sorted(f for f, n in fc.items() if n > 1)])
        chars_v = Vocab(["<pad>", "<unk>", *sorted(c for c, n in cc.items() if n > 1)])
        return cls(fx, words_v, feats_v, chars_v)

    def encode(self, words: list[str], tags: list[str] | None = None) -> Encoded:
        per_word = [self.word_ids(w) for w in words]
        return Encoded(
            [wid for wid, _, _ in per_word],
            [own + g or [0] for (_, own, _), g in zip(per_word, self.gazetteer_ids(words))],
            [chars for _, _, chars in per_word],
            [TAGS.index(t) for t in tags] if tags is not None else None,
        )

    def gazetteer_ids(self, words: list[str]) -> list[list[int]]:
        """Per token, the feature ids of the gazetteer phrases covering it (a sentence-level input)."""
        infos = [self.fx.word(w) for w in words]
        index = self.feats.index
        return [[index[f] for f in g if f in index]
                for g in self.fx.gaz.match([i.key for i in infos], [i.base for i in infos])]

    def word_ids(self, w: str) -> tuple[int, list[int], list[int]]:
        """Word id, ids of its own features, character ids: fixed per word, so cached."""
        hit = self._cache.get(w)
        if hit is None:
            info = self.fx.word(w)
            index = self.feats.index
            hit = (self.words.get(info.base),
                   [index[f] for f in info.own if f in index and not f.startswith(_SKIP_PREFIXES)],
                   [self.chars.get(ch) for ch in info.key[:MAX_CHARS]] or [0])
            if len(self._cache) > 200_000:  # bound memory in long-running processes
                self._cache.clear()
            self._cache[w] = hit
        return hit

    def save(self, path: Path, weights: dict[str, np.ndarray]) -> None:
        meta = {"words": self.words.items, "n_rare_from": self.words.n_rare_from,
                "feats": self.feats.items, "chars": self.chars.items, "tags": list(TAGS)}
        arrays = {k: v.astype(np.float16) for k, v in weights.items()}  # half the size; no loss in F1
        np.savez_compressed(path, meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8), **arrays)

    @classmethod
    def load(cls, fx: FeatureExtractor, path: Path) -> tuple[InputEncoder, dict[str, np.ndarray]]:
        data = np.load(path)
        meta = json.loads(data["meta"].tobytes().decode())
        enc = cls(fx, Vocab(meta["words"], n_rare_from=meta["n_rare_from"]), Vocab(meta["feats"]), Vocab(meta["chars"]))
        return enc, {k: data[k].astype(np.float32) for k in data.files if k != "meta"}


def _feature_bags(fx: FeatureExtractor, words: list[str]) -> list[list[str]]:
    infos = [fx.word(w) for w in words]
    gaz = fx.gaz.match([i.key for i in infos], [i.base for i in infos])
    return [[f for f in info.own if not f.startswith(_SKIP_PREFIXES)] + g for info, g in zip(infos, gaz)]
