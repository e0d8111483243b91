"""Sentence spans and word tokens for the quote and event stages (offsets into Article.text)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.record import Article, Entity, Sentence

_SPLIT = re.compile(r"[.!?؟\n]+")
_WORD = re.compile(r"[\w\u0640\u064b-\u065f\u0670]+|%")


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    text: str


def sentences(article: Article) -> list[Sentence]:
    """The article's sentences, or a split on . ! ? ؟ and newlines when none were given.
    A full stop between digits (3.5) does not end a sentence."""
    if article.sentences:
        return list(article.sentences)
    text, out, start = article.text, [], 0
    for m in _SPLIT.finditer(text):
        if m.group() == "." and 0 < m.start() and m.end() < len(text) and text[m.start() - 1].isdigit() and text[m.end()].isdigit():
            continue
        if text[start:m.end()].strip():
            out.append(_trim(text, start, m.end()))
        start = m.end()
    if text[start:].strip():
        out.append(_trim(text, start, len(text)))
    return out


def _trim(text: str, start: int, end: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end)


def words(text: str, start: int = 0, end: int | None = None) -> list[Word]:
    return list(_words(text, start, len(text) if end is None else end))


@lru_cache(maxsize=4096)  # the quote and event rules read the same stretches of a sentence again
def _words(text: str, start: int, end: int) -> tuple[Word, ...]:
    return tuple([Word(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(text[start:end])])


def entities_in(article: Article, start: int, end: int) -> list[Entity]:
    return sorted((e for e in article.entities if e.start >= start and e.end <= end), key=lambda e: e.start)
