"""The cleaning stage: raw body → cleaned text, with every removal logged in raw offsets.

Work is per line (paragraph): boilerplate lines, repeated paragraphs, then repeated sentences
inside kept paragraphs, then hashtag markers. Kept pieces are joined with one newline per
paragraph and ``Article.segments`` maps cleaned offsets back to the raw text."""

from __future__ import annotations

import re

from ..config import SETTINGS, Settings
from ..record import Article, Removal, Sentence
from ..text.normalize import normalize
from ..text.sentences import split_sentences
from .boilerplate import inline_cut, is_lone_headline, line_reason
from .repeats import RepeatTracker, key, prepare

_HASHTAG = re.compile(r"#([\w\u0600-\u06ff]+)")
_HASHTAG_JOINER = re.compile(r"(?<=[\u0600-\u06ff])_(?=[\u0600-\u06ff])")


def _lines(raw: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, trimmed of surrounding whitespace."""
    out = []
    pos = 0
    for line in raw.split("\n"):
        a, b = pos, pos + len(line)
        while a < b and raw[a].isspace():
            a += 1
        while b > a and raw[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
        pos += len(line) + 1
    return out


class Cleaner:
    """``Article -> Article``: fills text, segments and removed."""

    def __init__(self, settings: Settings = SETTINGS) -> None:
        self.settings = settings

    def __call__(self, article: Article) -> Article:
        raw = article.raw
        removed: list[Removal] = []

        def drop(a: int, b: int, reason: str) -> None:
            removed.append(Removal(a, b, reason, raw[a:b]))

        lines = _lines(raw)
        prepared = prepare(raw)
        paragraphs = RepeatTracker(self.settings.near_duplicate_threshold)
        sentences = RepeatTracker(1.01)  # sentences: exact (normalised) repeats only
        title_key = normalize(article.title) if article.title else None
        kept: list[list[tuple[int, int]]] = []  # per paragraph, its kept sentences (raw spans)
        for n, (a, b) in enumerate(lines):
            line = raw[a:b]
            reason = line_reason(line)
            if reason is None and n == 0 and title_key and normalize(line) == title_key:
                reason = "title_repeated"
            if reason is None and 0 < n < len(lines) - 1 and is_lone_headline(
                    line, raw[slice(*lines[n - 1])], raw[slice(*lines[n + 1])]):
                reason = "related_headline"
            if reason:
                drop(a, b, reason)
                continue
            cut = inline_cut(line)
            if cut:
                drop(a + cut[0], b, cut[1])
                b = a + cut[0]
                while b > a and raw[b - 1].isspace():
                    b -= 1
            # the paragraph's key is its sentences' keys joined (keys ignore punctuation and spacing)
            sents = split_sentences(raw, a, b)
            sent_keys = [key(prepared, sent.start, sent.end) for sent in sents]
            if paragraphs.seen(" ".join(sent_keys)):
                drop(a, b, "repeated_paragraph")
                continue
            paragraphs.add(" ".join(sent_keys))
            kept_sentences = []
            for sent, sent_key in zip(sents, sent_keys):
                if sent_key.count(" ") + 1 >= self.settings.min_repeated_sentence_words and sentences.seen(sent_key):
                    drop(sent.start, sent.end, "repeated_sentence")
                    continue
                sentences.add(sent_key)
                kept_sentences.append((sent.start, sent.end))
            if kept_sentences:
                kept.append(kept_sentences)
        self._assemble(article, kept, drop)
        article.removed = sorted(removed, key=lambda r: r.raw_start)
        return article

    @staticmethod
    def _assemble(article: Article, kept: list[list[tuple[int, int]]], drop) -> None:  # type: ignore[no-untyped-def]
        """Join kept sentences into ``text``: paragraphs by one newline, sentences by their original
        whitespace (or one space where a repeat was dropped between), hashtag '#' marks left out.
        Fills ``segments`` and ``sentences`` (the cleaner already knows them: no second split)."""
        raw = article.raw
        parts: list[str] = []
        segments: list[tuple[int, int, int]] = []
        spans: list[Sentence] = []
        pos = 0

        def copy(s: int, e: int) -> None:
            nonlocal pos
            if segments and segments[-1][0] + segments[-1][2] == pos and segments[-1][1] + segments[-1][2] == s:
                segments[-1] = (segments[-1][0], segments[-1][1], segments[-1][2] + e - s)  # contiguous
            else:
                segments.append((pos, s, e - s))
            parts.append(raw[s:e])
            pos += e - s

        for p, paragraph in enumerate(kept):
            if p:
                parts.append("\n")
                pos += 1
            for k, (s, e) in enumerate(paragraph):
                if k:
                    gap_start = paragraph[k - 1][1]
                    if gap_start < s and raw[gap_start:s].isspace():
                        copy(gap_start, s)
                    else:
                        parts.append(" ")  # stands for the repeat dropped between
                        pos += 1
                sent_start = pos
                cursor = s
                for m in _HASHTAG.finditer(raw, s, e):
                    if m.start() > cursor:
                        copy(cursor, m.start())
                    drop(m.start(), m.start() + 1, "hashtag_marker")
                    cursor = m.start() + 1
                if e > cursor:
                    copy(cursor, e)
                spans.append(Sentence(sent_start, pos))
        # Hashtags: '_' joins words (#الحوثي_الانقلابية); same length, so offsets hold.
        article.text = _join_hashtag_words("".join(parts))
        article.segments = segments
        article.sentences = spans


def _join_hashtag_words(text: str) -> str:
    return _HASHTAG_JOINER.sub(" ", text)
