"""The shipped NER model, loaded once per process: two stacked linear-chain CRFs.

Pass 1 tags each sentence from its own features; pass 2 sees the same features plus how pass 1
tagged the same words elsewhere in the document (``document.py``).
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from marsad.ner.document import document_hints
from marsad.ner.features import FeatureExtractor
from marsad.ner.gazetteer import Gazetteer
from marsad.ner.lexicon import Lexicon

# The shipped model; MARSAD_NER_MODEL_DIR points elsewhere (a retrained or experimental model).
MODEL_DIR = Path(os.environ.get("MARSAD_NER_MODEL_DIR") or Path(__file__).resolve().parents[1] / "models" / "ner")
PASS1_FILE = "ner.pass1.crfsuite"
CRF_FILE = "ner.crfsuite"
LEXICON_FILE = "clusters.tsv.gz"
GAZETTEER_FILE = "gazetteer.tsv.gz"


@dataclass(slots=True)
class TaggedSentence:
    tags: list[str]  # BIO with ANERcorp type names (B-PERS, I-ORG, B-LOC, B-MISC, O)
    confidence: list[float]  # marginal probability of each entity token's tag (1.0 for O)


class NerModel:
    """Not a dataclass: ``__init__`` opens the CRF files and reads the lexicons."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        self.model_dir = model_dir
        for name in (PASS1_FILE, CRF_FILE):
            if not (model_dir / name).exists():
                raise FileNotFoundError(f"NER model file {model_dir / name} is missing: "
                                        "build it with `python scripts/train_ner.py`")
        self.features = load_features(model_dir)
        self._pass1 = pycrfsuite.Tagger()
        self._pass1.open(str(model_dir / PASS1_FILE))
        self._pass2 = pycrfsuite.Tagger()
        self._pass2.open(str(model_dir / CRF_FILE))
        self._lock = threading.Lock()  # a crfsuite Tagger holds per-sequence state

    def tag_document(self, doc: list[list[str]], marginals: bool = True) -> list[TaggedSentence]:
        """Tag the sentences (lists of words) of one document."""
        fx = self.features
        out: list[TaggedSentence] = []
        with self._lock:
            x1 = [fx.sentence(words) for words in doc]
            first = [self._pass1.tag(x) if x else [] for x in x1]
            hints = document_hints(fx, doc, first)
            for x, h in zip(x1, hints):
                if not x:
                    out.append(TaggedSentence([], []))
                    continue
                self._pass2.set(fx.with_hints(x, h))
                tags = self._pass2.tag()
                conf = [1.0] * len(tags)
                if marginals:
                    for i, t in enumerate(tags):
                        if t != "O":
                            conf[i] = self._pass2.marginal(t, i)
                out.append(TaggedSentence(list(tags), conf))
        return out

    def tag(self, words: list[str], marginals: bool = True) -> TaggedSentence:
        """Tag one sentence on its own (a one-sentence document)."""
        return self.tag_document([words], marginals)[0]


def load_features(model_dir: Path = MODEL_DIR) -> FeatureExtractor:
    return FeatureExtractor(Lexicon.load(model_dir / LEXICON_FILE), Gazetteer.load(model_dir / GAZETTEER_FILE))


_MODEL: NerModel | None = None
_MODEL_LOCK = threading.Lock()


def get_model() -> NerModel:
    """The process-wide model, loaded on first use."""
    global _MODEL
    if _MODEL is None:
        with _MODEL_LOCK:
            if _MODEL is None:
                _MODEL = NerModel()
    return _MODEL
