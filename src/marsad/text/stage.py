"""The text layer as a pipeline stage: sentences; clitic-segmented tokens on demand."""

from __future__ import annotations

from ..record import Article
from .sentences import split_sentences


class TextStage:
    """Splits sentences when the cleaner has not. ``Article.tokens`` are built on first access
    (no later stage reads them); ``with_tokens=True`` builds them here instead."""

    def __init__(self, with_tokens: bool = False) -> None:
        self.with_tokens = with_tokens

    def __call__(self, article: Article) -> Article:
        if not article.sentences:  # the cleaner fills them; an uncleaned article is split here
            article.sentences = split_sentences(article.text)
        article._tokens = None  # tokens follow the sentences as they are now
        if self.with_tokens:
            _ = article.tokens  # computed now, on purpose
        return article
