"""Every tunable default in one place. A user's overrides come from environment variables
(``MARSAD_DB``, ``MARSAD_MAX_ARTICLE_MB``, …) or CLI options; nothing else reads os.environ."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env(name: str, default: str) -> str:
    return os.environ.get(f"MARSAD_{name}", default)


@dataclass(frozen=True, slots=True)
class Settings:
    # Store
    db_url: str = field(default_factory=lambda: _env("DB", "marsad.db"))
    batch_size: int = 200  # articles per write transaction
    # Ingest
    max_article_bytes: int = field(default_factory=lambda: int(float(_env("MAX_ARTICLE_MB", "5")) * 1_000_000))
    min_arabic_ratio: float = 0.5  # share of letters that are Arabic for an article to count as Arabic
    min_article_chars: int = 1  # a one-line item (a headline, a sentence) is still an article
    # Clean
    near_duplicate_threshold: float = 0.9  # word-shingle Jaccard above which a paragraph is a repeat
    min_repeated_sentence_words: int = 6  # shorter sentences may legitimately repeat (datelines, …)
    # NER: MARSAD_NER_NEURAL=1 averages the CRFs with the BiLSTM (models/ner/lstm.npz): +0.9 F1 on the
    # ANERcorp test split, no gain on our news articles, 2.5× the NER time; so off by default.
    ner_neural: bool = field(default_factory=lambda: _env("NER_NEURAL", "0") == "1")


SETTINGS = Settings()
