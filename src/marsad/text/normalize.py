"""Normalisation for *matching* only: never applied to the text that offsets point into.

``normalize`` maps orthographic variants onto one form (hamza/alef, alef maqsura, ta marbuta,
tatweel, diacritics, Arabic-Indic digits, common spelling variants) and is length-preserving
per character where it can be, so ``normalize_keep_offsets`` can be used on whole documents.
"""

from __future__ import annotations

import re
from functools import lru_cache

DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]")
TATWEEL = "\u0640"
# Tanween fath (باكرًا، مجدداً، روسياً) marks an adverb or an indefinite accusative: no name carries it.
TANWEEN_FATH = "\u064b"
_CHAR_MAP = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    "ک": "ك", "ی": "ي", "ھ": "ه", "«": '"', "»": '"', "“": '"', "”": '"', "،": ",", "؛": ";", "؟": "?",
})
_CHAR_PAIRS = tuple((chr(k), v) for k, v in _CHAR_MAP.items())
# One-character keys onto one-character values that are never keys, so replacing them one after
# another is the same map as translate; from this length on it is the faster way.
_REPLACE_FROM = 32


def _map_chars(text: str) -> str:
    """``text.translate(_CHAR_MAP)``. str.translate looks every character up in the map, and a
    character outside it (most Arabic letters) costs a failed lookup, about 150 ns; a
    ``str.replace`` per key present is a fast scan of the whole text (some 20x faster on an
    article)."""
    if len(text) < _REPLACE_FROM:
        return text.translate(_CHAR_MAP)
    for k, v in _CHAR_PAIRS:
        if k in text:
            text = text.replace(k, v)
    return text


# Spelling variants of loanwords that news outlets write both ways (after _CHAR_MAP).
_VARIANTS = [
    (re.compile("ديموقراط"), "ديمقراط"),
    (re.compile("امريك"), "اميرك"),  # امريكا / اميركا
]
_SPACE = re.compile(r"\s+")


def strip_diacritics(text: str) -> str:
    return DIACRITICS.sub("", text).replace(TATWEEL, "")


_VARIANT_MAP = {p.pattern: r for p, r in _VARIANTS}
_VARIANT_RE = re.compile("|".join(_VARIANT_MAP))


def spelling_variants(text: str) -> str:
    """Rewrite loanword spelling variants to one form (on already-normalised text)."""
    return _VARIANT_RE.sub(lambda m: _VARIANT_MAP[m.group()], text)


def normalize(text: str) -> str:
    """Canonical matching form of ``text`` (not offset-preserving: diacritics are removed)."""
    if len(text) < 64:
        return _normalize_short(text)
    return _normalize_long(text)


def _normalize(text: str) -> str:
    return _SPACE.sub(" ", spelling_variants(_map_chars(strip_diacritics(text)))).strip()


# names and tokens recur constantly: cache many of them
_normalize_short = lru_cache(maxsize=200_000)(_normalize)
# a sentence is normalised by several event rules and the classifier's features in turn: cache a
# few, so that whole paragraphs do not pile up
_normalize_long = lru_cache(maxsize=256)(_normalize)


MARK = "\u200c"  # what normalize_keep_offsets leaves where a diacritic or tatweel was


def normalize_keep_offsets(text: str) -> str:
    """Offset-preserving variant: every character maps to exactly one character, diacritics and
    tatweel to U+200C (zero-width non-joiner), so a match at [i, j) in the result is the same
    stretch of ``text``. Spelling-variant rewrites are not applied (they change length)."""
    out = _map_chars(text)
    return DIACRITICS.sub(MARK, out).replace(TATWEEL, MARK)


class Unmarked:
    """A normalize_keep_offsets string (or a slice of it) read as if the diacritic placeholders
    were not there, so أحكاماً, وفقًا and قوّات match their bare stems. Build it once and run
    many patterns over it; matches come back with offsets into the original string, the end
    covering the marks that trail the last letter."""

    __slots__ = ("_keep", "_lo", "_n", "bare")

    def __init__(self, norm: str, lo: int = 0, hi: int | None = None) -> None:
        seg = norm[lo:hi]
        self._lo, self._n = lo, len(seg)
        if MARK in seg:
            self._keep: list[int] | None = [i for i, c in enumerate(seg) if c != MARK]
            self.bare = "".join(seg[i] for i in self._keep)
        else:
            self._keep, self.bare = None, seg

    def finditer(self, rx: re.Pattern[str]):
        """Yields ``(start, end, match)``."""
        keep, lo = self._keep, self._lo
        for m in rx.finditer(self.bare):
            if keep is None:
                yield lo + m.start(), lo + m.end(), m
            elif m.end() > m.start():
                end = keep[m.end()] if m.end() < len(keep) else self._n
                yield lo + keep[m.start()], lo + end, m


def finditer_unmarked(rx: re.Pattern[str], norm: str, lo: int = 0, hi: int | None = None):
    """One pattern over ``Unmarked(norm, lo, hi)``: yields ``(start, end, match)``."""
    return Unmarked(norm, lo, hi).finditer(rx)


_CLITIC_PREFIXES = ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل")


@lru_cache(maxsize=200_000)
def strip_prefix_clitics(token: str) -> str:
    """Drop one leading conjunction/preposition/article cluster from a *normalised* token."""
    for c in _CLITIC_PREFIXES:
        if token.startswith(c) and len(token) - len(c) >= 2:
            return token[len(c):]
    return token


_NON_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=500_000)
def match_key(text: str) -> str:
    """Key for lenient equality of names: normalised, each token stripped of leading clitics."""
    return " ".join(strip_prefix_clitics(t) for t in _NON_WORD.split(normalize(text)) if t)
