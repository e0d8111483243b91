"""Sentence splitting for Arabic news.

A sentence ends at . ! ? ؟ … or a line break, except: inside «…» or "…" quotations (a quoted
sentence stays with the clause that introduces it), after an abbreviation (د. م. أ.د. ق.م),
between digits (3.5), and before a closing quote or bracket, which stays with its sentence.
Tanween-final words (سابقاً.) end sentences like any other word.
"""

from __future__ import annotations

import re

from ..record import Sentence

_TERMINALS = ".!?؟…"
_CLOSERS = "\"'»”’)]}"
# One-letter Arabic abbreviations (د. = doctor, م. = engineer / AD, ق.م = BC, ص. = page) and a
# few multi-letter ones; matched against the word that ends in the period.
_ABBREVIATIONS = {"د", "م", "أ", "ا", "ق", "ص", "ج", "ه", "هـ", "س", "ش", "ت", "أ.د", "ق.م", "ص.ب", "إلخ", "الخ",
                  "Dr", "Mr", "Mrs", "St", "No", "Jr", "U.S", "U.N"}
_WORD_BEFORE = re.compile(r"([\w.\u0640]+)$")
_MAX_QUOTE = 600  # an unclosed quote mark must not swallow the rest of the article


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    return bool(m) and m.group(1).rstrip(".") in _ABBREVIATIONS


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of ``text[start:end]`` as absolute offsets, whitespace trimmed, empty ones dropped."""
    end = len(text) if end is None else end
    spans: list[Sentence] = []
    sent_start = start
    quote_open: int | None = None  # offset where the current «…» / "…" began
    i = start
    while i < end:
        ch = text[i]
        if ch == "\n":
            _add(text, spans, sent_start, i)
            sent_start, quote_open = i + 1, None
        elif ch == "«":
            quote_open = i
        elif ch == "»":
            quote_open = None
        elif ch == '"' or ch in "“”":
            quote_open = None if quote_open is not None else i
        elif ch in _TERMINALS:
            if quote_open is not None and i - quote_open < _MAX_QUOTE:
                i += 1
                continue
            if ch == "." and 0 < i < end - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
                i += 1
                continue
            if ch == "." and _is_abbreviation(text, i):
                i += 1
                continue
            j = i + 1
            while j < end and (text[j] in _TERMINALS or text[j] in _CLOSERS):
                j += 1
            if j >= end or text[j].isspace():
                _add(text, spans, sent_start, j)
                sent_start, quote_open, i = j, None, j
                continue
        i += 1
    _add(text, spans, sent_start, end)
    return spans


def _add(text: str, spans: list[Sentence], a: int, b: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append(Sentence(a, b))
