"""Leading-clitic analysis of one word, decided with corpus counts.

A conjunction (و/ف) and/or preposition (ب/ل/ك) may be glued to a word (والعراق, لقوات, بلبنان,
للأمم = ل + الأمم). Whether an initial و/ب/ل is a clitic or part of the name (وليد, بشار, لبنان)
is decided by frequency: strip only when the remainder is the more frequent word.
"""

from __future__ import annotations

from dataclasses import dataclass

from marsad.ner.lexicon import Lexicon

# Longest first. Each: (prefix in word_key form, letters to drop from the surface, restored article).
_PROCLITICS: tuple[tuple[str, int, str], ...] = (
    ("ولل", 3, "ال"), ("فلل", 3, "ال"), ("وبال", 2, ""), ("وكال", 2, ""), ("فبال", 2, ""),
    ("وال", 1, ""), ("فال", 1, ""), ("بال", 1, ""), ("كال", 1, ""), ("لل", 2, "ال"),
    ("وب", 2, ""), ("ول", 2, ""), ("وك", 2, ""), ("فب", 2, ""), ("فل", 2, ""),
    ("و", 1, ""), ("ف", 1, ""), ("ب", 1, ""), ("ل", 1, ""), ("ك", 1, ""),
)


# The same, by first letter (order kept): a word is only tried against the prefixes it can start with.
_BY_FIRST: dict[str, tuple[tuple[str, int, str], ...]] = {
    c: tuple(p for p in _PROCLITICS if p[0][0] == c) for c in {p[0][0] for p in _PROCLITICS}
}


@dataclass(frozen=True, slots=True)
class CliticSplit:
    drop: int  # letters (not counting diacritics) to drop from the start of the surface word
    base: str  # the word without the clitics, in word_key form (with ال restored after لل)


def split_clitics(key: str, lex: Lexicon) -> CliticSplit:
    """Split leading clitics off ``key`` (a ``word_key``) when the corpus supports it."""
    own = lex.count(key)
    for prefix, drop, restore in _BY_FIRST.get(key[:1], ()):
        if not key.startswith(prefix):
            continue
        base = restore + key[drop:]
        if len(base) < (4 if len(prefix) == 2 and not restore else 3):
            continue
        if base.startswith("ال") and len(base) >= 4 and restore == "":
            return CliticSplit(drop, base)  # و/ب/ف/ك + ال...: always a clitic
        n = lex.count(base)
        if (n >= 5 and 2 * n > own) or (restore and n > 0) or (
                own == 0 and n == 0 and prefix in ("و", "ف")):
            return CliticSplit(drop, base)
    return CliticSplit(0, key)


def surface_skip(word: str, letters: int) -> int:
    """Character offset in ``word`` after its first ``letters`` letters (diacritics/tatweel follow
    the letter they sit on, so they are skipped with it)."""
    i, seen = 0, 0
    while i < len(word) and seen < letters:
        i += 1
        seen += 1
        while i < len(word) and ("\u064b" <= word[i] <= "\u065f" or word[i] in "\u0670\u0640"):
            i += 1
    return i
