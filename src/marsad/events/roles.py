"""Who did it and to whom: noun phrases around a trigger, resolved to NER entities when one
covers the phrase, otherwise a short stretch of words cut at prepositions, relative pronouns,
time words and punctuation (so GSR sentences with no entities still get actors)."""

from __future__ import annotations

import re
from functools import lru_cache

from marsad.events.happening import RELATIVE_PRONOUNS
from marsad.events.lexicon import find_triggers
from marsad.events.segment import Word, words
from marsad.link.actors import military_by_nisba
from marsad.record import Article, Entity, Span
from marsad.text.normalize import normalize, strip_diacritics
from marsad.text.tokens import segment_word

# Words that end a noun phrase (normalised forms).
STOP = {normalize(w) for w in ["في", "من", "على", "علي", "الى", "إلى", "الي", "عن", "مع", "منذ", "خلال", "بعد", "قبل", "عند", "حيث", "التي", "الذي", "الذين", "اللذين", "اللتين", "اللذان", "امس", "أمس", "اليوم", "الليلة", "غدا", "وذلك", "بينما", "فيما", "كما", "أن", "إن", "ان", "انه", "أنه", "بأن", "بان", "انها", "أنها", "لكن", "لكنه", "لكنها", "بل", "ضد", "داخل", "تحت", "فوق", "قرب", "نحو", "حول", "لدى", "عبر", "بين", "اثر", "إثر", "عقب", "جراء", "بسبب", "وسط", "امام", "أمام", "ما", "مما", "لا", "لم", "لن", "قد", "كان", "كانت", "وكان", "وكانت", "ثم", "حتى", "ليلا", "نهارا", "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "صباح", "مساء", "ظهر", "ليل", "فجر", "فجرا", "فجراً", "صباحا", "مساء", "يوم", "أول", "اول", "وفق", "وفقا", "وفقاً", "حسب", "بحسب", "ب", "ل", "ك", "هذا", "هذه", "ذلك", "تلك", "هو", "هي", "هم", "نحو", "حوالي", "الأقل", "الاقل", "أنفسهم", "انفسهم", "نفسه", "نفسها", "نفسيهما", "أكثر", "اكثر", "الفور", "عام", "معه", "معها", "معهم", "بحق", "بشكل", "بصورة", "بجروح", "بجراح", "لجروح", "لجراح", "مباشرة", "باتجاه", "اتجاه", "منها", "منه", "منهم", "فيها", "فيه", "فيهم", "عليها", "عليه", "عليهم", "خلالها", "خلاله", "لها", "له", "لهم", "بها", "به", "بهم", "عنها", "عنه", "عنهم", "أيضا", "ايضا", "مجددا", "جديد", "الجاري", "الماضي", "الماضية", "المقبل", "الأسبوع", "الاسبوع",
    # auxiliaries (المدينة باتت تنتشر فيها قوات): a phrase ends before them
    "بات", "باتت", "أصبح", "أصبحت", "صار", "صارت", "ظل", "ظلت", "مازال", "مازالت", "لايزال", "لاتزال",
    # a light verb or فإنّ opens a clause of its own (اعتداء | قامت به القوات، دولة واحدة | فإنه)
    "قام", "قامت", "قاموا", "فإن", "فإنه", "فإنها", "فإنهم",
    "أحيانا", "احيانا", "فقط", "عشية", "غداة", "أثناء", "اثناء", "بنفسه", "بنفسها", "بأنفسهم", "إنهم", "أنهم", "انهم", "بأنهم", "إنهما", "أنهما", "إياه", "إياها", "إياهم", "إياهما", "ضمن", "كلا", "ضدها", "ضده", "ضدهم", "مرارا", "بشده", "بقوه", "مؤخرا", "نتيجة", "عما", "عمن", "عندما", "حين", "حينما", "او", "أو", "دون", "بدون", "بالفعل", "فعلا", "بغيه", "بهدف", "بينهم", "بينها", "بينهما", "بعدما", "إذ", "اذ", "ريثما", "كلما", "إليها", "إليه", "إليهم", "اليها", "اليه", "اليهم", "متنها", "متنه", "متنهم",
    # month names of both families (في 25 مارس/آذار) are dates, not participants
    "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر",
    "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "اذار", "نيسان", "أيار", "ايار", "حزيران", "تموز", "آب",
    "أيلول", "ايلول", "تشرين"]}
_NUMERIC = re.compile(r"^\d+$")
_PLURAL_COUNTS = {normalize(w) for w in ("عشرات", "العشرات", "مئات", "المئات", "آلاف", "الآلاف", "ألوف")}
_AND_PREP = {"وفي", "ومن", "وعلي", "والي", "وعن", "ومع", "وبعد", "وقبل", "ومنذ", "وخلال"}
# بتدمير, بالملاحقة, لتفريق, للخروج, بمقاضاة, باستعادة: a preposition on a verbal noun.
_PREP_MASDAR = re.compile(r"^(?:و|ف)?(?:(?:ب|ل)(?:ال|ت)|لل|ب(?:م|ا))\w{2,}$")
_BAD_START = {normalize(w) for w in ["تم", "قام", "قامت", "يتم", "جرى", "و", "ف", "يد", "ايدي", "أيدي", "جانب", "الجانب", "أي",
                                    "وهي", "وهو", "وهم", "وهما",
                                    "ليس", "ليسوا", "ليست", "الارض", "الأرض"]}
# A coordinated casualty verb (وأصيب، وقتل) or a qualifier (التابعة لـ) cannot open a participant.
_CLAUSE_START = re.compile(r"^(?:(?:و|ف)(?:اصيب|اصاب|قتل|جرح|لقي|سقط)\w*|(?:ال)?تابع\w*|(?:ال)?واقع\w*)$")
# What a count may measure besides people: age, time, distance (40 عاما، 3 كلم) is not a participant.
_UNITS = {normalize(w) for w in ["عاما", "عام", "أعوام", "سنة", "سنوات", "عمره", "يوما", "أيام", "ساعة", "ساعات",
                                "دقيقة", "دقائق", "كلم", "كم", "كيلومتر", "كيلومترا", "متر", "مترا", "أمتار", "شهرا", "أشهر", "بالمئة", "%"]}
MAX_WORDS = 5
# Buildings and installations: struck, never striking (قاعدة، مطار، مستشفى, and their plurals:
# كما استهدفت مراكز للحوثيين, the centres were struck)
FACILITIES = {normalize(w) for w in ("قاعدة", "مطار", "مبنى", "مستشفى", "مدرسة", "مسجد", "منزل", "سجن", "معسكر", "مقر",
                                     "ثكنة", "سفارة", "فندق", "سوق", "ميناء", "جامعة", "كنيسة", "حاجز", "نقطة", "مركز",
                                     "مستودع", "مخزن",
                                     "قواعد", "مطارات", "مباني", "مستشفيات", "مدارس", "مساجد", "منازل", "معسكرات",
                                     "مقرات", "ثكنات", "مراكز", "مواقع", "مخازن", "حواجز", "مستودعات")}
