"""Arabic trigger lexicon for the 16 PLOVER event types.

Patterns are written in the *matching* form of ``marsad.text.normalize`` (أ/إ/آ → ا, ة → ه,
ى → ي) and run over ``normalize_keep_offsets(text)``, so a match's offsets are offsets into the
original text. Each trigger records whether it is a past-tense verb (the strongest signal that
something happened), a verbal noun (masdar) or an imperfect verb (habitual, ongoing or, with
سـ, future).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from marsad.text.normalize import Unmarked, normalize_keep_offsets

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

# A word may carry a conjunction (و/ف), a preposition (ب/ل/ك) and the article.
_PFX = r"(?:[وف])?(?:[بلك])?(?:ال|لل)?"
# Past-tense verb suffixes (3rd person) and imperfect prefixes.
_PAST = r"(?:ت|وا|ا|تا|ن|ت?ا|وه|ها|هم|ته|تها|تهم)?"
_IMPF = r"(?:[وف])?(?:س)?[يت]"
_B = r"(?<![\w\u200c])"  # word start
_E = r"(?![\w\u200c])"   # word end


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str
    kind: str  # verb | noun | impf
    mode: str | None
    regex: str
    stem: str = ""


def _m(stem: str) -> str:
    """The matching form of a stem (ئ/ؤ/أ → ي/و/ا …), as normalize_keep_offsets writes the text."""
    return normalize_keep_offsets(stem)


def _verb(stem: str) -> str:
    return _B + r"(?:[وف])?" + _m(stem) + _PAST + _E


def _impf(stem: str) -> str:
    return _B + _IMPF + _m(stem) + r"(?:ون|ان|وا)?" + _E


def _noun(stem: str, suffix: str = r"(?:ه|ات|ين|ون|ان|ي|يه|يات|ها|هم|ه?ا)?") -> str:
    return _B + _PFX + _m(stem) + suffix + _E


def _phrase(text: str) -> str:
    return _B + _PFX + _m(text) + _E


# (type, mode, verbs, imperfect stems, nouns, phrases)
_TABLE: list[tuple[str, str | None, list[str], list[str], list[str], list[str]]] = [
    ("ASSAULT", "targeted", ["اغتال", "اغتيل", "اعدم", "تصفي"], ["غتال"], ["اغتيال", "تصفيه"], []),
    ("ASSAULT", "abduct", ["خطف", "اختطف", "خطفو", "اختطفو"], ["خطف", "ختطف"], ["خطف", "اختطاف", "مختطف"], []),
    ("ASSAULT", "explosives", ["فجر", "انفجر", "فجرو", "فخخ"], ["نفجر"],
     ["انفجار", "تفجير", "تفجيرات", "مفخخه", "ناسفه", "ناسف", "مفخخ", "ملغومه", "عبوه ناسفه", "عبوات ناسفه"], []),
    ("ASSAULT", "suicide-attack", [], [], ["انتحاري", "انتحاريه", "انتحاريين", "انتحاريان"], ["فجر نفسه", "فجرا نفسيهما", "فجروا انفسهم"]),
    ("ASSAULT", "aerial", ["اغار"], [], ["غاره", "غارات", "ضربه جويه", "ضربات جويه", "قصف جوي", "الطيران الحربي"], []),
    ("ASSAULT", "drone", [], [], ["طائره بدون طيار", "طائرات بدون طيار", "طائره مسيره", "طائرات مسيره"], []),
    ("ASSAULT", "heavy-weapons", ["قصف", "قصفت", "دك"], ["قصف"], ["قصف", "قذائف", "قذيفه", "صاروخ", "صواريخ", "مدفعي", "مدفعيه", "هاون"], []),
    ("ASSAULT", "firearms", ["اطلق النار", "اطلقوا النار", "اطلقت النار",
                             # أطلق بعض المسلحين النار / أطلقت دبابات نيرانها: the subject between
                             r"اطلق(?:ت|وا)?(?!\sالنار)(?=(?:\s[^\s.،]+){0,3}\s(?:النار|النيران|نيران(?:ه|ها|هم))(?![^\s.،]))"], [], ["اطلاق النار", "اطلاق نار", "رصاص", "برصاص", "بالرصاص"], ["فتح النار", "فتحوا النار", "فتحت النار"]),
    ("ASSAULT", "torture", ["عذب"], [], ["تعذيب"], []),
    ("ASSAULT", "primitive", ["طعن", "ذبح", "احرق", "رشق"], [], ["طعن", "سكين", "ذبح", "حجاره", "زجاجات حارقه", "قنابل حارقه"], []),
    ("ASSAULT", "crowd-control", [], [], ["الغاز المسيل للدموع", "الرصاص المطاطي", "خراطيم المياه"], []),
    ("ASSAULT", None, ["قتل", "هاجم", "استهدف", "اعتدي", "اعتدوا", "اعتدت", "اشتبك", "اقتحم", "شن", "شنت", "شنوا", "جرح", "اصاب", "اصيب", "اصيبو", "قتلو", "ضرب", "داهم", "كمن", "ارتكب", "سقط", "استشهد", "لقي مصرعه", "لقوا مصرعهم", "قضي", "اودي"],
     ["قتل", "هاجم", "ستهدف", "شتبك", "قصف"],
     ["مقتل", "بقتل", "هجوم", "هجمات", "هجومين", "اعتداء", "اعتداءات", "اشتباك", "اشتباكات", "معارك", "مجزره", "مذبحه", "كمين", "قتلي", "جرحي", "مصرع", "اصابه", "عدوان", "استشهاد", "عمليه عسكريه", "ضحايا", "قتيل", "قتيلا", "جريح", "جريحا", "مواجهات", "اجتياح", "ضربات", "ضربه", "معركه", "قتال"],
     ["لقي حتفه", "لقوا حتفهم"]),
    ("PROTEST", "demo", ["تظاهر", "احتج", "اعتصم", "احتشد", "تجمهر", "هتف", "ردد", "تجمع", "خرج", "نزل"], ["تظاهر", "حتج", "عتصم", "حتشد", "هتف"],
     ["تظاهره", "تظاهرات", "مظاهره", "مظاهرات", "متظاهر", "متظاهرين", "متظاهرون", "احتجاج", "احتجاجات", "احتجاجا", "احتجاجيه", "محتج", "محتجين", "محتجون", "اعتصام", "اعتصاما", "معتصمين", "مسيره", "مسيرات", "هتافات", "لافتات", "شعارات"], ["الي الشوارع", "الي الشارع"]),
    ("PROTEST", "riot", [], [], ["شغب", "اعمال الشغب"], []),
    ("PROTEST", "strike", ["اضرب"], [], ["اضراب", "اضرابا", "اضرابات"], []),
    ("PROTEST", "hunger", [], [], ["اضراب عن الطعام"], []),
    ("PROTEST", "boycott", ["قاطع"], [], ["مقاطعه"], []),
    ("PROTEST", "obstruct", ["اغلق", "قطع", "سد"], [], ["قطع الطرق", "قطع الطريق", "اغلاق الطرق"], []),
    ("AGREE", None, ["وافق", "اتفق", "توصل", "تعهد", "قبل"], ["وافق", "تفق"], ["اتفاق", "اتفاقا", "صفقه", "تسويه", "موافقه", "تعهد"], []),
    ("CONSULT", "meet", ["التقي", "اجتمع", "بحث", "استقبل", "زار", "تباحث", "تشاور", "ناقش"], ["لتقي", "جتمع", "بحث"],
     ["لقاء", "اجتماع", "مباحثات", "محادثات", "مشاورات", "زياره", "قمه", "مفاوضات"], ["اتصال هاتفي", "اتصالا هاتفيا"]),
    ("SUPPORT", None, ["ايد", "اشاد", "رحب", "دعم", "ثمن", "شكر", "تضامن", "هنا", "بارك"], ["ؤيد", "شيد", "رحب", "دعم"],
     ["تاييد", "ترحيب", "دعم", "اشاده", "تضامن"], ["وقع اتفاق", "وقعت اتفاق", "وقعا اتفاق", "وقع اتفاقيه", "وقعت اتفاقيه"]),
    ("CONCEDE", None, ["اعترف", "اعتذر", "تنازل", "عفا", "اصدر عفوا"], [], ["عفو", "العفو العام", "اعتذار", "تنازل"], []),
    ("COOPERATE", None, ["تعاون", "نسق", "شارك"], [], ["تعاون", "تنسيق", "مشتركه"], []),
    ("AID", None, ["ساعد", "انقذ", "ارسل مساعدات", "قدم مساعدات", "ساند", "ساندت", "اغاث", "تبرع"], ["ساعد", "ساند"],
     ["مساعدات", "مساعده", "اغاثه", "انقاذ", "اغاثيه", "انسانيه"], []),
    ("RETREAT", "withdraw", ["انسحب", "سحب", "فر", "فروا", "غادر", "خرج", "اخرج"], ["نسحب"], ["انسحاب", "اخراج", "خروج", "اجلاء", "الفرار"], []),
    ("RETREAT", "release", ["افرج", "اطلق سراح", "اطلقت سراح", "حرر",
                            # أطلقت السلطات سراح …: the subject between the verb and سراح
                            r"(?:اطلق|اطلقت|اطلقوا)(?=(?:\s[^\s.،]+){1,4}\sسراح\s)"], [], ["الافراج", "اطلاق سراح"], []),
    ("RETREAT", "ceasefire", [], [], ["هدنه", "وقف اطلاق النار"], []),
    ("RETREAT", "resign", ["استقال"], [], ["استقاله"], []),
    ("RETREAT", "access", [], [], ["ممر امن", "ممرات امنه"], []),
    ("REQUEST", None, ["طالب", "دعا", "طلب", "ناشد", "حث", "دعت", "طالبت", "دعوا"], ["طالب", "دعو", "ناشد"], ["مطالبه", "مطالبا", "داعيا", "مناشده", "الداعيه", "دعوه", "دعوات", "مناشدا", "حاثا"], []),
    ("ACCUSE", None, ["اتهم", "ادان", "دان", "ندد", "استنكر", "انتقد", "حمل", "شجب", "وصف", "اعتبر",
                      # تلقي الدول الثلاث مسؤوليته على النظام: the subject between the verb and the blame
                      r"(?:[تي]لقي|القت|القي|القوا|حمل|حملت|حملوا)(?=(?:\s[^\s.،]+){1,3}\s(?:المسووليه|مسووليه|مسووليت(?:ه|ها|هم))(?:\s[^\s.،]+){0,3}\s(?:علي\s|ل))"], ["تهم", "دين", "ندد", "ستنكر", "نتقد"],
     ["اتهام", "اتهامات", "ادانه", "تنديد", "استنكار", "انتقاد", "انتقادات", "منددا", "مستنكرا", "منتقدا"], ["حمل مسؤوليه", "حملت مسؤوليه", "تلقي مسؤوليته", "يلقي مسؤوليه"]),
    ("REJECT", None, ["رفض", "عارض", "رفضت"], ["رفض", "عارض"], ["رفض", "رفضها", "رفضه", "رافضا"], []),
    ("THREATEN", None, ["هدد", "توعد", "حذر", "انذر", "وعد", "لوح"], ["هدد", "توعد", "حذر"], ["تهديد", "تهديدات", "تحذير", "انذار", "وعيد", "مهددا", "متوعدا"], []),
    ("SANCTION", None, [r"فرض(?:ت|وا)?(?=[^.]{0,30} عقوبات)", "فرض عقوبات", "فرضت عقوبات", "طرد", "جمد", "علق", "حظر", "قطع علاقات", "قطعت علاقاتها"], [],
     ["عقوبات", "عقوبه", "حظر", "تجميد", "احكام", "حكم بالسجن", "حكما بالسجن", "احكاما"], ["اصدرت احكاما", "اصدر احكاما"]),
    ("MOBILIZE", None, ["حشد", "نشر", "استنفر", "عزز", "تنتشر", "انتشر", "حرك"], ["حشد", "نشر", "نتشر"],
     ["حشود", "تعزيزات", "استنفار", "تاهب", "انتشار", "تدريب", "تدريبا", "مناورات", "تحريك", "تمركز"], ["رفع حاله التاهب"]),
    ("COERCE", "arrest", ["اعتقل", "احتجز", "اوقف", "القي القبض", "القت القبض", "اسر", "سجن",
                          # ألقت الشرطة القبض على …: the subject between the verb and القبض
                          r"(?:القي|القت|القوا)(?=(?:\s[^\s.،]+){1,4}\sالقبض\sعلي\s)"], ["عتقل", "حتجز"], ["اعتقال", "اعتقالات", "احتجاز", "توقيف", "القبض", "اسر", "مداهمه", "دهم"], []),
    ("COERCE", "seize", ["استولي", "سيطر", "حاصر", "صادر", "احتل"], [], ["حصار", "مصادره", "احتلال", "الاستيلاء", "سيطره"], []),
    ("COERCE", "deport", ["رحل", "ابعد"], [], ["ترحيل", "ابعاد", "التهجير", "الرحيل القسري"], []),
    ("COERCE", "curfew", [], [], ["حظر التجول", "حظر تجول"], []),
]


# منظومة صاروخية، القدرات الصاروخية: the adjective of a weapon names no attack (an attack it qualifies,
# ضربات صاروخية، هجوم صاروخي, is found through its own noun).
_NO_NISBA = {"صاروخ": r"(?:ه|ات|ين|ون|ان|يات|ها|هم|ه?ا)?"}


@lru_cache(maxsize=1)
def triggers() -> list[tuple[Trigger, re.Pattern[str]]]:
    out: list[tuple[Trigger, re.Pattern[str]]] = []
    for typ, mode, verbs, impfs, nouns, phrases in _TABLE:
        for v in verbs:
            rx = _verb(v) if " " not in v else _phrase(v)
            out.append((Trigger(typ, "verb", mode, rx, v), re.compile(rx)))
        for s in impfs:
            out.append((Trigger(typ, "impf", mode, _impf(s), s), re.compile(_impf(s))))
        for n in nouns:
            rx = (_noun(n, _NO_NISBA[n]) if n in _NO_NISBA else _noun(n)) if " " not in n else _phrase(n)
            out.append((Trigger(typ, "noun", mode, rx, n), re.compile(rx)))
        for p in phrases:
            out.append((Trigger(typ, "verb", mode, _phrase(p), p), re.compile(_phrase(p))))
    return out


@dataclass(frozen=True, slots=True)
class Hit:
    trigger: Trigger
    start: int
    end: int


_META = re.compile(r"[\\()\[\]?*+{}|^$.]")


@lru_cache(maxsize=1)
def _literals() -> list[str | None]:
    """Each trigger's stem as a literal that must occur in the text (None: no cheap test)."""
    return [None if _META.search(t.stem) else _m(t.stem) for t, _ in triggers()]


