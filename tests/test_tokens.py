"""Tokenisation with UD clitic segmentation (marsad.text.tokens)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.text.segment_eval import read_conllu, score
from marsad.text.tokens import segment_word, tokenize

SHARED = Path(__file__).resolve().parents[2] / "shared"
PUD = SHARED / "data" / "ud_arabic_pud" / "ar_pud-ud-test.conllu.gz"
BASELINE = Path(__file__).resolve().parent / "quality_baseline.json"


def pieces(word: str) -> list[str]:
    return [word[a:b] for a, b in segment_word(word)]


def texts(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


@pytest.mark.parametrize("word, expected", [
    ("بالمدينة", ["ب", "المدينة"]),
    ("ولوكالة", ["و", "ل", "وكالة"]),
    ("لقوات", ["ل", "قوات"]),
    ("استيلائه", ["استيلائ", "ه"]),  # surface substring of استيلاء + ه
    ("حكومته", ["حكومت", "ه"]),
    ("للسلطة", ["ل", "لسلطة"]),  # ل + ال as PUD writes it
    ("وقال", ["و", "قال"]),
    ("سيكون", ["س", "يكون"]),
    ("عليهم", ["علي", "هم"]),
    ("لها", ["ل", "ها"]),
    ("وكان", ["و", "كان"]),
    ("فإن", ["ف", "إن"]),
])
def test_splits_clitics_in_ud_convention(word: str, expected: list[str]) -> None:
    assert pieces(word) == expected


@pytest.mark.parametrize("word", [
    "واشنطن", "وافق", "وفقاً", "وفقا", "بيان", "لبنان", "وزير", "وزارة", "كان", "لكن", "بين",
    "العربي", "الله", "ذلك", "كما", "بريطانيا",
])
def test_keeps_words_that_only_look_prefixed(word: str) -> None:
    assert pieces(word) == [word]


def test_offsets_point_into_the_text_with_start() -> None:
    text = "وقال المتحدث باسم الحكومة، إنّ القوات دخلت بالمدينة (G20) عام 2023 بـ3.5 مليون دولار."
    for start in (0, 1000):
        toks = tokenize(text, start)
        assert toks, "no tokens"
        for t in toks:
            assert text[t.start - start:t.end - start] == t.text
        # tokens cover every non-space character exactly once, in order
        assert "".join(t.text for t in toks) == text.replace(" ", "")


def test_clitics_share_the_word_index_of_their_host() -> None:
    toks = tokenize("ذهب وفد لبنان بالسيارة")
    assert [(t.text, t.word_index) for t in toks] == [
        ("ذهب", 0), ("وفد", 1), ("لبنان", 2), ("ب", 3), ("السيارة", 3)]


def test_punctuation_latin_and_numbers() -> None:
    assert texts("قال: «نعم»، (BBC) و3.5% 6:30 G20 Pérez.") == [
        "قال", ":", "«", "نعم", "»", "،", "(", "BBC", ")", "و", "3.5", "%", "6:30", "G20",
        "Pérez", "."]


def test_diacritics_and_tatweel_stay_inside_words() -> None:
    assert pieces("بِالْمَدِينَةِ") == ["بِ", "الْمَدِينَةِ"]
    assert pieces("بـالمدينة") == ["بـ", "المدينة"]
    assert texts("الحـكومة") == ["الحـكومة"]
    # tatweel used as a dash at a word edge is its own token
    assert texts("فقطـ") == ["فقط", "ـ"]


def test_accusative_tanween_blocks_prepositions() -> None:
    assert pieces("بعداً") == ["بعداً"]
    assert pieces("كتوماً") == ["كتوماً"]


def test_empty_and_space_only_text() -> None:
    assert tokenize("") == []
    assert tokenize(" \n\t ") == []


@pytest.mark.skipif(not PUD.exists(), reason="../shared (UD Arabic-PUD) is not beside the repo")
def test_pud_exact_segmentation_meets_the_pinned_floor() -> None:
    floor = json.loads(BASELINE.read_text(encoding="utf-8"))["segmentation"]["pud_exact_all"]
    sents = list(read_conllu(PUD))
    sc = score(sents, lambda t: [(x.start, x.end) for x in tokenize(t)])
    assert sc.words > 15_000
    assert sc.accuracy >= floor
    assert sc.accuracy > sc.baseline + 0.1  # far above leaving every word unsplit


def test_article_tokens_are_built_on_first_access_after_the_pipeline() -> None:
    from marsad.pipeline import Pipeline
    from marsad.record import Article

    text = "أعلنت قوات سوريا الديمقراطية السيطرة على الرقة. وقالت لوكالة فرانس برس إن المعارك انتهت."
    article = Pipeline.default(["clean", "text"]).process(Article(id="a", raw=text))
    assert article._tokens is None  # the run itself did not pay for them
    tokens = article.tokens
    assert [t.text for t in tokens if t.sentence == 1][:4] == ["و", "قالت", "ل", "وكالة"]
    assert all(article.text[t.start:t.end] == t.text for t in tokens)
    assert {t.sentence for t in tokens} == {0, 1}
    assert article.tokens is tokens  # built once