# noun_phrase's tests, compiled once (it runs for every candidate participant, word after word)
_COORDINATED_PLURAL = re.compile(r"^(?:و|ف)\w{2,}(?:وا|تم)$")
_ACCUSATIVE_END = re.compile(r"(?:[^و]ا|ين)$")
TO_OUTLET = re.compile(r"^ل(?:ل)?(?:وكاله|صحيفه|قناه|شبكه|موقع|تلفزيون|اذاعه|مجله)|^لل(?:صحفيين|صحافيين|صحافه|اعلاميين|مراسلين)$")
FEMININE_END = re.compile(r"(?:ة|ات)$")
_BI_AL = re.compile(r"^(?:و|ف)?بال")
_BI_WORD = re.compile(r"^ب\w{2,}$")
_FOR_ITS = re.compile(r"^ل(?!ل)\w{3,}(?:ه|ها|هم|هما)$")  # لدعمه، لرفضها، لاستخدامهم
_CONJ = re.compile(r"^(?:و|ف)")
_CONJ_ARTICLE = re.compile(r"^(?:و|ف)?(?:ال)?")
# The word tests below are pure functions of one word, read again and again for the same words
# (every trigger looks at the words around it): they are cached per word.
_WORD_CACHE = 100_000


@lru_cache(maxsize=_WORD_CACHE)
def without_conjunction(word: str) -> str:
    """``normalize(word)`` less a leading و / ف."""
    return _CONJ.sub("", normalize(word))


# Fronted phrases that can stand before a sentence's opening verb (من جانبه رفض السفير …، إلى ذلك أيد …).
_FRONTED = [tuple(normalize(w) for w in f.split()) for f in (
    "من جانبه", "من جانبها", "من جهته", "من جهتها", "في المقابل", "في هذا السياق", "في غضون ذلك", "بدوره", "بدورها",
    "إلى ذلك")]


def fronted_length(ws: list[Word]) -> int:
    """How many of the first words form a fronted phrase (0 if none)."""
    lead = [without_conjunction(w.text) for w in ws[:3]]
    return next((len(f) for f in _FRONTED if lead[:len(f)] == list(f)), 0)


@lru_cache(maxsize=_WORD_CACHE)
def without_article(word: str) -> str:
    """``normalize(word)`` less a leading و / ف and the article."""
    return _CONJ_ARTICLE.sub("", normalize(word))


def entity_at(article: Article, start: int, end: int) -> Entity | None:
    """The longest entity starting inside [start, end) (a clitic may precede it in the word)."""
    cands = [e for e in article.entities if start <= e.start < end]
    return max(cands, key=lambda e: (-(e.start), e.end - e.start)) if cands else None


def entity_span(e: Entity) -> Span:
    return Span(e.start, e.end, e.text, e.canonical)


# مفخخة، ملغومة، ناسفة: what a vehicle or charge was rigged with (بسيارة مفخخة is an instrument)
RIGGED = re.compile(r"^(?:ال)?(?:مفخخ|ملغوم|ناسف)(?:ه|ات|ين)?$")


def definite_nisba(word: str) -> bool:
    """الإسرائيلية، اليمني: a definite singular nisba adjective (not الشكوى، إلى، التي, nor a plural
    noun such as الفلسطينيين)."""
    w = strip_diacritics(word)
    return w.startswith("ال") and len(w) >= 6 and w.endswith(("ي", "ية", "يه")) and normalize(w) not in RELATIVE_PRONOUNS


def _with_nisbas(article: Article, ent: Entity, end: int) -> Span:
    """A body's name with the nisba adjectives after it (منظمة بتسيلم | الإسرائيلية): they qualify it,
    they are no participant of their own."""
    e = ent.end
    for w in words(article.text, ent.end, end, 3):
        if _gap_has_punct(article.text, e, w.start) or not definite_nisba(w.text) \
                or any(x.start <= w.start < x.end for x in article.entities):
            break
        e = w.end
    span = entity_span(ent)
    return span if e == ent.end else Span(ent.start, e, article.text[ent.start:e], span.canonical)