@lru_cache(maxsize=1)
def _literal_groups() -> tuple[list[int], list[tuple[int, str]], dict[str, list[tuple[int, str]]]]:
    """Trigger indices with no literal (always tried); (index, literal) of the literals tested on
    the whole sentence (those spanning words, or of one letter); and the other, one-word literals
    by their first two letters."""
    always: list[int] = []
    phrases: list[tuple[int, str]] = []
    by_bigram: dict[str, list[tuple[int, str]]] = {}
    for i, lit in enumerate(_literals()):
        if lit is None:
            always.append(i)
        elif len(lit) < 2 or any(c.isspace() for c in lit):
            phrases.append((i, lit))
        else:
            by_bigram.setdefault(lit[:2], []).append((i, lit))
    return always, phrases, by_bigram


@lru_cache(maxsize=150_000)  # more than the distinct words of a few thousand articles
def _word_literals(word: str) -> tuple[int, ...]:
    """Indices of the one-word literals occurring in ``word`` (words recur: cached)."""
    by_bigram = _literal_groups()[2]
    grams = {word[i:i + 2] for i in range(len(word) - 1)}
    return tuple([i for g in grams.intersection(by_bigram) for i, lit in by_bigram[g] if lit in word])


def _candidates(bare: str) -> list[int]:
    """Indices into ``triggers()``, in order, of the triggers with no literal or whose literal
    occurs in ``bare``. A literal without whitespace can only occur inside one whitespace-free
    word, so the one-word literals are looked up per word."""
    always, phrases, _ = _literal_groups()
    found = set(always)
    found.update(*map(_word_literals, set(bare.split())))  # the cached lookups run from C
    found.update([i for i, lit in phrases if lit in bare])
    return sorted(found)


