"""The text layer as a pipeline stage: sentences, then clitic-segmented tokens per sentence."""

from __future__ import annotations

from ..record import Article, Token
from .sentences import split_sentences


class TextStage:
    def __init__(self, with_tokens: bool = True) -> None:
        self.with_tokens = with_tokens

    def __call__(self, article: Article) -> Article:
        if not article.sentences:  # the cleaner fills them; an uncleaned article is split here
            article.sentences = split_sentences(article.text)
        if self.with_tokens:
            from .tokens import tokenize

            text = article.text
            tokens: list[Token] = []
            for n, s in enumerate(article.sentences):
                tokens += tokenize(text[s.start:s.end], s.start, n)
            article.tokens = tokens
        return article