def noun_phrase(article: Article, start: int, end: int, skip_numbers: bool = False) -> Span | None:
    """The noun phrase beginning at the first word in [start, end). A count keeps its noun:
    ثلاثة من عناصر الجيش, 23 من الكوريين, زهاء 15 مسلحا (approximators are dropped)."""
    ws = _drop_approximators(words(article.text, start, end))
    if skip_numbers:
        counted = _counted_phrase(article, ws, end)
        if counted is not None:
            return counted
        while ws and (_NUMERIC.match(ws[0].text) or normalize(ws[0].text) in {"نحو", "حوالي", "اكثر", "من"}):
            ws = ws[1:]
    elif ws and _is_count(ws[0].text):
        counted = _counted_phrase(article, ws, end)
        if counted is not None:
            return counted
    if len(ws) > 2 and normalize(ws[1].text) == "من" and (normalize(ws[0].text) == "كلا" or normalize(ws[0].text) == "كل" and (
            _definite(ws[2].text) or entity_at(article, ws[2].start, ws[2].end) is not None)):
        ws = ws[2:]  # اتهمت ماي كلا من النظام السوري وروسيا: «each of» announces the list (not كل من غرر به)
    if not ws:
        return None
    first = ws[0]
    if normalize(first.text) in _DIRECTIONS and article.text[max(0, first.start - 1):first.start] == "(":
        return None  # (غرب): a bracketed bearing, not a participant
    if _CLAUSE_START.match(normalize(first.text)) or _is_count(first.text) and len(ws) == 1:
        return None
    if normalize(first.text) in STOP or normalize(first.text) in _BAD_START:
        return None
    ent = entity_at(article, first.start, first.end)
    if ent is not None and ent.end <= end:
        after = words(article.text, ent.end, end, 2)
        if len(after) == 2 and normalize(after[0].text) == "غير" and re.search(r"(?:ي|يه)$", normalize(after[1].text)) \
                and not _gap_has_punct(article.text, ent.end, after[1].start):
            # منظمة تونسية | غير حكومية: "non-governmental" still qualifies the name
            return Span(ent.start, after[1].end, article.text[ent.start:after[1].end], ent.canonical)
        if ent.label == "ORG":
            return _with_nisbas(article, ent, end)
        return entity_span(ent)
    if _PREP_MASDAR.match(normalize(first.text)) and ent is None:
        return None  # بتدمير / بالملاحقة / لتفريق: a prepositional phrase, not a participant
    if _COORDINATED_PLURAL.match(normalize(first.text)) or _coordinated_verb(first.text):
        return None  # وفتشوا, ودعا: a coordinated verb, not a participant
    if _PURPOSE_VERB.match(normalize(first.text)) and ent is None:
        return None  # ليفسح المجال: a purpose clause
    taken: list[Word] = []
    for i, w in enumerate(ws[:MAX_WORDS]):
        n = normalize(w.text)
        if n in STOP:
            break
        if taken and _gap_has_punct(article.text, taken[-1].end, w.start) \
                and not _quoted_word(article.text, taken[-1].end, w) and not (article.text[taken[-1].end:w.start] == "-" and re.search(r"(?:يه|ي)$", n)):
            # (ضربات جوية أمريكية-بريطانية-فرنسية: adjectives joined by a bare hyphen are one)
            break
        if taken and n == "باسم" and without_article(taken[-1].text) in ("متحدث", "متحدثه", "ناطق", "ناطقه"):
            taken.append(w)  # المتحدث باسم وزارة الدفاع الروسية: باسم belongs to the title
            continue
        if taken and _definite(taken[-1].text) and not _definite(w.text) and _ACCUSATIVE_END.search(n):
            break  # القوات الإسرائيلية | فلسطينيا: an indefinite accusative starts the object
        if taken and _definite(taken[-1].text) and re.fullmatch(r"[^\W\d_]{3,}", n) and common_noun(n) \
                and entity_at(article, w.start, w.end) is None and not _inside_entity(article, w):
            # هاجمت الطائرات | مواقع، اعتقلت السلطات | رجل أعمال: a definite word has no genitive and its
            # adjectives are definite, so a bare common noun after it (one that takes the article in
            # the news, unlike a name: دونالد، بشار) starts the next phrase
            break
        if taken and (_definite(taken[-1].text) or _suffixed(taken[-1].text)) and i + 1 < len(ws) \
                and not _definite(w.text) and _definite(ws[i + 1].text) and not _gap_has_punct(article.text, w.end, ws[i + 1].start) \
                and entity_at(article, w.start, w.end) is None and not _inside_entity(article, w) and n not in _ADJ_HEADS:
            break  # وطالب مجلس الجامعة | مجلس الأمن, رفض الحزب الحاكم | قرار المحكمة: a second construct is the object
        if taken and any(x.end == taken[-1].end and x.label == "PER" for x in article.entities) \
                and any(x.start == w.start and x.label in ("LOC", "ORG") for x in article.entities):
            break  # ودعا الرئيس الأمريكي دونالد ترامب | روسيا: a person's name ends the phrase before a place or body
        if taken and any(x.end == taken[-1].end and x.label == "PER" for x in article.entities) \
                and not _inside_entity(article, w) and entity_at(article, w.start, w.end) is None \
                and (n.startswith("ل") and not n.startswith("لل") or re.fullmatch(r"[^\W\d_]{3,}", n) and common_noun(n)):
            break  # كال الرئيس ترامب | سلسلة من الشتائم، لجأ دا سيلفا | لمبنى: a name takes no genitive
        if taken and any(x.end == taken[-1].end and x.label == "LOC" for x in article.entities) \
                and any(x.start == w.start and x.label in ("LOC", "ORG") for x in article.entities):
            break  # وزير خارجية قطر | إسرائيل: a place ends the phrase; another place or body after it is new
        if taken and _definite(w.text) and not adjective(n) and not _inside_entity(article, w) \
                and any(x.end == taken[-1].end and x.start < taken[-1].end for x in article.entities) \
                and entity_at(article, w.start, w.end) is None:
            break  # الأمين العام للأمم المتحدة | الأطراف: a name ends the phrase; a definite noun after it is new
        if taken and without_article(taken[0].text) in _INSTITUTIONS \
                and any(x.start == w.start and x.label == "PER" for x in article.entities) and not _inside_entity(article, w) \
                and not _quoted_word(article.text, taken[-1].end, w):  # (قناة "بلقيس": the body's quoted name)
            break  # قوات الأمن الإيرانية | نرجس محمدي، الشرطة | كلارك: a body has no name in apposition
        if len(taken) == 2 and _indefinite_nisba(taken[-1].text) and entity_at(article, w.start, w.end) is not None \
                and not _inside_entity(article, w):
            break  # مصدر إماراتي | قطر: an adjective closed the indefinite phrase (not وزير خارجية قطر)
        if len(taken) >= 2 and not _definite(taken[-2].text) and _indefinite_nisba(taken[-1].text) and not _definite(w.text) \
                and not _indefinite_nisba(w.text) and not adjective(n) \
                and (not _ADJECTIVE_PATTERN.match(n) or _STRIKE_NOUN.match(n)) \
                and n not in _DIRECTIONS and n != "غير" and normalize(taken[-1].text) not in _DIRECTION_NISBAS \
                and re.fullmatch(r"[^\W\d_]{3,}", n) and common_noun(n) and not _inside_entity(article, w):
            break  # غارات أميركية | قوات سورية: an adjective closed the indefinite phrase; a bare noun after it is the next one
        if len(taken) >= 2 and not _definite(taken[-1].text) and _nationality(taken[-1].text) and n.startswith("ال") \
                and not _inside_entity(article, w):
            break  # مصادر حكومية يمنية | الحوثيين: a definite word cannot qualify an indefinite phrase
        if taken and _definite(taken[-1].text) and any(x.start == w.start and x.label in ("ORG", "LOC") for x in article.entities) \
                and not _inside_entity(article, w) and not adjective(n):
            break  # وطالب مجلس الجامعة | مجلس الأمن: a named body after a complete definite phrase is the object
        if taken and TO_OUTLET.match(n):
            break  # مقتل أربعة أشخاص | لقناة سي إن إن: the outlet told is no part of the phrase
        if taken and _definite(taken[-1].text) and FEMININE_END.search(w.text) and not _definite(w.text) \
                and entity_at(article, w.start, w.end) is None and not _inside_entity(article, w):
            # مقاتلات التحالف | غارات جوية: an adjective agrees in definiteness, so an indefinite common noun
            # (its ة / ات shows it is no name in apposition: المدرس هاني) starts the object
            break
        if len(taken) >= 2 and not _definite(taken[0].text) and all(normalize(t.text).startswith("ال") for t in taken[1:]) \
                and n.startswith("ال") and not adjective(n) and not _ORDINAL_OR_PARTICIPLE.match(n) and n not in _HONORIFICS \
                and normalize(taken[0].text) not in _ADJ_HEADS and entity_at(article, w.start, w.end) is None \
                and not _inside_entity(article, w) and not _inside_entity(article, taken[0]):
            break  # ودانت وزارة الخارجية | الهجوم: a construct is complete with its one definite genitive
        if taken and _definite(taken[-1].text) and _definite(w.text) and not adjective(n) and len(taken) == 1 \
                and entity_at(article, taken[0].start, taken[0].end) is None and not sound_plural(taken[-1].text):
            break  # وطالبت الوزارة | الدول كافة: two definite nouns, the second is not an adjective
        if len(taken) == 1 and _STRIKE_NOUN.match(normalize(taken[0].text)) and n in FACILITIES:
            break  # استهدفت صواريخ | مستودعات للجيش: a weapon strikes; the installation after it is struck
        if taken and n in _PLURAL_COUNTS and normalize(taken[-1].text) not in _PLURAL_COUNTS:  # (مئات الآلاف)
            break  # واعتقلت القوات الأمنية | العشرات من عناصر التنظيم: a count opens the object
        if taken and _NUMERIC.match(w.text) and not _NUMERIC.match(taken[-1].text):
            break  # مسلحون | 15 شخصا: a count opens the next phrase
        if taken and n in _AND_PREP:
            break  # خمسة جنود | وفي كانون الثاني: a conjunction and a preposition open a new phrase
        if taken and n.startswith("و") and len(n) > 3 and not _NUMERIC.match(taken[-1].text) \
                and (has_conjunction(w.text) or _CLAUSE_START.match(n)):
            break  # قتل 12 شخصا | واصيب 28, قتل 7 أشخاص | وجرح: a coordinated clause; not وزيرة
        if taken and _FOR_ITS.match(n) and strip_diacritics(w.text).endswith(("ه", "ها", "هم", "هما")) \
                and entity_at(article, w.start, w.end) is None:  # (not ة: لمنظمة)
            break  # انتقد نظيره الروسي | لدعمه الأسد: a reason (ل + verbal noun + its pronoun) follows
        if taken and _LI_HAMZA.match(strip_diacritics(w.text)) and entity_at(article, w.start, w.end) is None:
            break  # العمل | لإلقاء القبض: a purpose (ل + a verbal noun opening with its own alef)
        if taken and n.startswith("ب") and _NUMBER_WORDS.match(n[1:]):
            break  # قصف منطقة مران | بعدد من الغارات: a count of the means follows
        if taken and (_BI_AL.match(n) or _BY_STRIKE.match(n)
                      or n.startswith("ب") and i + 1 < len(ws) and RIGGED.match(normalize(ws[i + 1].text))):
            break  # فلسطينيا | بالرصاص، مدنيين | بنيران الجيش، انتحاري | بسيارة مفخخة: an instrument follows
        if taken and _BI_WORD.match(n) and entity_at(article, w.start, w.end) is None \
                and (_definite(taken[-1].text) or any(e.end == taken[-1].end for e in article.entities)
                     or len(taken) >= 2 and (_indefinite_nisba(taken[-1].text) or _nationality(taken[-1].text))
                     and not _ADJECTIVE_PATTERN.match(n) and not _indefinite_nisba(w.text)):
            # (امرأة أسترالية | بأمير ويلز; not شخصيات روسية بارزة, ضربات أمريكية-بريطانية)
            break  # ندد دونالد ترامب | بمداهمة، توعد ترامب | بشن: a prepositional object follows the named subject
        if taken and (_looks_like_verb(n) or _short_imperfect(n) or n in _PRONOUNS or _past_trigger_verb(w.text)
                      or _DERIVED_PAST.match(strip_diacritics(w.text))) \
                and not (entity_at(article, w.start, w.end) is not None and n not in _PRONOUNS):  # (محامي | ترمب: a name)
            break  # موظف بريطاني | يعمل, المتظاهرون | وهم, غارات | استهدفت: a verb or pronoun opens a new clause
        if taken and _definite(taken[-1].text) and normalize(taken[-1].text).endswith("ون") and not _NISBA_END.search(n) \
                and any(x.start == w.start and x.label in ("PER", "ORG", "LOC") for x in article.entities):
            break  # اعتقل الأمريكيون | صدام حسين: a nominative plural is complete; a name after it is the object
        if len(taken) >= 2 and _definite(taken[-1].text) and re.search(r"..(?:ي|يه)$", normalize(taken[-1].text)) \
                and _DERIVED_MASDAR.match(n) and entity_at(article, w.start, w.end) is None and not _inside_entity(article, w):
            break  # مناشدا المجتمع الدولي | الاضطلاع بمسؤولياته: a verbal noun after a complete phrase is the act asked for
        if taken and _definite(taken[-1].text) and normalize(taken[-1].text).endswith("ون") and _definite(w.text) \
                and not _agrees(n) and not adjective(n) and n not in _HONORIFICS and entity_at(article, w.start, w.end) is None:
            break  # وقطع المحتجون | الطريق: a definite nominative plural takes no genitive; a noun after it is the object
        if taken and sound_plural(taken[-1].text) and not _agrees(n) and entity_at(article, w.start, w.end) is None \
                and not (_definite(taken[-1].text) and _definite(w.text)):  # العاملين الأجانب: an adjective
            break  # متظاهرون | أعلام إسرائيل: a plural with its nun takes no genitive; the object follows
        taken.append(w)
        if i == 0 and _looks_like_verb(n):
            return None
    if not taken:
        return None
    s, e = taken[0].start, taken[-1].end
    cut = [x for x in article.entities if s < x.start < e < x.end <= end]
    if cut:  # الأمين العام للأمم المتحدة انطونيو | غوتيريس: a name is not split at the length limit
        e = max(x.end for x in cut)
    if e < end and article.text[e] in '"»”' and _quoted_word(article.text, taken[-2].end if len(taken) > 1 else s, taken[-1]):
        e += 1  # حركة "حماس": the closing mark goes with the quoted name
    elif e < end and article.text[e] == "”" and "“" in article.text[s:e] \
            or e < end and article.text[e] == '"' and article.text[s:e].count('"') % 2:
        e += 1  # طائرات “التحالف العربي”، صحيفة "وول ستريت جورنال"
    if article.text[e - 1:e] in ('"', "»", "”"):
        for w in words(article.text, e, end, 3):  # قناة "بلقيس" الفضائية المحلية: its adjectives follow the name
            n = normalize(w.text)
            if article.text[e:w.start].strip() or not (_definite(w.text) and re.search(r"..(?:ي|يه)$", n)) \
                    or n in STOP or n in RELATIVE_PRONOUNS:
                break
            e = w.end
    return _with_entity(article, s, e)