_TANWEEN = re.compile("[\u064b-\u064d]")
_PLURAL_NOUNS = {"دعوات"}  # verb-shaped words that are plural nouns
# Words a verb pattern matches that are almost always nouns: وزارتا / وزارتي (two ministries), not و+زارتا.
_NOT_TRIGGERS = {"وزارتا", "وزارتي", "ثمنا",  # ثمنا باهظا: a price, not "they praised"
                 "الاسره", "والاسره", "للاسره", "بالاسره",  # الأسرة: the family, not الأسر (capture)
                 "لاسر", "ولاسر",  # لأسر الضحايا: for the families
                 "وزارته", "وزارتها", "وزارتهم", "لوزارته", "لوزارتها",  # his ministry, not و + زارته
                 "صادر"}  # بيان صادر عنها: issued (a participle), not "confiscated" (صادرت، صادروا are verbs)


_FAMILIES_AFTER = re.compile(r"\s+ال[^\s.،,]+ه(?![\w\u200c])")
_FAMILIES_BEFORE = re.compile(r"(?<![\w\u200c])(?:ال)?(?:عشرات|ميات|الاف)(?:\s+من)?\s+$")


# طالب لجوء / طالبي اللجوء / طالب علم: an asylum seeker or a student, not "demanded".
_SEEKER = re.compile(r"(?:ي|و)?\s+(?:ال)?(?:لجوء|علم)(?![\w\u200c])")
# ثمن باهظ / ثمن النهائي / دفع ثمن: the noun "price" or "eighth", not the verb "praised".
_PRICE_AFTER = re.compile(r"\s+(?:ال)?(?:باهظ\w*|غال\w*|نهايي)(?![\w\u200c])")  # matched on the normalised text
_PRICE_BEFORE = re.compile(r"(?<![\w\u200c])(?:\w{0,3}دفع\w*|[وف]?(?:ربع|دور))\s+$")
# 60 ألف طالب وطالبة: a verb-shaped word after a count is the counted noun (students), not a verb.
# (Not after digits: عام 1986 شنت ليبيا، قتل 13 وأصيب 85، وكان 5 قتلوا are verbs.)
_COUNT_BEFORE = re.compile(r"(?<![\w\u200c])(?:ال)?(?:الف|الاف|ميه|مايه|ميات|عشرات|مليون|ملايين)\s+$")
# فجر أمس / فجر اليوم / فجر الأحد: the noun "dawn", not the verb "blew up".
_DAWN = re.compile(r"\s+(?:امس|اليوم|غد|يوم|(?:ال)?(?:سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه))(?![\w\u200c])")
# عملية فجر الكرمة: an operation's name ("dawn of …"), not "blew up"
_OPERATION_BEFORE = re.compile(r"(?<![\w\u200c])(?:و|ب|ل)?(?:ال)?(?:عمليه|معركه|حمله)\s+$")
# أصوات إطلاق نار احتفالا: celebratory gunfire, no attack
_CELEBRATION_AFTER = re.compile(r"\s+(?:احتفالا|ابتهاجا|فرحا|ترحيبا)(?![\w\u200c])")
# قوات الاحتلال، شرطة الاحتلال، سجون الاحتلال: "the occupation" names Israel's bodies, no seizure
_OCCUPATION_NAME = re.compile(r"(?<![\w\u200c])(?:و|ب|ل)?(?:ال)?(?:قوات|جيش|سلطات|سلطه|شرطه|عناصر|جنود|دوله|حكومه|سجون|"
                              r"اليات|مستوطني|مخابرات|محاكم|محكمه|بلديه|حرس|زوارق|طايرات)\s+$")
