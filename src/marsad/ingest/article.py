"""Turn extracted text plus metadata into an ``Article`` with a stable id, or a ``Skipped``."""

from __future__ import annotations

import hashlib
import re
from email.utils import parsedate_to_datetime
from typing import Any

from .. import errors
from ..config import SETTINGS
from ..errors import Skipped
from ..record import Article
from .language import detect_language

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def content_hash(text: str) -> str:
    """Hash of the text with whitespace collapsed: the same story re-spaced or re-wrapped hashes
    the same; anything else (a changed word) is a near-duplicate, found by marsad.corpus."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()


def published_date(raw: Any) -> str | None:
    """YYYY-MM-DD from a metadata date: RFC 2822 (feeds, the news dumps), ISO 8601, or Arabic
    written dates (via the date resolver in marsad.link.dates)."""
    if raw in (None, ""):
        return None
    text = str(raw).strip()
    m = _ISO.match(text)
    if m:
        return m.group(0)
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        from ..link.dates import parse_published
    except ImportError:
        return None
    return parse_published(text)


def make_article(text: str, input_name: str, *, id: Any = None, title: str | None = None, date: Any = None,
                 source: str | None = None, url: str | None = None, author: str | None = None,
                 metadata: dict[str, Any] | None = None) -> Article | Skipped:
    """Check size and language, then build the Article. ``input_name`` names the input in messages."""
    size = len(text.encode("utf-8"))
    if size > SETTINGS.max_article_bytes:
        return Skipped(input_name, errors.TOO_LARGE.format(mb=size / 1e6, limit=SETTINGS.max_article_bytes / 1e6))
    if len(text.strip()) < SETTINGS.min_article_chars:
        return Skipped(input_name, errors.TOO_SHORT)
    lang = detect_language(text, SETTINGS.min_arabic_ratio)
    if lang != "ar":
        return Skipped(input_name, errors.NOT_ARABIC.format(lang=lang))
    digest = content_hash(text)
    meta = dict(metadata or {})
    meta["content_hash"] = digest
    meta.setdefault("input", input_name)
    if date not in (None, ""):
        meta.setdefault("date_raw", str(date))
    article_id = str(id) if id not in (None, "") else digest[:16]
    return Article(id=article_id, raw=text, title=title or None, published=published_date(date), source=source or None,
                   url=url or None, author=author or None, lang=lang, metadata=meta)
