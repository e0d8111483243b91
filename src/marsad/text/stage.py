"""The text layer as a pipeline stage: sentences, then clitic-segmented tokens per sentence."""

from __future__ import annotations

from ..record import Article
from .sentences import split_sentences


class TextStage:
    def __init__(self, with_tokens: bool = True) -> None:
        self.with_tokens = with_tokens

    def __call__(self, article: Article) -> Article:
        article.sentences = split_sentences(article.text)
        if self.with_tokens:
            from .tokens import tokenize

            tokens = []
            for n, s in enumerate(article.sentences):
                for tok in tokenize(article.text[s.start:s.end], s.start):
                    tok.sentence = n
                    tokens.append(tok)
            article.tokens = tokens
        return article