# استدعاء السفير لتسليمه احتجاجا، مذكرة احتجاج: a diplomatic protest handed over, no demonstration
_PROTEST_NOTE_BEFORE = re.compile(r"(?<![\w\u200c])(?:و|ف|ل)?(?:تسليم\w*|سلم\w*|ابلاغ\w*|ابلغ\w*|مذكره|مذكرات|قدم\w*|وجه\w*)\s+$")
# مما دعا الرئيس إلى أن يتعهد: "which prompted", no call made
_PROMPTED_BEFORE = re.compile(r"(?<![\w\u200c])(?:و|ف)?(?:مما|ما)\s+$")
# طعن ابن ماركوس في النتيجة: an appeal against a result or ruling, no stabbing
_APPEAL_AFTER = re.compile(r"[^.]{0,100}?\sفي\s+(?:ال)?(?:نتيجه|نتايج|قرار|حكم|احكام|صحه|دستوريه|شرعيه|انتخاب\w*)(?![\w\u200c])")
# تهدد تركيا بمهاجمة منبج: a present-tense threat names what is threatened with ب; without it the verb
# is "endangers" (تهدد أمن واستقرار الوطن، صواريخ تهدد أجواءنا)
_THREAT_WITH = re.compile(r"(?:\s+[^\s.،,:؛]+){0,3}?\s+(?:و)?ب[^\s.،,:؛]{2,}")
# قطع المحتجون الطريق، أغلقوا مداخل المدينة: blocking is a protest act only on a way (قطع قاتله رأسه,
# أغلقت السفارة أبوابها, قطعت علاقاتها are not)
_ROAD_AFTER = re.compile(r"(?:\s+[^\s.،,:؛]+){0,4}?\s+(?:و)?(?:ال)?(?:طريق|طرق|الطرقات|طرقات|شارع|شوارع|مدخل|مداخل|مخرج|"
                         r"جسر|جسور|ممر|معبر|ساحه|ميدان|الاوتوستراد|اوتوستراد|سكه)\w*")
