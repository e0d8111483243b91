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


_EVENTS = re.compile(r'[\n«»"“”]|[.!?؟…]+[\'"»”’)\]}.!?؟…]*')


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of ``text[start:end]`` as absolute offsets, whitespace trimmed, empty ones dropped."""
    end = len(text) if end is None else end
    spans: list[Sentence] = []
    sent_start = start
    quote_open: int | None = None  # offset where the current «…» / "…" began
    # Only boundary candidates are visited (a regex scan), not every character.
    for m in _EVENTS.finditer(text, start, end):
        i, ch = m.start(), m.group()
        if ch == "\n":
            _add(text, spans, sent_start, i)
            sent_start, quote_open = i + 1, None
        elif ch == "«":
            quote_open = i
        elif ch == "»":
            quote_open = None
        elif ch in '"“”':
            quote_open = None if quote_open is not None else i
        else:  # a run of terminals, possibly with closing quotes/brackets
            j = m.end()
            if any(c in '"»”' for c in ch):
                quote_open = None  # the closing mark ends the quotation with the sentence
            elif quote_open is not None and i - quote_open < _MAX_QUOTE:
                continue
            if ch[0] == "." and 0 < i and j < end and text[i - 1].isdigit() and text[j].isdigit():
                continue
            if ch == "." and _is_abbreviation(text, i):
                continue
            if j >= end or text[j].isspace():
                _add(text, spans, sent_start, j)
                sent_start, quote_open = j, None
    _add(text, spans, sent_start, end)
    return spans


def _add(text: str, spans: list[Sentence], a: int, b: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append(Sentence(a, b))
