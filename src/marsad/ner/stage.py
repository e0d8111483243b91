"""Pipeline stage: named entities (PER/ORG/LOC/MISC) in ``Article.text``."""

from __future__ import annotations

import re

from marsad.ner.institutions import add_institutions
from marsad.ner.model import NerModel, get_model
from marsad.ner.spans import LABELS, Chunk, bio_chunks, entity_start
from marsad.ner.tokenize import split_sentences, tokenize
from marsad.record import Article, Entity
from marsad.text.normalize import TANWEEN_FATH, normalize

DICTIONARY_TAGS = {"ORG.cur": "ORG"}  # gazetteer lists trusted as entities on their own
DICTIONARY_CONFIDENCE = 0.9
MOUNTAIN_CONFIDENCE = 0.7


class NerStage:
    """``Article -> Article``: fills ``article.entities`` (offsets into ``article.text``; the span
    of an entity starts after a leading clitic; confidence is the CRF's lowest token marginal)."""

    name = "marsad.ner.v1"

    def __init__(self, model: NerModel | None = None) -> None:
        self.model = model or get_model()  # process-wide cache: the CRF is read once

    def __call__(self, article: Article) -> Article:
        article.entities = self.entities(article)
        return article

    def entities(self, article: Article) -> list[Entity]:
        text = article.text
        if article.sentences:
            bounds = [(s.start, s.end) for s in article.sentences]
        else:
            bounds = list(split_sentences(text))
        fx = self.model.features
        sents = [offs for a, b in bounds if (offs := tokenize(text, a, b))]
        doc = [[text[a:b] for a, b in offs] for offs in sents]
        out: list[Entity] = []
        doc_infos = [fx.infos(words) for words in doc]
        for offsets, words, infos, tagged in zip(sents, doc, doc_infos, self.model.tag_document(doc, infos=doc_infos)):
            matches = fx.gaz.find([i.key for i in infos], [i.base for i in infos])
            found: list[Entity] = []
            for ch in add_dictionary_chunks(bio_chunks(tagged.tags, tagged.confidence), matches):
                a = entity_start(words[ch.first], offsets[ch.first][0], fx.lex, fx.gaz.phrases)
                b = offsets[ch.last][1]
                found.append(Entity(start=a, end=b, text=text[a:b], label=LABELS.get(ch.kind, "MISC"),
                                    confidence=round(ch.confidence, 4)))
            out += add_institutions(text, offsets, [i.key for i in infos], found)
        out = complete_family_names(text, join_geographic_heads(text, out))
        return without_tanween(name_committees(text, name_mountains_and_valleys(text, out)))


# راشد آل | عمرة، محمد بن | سلمان: a person's name never ends in a family or filiation word; the CRF
# sometimes stops there, so the word after it is added (or the name that follows is joined).
_FAMILY_LINK = {normalize(w) for w in ("آل", "بن", "ابن", "بنت", "أبو", "ابو", "أبي", "عبد")}
_NEXT_WORD = re.compile(r" ([\u0621-\u064a]{2,})(?![\w\u0621-\u0652])")


def complete_family_names(text: str, entities: list[Entity]) -> list[Entity]:
    """Extend a PER entity that ends in آل / بن / أبو … over the word after it."""
    out: list[Entity] = []
    skip: set[int] = set()
    for i, e in enumerate(entities):
        if i in skip:
            continue
        last = e.text.split()[-1] if e.text.split() else ""
        m = _NEXT_WORD.match(text, e.end)
        if e.label == "PER" and len(e.text.split()) > 1 and normalize(last) in _FAMILY_LINK and m:
            nxt = next((j for j, o in enumerate(entities) if o.start == m.start(1)), None)
            end = entities[nxt].end if nxt is not None else m.end(1)
            if nxt is not None:
                skip.add(nxt)
            e = Entity(start=e.start, end=end, text=text[e.start:end], label=e.label, confidence=e.confidence)
        out.append(e)
    return out


