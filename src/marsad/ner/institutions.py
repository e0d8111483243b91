"""State bodies named by their country: الجيش السوري، قوات الأمن التركية، مجلس النواب الليبي.

The extraction guidelines make such phrases organisations (armies, government bodies, state
media), and ANERcorp's CRF, trained on 2007 newswire where they are rarely tagged, mostly leaves
them out or keeps only a place inside them. The pattern is regular in Arabic: a body's head noun,
up to two definite words of its own (الأمن، النواب، الخاصة) and a definite nationality adjective
that agrees with it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.link.actors import military_by_nisba
from marsad.record import Entity
from marsad.text.normalize import normalize

CONFIDENCE = 0.8

# Head nouns of state bodies (construct forms without the article too).
_HEADS = {normalize(w) for w in (
    "الجيش", "جيش", "القوات", "قوات", "النظام", "الحكومة", "حكومة", "الإدارة", "إدارة", "الشرطة", "شرطة",
    "وزارة", "الوزارة", "الخارجية", "الداخلية", "الرئاسة", "البرلمان", "مجلس", "المجلس", "التلفزيون", "الإذاعة",
    "وكالة", "محكمة", "المحكمة", "هيئة", "الهيئة", "لجنة", "البحرية", "المخابرات", "الاستخبارات", "سلاح",
    "القيادة", "السفارة", "الحرس", "مفوضية", "المفوضية", "الكونغرس", "الكونجرس", "جهاز", "الجهاز")}
# Countries whose army the actor dictionary names in another shape (الجيش الوطني الليبي) or has no entry.
_MORE_NATIONALITIES = {"ليبي", "كردي", "كوري", "كازاخي", "تايلندي", "بورمي", "نيبالي"}
# Nationalities that are also common adjectives: المالي is Malian or financial (النظام المالي).
_AMBIGUOUS = frozenset({"مالي"})
_MAX_BETWEEN = 2
# A person's title inside the phrase makes the adjective his (إدارة الرئيس الأمريكي دونالد ترامب).
_TITLES = {normalize(w) for w in ("الرئيس", "رئيس", "الملك", "الأمير", "الوزير", "الزعيم", "السفير", "المبعوث",
                                  "القائد", "المستشار", "المرشد")}
_DIRECTIONS = {normalize(w) for w in ("الجنوبية", "الشمالية", "الجنوبي", "الشمالي", "الشرقية", "الغربية")}
_ADJECTIVES = {normalize(w) for w in ("الخاصة", "العامة", "المسلحة", "العليا", "الأعلى", "المركزية", "الجوية", "الجوي",
                                      "الوطنية", "الوطني")}


# Heads that take a masculine adjective; the others are feminine or non-human plurals (القوات).
_MASCULINE = {normalize(w) for w in ("الجيش", "جيش", "النظام", "البرلمان", "مجلس", "المجلس", "التلفزيون", "سلاح", "الحرس",
                                     "الكونغرس", "الكونجرس", "جهاز", "الجهاز")}


def _agrees(head: str, adjective: str) -> bool:
    """الجيش السوري، الحكومة البريطانية، القوات الأمريكية: the adjective's gender is its head's."""
    feminine = adjective.endswith("ه")
    return feminine != (head in _MASCULINE)


def _adjectival(norm: str) -> bool:
    """الأمنية، الجوي، الخاصة: an adjective (a nisba or a common one), not a new noun."""
    return norm in _ADJECTIVES or len(norm) > 4 and bool(re.search(r"(?:ي|يه|يين|يون)$", norm))


@lru_cache(maxsize=1)
def _nationalities() -> frozenset[str]:
    return (frozenset(military_by_nisba()) | frozenset(_MORE_NATIONALITIES)) - _AMBIGUOUS


def _nationality(norm: str) -> bool:
    """الليبي، التركية، الإسرائيليين: the definite adjective of a country."""
    if not norm.startswith("ال"):
        return False
    bare = re.sub(r"(?:ه|ون|ين)$", "", norm[2:])
    return bare in _nationalities()


def find_institutions(text: str, offsets: list[tuple[int, int]], norms: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each head + definite words + nationality phrase in one sentence's words
    (``norms``: the words normalised, as NER's ``word_key`` gives them)."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(norms):
        cut = _head_at(norms[i])
        if cut is None:
            i += 1
            continue
        definite_head = norms[i][cut:].startswith("ال") or norms[i][:cut].endswith("لل")  # (للقوات: ل + القوات)
        end = None
        for j in range(i + 1, min(len(norms), i + 2 + _MAX_BETWEEN)):
            if text[offsets[j - 1][1]:offsets[j][0]].strip():
                break  # punctuation between the words: another phrase
            if _nationality(norms[j]):
                if j == i + 1 and not _agrees(norms[i][cut:], norms[j]):
                    break  # وزير الخارجية الروسي: the adjective is the minister's, not the ministry's
                end = j
                break
            # a construct head (مجلس، قوات) takes a definite genitive (النواب، الأمن), then adjectives;
            # a definite head (القوات، المفوضية) only adjectives: المفوضية | السلطات اليمنية are two
            genitive = j == i + 1 and not definite_head
            if not norms[j].startswith("ال") or norms[j] in _TITLES or not (genitive or _adjectival(norms[j])):
                break
        if end is None:
            i += 1
            continue
        if end + 1 < len(norms) and norms[end + 1] in _DIRECTIONS and not text[offsets[end][1]:offsets[end + 1][0]].strip():
            end += 1  # الشرطة الكورية الجنوبية
        a = offsets[i][0]
        start = a + cut if text[a:a + cut] == norms[i][:cut] else a  # لقوات الأمن → قوات الأمن
        found.append((start, offsets[end][1]))
        i = end + 1
    return found


_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "لل", "ولل", "فلل")


def _head_at(norm: str) -> int | None:
    """How many clitic letters precede a body's head noun in the word (وقوات → 1, للقوات → 2:
    the span starts at قوات, as NER spans do), or None."""
    for prefix in _PREFIXES:
        if norm.startswith(prefix) and len(norm) > len(prefix) + 2:
            rest = norm[len(prefix):]
            if ("ال" + rest if prefix.endswith("لل") else rest) in _HEADS:
                return len(prefix)
    return None


def add_institutions(text: str, offsets: list[tuple[int, int]], norms: list[str], entities: list[Entity]) -> list[Entity]:
    """Add the sentence's state bodies as ORG: an entity inside one (a place: التركية read as
    Turkey) gives way to it, one crossing its edges or a person inside keeps it out."""
    out = list(entities)
    for s, e in find_institutions(text, offsets, norms):
        inside = [x for x in out if s <= x.start and x.end <= e]
        crossing = [x for x in out if x.start < e and x.end > s and x not in inside]
        if crossing or any(x.label == "PER" or x.label == "ORG" and x.start > s for x in inside) \
                or any(x.start == s and x.end == e for x in inside):
            continue  # (or a body already tagged inside it: المفوضية | السلطات اليمنية)
        out = [x for x in out if x not in inside]
        out.append(Entity(start=s, end=e, text=text[s:e], label="ORG", confidence=CONFIDENCE))
    return sorted(out, key=lambda x: x.start)
