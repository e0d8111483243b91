"""Word tokenisation with character offsets, matching ANERcorp's conventions.

ANERcorp keeps proclitics attached to the word (والعراق, لقوات) and splits punctuation off, so
the tagger sees whitespace/punctuation words; clitics are only removed afterwards, from the
span of a found entity (see ``clitics.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A word: letters/digits/marks (diacritics, tatweel), with inner dots/commas in numbers
# (3.5, 1,200) kept together; any other non-space character is a token of its own.
_TOKEN = re.compile(r"\d+(?:[.,٫٬]\d+)*|[^\W\d_]+(?:[\u0640\u064b-\u065f\u0670][^\W\d_]*)*|\S",
                    re.UNICODE)
# Sentence ends: . ! ? ؟ and the Arabic full stop, or a line break.
_SENT_END = re.compile(r"[.!?؟۔]+[\"'»”)]*\s+|\n+")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the words of ``text[start:end]``, offsets into ``text``."""
    end = len(text) if end is None else end
    return [m.span() for m in _TOKEN.finditer(text, start, end)]


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Sentence (start, end) offsets for text that came without sentence boundaries."""
    pos = 0
    for m in _SENT_END.finditer(text):
        if m.start() > pos:
            yield pos, m.end()
        pos = m.end()
    if pos < len(text) and text[pos:].strip():
        yield pos, len(text)
