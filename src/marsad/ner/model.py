"""The shipped NER model, loaded once per process: two stacked linear-chain CRFs (and a BiLSTM).

Pass 1 tags each sentence from its own features; pass 2 sees the same features plus how pass 1
tagged the same words elsewhere in the document (``document.py``). The BiLSTM-CRF (``lstm.py``)
reads each sentence whole; when enabled (MARSAD_NER_NEURAL=1), its tag probabilities are averaged
with pass 2's (``ensemble.py``). By default, or without ``lstm.npz``, the model is the CRFs alone.
"""

from __future__ import annotations

import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pycrfsuite

from marsad.config import SETTINGS
from marsad.ner.document import document_hints
from marsad.ner.ensemble import CRF_WEIGHT, combine, decode
from marsad.ner.features import FeatureExtractor, WordInfo
from marsad.ner.gazetteer import Gazetteer
from marsad.ner.lexicon import Lexicon
from marsad.ner.lstm import LstmTagger
from marsad.ner.neural_inputs import TAGS

# The shipped model; MARSAD_NER_MODEL_DIR points elsewhere (a retrained or experimental model).
MODEL_DIR = Path(os.environ.get("MARSAD_NER_MODEL_DIR") or Path(__file__).resolve().parents[1] / "models" / "ner")
PASS1_FILE = "ner.pass1.crfsuite"
CRF_FILE = "ner.crfsuite"
LEXICON_FILE = "clusters.tsv.gz"
GAZETTEER_FILE = "gazetteer.tsv.gz"
LSTM_FILE = "lstm.npz"


@dataclass(slots=True)
class TaggedSentence:
    tags: list[str]  # BIO with ANERcorp type names (B-PERS, I-ORG, B-LOC, B-MISC, O)
    confidence: list[float]  # marginal probability of each entity token's tag (1.0 for O)


class NerModel:
    """Not a dataclass: ``__init__`` opens the CRF files and reads the lexicons."""

    def __init__(self, model_dir: Path = MODEL_DIR, neural: bool | None = None) -> None:
        """``neural``: average in the BiLSTM (default: the ``ner_neural`` setting, MARSAD_NER_NEURAL)."""
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
        self._labels = set(self._pass2.labels())
        if not self.features.lex.vectors:  # the bytes features of ``tag_document``
            self.features.restrict(_attributes(self._pass1) | _attributes(self._pass2))
        self.crf_weight = CRF_WEIGHT
        use_lstm = (SETTINGS.ner_neural if neural is None else neural) and (model_dir / LSTM_FILE).exists()
        self.lstm = LstmTagger(self.features, model_dir / LSTM_FILE) if use_lstm else None
        self._lock = threading.Lock()  # a crfsuite Tagger holds per-sequence state

    def tag_document(self, doc: list[list[str]], marginals: bool = True,
                     infos: list[list[WordInfo]] | None = None) -> list[TaggedSentence]:
        """Tag the sentences (lists of words) of one document. ``marginals=False`` skips the
        confidences of the CRF-only model (the ensemble needs them to decode). ``infos``:
        ``features.infos`` of each sentence when the caller has them already (the NER stage
        reads them too: looked up once, not once per use)."""
        fx = self.features
        out: list[TaggedSentence] = []
        neural = self.lstm.marginals(doc) if self.lstm is not None else None
        # crfsuite reads the same features faster as bytes (see FeatureExtractor.encoded)
        as_bytes = not fx.lex.vectors
        with self._lock:
            if as_bytes:
                if infos is None:
                    infos = [fx.infos(words) for words in doc]
                x1 = [fx.encoded(words, i) for words, i in zip(doc, infos)]
            else:
                x1 = [fx.sentence(words) for words in doc]
            first = [self._pass1.tag(x) if x else [] for x in x1]
            hints = document_hints(fx, doc, first, as_bytes, infos)
            for k, (x, h) in enumerate(zip(x1, hints)):
                if not x:
                    out.append(TaggedSentence([], []))
                    continue
                if as_bytes:  # the pass-1 lists are not read again: extend them, no copies
                    for f, extra in zip(x, h):
                        f += extra
                    self._pass2.set(x)
                else:
                    self._pass2.set(fx.with_hints(x, h))
                if neural is not None:
                    probs = combine(self._crf_marginals(len(x)), neural[k], self.crf_weight)
                    best = decode(probs)
                    tags = [TAGS[j] for j in best]
                    conf = [1.0 if t == "O" else float(probs[i, j]) for i, (t, j) in enumerate(zip(tags, best))]
                    out.append(TaggedSentence(tags, conf))
                    continue
                tags = self._pass2.tag()
                conf = [1.0] * len(tags)
                if marginals:
                    for i, t in enumerate(tags):
                        if t != "O":
                            conf[i] = self._pass2.marginal(t, i)
                out.append(TaggedSentence(list(tags), conf))
        return out

    def _crf_marginals(self, n: int) -> np.ndarray:
        """P(tag) per token from pass 2 (the sequence last ``set``), in ``TAGS`` order. Read them
        before any ``tag()`` of that sequence: crfsuite's Viterbi and marginals share one lattice,
        and a ``tag()`` after a ``marginal()`` decodes (and leaves) wrong scores."""
        m = self._pass2.marginal
        return np.array([[m(t, i) if t in self._labels else 0.0 for t in TAGS] for i in range(n)])

    def tag(self, words: list[str], marginals: bool = True) -> TaggedSentence:
        """Tag one sentence on its own (a one-sentence document)."""
        return self.tag_document([words], marginals)[0]


def _attributes(tagger: pycrfsuite.Tagger) -> frozenset[bytes]:
    """The attribute names of an opened model: the ATTRIBUTES block of its text dump, one
    ``<index>: <name>`` line each."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "model.txt"
        tagger.dump(str(path))
        lines = path.read_bytes().split(b"\n")
    start = lines.index(b"ATTRIBUTES = {") + 1
    end = lines.index(b"}", start)
    return frozenset(line.partition(b": ")[2] for line in lines[start:end])


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
