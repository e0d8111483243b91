"""Sentence spans and word tokens for the quote and event stages (offsets into Article.text)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from marsad.record import Article, Entity, Sentence
from marsad.text.normalize import normalize

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


# A statement's next clause in a run-on sentence: وأضاف، وتابع، وأكد … or مشيرا إلى، لافتا إلى ….
_CLAUSE_OPENER = re.compile(r"^(?:و(?:اضاف|تابع|اكد|اوضح|اشار|لفت|قال|ذكر|بين|شدد)(?:ت)?"
                            r"|(?:مشير|موكد|موضح|مضيف|لافت|معتبر|منوه|مشدد)(?:ا|ه|ين))$")
CLAUSE_MIN_WORDS = 6


def clauses(article: Article, sent: Sentence) -> list[Sentence]:
    """``sent`` cut before each word that opens a further statement clause, when both sides have
    at least CLAUSE_MIN_WORDS words; [] when it has no such cut."""
    ws = words(article.text, sent.start, sent.end)
    cuts = [i for i, w in enumerate(ws) if i and _CLAUSE_OPENER.match(normalize(w.text))]
    bounds, last = [], 0
    for i in cuts:
        if i - last >= CLAUSE_MIN_WORDS and len(ws) - i >= CLAUSE_MIN_WORDS:
            bounds.append(i)
            last = i
    if not bounds:
        return []
    edges = [0, *bounds, len(ws)]
    return [_trim(article.text, ws[a].start, ws[b - 1].end) for a, b in pairwise(edges)]


def _trim(text: str, start: int, end: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end)


def words(text: str, start: int = 0, end: int | None = None, limit: int | None = None) -> list[Word]:
    """The words of ``text[start:end]`` (offsets into ``text``); a word the window cuts is cut too.
    ``limit``: only the first ``limit`` of them (the same as slicing the result, without making
    the Words of the rest of the window)."""
    end = len(text) if end is None else end
    if start < 0 or end < 0:  # slice semantics from the end: the plain scan (never hit in practice)
        return [Word(m.start() + start, m.end() + start, m.group()) for m in _WORD.finditer(text[start:end])][:limit]
    if start >= end:
        return []
    # _WORD matches runs of one character class (or a lone %), so the matches in a slice are the
    # whole-text matches clipped to it: look them up among those of the whole text, found once
    starts, ends, made = _text_words(text)
    i, j = bisect_right(ends, start), bisect_left(starts, end)
    if limit is not None:
        j = min(j, i + max(0, limit))  # only the last word kept can cross ``end``, as before
    for k in range(i, j):  # Word objects are made on first use: most sentences are never read
        if made[k] is None:
            made[k] = Word(starts[k], ends[k], text[starts[k]:ends[k]])
    out = made[i:j]
    if out and out[0].start < start:
        b = min(out[0].end, end)
        out[0] = Word(start, b, text[start:b])
    if out and out[-1].end > end:  # its start is inside the window by now
        a = out[-1].start
        out[-1] = Word(a, end, text[a:end])
    return out


@lru_cache(maxsize=64)  # the quote and event rules read stretches of the same article again and again
def _text_words(text: str) -> tuple[list[int], list[int], list[Word | None]]:
    """Starts and ends (ascending, for bisecting) of the words of ``text``, and the Word of each
    once made (None until then)."""
    spans = [m.span() for m in _WORD.finditer(text)]
    return [a for a, _ in spans], [b for _, b in spans], [None] * len(spans)


def entities_in(article: Article, start: int, end: int) -> list[Entity]:
    return sorted((e for e in article.entities if e.start >= start and e.end <= end), key=lambda e: e.start)
