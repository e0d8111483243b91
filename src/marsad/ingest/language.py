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
_OTHER = re.compile("[\u0400-\u04ff\u0590-\u05ff]")


def detect_language(text: str, min_ratio: float = 0.5) -> str:
    """ISO 639-1 code of the dominant language: 'ar', 'fa', 'en' (any Latin script), 'ru', 'he',
    or 'und' when there are no letters."""
    sample = text[:1500]  # a paragraph decides it; scanning more only costs time
    arabic = len(_ARABIC_LETTER.findall(sample))
    latin = len(_LATIN.findall(sample))
    if (
        arabic
        and arabic >= (arabic + latin) * min_ratio
        and arabic >= (arabic + latin + len(_OTHER.findall(sample))) * min_ratio
    ):
        persian = len(_PERSIAN_URDU.findall(sample))
        return "fa" if persian > arabic * 0.02 else "ar"
    others = {"en": latin, "ru": len(_CYRILLIC.findall(sample)), "he": len(_HEBREW.findall(sample))}
    if arabic + sum(others.values()) == 0:
        return "und"
    return max(others, key=lambda k: others[k])
