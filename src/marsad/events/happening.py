"""Is a trigger a reported happening? The tense, mood and syntax around it decide.

A past-tense verb is; a verbal noun is when a light verb carries it (تم إجلاء، أجرت القوات
تدريبا، قام الجيش بتحريك) or when it is a circumstantial participle after a statement (مطالبًا،
داعيا); a present-tense verb is when nothing makes it purposive, habitual or descriptive (يرفض
السكان). Negated, future, hypothetical and interrogative clauses, and relative clauses that point
back to a noun already mentioned (الذي اتهمت به), are not.
"""

from __future__ import annotations

import re

from marsad.events import cues
from marsad.events.lexicon import Hit
from marsad.record import Article, Sentence
from marsad.text.normalize import normalize

# Verbs too ambiguous without diacritics (or too generic) to code an event on their own.
AMBIGUOUS = {"خرج", "نزل", "قبل", "حمل", "وصف", "اعتبر", "بحث", "شارك", "وعد", "علق", "قطع", "سد", "فر", "غادر", "سحب", "ردد", "تجمع", "هتف", "نشر", "طلب", "بارك", "هنا", "حرر", "اخرج", "لوح", "عفا", "ضرب", "سقط", "اصاب", "اصيب", "قضي", "اودي", "كمن", "شن", "شنت", "شنوا", "دك", "اسر", "سجن", "دعم", "ساند", "ساندت", "عزز", "حرك", "انتشر", "تنتشر", "اعترف", "ابعد", "رحل", "سيطر", "نسق", "تعاون", "حشد", "حظر", "جمد", "طرد"}


def is_live(article: Article, sent: Sentence, h: Hit) -> bool:
    """Not negated, not future/hypothetical, not a question."""
    before = normalize(article.text[sent.start:h.start])
    if cues.negated_before(before, len(before)):
        return False
    if cues.future_before(before, len(before)):
        return False
    if h.trigger.type != "THREATEN" and _PLEDGED.search(" ".join(cues.clause_window(before, len(before)).split()[-4:])):
        return False  # تعهدت روسيا ضرب الصواريخ، هدد بشن هجمات: an act promised or threatened has not happened
    word = normalize(article.text[h.start:h.end])
    if h.trigger.kind == "impf" and re.match(r"^(?:و|ف)?س[يتن]", word):
        return False
    if cues.QUESTION.search(article.text[h.start:sent.end]):
        return False
    if h.trigger.kind == "verb" and _COMPLEMENTISER_END.search(before) \
            and _PREDICATE_AHEAD.search(" " + normalize(article.text[h.end:min(sent.end, h.end + 50)])):
        return False  # محذرا من أن رفض الحلول الدبلوماسية سيؤدي إلى الحرب: a verbal noun with a predicate ahead
    return not _relative_with_resumptive(article, sent, h)


_PLEDGED = re.compile(r"(?:^|\s)(?:و|ف)?(?:تعهد|تعهدت|تعهدوا|يتعهد|تتعهد|توعد|توعدت|توعدوا|يتوعد|تتوعد|هدد|هددت|هددوا|"
                      r"يهدد|تهدد|وعد|وعدت)(?:\s|$)")
_COMPLEMENTISER_END = re.compile(r"(?:^|\s)(?:و|ف)?(?:ان|بان|لان)\s*$")
# What the verbal noun's clause goes on to say about it: a future or modal predicate.
_PREDICATE_AHEAD = re.compile(r"^(?:\s+\S+){1,3}?\s+(?:(?:س|سوف )?(?:[يت]ودي|[يت]كون|[يت]شكل|[يت]جعل|[يت]هدد|[يت]عني|[يت]قوض|[يت]دفع|[يت]وثر|"
                              r"[يت]زيد|[يت]ضر|[يت]مثل)|من شانه|من شانها)(?!\w)")


RELATIVE_PRONOUNS = ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان")
_RELATIVE = re.compile(r"(?:^|\s)(?:" + "|".join(RELATIVE_PRONOUNS) + r")\s*$")
_RESUMPTIVE = re.compile(r"^\s*(?:به|بها|بهم|بهما|فيه|فيها|عليه|عليها|عنه|عنها)(?:\s|$)")


