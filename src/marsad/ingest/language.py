"""Language identification by script, enough to keep Arabic news and skip the rest.

Arabic-script languages that are not Arabic (Persian, Urdu) are told apart by letters Arabic
does not use; a letter-count rule is exact for this and costs nothing per article."""

from __future__ import annotations

import re

_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_PERSIAN_URDU = re.compile("[پچژگکیۀےٹڈڑں]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_HEBREW = re.compile("[\u0590-\u05ff]")


def detect_language(text: str, min_ratio: float = 0.5) -> str:
    """ISO 639-1 code of the dominant language: 'ar', 'fa', 'en' (any Latin script), 'ru', 'he',
    or 'und' when there are no letters."""
    sample = text[:4000]  # a few paragraphs decide it; the rest only costs time
    arabic = len(_ARABIC_LETTER.findall(sample))
    others = {"en": len(_LATIN.findall(sample)), "ru": len(_CYRILLIC.findall(sample)),
              "he": len(_HEBREW.findall(sample))}
    total = arabic + sum(others.values())
    if total == 0:
        return "und"
    if arabic / total >= min_ratio:
        persian = len(_PERSIAN_URDU.findall(sample))
        return "fa" if persian > arabic * 0.02 else "ar"
    return max(others, key=lambda k: others[k])