# أيده الله / أيدها الله (a blessing after a ruler's name); شكرا alone is "thanks!" (the dual verb is rare)
_BLESSING_AFTER = re.compile(r"\s+الله(?![\w\u200c])")
# نفذت الطائرات فجرا ثلاث ضربات: the adverb "at dawn"; the dual verb (انتحاريان فجرا) follows its dual subject
_DUAL_BEFORE = re.compile(r"\w+(?:ان|تان)\s+$")


def find_triggers(text: str, types: tuple[str, ...] | None = None) -> list[Hit]:
    """All trigger matches in ``text`` (offsets into ``text``), longest first at a position.
    Diacritics do not stop a match (أحكاماً، قوّات); a one-word verb carrying tanween (حذراً) is
    an adjective or noun, not a verb."""
    return list(_find_triggers(text, types))


@lru_cache(maxsize=2048)  # the stage and the classifier's features both read each sentence
def _find_triggers(text: str, types: tuple[str, ...] | None) -> tuple[Hit, ...]:
    unmarked = Unmarked(normalize_keep_offsets(text))
    hits: list[Hit] = []
    table = triggers()
    for i in _candidates(unmarked.bare):
        trig, rx = table[i]
        if types and trig.type not in types:
            continue
        for start, end, m in unmarked.finditer(rx):
            if m.group() in _NOT_TRIGGERS or (trig.stem == "فجر" and (_DAWN.match(unmarked.bare, m.end())
                                                                     or _OPERATION_BEFORE.search(unmarked.bare, max(0, m.start() - 12), m.start()))) \
                    or (trig.mode == "firearms" and _CELEBRATION_AFTER.match(unmarked.bare, m.end())) \
                    or (m.group() == "فجرا" and not _DUAL_BEFORE.search(unmarked.bare, max(0, m.start() - 30), m.start())) \
                    or (trig.stem == "طالب" and _SEEKER.match(unmarked.bare, m.end())) \
                    or (trig.stem == "ثمن" and (_PRICE_AFTER.match(unmarked.bare, m.end())
                                                or _PRICE_BEFORE.search(unmarked.bare, 0, m.start()))):
                continue
            if trig.kind != "noun" and " " not in m.group() and _TANWEEN.search(text[start:end]):
                continue
            if trig.mode == "seize" and trig.kind == "noun" and "احتلال" in m.group() \
                    and _OCCUPATION_NAME.search(unmarked.bare, max(0, m.start() - 14), m.start()):
                continue
            if (trig.type == "REQUEST" and trig.stem == "دعا" or trig.type == "AID" and trig.stem == "ساعد") \
                    and trig.kind == "verb" and _PROMPTED_BEFORE.search(unmarked.bare, max(0, m.start() - 6), m.start()):
                continue  # (ومما ساعد د. سيّار في تفكيك: "what helped", no aid)
            if trig.mode == "primitive" and "طعن" in m.group() and _APPEAL_AFTER.match(unmarked.bare, m.end()):
                continue
            if trig.type == "PROTEST" and trig.kind == "noun" and "احتجاج" in m.group() \
                    and _PROTEST_NOTE_BEFORE.search(unmarked.bare, max(0, m.start() - 16), m.start()):
                continue
            if trig.type == "THREATEN" and trig.kind == "impf" and trig.stem == "هدد" \
                    and not _THREAT_WITH.match(unmarked.bare, m.end()):
                continue
            if trig.type == "PROTEST" and trig.mode == "obstruct" and trig.kind == "verb" \
                    and not _ROAD_AFTER.match(unmarked.bare, m.end()):
                continue
            if trig.kind == "verb" and not m.group().startswith(("و", "ف")) \
                    and _COUNT_BEFORE.search(unmarked.bare, max(0, m.start() - 12), m.start()):
                continue
            if m.group().lstrip("وف") in ("الاسر", "بالاسر") and (_FAMILIES_AFTER.match(unmarked.bare, m.end())
                                                                  or _FAMILIES_BEFORE.search(unmarked.bare, max(0, m.start() - 12), m.start())):
                continue  # العشرات من الأسر اليمنية: families (their adjective is feminine), not captivity
            if trig.kind == "verb" and m.group().lstrip("وف") in _PLURAL_NOUNS:
                continue  # دعوات: calls (a plural noun), not دعوا + ت
            if trig.type == "SUPPORT" and trig.kind == "verb" and (
                    m.group().endswith(("ه", "ها", "هم")) and _BLESSING_AFTER.match(unmarked.bare, m.end())
                    or m.group().lstrip("و") == "شكرا"):
                continue  # الدولة أيدها الله، شكرا لمن حفظ: a blessing or a thanks, no political support
            hits.append(Hit(trig, start, end))
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    return tuple(hits)
