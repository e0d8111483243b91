"""The shipped word-frequency lexicon used to gate clitic splitting (see ``segment_model.py``).

Built by ``scripts/build_segmenter.py`` from ANERcorp train, AQMAR and GeoNames names only
(commercially usable sources). The file holds surface forms without diacritics; lookups fold
hamzated alefs (ANERcorp often drops the hamza), and a second table keeps how often a word is
spelt with a bare initial alef (hamzat wasl: انتقد) rather than أ/إ (أفق).
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LEXICON_PATH = Path(__file__).resolve().parents[1] / "data" / "segmenter" / "lexicon.tsv.gz"

_DROP = {c: None for c in range(0x064B, 0x0660)} | {0x0670: None, 0x0640: None}
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "ٱ": "ا"})  # آ kept apart: آلة is not الة
# Article (with a conjunction/preposition) in front of a noun: evidence that it is a noun.
_ARTICLE = ("ال", "وال", "بال", "فال", "كال", "لل")


def is_mark(ch: str) -> bool:
    """Diacritic or tatweel: carried along with the preceding letter, ignored for lookup."""
    o = ord(ch)
    return 0x064B <= o <= 0x065F or o == 0x0670 or o == 0x0640


def strip_marks(word: str) -> str:
    return word.translate(_DROP)


# what ``key`` changes: most words have none of it, and str.translate is slow per character
_KEY_CHANGES = re.compile("[\u064b-\u065f\u0670\u0640أإٱ]")


def key(word: str) -> str:
    """Lookup form of a word: diacritics and tatweel dropped, hamzated alefs folded to ا."""
    if _KEY_CHANGES.search(word) is None:
        return word
    return word.translate(_DROP).translate(_FOLD)


@dataclass(frozen=True, slots=True)
class Lexicon:
    counts: dict[str, int]  # key form -> occurrences (GeoNames names weighted)
    bare_alef: dict[str, int]  # key -> occurrences with a bare ا (not أ/إ) first after any article

    @classmethod
    def from_surface_counts(cls, surface: dict[str, int]) -> Lexicon:
        counts: dict[str, int] = {}
        bare: dict[str, int] = {}
        for form, n in surface.items():
            k = key(form)
            counts[k] = counts.get(k, 0) + n
            if _after_article(form).startswith("ا"):
                bare[k] = bare.get(k, 0) + n
        return cls(counts, bare)

    def count(self, form: str) -> int:
        return self.counts.get(form, 0)

    def count_bare_alef(self, form: str) -> int:
        """Occurrences of ``form`` (a key starting with ا) written with a bare alef."""
        return self.bare_alef.get(form, 0)

    def imperfect(self, form: str) -> int:
        """Occurrences of ي/ت/ن + ``form`` (يوافق, يبحث): evidence that ``form`` is a verb."""
        c = self.counts
        return sum(c.get(p + form, 0) for p in "يتن") if len(form) > 2 else 0

    def article(self, form: str, bare_alef_only: float | None = None) -> float:
        """Occurrences of ``form`` after the article (الشكل, بالشكل, للشكل...). With
        ``bare_alef_only`` = w, forms spelt with أ/إ after the article count w each."""
        c = self.counts
        bare = form.removeprefix("ال")
        if len(bare) < 2:
            return 0
        total = 0.0
        for a in _ARTICLE:
            n = c.get(a + bare, 0)
            if n and bare_alef_only is not None:
                b = self.bare_alef.get(a + bare, 0)
                n = b + bare_alef_only * (n - b)
            total += n
        return total


def _after_article(form: str) -> str:
    for a in sorted(_ARTICLE, key=len, reverse=True):
        if form.startswith(a) and len(form) > len(a) + 1:
            return form[len(a):]
    return form


def read_counts(path: Path) -> dict[str, int]:
    out: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            k, _, c = line.rstrip("\n").partition("\t")
            out[k] = int(c)
    return out


@lru_cache(maxsize=1)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """The shipped lexicon; empty when the data file is missing (then only rules apply)."""
    return Lexicon.from_surface_counts(read_counts(path) if path.exists() else {})
