"""The BiLSTM half of the NER ensemble, run with numpy: probabilities, BIO decoding, and what it adds."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from marsad.ner.conll import tag_conll
from marsad.ner.ensemble import decode
from marsad.ner.model import NerModel
from marsad.ner.neural_inputs import TAGS

TESTS = Path(__file__).resolve().parent
SHARED = TESTS.parents[1] / "shared"
ANER_TEST = SHARED / "data" / "anercorp" / "ANERCorp_CamelLab_test.txt"
FLOOR = json.loads((TESTS / "quality_baseline.json").read_text(encoding="utf-8"))["ner"]["anercorp_test_f1_neural"]

SENTENCES = [
    ["وقال", "الرئيس", "السوري", "بشار", "الأسد", "في", "دمشق", "إن", "الجيش", "سيواصل", "عملياته"],
    ["وأعلنت", "وزارة", "الخارجية", "الفرنسية", "أمس", "أن", "الوزير", "سيزور", "بيروت"],
    ["قتل", "ثلاثة", "أشخاص"],
]


@pytest.fixture(scope="module")
def model() -> NerModel:
    m = NerModel(neural=True)  # opt-in (MARSAD_NER_NEURAL=1); the default model is the CRFs alone
    assert m.lstm is not None, "the shipped NER model has no lstm.npz"
    return m


@pytest.fixture(scope="module")
def lstm(model: NerModel):
    return model.lstm


def test_marginals_are_probabilities_per_token(lstm) -> None:
    probs = lstm.marginals(SENTENCES)
    assert [p.shape for p in probs] == [(len(s), len(TAGS)) for s in SENTENCES]
    for p in probs:
        assert np.all(p >= 0) and np.allclose(p.sum(axis=1), 1.0, atol=1e-5)


def test_marginals_do_not_depend_on_the_batch(lstm) -> None:
    # Padding a short sentence up to a long one's length must not change its probabilities.
    alone = lstm.marginals([SENTENCES[2]])[0]
    batched = lstm.marginals(SENTENCES)[2]
    assert np.allclose(alone, batched, atol=1e-5)


def test_lstm_reads_names_from_the_sentence(lstm) -> None:
    probs = lstm.marginals([SENTENCES[0]])[0]
    tags = [TAGS[j] for j in decode(probs)]
    words = SENTENCES[0]
    assert tags[words.index("بشار")] == "B-PERS" and tags[words.index("الأسد")] == "I-PERS"
    assert tags[words.index("دمشق")] == "B-LOC"


def test_decode_never_starts_an_entity_with_i() -> None:
    # The most probable tag of the second token is I-ORG, but after O it may only be B-ORG or O.
    p = np.full((2, len(TAGS)), 0.01)
    p[0, TAGS.index("O")] = 0.9
    p[1, TAGS.index("I-ORG")] = 0.6
    p[1, TAGS.index("B-ORG")] = 0.3
    best = [TAGS[j] for j in decode(p / p.sum(axis=1, keepdims=True))]
    assert best[0] != "O" or best[1] != "I-ORG"
    assert all(not (a == "O" and b.startswith("I-")) for a, b in itertools.pairwise(best))


def test_ensemble_confidence_is_the_combined_probability(model: NerModel) -> None:
    tagged = model.tag(["وقال", "الرئيس", "السوري", "بشار", "الأسد"])
    assert tagged.tags[3:] == ["B-PERS", "I-PERS"]
    assert all(0.5 < c <= 1.0 for c in tagged.confidence)


def test_the_crfs_alone_when_neural_is_off() -> None:
    assert NerModel(neural=False).lstm is None


@pytest.mark.slow
@pytest.mark.skipif(not ANER_TEST.exists(), reason="needs ../shared (ANERcorp test split)")
def test_ensemble_anercorp_test_f1_does_not_drop_below_baseline(model: NerModel, tmp_path: Path) -> None:
    pred = tmp_path / "pred.txt"
    with open(pred, "w", encoding="utf-8") as fh:
        tag_conll(ANER_TEST, fh, model)
    res = subprocess.run([sys.executable, str(SHARED / "eval" / "conll_ner.py"), str(ANER_TEST), str(pred)],
                         capture_output=True, text=True, check=True)
    f1 = float(res.stdout.strip().splitlines()[-1].split()[-1]) / 100
    assert f1 >= FLOOR, res.stdout