def _relative_with_resumptive(article: Article, sent: Sentence, h: Hit) -> bool:
    """الهجوم الذي اتهمت به دمشق: a relative clause describing a noun already mentioned (its
    pronoun points back to it), not a new happening reported by the sentence."""
    before = normalize(article.text[max(sent.start, h.start - 12):h.start])
    after = normalize(article.text[h.end:min(sent.end, h.end + 8)])
    return bool(_RELATIVE.search(before) and _RESUMPTIVE.match(after))


# A verbal noun reports a happening when a past light verb carries it: تم إجلاء, قاما بتحريك (or
# its own verbal noun: أثناء قيامها بدهم),
# أجرت تدريبا / محادثات, بدأت عملية إخراج, أعلنت انسحاب, التوصل إلى اتفاق.
_INTRANSITIVE_WITH_NOUN = {"استقال", "انسحب"}  # استقالته، انسحابه is the noun; استقالته reads as the verb + ته
_LIGHT = (r"(?:^|\s)(?:و|ف)?(?:ببدء|دفع|دفعت|اجبر|اجبرت|ارغم|ارغمت|تم|يتم|جري|قام|قامت|قاموا|قاما|(?:ب|ال)?قيام(?:ه|ها|هم)?|اجري|اجرت|اجروا|بدء|بدا|بدات|بداوا|اعلن|اعلنت|"
          r"(?:ال)?توصل(?:ت|وا|ا)? (?:الي|ل)|اتخذ|اتخذت|نفذ|نفذت|شهد|شهدت)")
_LIGHT_VERB = re.compile(_LIGHT + r"(?: [^\s،,.:؛«»\"()]+){0,3}\s*$")  # أجرت القوات | تدريبا
# قدم استقالته، قدمت اعتذارها: offering carries only a resignation or an apology (قدم تعازيه لأسر
# الضحايا offers condolences, and قِدَم is "age")
_OFFERED = re.compile(r"(?:^|\s)(?:و|ف)?(?:قدم|قدمت|قدموا)(?: [^\s،,.:؛«»\"()]+){0,3}\s*$")
# إعلان رئيس الوزراء اللبناني سعد الحريري استقالته: the announcement of one's own resignation
_ANNOUNCED_OWN = re.compile(r"(?:^|\s)(?:و|ف)?(?:ب|ال)?اعلان(?: [^\s،,.:؛«»\"()]+){1,5}\s*$")
_LIGHT_VERB_BI = re.compile(_LIGHT + r"(?: [^\s،,.:؛«»\"()]+){0,3}\s*ب$")  # قام الجيش بتحريك: ب glued to the noun


# اعتبرت الوزارة الاستيطان «إعلان حرب»: "considered" accuses only when what it calls the act condemns it.
_ACCUSATORY = re.compile(r"(?<!\w)(?:جريمه|جرايم|عدوان|عدوانا|اعلان حرب|انتهاك|انتهاكا|خرق|خرقا|ارهاب|ارهابا|ارهابي|"
                         r"استفزاز|استفزازا|تصعيد|تصعيدا|مجزره|اعتداء|اعتداءا|غير قانوني|غير شرعي|باطل|تحد سافر)(?!\w)")


# احتلت المرتبة الأولى / الصدارة، احتلت هاواي، ثم نيوميكسيكو، أعلى نسب: ranked first, not an occupation.
_RANKED = re.compile(r"^\s*(?:(?:\S+\s+)?(?:المركز|المقدمه|موقعا|مكانه|قايمه|عناوين)|(?:[^\s.]+\s+){0,4}?(?:المرتبه|الصداره|اعلي|المرتبتين))")


# النتائج التي توصل إليها البريطانيون: findings reached, not an agreement, unless what was reached
# (the antecedent of إليه / إليها) is a deal.
_REACHED_BACK = re.compile(r"^\s*(?:اليه|اليها|اليهما)(?:\s|$)")
_DEAL_BEFORE = re.compile(r"(?:اتفاق|تفاهم|تسويه|صفقه|هدنه|اتفاقيه|صيغه)")