_APPROX = [tuple(normalize(x).split()) for x in ("ما لا يقل عن", "ما يزيد على", "ما يزيد عن", "ما يصل إلى", "ما يقارب", "ما يناهز", "اكثر من", "أقل من", "زهاء", "قرابة", "نحو", "حوالي", "حوالى")]
_NUMBER_WORDS = re.compile(r"^(?!اثناء$)(?:\d+|(?:ال)?(?:واحد|اثن|اثنا|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|عشرات|ميات|ميه|مايه|الاف|الف|الفا|عدد|عديد|بضعه|بضع|عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)\w{0,3})$")
_DIRECTIONS = {normalize(w) for w in ["غرب", "شرق", "شمال", "جنوب", "وسط", "غربا", "شرقا", "شمالا", "جنوبا"]}
_DIRECTION_NISBAS = {"شرقي", "غربي", "شمالي", "جنوبي"}  # شرقي مدينة غزة: "east of", not an adjective
# فاعل / فعيل with or without ة (تابعة، بارزة، كبير، رفيع): the shapes of adjectives, not of a next noun
_ADJECTIVE_PATTERN = re.compile(r"^(?:[^\W\d_]ا[^\W\d_]{2}|[^\W\d_]{2}ي[^\W\d_])(?:ه)?$")
_PRONOUNS = {normalize(w) for w in ["وهم", "وهو", "وهي", "وهما", "وهن"]}