def without_tanween(entities: list[Entity]) -> list[Entity]:
    """A word written with tanween fath (باكرًا، مجدداً، جنوباً) is an adverb or an indefinite
    accusative, never a name: no name of a place, person or body carries it (ب + اكرا is not Accra)."""
    return [e for e in entities if TANWEEN_FATH not in e.text]


# A sea, ocean, gulf, mountain or river word before a place is part of its name: بحر الصين الشرقي is
# no part of China, المحيط الهادي one ocean (ANERcorp's CRF often tags the two halves apart); a bare
# محيط before a city is its surroundings (محيط دمشق), not an ocean.
_GEO_HEAD = re.compile(r"^(?P<clitic>و|ف|ب|وب|فب)?(?P<head>(?:ال)?(?:بحر|خليج|المحيط|مضيق|نهر|بحيره|جبل|جبال|جزيره|جزر|"
                       r"صحراء|هضبه|سهل)|شبه جزيره)$")


# جبل صبر، جبال مران، وادي زبيد، جبل الجماجم: a mountain or valley word and the word after it name a
# place even where the CRF tags neither (the fronts of the Yemeni and Syrian wars are mostly such
# names, absent from 2007 newswire). Not before a direction, a generic place noun, a preposition or a
# number (جبال شمال اليمن، وادي قرية، جبل من الديون).
_MOUNTAIN_NAME = re.compile(r"(?<![\w\u0621-\u0652])(?:و|ف|ب|ل|وب|فب)?(?P<name>(?:جبل|جبال|وادي)\s+[\"«]?(?P<word>[\u0621-\u064a]{3,})[\"»]?)"
                            r"(?![\w\u0621-\u0652])")
# Words that never name a mountain or valley after its head (matched with and without ال)
_NOT_A_NAME = {normalize(w) for w in (
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "محافظة", "مدينة", "قرية", "منطقة",
    "بلدة", "مديرية", "ريف", "النفايات", "القمامة", "الجليد", "الثلوج", "الديون", "قمة", "سفح", "سفوح", "كبيرة",
    "عالية", "شاهقة", "صخرية", "وعرة", "استراتيجية", "مرتفعة", "عدة", "كثيرة", "البلاد", "محافظتي", "جديد",
    "في", "من", "على", "إلى", "عن", "مع", "منذ", "حتى", "التي", "الذي", "هذا", "هذه", "ذلك", "تلك", "بين", "حول", "قرب",
    "عند", "لدى", "أمام", "خلف", "فوق", "تحت")}


def name_mountains_and_valleys(text: str, entities: list[Entity]) -> list[Entity]:
    """Add جبل / جبال / وادي + the following word as a place where no entity covers either."""
    added = []
    for m in _MOUNTAIN_NAME.finditer(text):
        a, b = m.start("name"), m.end("name")
        word = normalize(m.group("word"))
        if word in _NOT_A_NAME or word.removeprefix("ال") in _NOT_A_NAME or any(e.start < b and a < e.end for e in entities):
            continue
        added.append(Entity(start=a, end=b, text=text[a:b], label="LOC", confidence=MOUNTAIN_CONFIDENCE))
    return sorted(entities + added, key=lambda e: e.start) if added else entities


# لجنة تقصي الحقائق، لجنة الشؤون الخارجية، لجنة العدل والمصالحة الوطنية: a committee in construct with
# a definite genitive is a named body (the guidelines' ORG), which the CRF, trained on 2007 newswire,
# mostly leaves out. Up to four definite words, joined by و or qualifying one another; not a
# participle linking it to its parent body (التابعة، المكلفة) or a relative clause.
_COMMITTEE = re.compile(r"(?<![\w\u0621-\u0652])(?:و|ف|ب|ل|وب|ول|فب|فل)?(?P<name>لجن[ةه](?:\s+تقصي)?"
                        r"(?:\s+(?:و)?ال[\u0621-\u064a]{2,}){1,4})")
