"""Clitic segmentation of one bare Arabic word (no diacritics/tatweel), UD Arabic convention.

Every analysis ``[conj] [prep] stem [pronoun]`` allowed by the shape rules is scored by lexicon
evidence, and the best one wins (ties go to fewer pieces):

* the unsplit word scores ``γ·count(word) + κ·article(word)``: its own frequency (discounted,
  because in raw text وأضاف or بشكل are mostly clitic + word themselves) plus how often it
  follows the article (الوزير shows وزير is a noun of its own);
* a split scores ``bonus · (count(stem) + κ·article(stem))`` (a clitic-bearing form is rarer
  than its bare stem, hence the bonus), with the stem looked up as the UD word it spells
  (حكومت → حكومة, علي → على, لسلطة after ل → السلطة);
* words the lexicon does not know get shape-based pseudo-counts (و + unknown word is usually a
  split, ب/ل + ال… and ل + ل… nearly always are; foreign names such as بريتيش stay whole).

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
_IMPERFECT = frozenset("يتنأا")  # first letter of an imperfect verb (for future س)


def _keys(words: str) -> frozenset[str]:
    return frozenset(key(w) for w in words.split())


# Closed-class words that look clitic-bearing but are one UD word (or that PUD mostly keeps
# whole); also used as stems: وكان → و + كان, never و + ك + ان.
WHOLE = _keys(
    "كما كل كلا كلما كي كيف كان كانت كانوا كنت كذلك كأن لكن لكي لم لن لا لقد ليس ليست "
    "لدى لدي لما لماذا لو لولا بين بينما بعد بعض بل فقط فوق في فيما وفق وفقا وفقاً "
    "هو هي هم هما هن هنا هناك هنالك ذلك تلك هذه هذا ولي والي والد والدة "
    "مما إلا إلى إذا إذ ثم منذ عندما حيث حين حينما أيضا لذا فحسب")
# Words with a fixed UD split that evidence would not find (من/عن + ما/من assimilated).
FIXED = {"ممن": (1,), "عما": (1,), "عمن": (1,), "بلا": (1,)}
# Two-letter stems allowed after a proclitic or before a pronoun (أنه, فيه, وقد, بيده).
SHORT_STEMS = _keys("من عن في مع أن إن قد هو هي هم ما لا لم لن كل أي يد أب أخ ذو ذا بل أو إذ")
# Stems that take ي / ك / كم / كما / كن / ني: these are rare in news and easily confused with
# nisba adjectives (عربي) and stems ending in ك (ذلك), so only after these or a ta marbuta.
PREP_STEMS = _keys(
    "من عن في مع علي إلي لدي حول دون عند بين ضد نحو أمام خلف فوق تحت مثل أن إن لكن يمكن "
    "يجعل اتجاه")


@dataclass(frozen=True, slots=True)
class Params:
    conj_bonus: float = 3.0  # و
    fa_bonus: float = 1.5  # ف
    prep_bonus: float = 3.0  # ب ل
    ka_bonus: float = 1.0  # ك
    sa_bonus: float = 3.0  # س
    suffix_bonus: float = 3.0
    whole_discount: float = 0.5  # γ
    article_weight: float = 0.5  # κ
    unknown: float = 0.05  # pseudo-count of an unknown word/stem
    wa_unknown: float = 0.2  # و + unknown stem (not bare-alef initial)
    article_prior: float = 50.0  # و/ب/ل/ك/ف + ال…, ل + ل…
    ta_prior: float = 1.0  # …ت + pronoun (ta marbuta)


PARAMS = Params()


def _variants(stem: str, has_suffix: bool, after_lam: bool) -> list[str]:
    """Lexicon keys a surface stem can stand for."""
    k = key(stem)
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


def _suffix_ok(stem: str, suf: str) -> bool:
    k = key(stem)
    if k.startswith("ال") and k not in PREP_STEMS:  # no pronoun after the article
        return False
    if suf in ("ي", "ك", "كم", "كما", "كن", "ني"):
        return k.endswith("ت") or k in PREP_STEMS or (suf == "ني" and len(k) > 3)
    if suf == "نا" and len(k) <= 3 and k not in PREP_STEMS:
        return False  # طلبنا, عدنا: past verb + subject ending, one word
    return True


def _evidence(lex: Lexicon, forms: list[str], kappa: float) -> float:
    return max(lex.count(f) + kappa * lex.article(f) for f in forms)


def _prior(stem: str, conj: str, prep: str, suf: str, p: Params) -> float:
    """Pseudo-count for a stem the lexicon may not know, from its shape."""
    pc = p.unknown
    if (conj or prep) and stem.startswith("ال") and len(stem) >= 4:
        pc = p.article_prior
    elif prep == "ل" and stem.startswith("ل") and len(stem) >= 3:
        pc = p.article_prior
    elif conj == "و" and not prep and stem[0] != "ا":
        pc = p.wa_unknown
    if suf and stem.endswith("ت") and len(stem) >= 3:
        pc = max(pc, p.ta_prior)
    return pc


def _points(conj: str, prep: str, stem: str, suf: str) -> tuple[int, ...]:
    pts = []
    if conj:
        pts.append(len(conj))
    if prep:
        pts.append(len(conj) + len(prep))
    if suf and stem:
        pts.append(len(conj) + len(prep) + len(stem))
    return tuple(pts)


def analyses(b: str, lex: Lexicon, p: Params = PARAMS) -> list[tuple[float, tuple[int, ...]]]:
    """(score, split points) of every allowed analysis of the bare word ``b``."""
    n = len(b)
    kb = key(b)
    whole = p.whole_discount * lex.count(kb) + p.article_weight * lex.article(kb)
    out = [(math.log(whole + p.unknown), ())]
    bonus_of = {"و": p.conj_bonus, "ف": p.fa_bonus, "ب": p.prep_bonus, "ل": p.prep_bonus,
                "ك": p.ka_bonus, "س": p.sa_bonus}
    for conj in ("", *_CONJ):
        if conj and not b.startswith(conj):
            continue
        if conj and key(b[1:]) in WHOLE:
            return [(0.0, (1,))]  # وكان, فإن, وهو: conjunction + function word
        for prep in ("", *_PREP):
            i = len(conj) + len(prep)
            if prep and b[len(conj):i] != prep:
                continue
            for suf in ("", *_PRON):
                if not (conj or prep or suf) or (suf and not b.endswith(suf)):
                    continue
                stem = b[i:n - len(suf)]
                bonus = (bonus_of[conj] if conj else 1.0) * (bonus_of[prep] if prep else 1.0)
                if suf:
                    bonus *= p.suffix_bonus
                if not stem:
                    if prep in ("ب", "ل") and suf:  # له, بها, لنا
                        out.append((math.log(50 * bonus), _points(conj, prep, stem, suf)))
                    continue
                ks = key(stem)
                if len(ks) < 2 or (len(ks) == 2 and ks not in SHORT_STEMS):
                    continue
                if prep == "س" and (stem[0] not in _IMPERFECT or stem.startswith("ال")):
                    continue
                if suf and not _suffix_ok(stem, suf):
                    continue
                ev = _evidence(lex, _variants(stem, bool(suf), prep == "ل"), p.article_weight)
                score = math.log(ev * bonus + _prior(stem, conj, prep, suf, p))
                out.append((score, _points(conj, prep, stem, suf)))
    return out


def split_points(b: str, lex: Lexicon, p: Params = PARAMS) -> tuple[int, ...]:
    """Split points (letter indices) of the bare word ``b``; () = leave whole."""
    kb = key(b)
    if kb in FIXED:
        return FIXED[kb]
    if kb in WHOLE or len(b) < 2:
        return ()
    return max(analyses(b, lex, p), key=lambda a: (a[0], -len(a[1])))[1]


@lru_cache(maxsize=500_000)
def cached_split_points(b: str) -> tuple[int, ...]:
    return split_points(b, load_lexicon())
