"""Clause-level cues that change what a trigger means: negation, future/hypothetical, reported
speech, recency and age. All patterns run on ``normalize(text)`` (matching form)."""

from __future__ import annotations

import re

_B = r"(?<!\w)"
_E = r"(?!\w)"

# (لعدم قيامها بالتنسيق، بعدم: the verbal noun of negation with its preposition)
NEGATION = re.compile(_B + r"(?:و|ف)?(?:لم|لن|ليس|ليست|لا|لما|(?:ل|ب)?عدم|دون|بدون|غير|نفي|نفت|ينفي|تنفي|نفوا|انكر|انكرت)" + _E)
FUTURE = re.compile(
    _B + r"(?:(?:و|ف)?سوف|(?:و|ف)?س(?:ي|ت|ن)(?:تم|قوم|كون|بدا|عمل|واصل|شن|ستمر|صل|جري|طلق|نفذ|ضرب|هاجم|شارك|عقد|فرض|رسل|زور|لتقي|توجه|ناقش|بحث|وقع|حضر|علن|صدر)\w*|غدا|المقبل|المقبله|القادم|القادمه|"
    r"يعتزم|تعتزم|ينوي|تنوي|يخطط|تخطط|خطه ل\w*|يزمع|تزمع|مرتقب|مرتقبه|المزمع|المرتقب|المتوقع)" + _E)
HYPOTHETICAL = re.compile(
    _B + r"(?:(?:و|ف)?(?:اذا|لو|لولا|ربما|قد ي\w+|قد ت\w+|يمكن|يمكن ان|احتمال|محتمل|محتمله|في حال|حال|ان ي\w+|"
    r"يجب|ينبغي|لابد|لا بد|امكانيه|خشيه|مخاوف|خطر|يخشي|تخشي|هل))" + _E)
REPORTED = re.compile(
    _B + r"(?:و|ف)?(?:قال|قالت|اضاف|اضافت|اكد|اكدت|اوضح|اوضحت|اشار|اشارت|ذكر|ذكرت|افاد|افادت|اعلن|اعلنت|"
    r"صرح|صرحت|نقل|نقلت|يقول|تقول|بحسب|وفقا|حسب|حسبما|مصادر|مصدر)" + _E)
RECENT = re.compile(
    _B + r"(?:امس|اليوم|الليله|صباح|مساء|ظهر|فجر|ليل|ليله|(?:ب|و)?(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه)|"
    r"الليله الماضيه|اول من امس|الاسبوع الماضي|منذ ساعات|الساعات الماضيه|حاليا|الجاري)" + _E)
YEAR = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")
YEARS_AGO = re.compile(_B + r"قبل (?:اكثر من |نحو |حوالي )?(?:\d+|عده|بضع|عشر|ثلاث|اربع|خمس|ست|سبع|ثماني|تسع)\w* (?:سنوات|سنه|اعوام|عاما|عقود|عقد)" + _E)
PAST_BACKGROUND = re.compile(_B + r"(?:في السابق|سابقا|منذ عام|عام \d{4}|العام الماضي|في ذلك الوقت|انذاك|تاريخيا)" + _E)
QUESTION = re.compile(r"[?؟]")
NUMBER = re.compile(
    r"\d+|" + _B + r"(?:و|ب)?(?:ال)?(?:اثن(?!اء)|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|عشرات|الاف|الالاف|الف|عشرين|ثلاثين|اربعين|خمسين)\w*" + _E)
GENERIC = re.compile(_B + r"(?:و|ف|ب|ل)?(?:ال)?(?:سياسه|ظاهره|مسلسل|موجه|تصاعد|سلسله|عمليات|ثقافه|مكافحه|محاربه|الحرب علي|ضد الارهاب|الارهاب)" + _E)
COURT = re.compile(_B + r"(?:و|ف|ب|ل)?(?:ال)?(?:محكمه|محاكمه|المتهم|متهم|متهمين|المتهمين|القضاء|قضيه|الادعاء|التحقيق|تحقيق|حكم|ادانه|تهمه|بتهمه)" + _E)


def clause_window(norm_text: str, start: int, width: int = 40) -> str:
    """The stretch of text before a trigger, cut at the last clause boundary."""
    left = norm_text[max(0, start - width):start]
    cut = max(left.rfind(c) for c in ",;:.\"«»()")
    return left[cut + 1:] if cut >= 0 else left


def negated_before(norm_text: str, start: int) -> bool:
    """A negation within the three words before a trigger."""
    words = clause_window(norm_text, start).split()[-3:]
    return bool(NEGATION.search(" ".join(words)))


def future_before(norm_text: str, start: int) -> bool:
    words = clause_window(norm_text, start, 60).split()[-5:]
    return bool(FUTURE.search(" ".join(words)) or HYPOTHETICAL.search(" ".join(words)))