_COMMITTEE_STOP = {normalize(w) for w in ("التابعة", "التابع", "المكلفة", "المكلف", "التي", "الذي", "المعنية",
                                          "المشتركة", "الخاصة", "الحالية", "السابقة", "الجديدة", "الأولى", "الثانية")}
_COMMITTEE_TITLES = {normalize(w) for w in ("السناتور", "الرئيس", "الوزير", "النائب", "السيناتور", "العضو", "رئيس")}
COMMITTEE_CONFIDENCE = 0.7


def name_committees(text: str, entities: list[Entity]) -> list[Entity]:
    """Add لجنة + its definite genitive words as an organisation where no entity overlaps it."""
    added = []
    for m in _COMMITTEE.finditer(text):
        a = m.start("name")
        words = list(re.finditer(r"\S+", m.group("name")))
        keep, qualified = 0, False
        for i, w in enumerate(words[1:], 1):
            n = normalize(w.group())
            adjective = n != "تقصي" and bool(re.search(r"(?:يه|ي|يين|يون)$", n))
            if n in _COMMITTEE_STOP or n.removeprefix("و") in _COMMITTEE_TITLES \
                    or qualified and not adjective and not n.startswith("وال"):
                break  # (لجنة العلاقات الخارجية | التفويض الجديد، | والسناتور: after an adjective only adjectives)
            if i == 1 + (normalize(words[1].group()) == "تقصي") and adjective:
                break  # للجنة المركزية، للجنة الوطنية: ل + اللجنة with its adjective, not a construct
            qualified = qualified or adjective
            keep = i
        if keep == 0 or normalize(words[keep].group()) == "تقصي":
            continue
        b = a + words[keep].end()
        if any(e.start < b and a < e.end for e in entities):
            continue
        added.append(Entity(start=a, end=b, text=text[a:b], label="ORG", confidence=COMMITTEE_CONFIDENCE))
    return sorted(entities + added, key=lambda e: e.start) if added else entities


def join_geographic_heads(text: str, entities: list[Entity]) -> list[Entity]:
    """Extend a place to the geographic head word right before it, tagged or not."""
    out: list[Entity] = []
    for e in entities:
        if e.label != "LOC":
            out.append(e)
            continue
        head = re.search(r"(\S+)( )$", text[max(0, e.start - 20):e.start])
        m = _GEO_HEAD.match(normalize(head.group(1))) if head else None
        if m is None:
            out.append(e)
            continue
        word_start = e.start - len(head.group(0))
        start = word_start + len(m.group("clitic") or "")
        if out and out[-1].end > word_start:  # the head was tagged apart (المحيط | الهادي): one entity
            if out[-1].start not in (word_start, start) or out[-1].label != "LOC":
                out.append(e)
                continue
            out.pop()
        out.append(Entity(start=start, end=e.end, text=text[start:e.end], label="LOC", confidence=e.confidence))
    return out


def add_dictionary_chunks(chunks: list[Chunk], matches: list[tuple[int, int, tuple[str, ...]]]) -> list[Chunk]:
    """Back the CRF off to the curated list of current actors (``DICTIONARY_TAGS``): ANERcorp
    (2007) predates داعش or قوات سوريا الديمقراطية. A match replaces CRF chunks lying inside it
    (سوريا in قوات سوريا الديمقراطية) but never one that crosses its edges."""
    out = list(chunks)
    for i, j, tags in matches:
        kind = next((DICTIONARY_TAGS[t] for t in tags if t in DICTIONARY_TAGS), None)
        if kind is None:
            continue
        inside = [c for c in out if i <= c.first and c.last < j]
        crossing = [c for c in out if c.first < j and c.last >= i and c not in inside]
        if crossing or any(c.first == i and c.last == j - 1 for c in inside):
            continue
        out = [c for c in out if c not in inside]
        out.append(Chunk(i, j - 1, kind, DICTIONARY_CONFIDENCE))
    return sorted(out, key=lambda c: c.first)