def is_eventive(article: Article, sent: Sentence, h: Hit) -> bool:
    """Past-tense verb, or a verbal noun carried by a light verb ('تم إجلاء مدنيين', 'قاما بتحريك')."""
    if h.trigger.stem == "توصل" and _REACHED_BACK.match(normalize(article.text[h.end:min(sent.end, h.end + 10)])) \
            and not _DEAL_BEFORE.search(normalize(article.text[max(sent.start, h.start - 40):h.start])):
        return False
    if h.trigger.kind == "verb" and h.trigger.stem in _INTRANSITIVE_WITH_NOUN \
            and re.search(r"(?:ته|تها|تهم)$", normalize(article.text[h.start:h.end])):
        # قدم استقالته، لكي يعلن استقالته: an intransitive verb takes no object pronoun, so this is
        # its verbal noun, reported only when a light verb carries it
        before = normalize(article.text[max(sent.start, h.start - 60):h.start])
        return bool(_LIGHT_VERB.search(before) or _OFFERED.search(before) or _ANNOUNCED_OWN.search(before))
    if h.trigger.kind == "verb":
        if h.trigger.stem == "احتل" and _RANKED.match(normalize(article.text[h.end:min(sent.end, h.end + 60)])):
            return False
        if h.trigger.stem == "اعتبر" and h.trigger.type == "ACCUSE":
            return bool(_ACCUSATORY.search(normalize(article.text[h.end:sent.end])))
        return h.trigger.stem not in AMBIGUOUS
    if h.trigger.kind == "noun":
        before = normalize(article.text[max(sent.start, h.start - 40):h.start])
        word = normalize(article.text[h.start:h.end])
        if is_hal(word):
            return True  # قال …، داعيا التحالف إلى: a circumstantial participle reports a second act
        if word.startswith(("ب", "ل")) and not word.startswith(("بال", "لل")):
            # لإخراج after اتفاق: a purpose clause, not the happening itself
            return word.startswith("ب") and bool(_LIGHT_VERB_BI.search(before + "ب"))
        return bool(_LIGHT_VERB.search(before) or h.trigger.type in ("RETREAT", "CONCEDE") and _OFFERED.search(before))
    if h.trigger.kind == "impf":
        return _ongoing(article, sent, h)
    return False


# Circumstantial participles (حال) after a statement: the speaker also calls, warns, condemns, rejects.
# (متهما is left out: "16 متهما" are sixteen defendants far more often than "accusing".)
_HAL_WORDS = {"داعيا", "مطالبا", "مناشدا", "حاثا", "مهددا", "متوعدا", "منددا", "مستنكرا", "منتقدا", "رافضا", "تضامنا"}


def is_hal(word: str) -> bool:
    return re.sub(r"^(?:و|ف)", "", word) in _HAL_WORDS


# Words before a present-tense verb that make it habitual, modal, purposive or descriptive
# rather than a report of what is happening (لكي يطالب, التي تشهد, يحاول أن يرفض, كان يقول).
_NOT_ONGOING = re.compile(
    r"(?:^|\s)(?:و|ف)?(?:ان|لكي|كي|ل|حتي|التي|الذي|الذين|اللذين|اللتين|كان|كانت|كانوا|يحاول|تحاول|يريد|تريد|"
    r"يستطيع|تستطيع|عاده|دايما|غالبا|احيانا|ما|ماذا|كيف|لماذا|من)\s*$")


def _ongoing(article: Article, sent: Sentence, h: Hit) -> bool:
    """A present-tense verb reports something happening (يرفض السكان, تنتشر فيها شرطة) unless a
    particle or modal before it makes it purposive, habitual or descriptive."""
    if h.trigger.stem in AMBIGUOUS:
        return False
    word = normalize(article.text[h.start:h.end])
    if re.match(r"^(?:و|ف)?ل[يت]", word):
        return False  # ليطالب: purpose
    before = normalize(article.text[max(sent.start, h.start - 20):h.start])
    after = normalize(article.text[h.end:min(sent.end, h.end + 12)]).split()
    if h.trigger.type == "ACCUSE" and after and re.match(r"^(?:ب|به|بها|له|لها)", after[0]):
        return False  # يدين به للمهاجم, تدين بالإسلام: owes / professes, not condemns
    return not _NOT_ONGOING.search(before)