def _stop(n: str) -> bool:
    """A stop word, also after a conjunction (وقد، ومنذ، فلم)."""
    return n in STOP or _CONJ.sub("", n) in STOP


def indefinite_antecedent(article: Article, lo: int, pos: int, after_preposition: bool = False) -> Span | None:
    """عبوة ناسفة استهدفت دوريتهم: an indefinite noun phrase right before the verb, with no
    relative pronoun, is the subject of that (adjectival) clause. With ``after_preposition``, also
    a strike phrase after its preposition (بقصف جوي استهدف أوكارهم: the strike is no participant,
    but the clause is still its)."""
    ws = words(article.text, lo, pos)[-3:]
    taken: list[Word] = []
    for w in reversed(ws):
        n = normalize(w.text)
        if _stop(n) or n in PREPS or _definite(w.text) or _NUMERIC.match(n) or _looks_like_verb(n) \
                or (taken and _gap_has_punct(article.text, w.end, taken[-1].start)) or len(n) < 3 \
                or (taken and any(e.start < w.end and w.start < e.end for e in article.entities)):  # وفرنسا | ضربات
            break
        taken.append(w)
        if _BY_STRIKE.match(n) and not _inside_entity(article, w):
            break  # داعش | بقصف جوي استهدف: the phrase opens with its preposition
    if not taken or _gap_has_punct(article.text, taken[0].end, pos):
        return None
    lead = words(article.text, lo, taken[-1].start)
    if len(lead) == 1 and re.sub(r"^(?:و|ف)", "", normalize(lead[0].text)) in _TRUE_PREPS:
        return None  # وفي تطور آخر قتل: a prepositional phrase opening the sentence (not من هجوم دموي استهدف)
    taken.reverse()
    if re.match(r"^(?:و|ف)?[بل]", normalize(taken[0].text)) and not (after_preposition and _BY_STRIKE.match(normalize(taken[0].text))):
        return None  # بإقليمي فان واغري قتل: a prepositional phrase, not an antecedent
    return _with_entity(article, taken[0].start, taken[-1].end)


@lru_cache(maxsize=_WORD_CACHE)
def _coordinated_verb(word: str) -> bool:
    """ودعا, وأضاف: a conjunction and a past trigger verb open a new clause."""
    if not _CONJ.match(normalize(word)):
        return False
    return any(h.trigger.kind == "verb" and h.start == 0 and h.end == len(word) for h in find_triggers(word))


_PURPOSE_VERB = re.compile(r"^ل[يت]\w{3,}$")  # ليفسح, ليرتفع: an imperfect with لـ of purpose


_SHORT_IMPERFECT = re.compile(r"^(?:ل|و|ف)?[يت][^ا]\w{2}$")


def _short_imperfect(n: str) -> bool:
    """تقول, يعمل, ليرتفع: a four-letter imperfect (or one with لـ of purpose) inside a phrase."""
    return bool(_SHORT_IMPERFECT.match(n) or _PURPOSE_VERB.match(n))


def leading_clitic(word: str) -> str:
    """The clitic the segmenter splits off the front of ``word`` (normalised), or "" when the first
    letter is the root's (وزيرة, واشنطن, لجنة, بيان)."""
    pieces = segment_word(word)
    return normalize(word[pieces[0][0]:pieces[0][1]]) if len(pieces) > 1 else ""


def has_conjunction(word: str) -> bool:
    """Whether the segmenter reads a leading و / ف as the conjunction (وأصيب, فقتلت) rather than a
    root letter (وزيرة, وزارة, واشنطن, فرقة)."""
    return leading_clitic(word) in ("و", "ف")


@lru_cache(maxsize=_WORD_CACHE)
def _is_count(word: str) -> bool:
    return bool(_NUMBER_WORDS.match(normalize(word)))


def _drop_approximators(ws: list[Word]) -> list[Word]:
    """زهاء 15 / ما لا يقل عن 28 → the count itself."""
    norms = [normalize(w.text) for w in ws[:4]]
    for a in _APPROX:
        if tuple(norms[:len(a)]) == a and len(ws) > len(a):
            return ws[len(a):]
    return ws


def _counted_phrase(article: Article, ws: list[Word], end: int) -> Span | None:
    """A count and what it counts: ثلاثة من عناصر الجيش, 23 من الكوريين الجنوبيين, 15 مسلحا."""
    i = 0
    while i < len(ws) and i < 2 and _is_count(ws[i].text):
        i += 1
    if i == 0 or i >= len(ws):
        return None
    if normalize(ws[i].text) == "من" and i + 1 < len(ws):
        head = noun_phrase(article, ws[i + 1].start, end)
    else:
        head = noun_phrase(article, ws[i].start, end)
    if head is None or _gap_has_punct(article.text, ws[0].end, head.start):
        return None
    if normalize(words(article.text, head.start, head.end)[0].text) in _UNITS:
        return None  # 40 عاما: an age, not a victim
    return _with_entity(article, ws[0].start, head.end)


# Indefinite words that qualify a definite phrase in construct (الحزب الحاكم غير الشرعي): not an object head.
# ولي العهد السعودي | الأمير محمد بن سلمان: a title before a name stays with the phrase, and so does a people
_HONORIFICS = {normalize(w) for w in ("الأمير", "الشيخ", "الرئيس", "الملك", "الدكتور", "اللواء", "العميد", "العقيد", "الفريق",
                                      "المشير", "السيد", "السيدة", "الإمام", "القاضي", "المستشار", "الجنرال", "الأميرة", "الركن",
                                      # peoples in the broken plural qualify like adjectives (مقاتلي البيشمركة الأكراد)
                                      "الأكراد", "العرب", "الأتراك", "الروس", "الأفغان", "الأجانب", "الأمريكان", "الأميركان")}
# الثالثة، الرابعة، العابرة، التابعة: ordinals and active participles qualify the phrase before them
_ORDINAL_OR_PARTICIPLE = re.compile(r"^ال(?:اول|اولي|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه|سادس|سادسه|سابع|سابعه|ثامن|"
                                    r"ثامنه|تاسع|تاسعه|عاشر|عاشره|\wا\w\w(?:ه|ين|ون|ات)?)$")
_ADJ_HEADS = {"غير", "ذات", "ذو", "ذوي", "نفس", "كل", "جميع", "بعض", "عدد", "مختلف", "ساير"}


_POSSESSIVE_END = re.compile(r"(?:ها|هم|هما)$")


