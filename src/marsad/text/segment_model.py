"""Clitic segmentation of one bare Arabic word (no diacritics/tatweel), UD Arabic convention.

Every analysis ``[conj] [prep] stem [pronoun]`` allowed by the shape rules is scored by lexicon
evidence, and the best one wins (ties go to fewer pieces):

* the unsplit word scores ``γ·count(word) + κ·article(word) + imperfect(word)``: its own
  frequency (discounted, because in raw text بشكل or وقال are mostly clitic + word
  themselves), how often it follows the article (الوزير shows وزير is a noun of its own) and
  how often it follows an imperfect prefix (يوافق shows وافق is a verb stem);
* a split scores ``bonus · (count(stem) + κ·article(stem))`` (a clitic-bearing form is rarer
  than its bare stem, hence the bonus), with the stem looked up as the UD word it spells
  (حكومت → حكومة, علي → على, لسلطة after ل → السلطة); a stem spelt with a bare initial alef
  only weakly counts hamzated spellings (وافق is not و + أفق);
* words the lexicon does not know get shape-based pseudo-counts (و + unknown word is usually a
  split, ب/ل + ال… and ل + ل… nearly always are, so is an unknown stem + ها/هم or ت + pronoun;
  foreign names such as بريتيش or سيغال stay whole);
* closed-class words (كان, لكن, في …) and a few frequent news words the evidence gets wrong are
  listed (``WHOLE``, ``FIXED``); conjunction + listed word is split (وكان), as is listed word
  + pronoun (لكنه).

Constants were tuned on PUD sentences 1-500 only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from marsad.text.segment_lexicon import Lexicon, key, load_lexicon

_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك", "س")
_PRON = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
_PRON_BY_LAST = {c: tuple(s for s in _PRON if s[-1] == c) for c in {s[-1] for s in _PRON}}  # order kept
_IMPERFECT = frozenset("يتنأ")  # first letter of an imperfect verb (for future س)


def _keys(words: str) -> frozenset[str]:
    return frozenset(key(w) for w in words.split())


# Closed-class words that look clitic-bearing but are one UD word (or that PUD mostly keeps
# whole); also used as stems: وكان → و + كان, never و + ك + ان.
WHOLE = _keys(
    "كما كل كلا كلما كي كيف كان كانت كانوا كنت كذلك كأن لكن لكي لم لن لا لقد ليس ليست "
    "لدى لدي لما لماذا لو لولا بين بينما بعد بعض بل فقط فوق في فيما وفق وفقا وفقاً "
    "هو هي هم هما هن هنا هناك هنالك ذلك تلك هذه هذا ولي والي والد والدة "
    "مما إلا إلى إذا إذ ثم منذ عندما حيث حين حينما أيضا لذا فحسب واحد واحدة ولاية ولايات "
    # frequent news words the evidence gets wrong (وافق: الأفق is often spelt الافق)
    "وافق وافقت بعيد بعيدة بكين بنما بات باتت بي وكالة وكالات سانا وادي فيصل فكرة بالغ بالغة "
    "هل")
# Words with a fixed UD split that evidence would not find: من/عن + ما/من assimilated, and
# news reporting forms the (small) lexicon corpus almost never has without و.
FIXED = {w: (1,) for w in _keys("ممن عما عمن بلا وأضاف وأضافت وتم وتمت")}
# Two-letter stems allowed after a proclitic or before a pronoun (أنه, فيه, وقد, بيده).
SHORT_STEMS = _keys("من عن في مع أن إن قد هو هي هم ما لا لم لن كل أي يد ذو ذا بل أو إذ")
# Stems that take ي / ك / كم / كما / كن / ني: these are rare in news and easily confused with
# nisba adjectives (عربي) and stems ending in ك (ذلك), so only after these or a ta marbuta.
PREP_STEMS = _keys(
    "من عن في مع علي إلي لدي حول دون عند بين ضد نحو أمام خلف فوق تحت مثل أن إن لكن يمكن "
    "يجعل اتجاه")



@dataclass(frozen=True, slots=True)
class Params:
    conj_bonus: float = 3.0  # و
    fa_bonus: float = 1.0  # ف
    prep_bonus: float = 3.0  # ب ل
    ka_bonus: float = 0.5  # ك
    sa_bonus: float = 3.0  # س
    suffix_bonus: float = 3.0
    whole_discount: float = 0.5  # γ
    article_weight: float = 0.5  # κ
    unknown: float = 0.05  # pseudo-count of an unknown word/stem
    hamza_weight: float = 0.3  # see _evidence
    verb_weight: float = 1.0  # ي/ت/ن + unsplit word (يوافق, يبحث): it is a verb of its own
    ka_discount: float = 5.0  # subtracted from stem evidence after ك (كمين is not ك + مين)
    na_noun_evidence: float = 10.0  # article(stem) needed for 3-letter stem + نا (أمننا)
    wa_unknown: float = 0.2  # و + unknown stem (not bare-alef initial)
    article_prior: float = 50.0  # و/ب/ل/ك/ف + ال…, ل + ل…
    ta_prior: float = 1.0  # …ت + pronoun (ta marbuta)
    suffix_unknown: float = 0.2  # unknown stem (≥ 3 letters) + ها/هم/هما/هن
    ha_unknown: float = 0.1  # unknown stem (≥ 4 letters) + ه
    sa_unknown: float = 0.2  # future س + unknown verb-like stem


PARAMS = Params()


def _variants(k: str, has_suffix: bool, after_lam: bool) -> list[str]:
    """Lexicon keys the stem with key ``k`` can stand for."""
    out = [k]
    if after_lam and k.startswith("ل"):
        out.append("ا" + k)  # للسلطة = ل + (ا)لسلطة
    if has_suffix:
        last = k[-1]
        if last == "ت":
            out.append(k[:-1] + "ة")
        elif last in "يا":
            out.append(k[:-1] + "ى")
        elif last in "ئؤ":
            out.append(k[:-1] + "ء")
        elif last == "و":
            out.append(k + "ا")
    return out


def _suffix_ok(k: str, suf: str, after_lam: bool, lex: Lexicon, p: Params) -> bool:
    if (k.startswith("ال") and k not in PREP_STEMS) or (after_lam and k.startswith("ل")):
        return False  # no pronoun after the article (للمشتبه = ل + لمشتبه)
    if suf in ("ي", "ك", "كم", "كما", "كن", "ني"):
        return (k.endswith("ت") and len(k) > 3) or k in PREP_STEMS or (suf == "ني" and len(k) > 3)
    if suf == "نا" and len(k) <= 3 and k not in PREP_STEMS:
        # طلبنا, عدنا: past verb + subject ending, one word; أمننا: noun (الأمن) + نا
        return lex.article(k) >= p.na_noun_evidence
    return True


def _evidence(lex: Lexicon, forms: list[str], kappa: float, bare_alef: bool,
              hamza_weight: float) -> float:
    """How often the stem occurs as a word. A stem written with a bare initial alef (وافق →
    افق) counts words spelt with أ/إ (أفق) only weakly: in text that writes hamza, a bare alef
    after و/ب/ل is a hamzat wasl (وانتقد), so a hamzated-only stem means one word."""
    best = 0.0
    for f in forms:
        n: float = lex.count(f)
        if bare_alef and not f.startswith("ال"):
            bare = lex.count_bare_alef(f)
            n = bare + hamza_weight * (n - bare)
            n += kappa * lex.article(f, hamza_weight)
        else:
            n += kappa * lex.article(f)
        best = max(best, n)
    return best


def _prior(stem: str, conj: str, prep: str, suf: str, p: Params) -> float:
    """Pseudo-count for a stem the lexicon may not know, from its shape: ``unknown`` times
    one factor per clitic whose shape makes the split likely."""
    pc = p.unknown
    article = (conj or prep) and stem.startswith("ال") and len(stem) >= (5 if prep == "ك" else 4)
    if article or (prep == "ل" and stem.startswith("ل") and len(stem) >= 3):  # بال…, لل…
        pc = p.article_prior
    else:
        if conj == "و" and not prep and stem[0] != "ا":
            pc *= p.wa_unknown / p.unknown
        if prep == "س" and _verb_like(stem):
            pc *= p.sa_unknown / p.unknown
    if suf and stem.endswith("ت") and len(stem) >= 3:
        pc *= p.ta_prior / p.unknown
    elif suf in ("ها", "هم", "هما", "هن") and len(stem) >= 3:
        pc *= p.suffix_unknown / p.unknown
    elif suf == "ه" and len(stem) >= 4:
        pc *= p.ha_unknown / p.unknown
    return pc


def _verb_like(stem: str) -> bool:
    """Imperfect verb shape after future س: سيخفض, ستتقاضى, سيسوقون — but not the foreign
    names سيغال, ستايل, سنومان (a long vowel right after the first letters)."""
    if len(stem) < 4 or stem[0] not in "يتن":
        return False
    return stem.endswith("ون") or (stem[1] not in "اوي" and stem[2] not in "اوي")


def _points(conj: str, prep: str, stem: str, suf: str) -> tuple[int, ...]:
    pts = []
    if conj:
        pts.append(len(conj))
    if prep:
        pts.append(len(conj) + len(prep))
    if suf and stem:
        pts.append(len(conj) + len(prep) + len(stem))
    return tuple(pts)


@lru_cache(maxsize=8)
def _bonuses(p: Params) -> dict[str, float]:
    return {"و": p.conj_bonus, "ف": p.fa_bonus, "ب": p.prep_bonus, "ل": p.prep_bonus,
            "ك": p.ka_bonus, "س": p.sa_bonus}


def analyses(b: str, lex: Lexicon, p: Params = PARAMS,
             accusative: bool = False) -> list[tuple[float, tuple[int, ...]]]:
    """(score, split points) of every allowed analysis of the bare word ``b``;
    ``accusative``: the surface word carries tanween fatha (ً), which no preposition governs."""
    n = len(b)
    kb = key(b)  # same length as b: marks are gone, alef folding is letter for letter
    sufs = ("", *[s for s in _PRON_BY_LAST.get(b[-1:], ()) if b.endswith(s)])
    whole = (p.whole_discount * lex.count(kb) + p.article_weight * lex.article(kb)
             + p.verb_weight * lex.imperfect(kb))
    out = [(math.log(whole + p.unknown), ())]
    bonus_of = _bonuses(p)
    for conj in ("", *_CONJ):
        if conj and not b.startswith(conj):
            continue
        if conj and key(b[1:]) in WHOLE:
            return [(0.0, (1,))]  # وكان, فإن, وهو: conjunction + function word
        for prep in ("", *_PREP):
            i = len(conj) + len(prep)
            if prep and b[len(conj):i] != prep:
                continue
            for suf in sufs:
                if not (conj or prep or suf):
                    continue
                stem = b[i:n - len(suf)]
                bonus = (bonus_of[conj] if conj else 1.0) * (bonus_of[prep] if prep else 1.0)
                if suf:
                    bonus *= p.suffix_bonus
                if not stem:
                    if prep in ("ب", "ل") and suf and suf != "ني":  # له, بها, لنا
                        out.append((math.log(50 * bonus), _points(conj, prep, stem, suf)))
                    continue
                ks = kb[i:n - len(suf)]
                if len(ks) < 2 or (len(ks) == 2 and ks not in SHORT_STEMS):
                    continue
                if prep == "س" and (stem[0] not in _IMPERFECT or stem.startswith("ال")):
                    continue
                if (accusative and prep in ("ب", "ل", "ك")) or (prep == "ك" and ks.startswith("ان")):
                    continue  # no preposition before an accusative (بعداً); كأن is one word
                if suf and not _suffix_ok(ks, suf, prep == "ل", lex, p):
                    continue
                ev = _evidence(lex, _variants(ks, bool(suf), prep == "ل"), p.article_weight,
                               stem[0] == "ا", p.hamza_weight)
                if prep == "ك":
                    ev = max(0.0, ev - p.ka_discount)
                score = math.log(ev * bonus + _prior(stem, conj, prep, suf, p))
                out.append((score, _points(conj, prep, stem, suf)))
    return out


def split_points(b: str, lex: Lexicon, p: Params = PARAMS,
                 accusative: bool = False) -> tuple[int, ...]:
    """Split points (letter indices) of the bare word ``b``; () = leave whole."""
    kb = key(b)
    if kb in FIXED:
        return FIXED[kb]
    if kb in WHOLE or len(b) < 2:
        return ()
    for suf in _PRON_BY_LAST.get(kb[-1:], ()):  # لكنه, والدها, بعدها: function word + pronoun
        if kb.endswith(suf) and kb[:-len(suf)] in WHOLE:
            return (len(b) - len(suf),)
    return max(analyses(b, lex, p, accusative), key=lambda a: (a[0], -len(a[1])))[1]


@lru_cache(maxsize=500_000)
def cached_split_points(b: str, accusative: bool = False) -> tuple[int, ...]:
    return split_points(b, load_lexicon(), PARAMS, accusative)
