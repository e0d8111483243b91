"""Speech verbs, complementisers and news outlets (normalised matching forms)."""

from __future__ import annotations

import re

# Speech verbs in the past (3rd person, with and without a leading و/ف/لكن) and present.
_VERBS = ("قال", "اكد", "اشار", "اضاف", "اوضح", "ذكر", "اعلن", "صرح", "افاد", "تابع", "لفت", "شدد", "كشف",
          "نفي", "اعتبر", "اعترف", "حذر", "زعم", "ابلغ", "استطرد", "اردف", "نقل", "وعد", "نبه", "رات", "راي", "اعرب", "رجح", "توقع", "اوضح")
_SUFFIX = r"(?:ت|وا|ا)?"
_PRESENT = r"(?:ي|ت)(?:قول|وكد|شير|ضيف|وضح|ذكر|علن|صرح|فيد|تابع|لفت|شدد|كشف|نفي|عتبر|ري)(?:ون|ان)?"
CUE = re.compile(
    r"(?<![\w\u200c])(?:(?:و|ف)?لكن(?P<pron>ه|ها|هم)?\s+)?(?:و|ف)?(?:" + "|".join(_VERBS) + r")" + _SUFFIX + r"(?![\w\u200c])"
    r"|(?<![\w\u200c])(?:و|ف)?" + _PRESENT + r"(?![\w\u200c])"
)
PRESENT = re.compile(r"(?:و|ف)?" + _PRESENT)
_PAST = frozenset(_VERBS)
_LEAD = re.compile(r"^(?:و|ف)?(?:لكن(?:ه|ها|هم)?\s+)?(?:و|ف)?")


def agreement(cue: str) -> str | None:
    """What a speech verb or participle in the matching form agrees with: "m" or "f" for a singular
    (قال / وأضافت / يقول / مشيرة), "p" for a plural or dual (قالوا، يرون، قالا، مشيرين), None when it
    tells nothing: the agreement that tells which earlier speaker a pronoun subject is."""
    w = _LEAD.sub("", cue.strip())
    if w.startswith("نقل"):
        return None  # نقلت وسائل إعلام عن الكرملين: the relayer's agreement, not the speaker's
    if w[:-1] in _PAST and w.endswith("ا") or w[:-2] in _PAST and w.endswith("وا"):
        return "p"
    if w in _PAST and w != "رات":  # (رأت is رأى's feminine)
        return "m"
    if w.endswith("ت") and (w[:-1] in _PAST or w == "رات"):
        return "f"
    if PARTICIPLE.fullmatch(w):
        return {"ا": "m", "ه": "f", "ن": "p"}.get(w[-1])
    if len(w) >= 3 and w[0] in "يت":
        return "p" if w.endswith(("ون", "ان")) else "m" if w[0] == "ي" else "f"
    return None


# Participles continuing the current speaker's statement: مشيرا إلى أن …, مؤكدا أن …
PARTICIPLE = re.compile(
    r"(?<![\w\u200c])(?:مشير|موكد|موضح|مضيف|لافت|معتبر|منوه|مشدد|متابع)(?:ا|ه|ين)(?![\w\u200c])")
# Fillers that can stand between a verb and its complementiser without being the speaker.
FILLERS = {"قايلا", "قايله", "بهذا", "الصدد", "ايضا", "كذلك", "من", "جهته", "جهتها", "جانبه", "جانبها", "ناحيته",
           "ناحيتها", "بدوره", "بدورها", "مجددا", "اليوم", "امس", "في", "هذا", "السياق", "الاطار",
           "لنا", "لي"}  # (وقال لنا إن: the listener, not the speaker)
# Complementisers that open a content clause, in the matching form.
COMPLEMENTISER = re.compile(
    r"(?<![\w\u200c])(?:ب|ب?ان|ان|انه|انها|انهم|انهن|انهما|بانه|بانها|بانهم|بانهن|الي ان|الي انه|الي انها|علي ان|علي انه|عن ان|"
    r"فيه ان)(?![\w\u200c])")
COMP_WORDS = {"ان", "انه", "انها", "انهم", "انهن", "بان", "بانه", "بانها", "بانهم", "بانهن", "انهما"}
COMP_PREPS = {"الي", "علي", "عن"}
# بحسب X / وفقًا لـX / ووفقا لمصادر / وفقا لما ذكرته X: the لـ of وفقا/طبقا is glued to the source's name.
ATTRIBUTION = re.compile(
    r"(?<![\w\u200c])(?:و|ف)?(?:(?:(?:بحسب|حسب|وفق|وفقا ل) ?ما (?:(?:و|ف)?\w+ )?(?:افاد|افادت|اورد|اوردت|ذكر|ذكرت|قال|"
    r"قالت|نقل|نقلت|اعلن|اعلنت|اكد|اكدت)(?:ه|ها)?|بحسب|حسب|حسبما|نقلا عن)(?![\w\u200c])|(?:وفقا|طبقا) ?ل(?=\w))")

OUTLETS: dict[str, str] = {
    "فرانس برس": "afp", "فرانس بريس": "afp", "الصحافه الفرنسيه": "afp", "ا ف ب": "afp", "اف ب": "afp",
    "رويترز": "reuters", "اسوشيتد برس": "ap", "اسوشييتد برس": "ap", "الاسوشيتد برس": "ap",
    "سي ان ان": "cnn", "cnn": "cnn", "بي بي سي": "bbc", "bbc": "bbc", "الشرق الاوسط": "asharq-al-awsat",
    "سانا": "sana", "الاناضول": "anadolu", "الجزيره": "aljazeera", "العربيه": "alarabiya", "واس": "spa",
    "وام": "wam", "د ب ا": "dpa", "شينخوا": "xinhua", "نوفوستي": "ria-novosti", "تاس": "tass",
    "سبوتنيك": "sputnik", "الحياه": "al-hayat", "الاهرام": "al-ahram",
    "البي بي سي": "bbc", "الاذاعه البريطانيه": "bbc",  # (لهيئة البي بي سي، لهيئة الإذاعة البريطانية: هيئة is هييه here)
}
OUTLET_HEADS = ("وكاله", "لوكاله", "صحيفه", "لصحيفه", "قناه", "لقناه", "شبكه", "لشبكه", "موقع", "لموقع",
                "تلفزيون", "لتلفزيون", "اذاعه", "لاذاعه", "مجله", "لمجله", "هييه", "لهييه")
_OUT_RX = "|".join(sorted((re.escape(k) for k in OUTLETS), key=len, reverse=True))
_HEAD = r"(?:وكاله|صحيفه|قناه|شبكه|موقع|تلفزيون|اذاعه|مجله|هييه)(?:\s+(?:الانباء|الاخبار))?\s+"
# An outlet needs a dative ل / لـ, مع, or a head noun (وكالة …): "في الشرق الأوسط" is a place.
OUTLET = re.compile(
    r"(?:(?<![\w\u200c])(?:ل|مع\s)[\u200c\s]?(?:" + _HEAD + r")?|(?<![\w\u200c])(?:ل|ب)?" + _HEAD + r")"
    r"\"?(" + _OUT_RX + r")\"?(?![\w\u200c])", re.IGNORECASE)