@lru_cache(maxsize=_WORD_CACHE)
def _suffixed(word: str) -> bool:
    """بلادها, قواته: definite through a possessive pronoun."""
    return bool(_POSSESSIVE_END.search(word)) and len(normalize(word)) > 4


@lru_cache(maxsize=1)
def _news_lexicon() -> dict[str, int]:
    """Word counts of the unlabelled news the NER lexicon was built from (normalised spellings)."""
    from marsad.ner.lexicon import Lexicon
    from marsad.ner.model import LEXICON_FILE, MODEL_DIR

    return Lexicon.load(MODEL_DIR / LEXICON_FILE).counts


@lru_cache(maxsize=_WORD_CACHE)
def common_noun(word: str) -> bool:
    """``word`` (bare, normalised) takes the article often in the news (مواقع / المواقع 175 of 616,
    رجل / الرجل): a common noun, not a name (دونالد / الدونالد 0, بشار 0)."""
    counts = _news_lexicon()
    bare, with_article = counts.get(word, 0), counts.get("ال" + word, 0)
    return with_article >= 5 and with_article >= 0.1 * bare


def _inside_entity(article: Article, w: Word) -> bool:
    return any(e.start < w.start < e.end for e in article.entities)


@lru_cache(maxsize=_WORD_CACHE)
def sound_plural(word: str) -> bool:
    """A masculine sound plural keeping its nun (مسلحون, متظاهرين): it cannot govern a genitive."""
    n = normalize(word)
    stem = _CONJ_ARTICLE.sub("", n)[:-2]  # الأمين, الدين, حسين: too short a stem to be a plural
    return len(n) > 4 and len(stem) >= 3 and n.endswith(("ون", "ين")) and not n.endswith(("يين", "يون"))


def _agrees(n: str) -> bool:
    """An adjective agreeing with a sound plural (مسلحين مجهولين, متظاهرون غاضبون)."""
    return n.endswith(("ون", "ين")) or n in STOP


def _with_entity(article: Article, s: int, e: int) -> Span:
    """A phrase around a named entity (تنظيم داعش) carries that entity's canonical name."""
    # Only a name that ends the phrase is its head: تنظيم داعش → isis, but not قوات سوريا الديمقراطية → syria.
    inside = [x for x in article.entities if s <= x.start and x.end == e and x.canonical]
    if inside and inside[0].label == "PER" and inside[0].start > s:
        lead = words(article.text, s, inside[0].start)[-1]
        if not _definite(lead.text) and not _inside_entity(article, lead):
            return Span(s, e, article.text[s:e], None)  # محامي ترمب، حكومة نتنياهو: the name is the genitive, not the head
    return Span(s, e, article.text[s:e], inside[0].canonical if inside else None)


_COMP = {normalize(w) for w in ["أن", "إن", "ان", "بأن", "بان", "انه", "أنه", "كما", "حيث"]}


def noun_phrase_before(article: Article, lo: int, pos: int) -> Span | None:
    """SVO order: the words between a clause opening (start, punctuation, أن/إن) and the verb."""
    ws = words(article.text, lo, pos)
    taken: list[Word] = []
    for w in reversed(ws):
        n = normalize(w.text)
        if n == "من" and taken:
            taken.append(w)  # المتشددين من الموالين لحركة طالبان: a partitive inside the phrase
            continue
        if n in PREPS or n[:1] in ("و", "ف") and n[1:] in _TRUE_PREPS or re.match(r"^(?:و|ف)?(?:ب|ل)ال", n):
            return None  # على الطرق وأوقفوا، وفي تطور آخر قتل: the phrase is a prepositional object
        if n in _COMP or _stop(n) or (taken and _gap_has_punct(article.text, w.end, taken[-1].start)):
            break
        taken.append(w)
        if len(taken) > MAX_WORDS + 2:  # a subject before its verb may carry a partitive (فرقة مظلية من قوات …)
            return None
    if not taken:
        return None
    taken.reverse()
    if _gap_has_punct(article.text, taken[-1].end, pos):
        return None
    if _looks_like_verb(normalize(taken[0].text)):
        return None
    return _with_entity(article, taken[0].start, taken[-1].end)


_ADJ_WORDS = {normalize(w) for w in ["الكبير", "الكبيرة", "الكبرى", "الجديد", "الجديدة", "الأول", "الأولى", "الأخير", "الأخيرة", "العام", "العامة", "الخاص", "الخاصة", "الدولي", "الدولية", "العليا", "الأعلى", "الشعبية", "الشعبي", "الرسمي", "الرسمية", "السابق", "السابقة", "الحالي", "الحاكم", "الحاكمة",
                                         # numbers agree like adjectives (الدول الثلاث)
                                         "الثلاث", "الثلاثة", "الأربع", "الأربعة", "الخمس", "الخمسة", "الست", "الستة"]}
# Nouns that look like participles (م…): المجتمع is no adjective of البيان before it.
_M_NOUNS = {normalize(w) for w in ["مجتمع", "مجلس", "مكتب", "مؤتمر", "مركز", "مجموعة", "منظمة", "مدينة", "منطقة",
                                   "محافظة", "مخيم", "مطار", "مستشفى", "مسجد", "معسكر", "مقر", "مرصد", "ملك", "مبنى",
                                   "موقع", "مجموعات", "منظمات", "مدن", "مناطق", "مملكة"]}


_CONJ_DEFINITE = re.compile(r"^(?:و|ف)?(?:ال)")
# Definite verbal nouns of derived verbs (افتعال، انفعال، استفعال، تفعّل): الاضطلاع، الانسحاب، الاستمرار، التدخل
_DERIVED_MASDAR = re.compile(r"^ال(?:ا\w[تطد]\wا\w|ان\w\wا\w|است\w\wا\w|ت\w\w\w)$")
_NISBA_END = re.compile(r"(?:ي|يه|يين|يون|يات|يان)$")
_DEFINITE = re.compile(r"^(?:و|ف|ب|ل|ك)?(?:ال|لل)")
_LI_HAMZA = re.compile(r"^(?:[وف])?ل[إأ]")
_HAMZA_AL = re.compile(r"^(?:[وف])?(?:[بكل])?[إأآ]ل")


@lru_cache(maxsize=_WORD_CACHE)
def adjective(n: str) -> bool:
    """A definite word that can qualify the noun before it (nisba, participle, common adjective)."""
    bare = _CONJ_DEFINITE.sub("", n)
    return bool(_NISBA_END.search(bare)) or bare.startswith("م") and bare not in _M_NOUNS or n in _ADJ_WORDS


@lru_cache(maxsize=_WORD_CACHE)
def _definite(word: str) -> bool:
    # (إلقاء، إلغاء، ألمانيا: a hamza on the alef makes it the word's own letter, not the article)
    return bool(_DEFINITE.match(normalize(word))) and not _HAMZA_AL.match(strip_diacritics(word))


