"""Tokenisation into UD syntactic words: surface words, then clitics split off with offsets kept.

``tokenize`` finds surface words (runs of letters/digits with their diacritics and tatweel;
each punctuation mark is a token; numbers like 3.5 stay whole) and ``segment_word`` splits an
Arabic surface word into syntactic words following the UD Arabic (PUD/PADT) convention:

* proclitics: conjunctions و ف, prepositions ب ل ك, future س (before an imperfect verb only);
  the article is *not* split (بالمدينة → ب + المدينة), and ل + ال is written as in the text
  (للسلطة → ل + لسلطة, the surface substring);
* enclitic pronouns ه ها هما هم هن ك كم كما كن ي ني نا (حكومته → حكومت + ه, عليه → علي + ه);
* every piece is a substring of the surface word, so offsets always point into the text.

Method (why): there is no commercially usable segmented Arabic corpus to train on (PADT is
non-commercial, PUD is our test set), so the splitter is rule-based and *gated by evidence*:
each candidate analysis (prefixes + stem + suffix) is scored by how often its stem occurs as a
whole word in a shipped frequency lexicon (ANERcorp train, AQMAR, GeoNames names; see
``scripts/build_segmenter.py``), against how often the unsplit word occurs. A clitic is split
only when the remainder is a known word that is frequent enough relative to the whole, so
words that merely look prefixed (واشنطن, وافق, وفقاً, بيان, لبنان) stay whole. Words the
lexicon does not know fall back to shape rules (و/ف/ب/ل/ك + ال…, ل + ل…, …ته/…تها after a
ta marbuta) that hold for the vast majority of news vocabulary; closed-class words are listed.
See ``segment_model.py`` for the scoring. Decisions are cached per distinct word and per
whitespace chunk, so steady-state tokenising costs about a microsecond per word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.record import Token
from marsad.text.segment_lexicon import is_mark
from marsad.text.segment_model import cached_split_points

# Non-Arabic words (with digits: G20), numbers with inner separators (3.5, 1,200, 6:30), Arabic
# words (letters + diacritics/tatweel, never starting or ending in tatweel, which PUD-style
# text also uses as a dash), then any other character on its own.
_MARKS = "\u0640\u064b-\u065f\u0670"
_SURFACE = re.compile(
    r"[^\W\d_\u0600-\u06ff]+(?:\d+[^\W\d_\u0600-\u06ff]*)*"  # non-Arabic words: G20, Pérez
    r"|\d+(?:[.,:٫٬]\d+)*"  # numbers, times
    rf"|(?!\u0640)[^\W\d_](?:[^\W\d_]|[{_MARKS}])*(?<!\u0640)"  # words; edge tatweel = dash
    r"|\S")
_ARABIC = re.compile(r"[\u0621-\u064a]")
_MARK = re.compile("[\u064b-\u065f\u0670\u0640]")  # what is_mark accepts


def segment_word(word: str) -> list[tuple[int, int]]:
    """(start, end) pieces of one surface word, e.g. بالمدينة → [(0, 1), (1, 8)].

    Pieces cover the word exactly; diacritics and tatweel stay with the letter before them.
    Non-Arabic words (Latin, numbers) come back whole."""
    return list(_segment_word(word))


@lru_cache(maxsize=500_000)
def _segment_word(word: str) -> tuple[tuple[int, int], ...]:
    if not _ARABIC.search(word):
        return ((0, len(word)),)
    if not _MARK.search(word):  # the common case: the word is its own bare form
        bounds = [0, *cached_split_points(word, False), len(word)]
        return tuple((bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1))
    letters = [i for i, ch in enumerate(word) if not is_mark(ch)]
    # tanween fatha marks an accusative, which no preposition governs (بعداً is one word)
    points = cached_split_points("".join(word[i] for i in letters), "\u064b" in word)
    bounds = [0, *(letters[p] for p in points), len(word)]
    return tuple((bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1))


_CHUNK = re.compile(r"\S+")
# Whitespace-delimited chunk -> its tokens as (start, end, text, word offset) and word count.
# Chunks repeat a lot (Zipf), so caching them skips both the surface regex and segmentation.
_chunk_cache: dict[str, tuple[tuple[tuple[int, int, str, int], ...], int]] = {}
_CHUNK_CACHE_MAX = 300_000


def _chunk_tokens(chunk: str) -> tuple[tuple[tuple[int, int, str, int], ...], int]:
    pieces = []
    n = 0
    for n, m in enumerate(_SURFACE.finditer(chunk)):  # n ends as the last word index
        s, word = m.start(), m.group()
        for a, b in _segment_word(word) if len(word) > 1 else ((0, 1),):
            pieces.append((s + a, s + b, word[a:b], n))
    out = (tuple(pieces), n + 1 if pieces else 0)
    if len(_chunk_cache) >= _CHUNK_CACHE_MAX:
        _chunk_cache.clear()
    _chunk_cache[chunk] = out
    return out


def tokenize(text: str, start: int = 0, sentence: int = 0) -> list[Token]:
    """UD syntactic-word tokens of ``text``; offsets are ``start`` + positions in ``text``.

    ``token.text == text[token.start - start:token.end - start]``; ``word_index`` numbers the
    surface words (a clitic shares the index of its host word)."""
    out: list[Token] = []
    append = out.append
    cache = _chunk_cache
    wi = 0
    for m in _CHUNK.finditer(text):
        chunk = m.group()
        hit = cache.get(chunk)
        pieces, n = hit if hit is not None else _chunk_tokens(chunk)
        base = start + m.start()
        for a, b, piece, w in pieces:
            append(Token(base + a, base + b, piece, wi + w, sentence))
        wi += n
    return out


def clear_caches() -> None:
    """Forget cached decisions (after swapping the lexicon, or to time a cold run)."""
    _chunk_cache.clear()
    _segment_word.cache_clear()
    cached_split_points.cache_clear()
