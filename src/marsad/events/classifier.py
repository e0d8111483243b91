"""Sentence classifiers (does this sentence report an ASSAULT / a PROTEST?) as plain linear
models: weights exported by scripts/train_events.py to src/marsad/models/events/*.json, so the
runtime needs neither scikit-learn nor numpy.

Vector = [tf-idf of word n-grams, l2-normalised] ++ [tf-idf of char n-grams, l2-normalised]
++ hand_scale * [hand features, plus the caller's cues: for ASSAULT, whether the syntax found an
actor / a target]; score = sigmoid(w . x + b).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from marsad.events.features import featurize

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "events"


def vectorize(ngrams: Counter[str], hand: dict[str, float], idf: dict[str, float],
              hand_scale: float) -> dict[str, float]:
    """The sparse feature vector (name -> value); names outside ``idf`` are dropped."""
    out: dict[str, float] = {}
    for group in ("w:", "c:"):
        vals = {k: (1.0 + math.log(v)) * idf[k] for k, v in ngrams.items() if k.startswith(group) and k in idf}
        norm = math.sqrt(sum(x * x for x in vals.values())) or 1.0
        out.update({k: x / norm for k, x in vals.items()})
    out.update({k: v * hand_scale for k, v in hand.items()})
    return out


@dataclass(slots=True)
class SentenceModel:
    type: str
    idf: dict[str, float]
    weights: dict[str, float]
    bias: float
    hand_scale: float
    threshold: float
    _table: dict[str, tuple[float, float]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # n-gram name -> (idf, weight): one lookup per n-gram of a sentence in ``_dot``
        weights = self.weights
        self._table = {k: (v, weights.get(k, 0.0)) for k, v in self.idf.items()}

    def probability(self, text: str, cues: dict[str, float] | None = None) -> float:
        """P(the sentence reports this type); ``cues`` are extra hand features (``role_cues``)."""
        ngrams, hand = featurize(text)
        if cues:
            hand = {**hand, **cues}
        z = self.bias + self._dot(ngrams, hand)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def _dot(self, ngrams: Counter[str], hand: dict[str, float]) -> float:
        """``w . vectorize(ngrams, hand, ...)`` without building the vector. The terms are the same
        products summed in the same order (word n-grams, char n-grams, hand features), so the
        float is bit-for-bit the same."""
        get, log = self._table.get, math.log
        # (tf-idf, weight) per group, in n-gram order; idf names are all w: or c:
        w_vals: list[tuple[float, float]] = []
        c_vals: list[tuple[float, float]] = []
        for k, v in ngrams.items():
            entry = get(k)
            if entry is not None:
                # most n-grams occur once: 1 + log(1) is exactly 1.0, so the product is the idf
                x = entry[0] if v == 1 else (1.0 + log(v)) * entry[0]
                (w_vals if k[0] == "w" else c_vals).append((x, entry[1]))
        terms: list[float] = []
        for vals in (w_vals, c_vals):
            norm = math.sqrt(sum([x * x for x, _ in vals])) or 1.0
            terms += [x / norm * w for x, w in vals]
        weights, scale = self.weights, self.hand_scale
        terms += [v * scale * weights.get(k, 0.0) for k, v in hand.items()]
        return sum(terms)

    @classmethod
    def load(cls, path: Path) -> SentenceModel:
        d = json.loads(path.read_text(encoding="utf-8"))
        return cls(d["type"], d["idf"], d["weights"], d["bias"], d["hand_scale"], d["threshold"])


# Models installed in place of the shipped ones (cross-validation in scripts/train_events.py).
OVERRIDES: dict[str, SentenceModel] = {}


def model_for(event_type: str) -> SentenceModel | None:
    """The model for a type, or None when none was trained."""
    return OVERRIDES.get(event_type) or _shipped(event_type)


@cache
def _shipped(event_type: str) -> SentenceModel | None:
    """The shipped model, loaded once per process."""
    path = MODEL_DIR / f"{event_type.lower()}.json"
    return SentenceModel.load(path) if path.exists() else None