_PARALLEL = {"فيما", "وفيما", "بينما", "وبينما"}
_SOURCE_LEADS = {"وفق", "ووفق", "وفقا", "ووفقا", "بحسب", "وبحسب", "حسب", "وحسب", "طبقا", "وطبقا", "نقلا", "ونقلا"}
PREPS = {normalize(w) for w in ["في", "من", "على", "علي", "الى", "إلى", "الي", "عن", "مع", "بين", "منذ", "خلال", "عند", "حول", "نحو", "لدى", "عبر", "ضد", "قرب", "امام", "أمام", "وسط", "بعد", "قبل"]}
# Those that are only prepositions (not نحو "about", قرب, أمام, وسط, بعد, قبل, which also head phrases; منذ, a time)
_TRUE_PREPS = PREPS - {normalize(w) for w in ("نحو", "قرب", "أمام", "وسط", "بعد", "قبل", "منذ")}


def _quoted_word(text: str, gap_start: int, w: Word) -> bool:
    """جنود «المارينز», حركة "حماس": one word in quotation marks continues the phrase (the press
    quotes names so); a longer «…» is a quotation and ends it."""
    opening = text[gap_start:w.start].strip()
    if opening in ("“", '"'):  # طائرات “التحالف العربي”، صحيفة "وول ستريت جورنال": a quoted name of up to 30 letters
        close = "”" if opening == "“" else '"'
        closing = text.find(close, w.start, w.start + 30)
        return closing > 0 and not re.search(r"[«»“”\"،,.:؛]", text[w.start:closing])
    return (opening == "«" and text[w.end:w.end + 1] == "»") or (opening == '"' and text[w.end:w.end + 1] == '"')


def _gap_has_punct(text: str, a: int, b: int) -> bool:
    return any(c in "،,.:;؛()«»\"“”-–" for c in text[a:b])


_VERB_PREFIX = re.compile(r"^(?:و|ف)?(?:ي\w{3,}|[تن]\w{3,}(?:ون|ان))$")


_FUTURE_VERB = re.compile(r"^(?:و|ف)?س[يتن]\w{3,}$")  # ستنتقم، سيرد: the future prefix on an imperfect


def opens_with_verb(article: Article, span: Span) -> bool:
    """في بيان | نشرته على صفحتها، الضحايا | يقولون: a phrase read off the wrong side of a clause
    boundary starts with a verb, and a verb is no participant. Four-letter imperfects are left
    alone: they are as often nouns (تدخل، تشكل، تسعة) or names (تونس)."""
    ws = words(article.text, span.start, span.end)
    if not ws or entity_at(article, ws[0].start, ws[0].end) is not None:
        return False
    n = normalize(ws[0].text)
    if _looks_like_verb(n) or _FUTURE_VERB.match(n) and not common_noun(re.sub(r"^(?:و|ف)", "", n)) \
            and not n.endswith(("ه", "ات", "اء", "ان", "ين")):  # (سيارة، سنوات، سيناء، سيدتان: nouns and names)
        return True
    # a past verb shows itself by its endings (قتلوا، نشرته، شنتها); a bare stem is as often the
    # verbal noun (رفض، قتل، تجمع)
    return any(h.start == 0 and h.end == len(ws[0].text) and h.trigger.kind == "verb"
               and re.sub(r"^[وف]", "", n)[len(normalize(h.trigger.stem)):] in _VERB_ENDINGS for h in find_triggers(ws[0].text))


_VERB_ENDINGS = ("وا", "ت", "ته", "تها", "تهم", "ها", "هم", "وه")


# Heads of bodies (never a person's title): a person's name after their phrase starts a new one.
_INSTITUTIONS = {"قوات", "شرطه", "جيش", "سلطات", "امن", "حكومه", "محكمه", "مجلس", "وزاره", "اجهزه", "مخابرات",
                 "ميليشيات", "مليشيات", "جماعه", "حركه", "منظمه", "وكاله", "صحيفه", "قناه", "نيابه"}


def _nationality(word: str) -> bool:
    """يمنية، ليبي، أمريكيون: an adjective of a country (a nisba that names one)."""
    n = re.sub(r"(?:ه|ون|ين|ان)$", "", normalize(word))
    return n in military_by_nisba()


def _indefinite_nisba(word: str) -> bool:
    """إماراتي، غربية: an indefinite adjective of origin (خارجية، داخلية name ministries)."""
    n = normalize(word)
    return not _definite(word) and n.endswith(("ي", "يه")) and len(n) > 3 \
        and n not in ("خارجيه", "داخليه", "اراضي", "مباني", "ضواحي", "نواحي", "ايادي", "ايدي", "محامي")


@lru_cache(maxsize=_WORD_CACHE)
def _past_trigger_verb(word: str) -> bool:
    """استهدفت، شنتها، قتلوا: the whole word is an event verb with a verb's ending. A bare stem may
    be the verbal noun in construct (إعادة نشر الرسوم، جرائم قتل)."""
    n = without_conjunction(word)
    hits = [h for h in find_triggers(word) if h.start == 0 and h.end == len(word) and h.trigger.kind == "verb"]
    # ف never joins nouns in a phrase: فقتل opens a clause
    return any(n != normalize(h.trigger.stem) or n.endswith(("ت", "وا")) or normalize(word).startswith("ف") for h in hits)


# A past verb of the derived forms VII, VIII, X in five letters, opening with a bare alef (انفجر،
# ارتفع، اجتمع، استقر): the nouns of those forms are longer (ارتفاع، اجتماع) and إ / أ mark nouns (إنسان).
# Past verbs of the derived forms: انفعل، افتعل، استفعل (hollow), also with the subject's ت / وا
# (استندت، اعتقلوا), استفعل of a sound root (استهدف) and تفعّلوا / تفاعلوا (تسببوا). Not ال + a noun (التثبت), nor استفعال's
# short masdars (استماع، استياء), nor انسان / انترنت.
_DERIVED_PAST = re.compile(
    r"^(?!انسان$)(?:ان[^\W\d_]{3}|ا[^\W\d_]ت[^\W\d_]{2}|است[^\W\d_]{2})(?<!ة)$"
    r"|^(?!انترنت$|ال)(?:ان[^\W\d_]{3}|ا[^\W\d_]ت[^\W\d_]{2}|است[^\W\d_]{2})(?:ت|وا)$"
    r"|^است[^\W\d_][^\W\d_ا][^\W\d_](?:ت|وا)?$"
    r"|^ت[^\W\d_]{3,4}وا$")  # تسببوا، تظاهروا: تفعّل / تفاعل with the plural subject


def _looks_like_verb(n: str) -> bool:
    """Imperfect verbs (يقول, تقومان) cannot start a participant phrase."""
    return bool(_VERB_PREFIX.match(n)) and not n.startswith(("يوم", "يمني", "يهود", "يونان", "يابان"))


COMPLEMENTISERS = {"ان", "بان", "انه", "انها", "انهم", "بانه", "بانها", "بانهم"}


