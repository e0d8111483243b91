"""Boilerplate inside article bodies: share/subscribe lines, related-story links and headlines,
agency sign-offs, SMS subscription lines. Each rule returns a reason, logged with the removal."""

from __future__ import annotations

import re

from ..text.normalize import normalize

# Whole lines that are never article content (matched on the normalised line).
_LINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("related_story", re.compile(r"^(اقرا|شاهد|طالع|تابع|اقرءوا|اقراوا) (ايضا|المزيد|كذلك)")),
    ("related_story", re.compile(r"^(قد يهمك|للمزيد|المزيد|ذات صله|اخبار ذات صله|مواضيع ذات صله|رابط الخبر|اقرا المزيد)\b")),
    ("share_line", re.compile(r"^(شارك|مشاركه|انشر|ارسل|تابعونا|تابعوا|اشترك|اشتركوا|للاشتراك|حمل تطبيق|انقر هنا|اضغط هنا)\b")),
    ("share_line", re.compile(r"^(share|tweet|follow us|subscribe|read more|related)\b", re.IGNORECASE)),
    ("contact_line", re.compile(r"^للتواصل مع الكاتب")),
]
# Rules on the whole raw line (short lines only).
_WHOLE_LINE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("sms_line", re.compile(r"^\d{4,7} ?- ?(stc|mobily|zain)\b", re.IGNORECASE)),
    ("sign_off", re.compile(r"^/+ ?انتهى ?/+$")),
    ("hashtag_line", re.compile(r"^(#\S+\s*)+$")),
    ("url_line", re.compile(r"^(https?://|www\.)\S+$")),
]
# Link phrases that start mid-line and run to its end (رابط الخبر بصحيفة …: headline).
_INLINE_CUTS: list[tuple[str, re.Pattern[str]]] = [
    ("related_story", re.compile(r"\s(رابط الخبر|اقرأ أيضا|اقرأ أيضاً|اقرأ المزيد|للمزيد:)[^\n]*$")),
]
_TERMINAL = re.compile(r"[.!?؟…:\"»”)]\s*$")


def line_reason(line: str) -> str | None:
    """Why this whole line is boilerplate, or None."""
    if len(line) > 240:  # boilerplate lines are short; don't normalise paragraphs for nothing
        return None
    head = normalize(line[:40])  # the rules look at how a line starts (short strings: cached)
    for reason, pattern in _LINE_RULES:
        if pattern.search(head):
            return reason
    for reason, pattern in _WHOLE_LINE_RULES:
        if pattern.search(line):
            return reason
    return None


def inline_cut(line: str) -> tuple[int, str] | None:
    """Offset in ``line`` from which the rest is a link phrase, and the reason."""
    for reason, pattern in _INLINE_CUTS:
        m = pattern.search(line)
        if m and m.start() > 0:
            return m.start() + 1, reason
    return None


def is_lone_headline(line: str, before: str | None, after: str | None) -> bool:
    """A short unpunctuated line between two full paragraphs: a related-story headline that the
    scraper captured inside the body (BBC, Sky News Arabia do this)."""
    words = line.split()
    if not 2 <= len(words) <= 14 or _TERMINAL.search(line) or before is None or after is None:
        return False
    return all(len(p.split()) >= 12 and bool(_TERMINAL.search(p)) for p in (before, after))