# ب + a strike or weapon (بقصف، بغارة، برصاص): how something was hit, opening a phrase of its own.
_STRIKE_NOUNS = r"(?:ال)?(?:قصف|غاره|غارات|هجوم|تفجير|ضربه|ضربات|صاروخ|صواريخ|قذيفه|قذايف|عبوه|نيران|رصاص|رصاصه|طلق|طلقه|طلقات)$"
_BY_STRIKE = re.compile(r"^ب" + _STRIKE_NOUNS)
_STRIKE_NOUN = re.compile(r"^" + _STRIKE_NOUNS)


def entity_before(article: Article, lo: int, pos: int, labels: tuple[str, ...] = ("ORG", "PER", "LOC")) -> Span | None:
    """The entity ending closest before ``pos`` (within the same clause, no later than ``lo``)."""
    cands = [e for e in article.entities if lo <= e.start and e.end <= pos and e.label in labels]
    if not cands:
        return None
    e = max(cands, key=lambda x: x.end)
    gap = words(article.text, e.end, pos)
    if _gap_has_punct(article.text, e.end, pos) or len(gap) > 3:
        return None
    if any(normalize(w.text) in COMPLEMENTISERS for w in gap):
        return None  # مصدر في شرطة ديالى إن شرطيا قتل: a new clause starts after the name
    if any(normalize(w.text) in RELATIVE_PRONOUNS for w in gap[1:]):
        return None  # دانت مصر التفجير الإرهابي الذي استهدف: the relative's antecedent, not the name, is its subject
    if gap and _BY_STRIKE.match(normalize(gap[0].text)) and not _inside_entity(article, gap[0]):
        return None  # مقتل مسلحين من داعش | بقصف جوي استهدف أوكارهم: the verb describes the strike named between
    if e.start > 0 and article.text[e.start - 1].isalpha():
        return None  # بإقليمي فان واغري قتل: a clitic-attached name is not the subject
    prev = words(article.text, max(lo, e.start - 25), e.start)
    if gap and prev and _past_trigger_verb(prev[-1].text):
        return None  # اوقفت السلطات التركية | زوجة موظف تركي قتل: the name is the earlier verb's subject
    if prev and ((n := normalize(prev[-1].text)) in PREPS or n.startswith("و") and n[1:] in PREPS):
        return None  # (وفي مقديشو أغلقت القوات: where, not who)
    if any(normalize(w.text) in _SOURCE_LEADS for w in prev[-2:]):
        return None  # ووفق المرصد السوري ينتشر: a source, not the subject
    if e.label == "LOC":
        head = _construct_head(article, lo, e.start)
        if head is not None:  # محكمة استئناف طرابلس: the place names whose court, not the actor
            lead = words(article.text, max(lo, head - 25), head)
            if lead and ((n := normalize(lead[-1].text)) in _TRUE_PREPS - {"من"} or n.startswith("و") and n[1:] in _TRUE_PREPS):
                return None  # تعديا واضحا على سيادة واستقلال مملكة البحرين وطالبته: the object of على
            return _with_entity(article, head, e.end)
    return entity_span(e)


def _construct_head(article: Article, lo: int, pos: int) -> int | None:
    """Start of the indefinite nouns that a place name completes (محكمة استئناف | طرابلس)."""
    start = None
    for w in reversed(words(article.text, lo, pos)[-3:]):
        n = normalize(w.text)
        if n in STOP or n in PREPS or _definite(w.text) or _looks_like_verb(n) or _NUMERIC.match(n) \
                or _gap_has_punct(article.text, w.end, start if start is not None else pos) \
                or re.match(r"^(?:و|ف)?\w{2,}(?:ت|وا)$", n) and start is None:
            break
        start = w.start
    return start


# A preposition with a pronoun between a verb and its object: استهدفت خلالها مواقع …
_PRONOUN_PPS = {"خلالها", "خلاله", "فيها", "فيه", "منها", "منه", "بها", "به"}
_TAKES_BI = {normalize(w) for w in ("منددين", "منددا", "مندده", "مطالبين", "مطالبا")}


_ALA_IDIOMS = {"مقربه", "بعد", "مسافه", "اقل", "طول", "امتداد", "مدار", "خلفيه", "اثر", "وقع", "هامش", "راس",
               "الرغم", "رغم", "غرار", "حساب", "صعيد", "مستوي", "مدي", "توالي", "وجه",
               # على الحدود، على الطريق، على أطراف المدينة، على ضفاف النهر: where, not whom
               "حدود", "ارض", "طريق", "اطراف", "مشارف", "مدخل", "مداخل", "جانبي", "ضفاف", "ساحل", "شاطي"}


def after_marker(article: Article, start: int, end: int, markers: tuple[str, ...]) -> Span | None:
    """The noun phrase after the first of ``markers`` (normalised words or clitic prefixes such
    as 'ل' / 'ب' attached to the next word) in [start, end)."""
    ws = words(article.text, start, end)
    for i, w in enumerate(ws):
        n = normalize(w.text)
        if n in _PARALLEL:
            return None  # وافقوا على الخروج …، فيما نفت موسكو مع حليفتيها: another clause's party
        found = None
        if n in markers and i + 1 < len(ws):
            nxt = normalize(ws[i + 1].text)
            if n == "علي" and (re.sub(r"^ال", "", nxt) in _ALA_IDIOMS or re.sub(r"(?:ها|هما|هم|ه)$", "", nxt) in _ALA_IDIOMS):
                continue  # على مقربة من، على بعد، على الأقل، على إثر: a place, a measure or a cause
            if n == "علي" and i > 0 and normalize(ws[i - 1].text) in ("ردا", "تعقيبا", "تعليقا"):
                return None  # ردا على 3 موجات من الغارات …: what is answered, and all after it, not what is struck
            if n == "من" and nxt in ("اجل", "جهته", "جهتها", "جانبه", "جانبها", "جديد"):
                continue  # طالب بالتحقيق من أجل إثبات، من جهته: a purpose or a turn of phrase, not whom
            if n in _TAKES_BI and nxt.startswith("بال"):
                found = noun_phrase(article, ws[i + 1].start + 1, end)  # منددين بالانقلاب → الانقلاب
            elif n in _TAKES_BI and nxt.startswith("ب") and i + 2 < len(ws):
                found = noun_phrase(article, ws[i + 2].start, end)  # مطالبين باستقالة الحكومة → الحكومة
            elif nxt in _PRONOUN_PPS and i + 2 < len(ws):
                found = noun_phrase(article, ws[i + 2].start, end)  # استهدفت خلالها مواقع → مواقع
            else:
                found = noun_phrase(article, ws[i + 1].start, end)
        for m in markers:  # a one-letter preposition glued to a definite noun: لقوات, بالمدينة
            if found is None and len(m) == 1 and n.startswith(m + "ال") and len(n) > 4 and n not in STOP:
                found = noun_phrase(article, w.start + 1, end)
        if found is not None:
            return found
    return None
