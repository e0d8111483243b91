"""Quote extraction: direct quotes (in «» or "" after a speech verb and its speaker) and indirect
ones (speech verb + speaker + إن/أن/إلى أن … content clause), with the speaker resolved to a
named entity where the text allows (a verb with a pronoun subject — وأشارت, لكنها قالت — takes
the most recent speaker its verb agrees with in gender), the cue verb, the outlet (لوكالة فرانس برس → afp) and the quote span.

Works on the offset-preserving normalised text, so every span points into ``article.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.events.roles import PREPS, entity_span, fronted_length, leading_clitic, noun_phrase, without_article
from marsad.events.segment import sentences, words
from marsad.quotes import cues
from marsad.record import Article, Entity, Quote, Sentence, Span
from marsad.text.normalize import Unmarked, finditer_unmarked, match_key, normalize, normalize_keep_offsets

# وقال محمد أبو عساكر، المتحدث باسم المفوضية السامية للأمم المتحدة لشؤون اللاجئين، لـ"سكاي نيوز عربية"،
# الجمعة، إن: a speaker with title, body, outlet and day runs to 20 words; past 14 it must be a name
MAX_SPEAKER_WORDS = 20
NAMED_SPEAKER_WORDS = 14
_DOUBLE_QUOTE = re.compile('"')
_CLOSE_TRAIL = re.compile(r"[\s,;.\"]*(?:(?:و|ف)?لكن(?:ه|ها|هم)?)?[\s,;.]*$")


class _Speakers:
    """The article's speakers so far, latest last, each with the agreement its verb showed: a pronoun
    subject (وأضاف, وأشارت, وقالوا) takes the latest one its verb agrees with (a masculine verb after
    تيريزا ماي goes back to the man who spoke before her; a plural one never to a single person)."""

    def __init__(self, article: Article) -> None:
        self._article = article
        self._persons: set[tuple[int, int]] | None = None  # built on the first speaker added
        self._seen: list[tuple[str, Span, str | None, bool]] = []

    def add(self, speaker: Span | None, cue: Span | None) -> None:
        if speaker is None:
            return
        key = match_key(speaker.text)
        agrees = cues.agreement(normalize(cue.text)) if cue is not None else None
        old = next((x for x in self._seen if _same_speaker(x[0], key)), None)
        if old is not None:
            self._seen.remove(old)
            agrees = agrees or old[2]
        if self._persons is None:
            self._persons = {(e.start, e.end) for e in self._article.entities if e.label == "PER"}
        self._seen.append((key, speaker, agrees, (speaker.start, speaker.end) in self._persons))

    def latest(self, cue: str) -> Span | None:
        agrees = cues.agreement(normalize(cue))
        for _, span, known, person in reversed(self._seen):
            # (a plural verb also follows a body first named with a singular one: قال مسؤولون … وأضافوا)
            if agrees is None or (not person if agrees == "p" else known in (None, agrees)):
                return span
        return None


def _same_speaker(a: str, b: str) -> bool:
    """أيمن سوسان … سوسان: a full name and the surname it is later cut to."""
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


@dataclass(slots=True)
class _Cue:
    start: int
    end: int
    pronoun: bool  # لكنها قالت: the subject is a pronoun


class QuoteStage:
    """Fills ``article.quotes``; one record per statement (a verbatim repeat is dropped)."""

    def __call__(self, article: Article) -> Article:
        norm = normalize_keep_offsets(article.text)
        quotes: list[Quote] = []
        seen: set[str] = set()
        speakers = _Speakers(article)
        prev: tuple[Sentence, bool] | None = None  # the sentence before and whether it gave a quote
        for sent in sentences(article):
            found = _sentence_quotes(article, norm, sent.start, sent.end, speakers)
            if not found and prev is not None and not prev[1]:
                found = [q for q in [_attribution_alone(article, norm, prev[0], sent)] if q is not None]
            prev = (sent, bool(found))
            for q in found:
                speakers.add(q.speaker, q.cue)
                if not q.direct and len(q.quote.text.split()) < 2:
                    # قالت إن الدلائل | تشير …، قال الاتحاد إن هجمات.: one word is a statement cut short by
                    # the next cue or by the source; its speaker still speaks on, the word is no quote
                    continue
                key = match_key(q.quote.text)
                if not key or key in seen:
                    continue
                seen.add(key)
                quotes.append(q)
        article.quotes = quotes
        return article


def _sentence_quotes(article: Article, norm: str, s: int, e: int, speakers: _Speakers) -> list[Quote]:
    # Diacritics do not hide a cue: مشيراً، وفقًا (finditer_unmarked reads past their placeholders).
    unmarked = Unmarked(norm, s, e)
    found = [_Cue(a, b, bool(m.groupdict().get("pron"))) for a, b, m in unmarked.finditer(cues.CUE)]
    found = [c for c in found if not _governed_cue(article, norm, c, s)]
    found += [_Cue(a, b, True) for a, b, m in unmarked.finditer(cues.PARTICIPLE)]
    found.sort(key=lambda c: c.start)
    limits = _limits(article, norm, found, s, e)
    out: list[Quote] = []
    for cue, limit in zip(found, limits):
        if out and out[-1].direct and cue.start < out[-1].quote.end:
            continue  # "أعدكم وعد الصدق المبين بأن …": a cue inside a quotation is part of it
        q = _quote_after(article, norm, cue, s, limit, e, speakers)
        if q is not None:
            out.append(q)
            speakers.add(q.speaker, q.cue)
    if not out:
        q = _attribution(article, norm, s, e) or _quoted_words(article, norm, s, e)
        if q is not None:
            out.append(q)
    return _rejoin_cut(article, out)


def _limits(article: Article, norm: str, found: list[_Cue], s: int, e: int) -> list[int]:
    """Where each cue's statement can run to: the next cue, unless that one is a bare present verb
    that opens no statement of its own (إن الأدلة المتوافرة تشير إلى روسيا: what was said goes on)."""
    limits = [e] * len(found)
    nxt = e
    probe: _Speakers | None = None  # (whether a statement opens does not depend on who spoke before)
    for i in range(len(found) - 1, -1, -1):
        limits[i] = nxt
        cue = found[i]
        bare_present = cues.PRESENT.fullmatch(norm, cue.start, cue.end) and norm[cue.start] not in ("و", "ف") \
            and not _gap(norm, max(s, cue.start - 3), cue.start)
        if bare_present and probe is None:
            probe = _Speakers(article)
        if not bare_present or _quote_after(article, norm, cue, s, nxt, e, probe) is not None:
            nxt = cue.start
    return limits


# كما يرى البعض، أن يؤكد، لم يذكر، أنه يرى أن: a present verb after these particles compares, is
# wished, denied or itself reported: no statement of its own starts there (it would cut the one it is in)
_GOVERNING = {normalize(w) for w in ("كما", "أن", "أنه", "أنها", "أنهم", "كي", "لكي", "حتى", "لن", "لم", "لا", "من", "ما")}


# على ذكر تفاصيل، بعد إعلان: a bare past-verb shape right after a preposition is its verbal noun
_PREPOSITIONS = {normalize(w) for w in ("على", "عن", "في", "إلى", "حول", "بعد", "قبل", "خلال", "عند", "لدى", "بشأن",
                                         "حسب", "بحسب", "وحسب", "وبحسب",  # (وحسب رأي أوزكان: an opinion, no verb)
                                         "عدم", "تم", "يتم", "وتم", "جرى")}  # (عدم توقع عقود، تم نقل 442 جريحا)


def _governed_cue(article: Article, norm: str, cue: _Cue, s: int) -> bool:
    """The cue is governed by the word before it, so no statement starts there: a present verb after
    a particle (كما يرى، أن يؤكد) or a verbal noun after a preposition (على ذكر تفاصيل)."""
    before = words(article.text, max(s, cue.start - 16), cue.start)
    if not before or _gap(norm, before[-1].end, cue.start):
        return False
    prev = normalize(before[-1].text)
    if not cues.PRESENT.fullmatch(norm, cue.start, cue.end):  # (a past verb: بعد أن أكد is a report)
        # (سارعت الوزارة إلى نفي أن تكون قواتها قد شنت: a verbal noun with its content clause reports it)
        after = words(article.text, cue.end, min(len(norm), cue.end + 12), 1)
        return prev in _PREPOSITIONS and norm[cue.start] not in ("و", "ف") \
            and not (after and normalize(after[0].text) in cues.COMP_WORDS and not _gap(norm, cue.end, after[0].start))
    return prev in _GOVERNING


# Verbs of a stance whose own words are often quoted after them (وطالبت الوزارة الدول بالتصدي لـ"هذا
# التصعيد الخطير …"، ندد X بـ"…"، وصف X الهجوم بأنه "…").
_QUOTING_VERB = re.compile(r"^(?:و|ف)?(?:طالب|دعا|دعت|ندد|وصف|دان|ادان|استنكر|رحب|انتقد|هتف|حذر|توعد|هدد)(?:ت|وا)?$")
QUOTED_MIN_WORDS = 5


def _quoted_words(article: Article, norm: str, s: int, e: int) -> Quote | None:
    """A sentence opened by a stance verb and its named subject, with at least five words in
    quotation marks: those words are the subject's (a direct quote without a speech verb)."""
    ws = words(article.text, s, e, 2)
    if len(ws) < 2 or not _QUOTING_VERB.match(normalize(ws[0].text)):
        return None
    marks = [m.start() for m in _DOUBLE_QUOTE.finditer(norm, s, e)]
    pair = next(((a, b) for a, b in zip(marks[::2], marks[1::2]) if len(norm[a + 1:b].split()) >= QUOTED_MIN_WORDS), None)
    if pair is None:
        return None
    speaker = noun_phrase(article, ws[1].start, pair[0])
    if speaker is None or not _source_like(article, speaker):
        return None
    ents = [x for x in article.entities if speaker.start <= x.start < speaker.end]
    if ents and ents[0].start == speaker.start:
        speaker = entity_span(ents[0])
    return _mk(article, speaker, article.span(ws[0].start, ws[0].end), pair[0] + 1, pair[1], None, True)


def _rejoin_cut(article: Article, quotes: list[Quote]) -> list[Quote]:
    """قالت إن الدلائل تشير إلى أن …: a present-tense cue right after the first word of what was
    said (الدلائل | تشير) belongs to it; the two make one statement of the first speaker."""
    out: list[Quote] = []
    for q in quotes:
        prev = out[-1] if out else None
        if prev is not None and not prev.direct and q.cue is not None and len(prev.quote.text.split()) < 2 \
                and prev.quote.end <= q.cue.start and not article.text[prev.quote.end:q.cue.start].strip() \
                and normalize(q.cue.text)[:1] in ("ي", "ت"):
            out[-1] = Quote(speaker=prev.speaker, cue=prev.cue, quote=article.span(prev.quote.start, q.quote.end),
                            outlet=prev.outlet, direct=False)
            continue
        out.append(q)
    return out


def _quote_after(article: Article, norm: str, cue: _Cue, sent_start: int, limit: int, sent_end: int,
                 speakers: _Speakers) -> Quote | None:
    """Speaker region = words after the cue up to a complementiser, a colon or an opening quote."""
    ws = words(article.text, cue.end, limit, MAX_SPEAKER_WORDS + 3)  # all the loop below reads
    region_end = None
    content_start = None
    direct_open = None
    skip_to = -1
    prev_end = cue.end
    for j, w in enumerate(ws[:MAX_SPEAKER_WORDS + 2]):
        if w.start < skip_to:
            continue
        gap_start = max(prev_end, skip_to)
        gap = norm[gap_start:w.start]
        prev_end = w.end
        if '"' in gap and ":" not in gap and _is_name_in_quotes(norm, gap_start + gap.find('"'), limit):
            skip_to = norm.find('"', gap_start + gap.find('"') + 1, limit) + 1
            continue
        if '"' in gap or ":" in gap:
            region_end = gap_start
            q = gap.find('"')
            if q >= 0:
                direct_open = gap_start + q
            content_start = w.start
            break
        n = normalize(w.text)
        if n in cues.COMP_WORDS and norm[cue.end:w.start].count('"') % 2 == 0:  # (not inside "سي إن إن")
            region_end, content_start = w.start, w.end
            break
        if n in cues.COMP_PREPS and j + 1 < len(ws) and normalize(ws[j + 1].text) in cues.COMP_WORDS:
            region_end, content_start = w.start, ws[j + 1].end
            break
    if content_start is None:
        return _opinion(article, norm, cue, ws, limit)
    if not words(article.text, cue.end, region_end) and _IMPERSONAL.match(normalize(article.text[cue.start:cue.end])):
        return None  # ويذكر أن شيراك منح الأسد …: the writer's background, nobody's statement
    cue_span = _cue_span(article, norm, cue)
    speaker, outlet = _speaker(article, norm, cue, cue.end, region_end, sent_start, speakers)
    speaker = _plain_speaker(article, speaker)
    if len(words(article.text, cue.end, region_end)) > NAMED_SPEAKER_WORDS and (direct_open is not None or not (
            speaker is not None and any(e.start == speaker.start and e.end == speaker.end and e.label in ("PER", "ORG")
                                        for e in article.entities))):
        # a long stretch before the complementiser is a statement only when a name in it speaks, and
        # only before إن/أن (ونبهت الوزارة إلى تصريحات … نفتالي بينت، الداعية إلى … "أرض إسرائيل": a quoted name)
        return None
    content_end = limit
    if direct_open is not None:
        close = norm.find('"', direct_open + 1, sent_end)
        qs, qe = direct_open + 1, (close if close >= 0 else content_end)
        head = norm[max(0, direct_open - 20):direct_open].replace("\u200c", "").split()[-1:]
        if close >= 0 and len(norm[qs:qe].split()) <= 3 and not norm[close + 1:sent_end].strip(" .,;،") \
                and head and (re.sub(r"^(?:و|ف|ب|ل)?(?:ال)?", "", head[0]) in _NAMED_BODIES or head[0] == "ل"):
            return None  # وفق ما أفاد مراسل "سكاي نيوز عربية".: a quoted name ends the sentence, nothing is quoted
        return _mk(article, speaker, cue_span, qs, qe, outlet, True)
    qs, qe = _trim(article.text, norm, content_start, content_end)
    if qe <= qs:
        return None
    # Mostly quoted material after إن: a direct quote of that material (قالت إن التسوية "ستقلل …").
    marks = [m.start() for m in _DOUBLE_QUOTE.finditer(norm, qs, qe + 1)]
    if len(marks) >= 2 and (marks[-1] - marks[0]) >= 0.5 * (qe - qs):
        return _mk(article, speaker, cue_span, marks[0] + 1, marks[-1], outlet, True)
    return _mk(article, speaker, cue_span, qs, qe, outlet, False)


_IMPERSONAL = re.compile(r"^(?:و|ف)?يذكر$")  # يُذكر أن: "it is worth mentioning that"
_OPINION_CUE = re.compile(r"^(?:و|ف)?اعتبر(?:ت|وا)?$")
_NAME_TAIL = re.compile(r"(?:\s+ال\w+(?:ية|يه|ي))*(?:\s*\([^()]{1,30}\))?")
_TIME_AFTER_SPEAKER = {normalize(w) for w in ("أمس", "اليوم", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء",
                                              "الخميس", "الجمعة", "السبت", "مساء", "صباح")}
# قالت، أمس الاثنين، إن / قد أكدت إثر ذلك أنها / قال في وقت سابق إن: a region of these words names nobody
_NO_SPEAKER_WORDS = _TIME_AFTER_SPEAKER | {normalize(w) for w in ("إثر", "عقب", "ذلك", "وقت", "سابق", "لاحق")}


def _opinion(article: Article, norm: str, cue: _Cue, ws: list, limit: int) -> Quote | None:
    """اعتبرت وزارة الخارجية الفلسطينية أمس الأربعاء استمرار الاستيطان بمنزلة "إعلان حرب": the view
    a named body or person voices with اعتبر and no complementiser is what it said."""
    if not _OPINION_CUE.match(normalize(article.text[cue.start:cue.end])) or not ws:
        return None
    ent = next((e for e in article.entities if e.start == ws[0].start and e.label in ("ORG", "PER", "LOC")), None)
    if ent is None:
        return None
    # وكالة الأنباء السورية الرسمية (سانا): the name's adjectives and its bracketed short form
    after = _NAME_TAIL.match(article.text, ent.end, limit)
    rest = words(article.text, after.end() if after else ent.end, limit)
    while rest and normalize(rest[0].text) in _TIME_AFTER_SPEAKER:
        rest = rest[1:]
    gap_from = after.end() if after else ent.end
    if len(rest) < 4 or _gap(norm, gap_from, rest[0].start) and not norm[gap_from:rest[0].start].strip().startswith('"'):
        return None
    qs, qe = _trim(article.text, norm, rest[0].start, limit)
    return _mk(article, entity_span(ent), _cue_span(article, norm, cue), qs, qe, None, False) if qe > qs else None


def _gap(norm: str, a: int, b: int) -> bool:
    return any(ch in ".,،;؛:()" for ch in norm[a:b])


def _is_name_in_quotes(norm: str, open_at: int, limit: int) -> bool:
    """A short quoted stretch inside the speaker phrase (حملة "غضب الفرات") is a name, not a quote."""
    close = norm.find('"', open_at + 1, limit)
    if close < 0:
        return False
    rest = norm[close + 1:limit].strip(" .,;")
    n = len(norm[open_at + 1:close].split())
    # (a name glossed in parentheses may be longer: "جمعية شركات فرنسا الدولية" (ميديف إنترناسيونال))
    return (n <= 3 or n <= 6 and rest.startswith("(")) and len(rest.split()) >= 2


def _mk(article: Article, speaker: Span | None, cue: Span, qs: int, qe: int, outlet: Span | None,
        direct: bool) -> Quote | None:
    while qs < qe and article.text[qs].isspace():
        qs += 1
    while qe > qs and article.text[qe - 1] in " \t\n.,،؛;":
        qe -= 1
    if qe - qs < 3:
        return None
    return Quote(speaker=speaker, cue=cue, quote=article.span(qs, qe), outlet=outlet, direct=direct)


def _trim(text: str, norm: str, a: int, b: int) -> tuple[int, int]:
    """Drop a trailing connective that introduces the next statement (، لكنها)."""
    m = _CLOSE_TRAIL.search(norm[a:b])
    if m and m.group().strip():
        b = a + m.start()
    # Unbalanced closing quote at the end belongs to the content.
    if norm[a:b].count('"') % 2 == 1 and b < len(norm) and norm[b:b + 1] == '"':
        b += 1
    return a, b


def _cue_span(article: Article, norm: str, cue: _Cue) -> Span:
    """The verb itself (without a leading لكنها)."""
    ws = words(article.text, cue.start, cue.end)
    w = ws[-1] if ws else None
    return article.span(w.start, w.end) if w else article.span(cue.start, cue.end)


def _speaker(article: Article, norm: str, cue: _Cue, a: int, b: int, sent_start: int,
             speakers: _Speakers) -> tuple[Span | None, Span | None]:
    last = speakers.latest(article.text[cue.start:cue.end])
    outlet = None
    speaker_end = b
    m = cues.OUTLET.search(norm, a, b)
    if m:
        outlet = Span(m.start(1), m.end(1), article.text[m.start(1):m.end(1)], cues.OUTLETS.get(m.group(1).lower()))
        speaker_end = min(speaker_end, m.start())
    # Cut adverbials: في بيان / في تصريح / في حديث / خلال / امس …
    for w in words(article.text, a, speaker_end):
        n = normalize(w.text)
        if n in _ADVERBIAL_CUTS and w.start > a:
            speaker_end = w.start
            break
        if n in {"الذي", "التي", "الذين"} and w.start > a and article.text[a:w.start].rstrip().endswith(("،", ",")):
            # وقال ثيمبا مليسوا، الذي يرأس لجنة التنقيب، …: a body in the relative clause does not speak
            speaker_end = article.text.rindex("،" if "،" in article.text[a:w.start] else ",", a, w.start)
            break
    region_words = words(article.text, a, speaker_end)
    if region_words and _LISTENER.match(normalize(region_words[0].text)) and leading_clitic(region_words[0].text) \
            and normalize(region_words[0].text) not in _TO_OUTLET_HEADS \
            and not any(
            e.start < region_words[0].end and e.end > region_words[0].start for e in article.entities):
        region_words = []  # بعد أن قالت لوالديها إنها مصابة: the listeners, not the speaker
    if outlet is None and region_words and normalize(region_words[0].text) in _TO_OUTLET_HEADS and len(region_words) > 1:
        # وذكرت لقناة سكاي نيوز أنه: the channel spoken to (an outlet not in the list); the speaker is the subject
        told = noun_phrase(article, region_words[1].start, speaker_end)
        if told is not None:
            outlet = told
            region_words = []
    if region_words and all(normalize(w.text) in cues.FILLERS or normalize(w.text) in _NO_SPEAKER_WORDS
                            for w in region_words):
        region_words = []
    # نقلت وكالة X عن Y: Y is the speaker.
    an = [w for w in words(article.text, a, b) if normalize(w.text) == "عن"]
    if an and normalize(article.text[cue.start:cue.end]).lstrip("وف").startswith("نقل"):
        np_ = noun_phrase(article, an[0].end, b)
        if np_ is not None:
            ents = [e for e in article.entities if np_.start <= e.start and e.end <= b]
            if ents and all(e.label == "LOC" for e in ents) and np_.start < ents[0].start:
                return np_, outlet  # عن مكتب شرطة مقاطعة كليفلاند: the office speaks, not the county
            return (entity_span(_best_speaker(ents)) if ents else np_), outlet
    if len(region_words) > 1 and normalize(region_words[0].text) in ("فيه", "فيها"):
        # في الوقت الذي أكدت فيه مصادر صحفية أن: the subject follows the resumptive pronoun
        a, region_words = region_words[1].start, region_words[1:]
    if len(region_words) == 1 and normalize(region_words[0].text) in ("فيه", "فيها"):
        # خطاب للزعيم الأعلى علي خامنئي في 18 يوليو قال فيه إن: who gave the speech the clause is about
        owner = [x for x in article.entities if sent_start <= x.start and x.end <= cue.start and x.label in ("PER", "ORG")]
        if owner and len(words(article.text, owner[-1].end, cue.start)) <= 4 and not _gap(norm, owner[-1].end, cue.start):
            return entity_span(owner[-1]), outlet
        region_words = []  # (لقاء في بيروت، أكد فيه: the speaker spoken of before)
    if cue.pronoun or not region_words or cues.agreement(normalize(article.text[cue.start:cue.end])) == "p":
        # (a plural verb carries its subject: وزير الدفاع وأعضاء بفريق الأمن القومي حذروا ترامب — the name
        # after it is spoken to, not the speaker)
        if cues.PARTICIPLE.match(norm, cue.start):
            # توعدت X …، مشيرة إلى أن: the main clause's subject, not a name right before the participle
            # (… في محاربة تنظيم داعش مشيرا الى ان)
            before = _sentence_subject(article, sent_start, cue.start) or _subject_before(article, norm, cue.start, sent_start)
        else:
            before = _subject_before(article, norm, cue.start, sent_start) or _kana_subject(article, norm, cue.start, sent_start) \
                or _title_before(article, norm, cue.start, sent_start)
            if before is None and _joined_later(norm, cue, sent_start):
                # واصل الرئيس الإيراني حسن روحاني دفاعه عن الاتفاق … وقال: the named subject of the
                # sentence's opening verb, when nothing reported stands between
                subject = _sentence_subject(article, sent_start, cue.start)
                if subject is not None and _near_opening(article, norm, sent_start, subject) and any(
                        subject.start <= x.start < subject.end and x.label in ("PER", "ORG") for x in article.entities):
                    before = subject
        return (before or last), outlet
    ents = [e for e in article.entities if a <= e.start and e.end <= speaker_end]
    ents = [e for e in ents if not (outlet and e.start >= outlet.start - 12 and e.end <= outlet.end + 1)]
    if ents and all(e.label == "LOC" for e in ents):
        np_ = noun_phrase(article, a, speaker_end)
        if np_ is not None and np_.start < ents[0].start:
            return np_, outlet  # ويقول أهالي الجفرة: the people of a place speak, not the place
    if ents:
        best = _best_speaker(ents)
        if _after_lam(article.text, a, best.start):
            # قال الأمين العام لحزب الله: the title in front speaks for the body; قالت لـCNN: an outlet
            np_ = noun_phrase(article, a, speaker_end)
            return (np_ if np_ is not None and np_.start < best.start - 1 else last), outlet
        return entity_span(best), outlet
    named = _name_after_title(article, region_words, speaker_end, b, outlet)
    if named is not None:
        return named, outlet
    np_ = noun_phrase(article, a, speaker_end)
    return (_with_quoted_name(article, np_) or _quoted_body(article, a, speaker_end) or last), outlet


_QUOTED_NAME = re.compile(r"\s*[«\"“]([^«»\"“”،,.:]{2,30})[»\"”]")  # ذكر موقع «مراسل سوري»
_QUOTED_BODY = re.compile(r"\s*[\"«“]([^\"«»“”،,.:]{3,60})[\"»”]")


def _quoted_body(article: Article, a: int, end: int) -> Span | None:
    """وحذرت "جمعية شركات فرنسا الدولية" (ميديف) …: a body named in quotation marks right after the verb."""
    m = _QUOTED_BODY.match(article.text, a)
    if m is None or m.end() > end or len(m.group(1).split()) > 6:
        return None
    return Span(m.start(1), m.end(1), m.group(1))


_LISTENER = re.compile(r"^ل(?!ل)\w{3,}(?:ه|ها|هم|هما)$")  # لوالديها، لزوجته، لأصدقائه
_TO_OUTLET_HEADS = {h for h in cues.OUTLET_HEADS if h.startswith("ل")}  # لقناة، لوكالة …
_ADVERBIAL_CUTS = {"في", "خلال", "امس", "اليوم", "عبر", "عن"}


def _joined_later(norm: str, cue: _Cue, sent_start: int) -> bool:
    """The cue is a verb joined by و / ف to an earlier clause of the same sentence (… وقال إن), and
    nothing before it in the sentence is reported speech (a cue, a complementiser, a colon, «)."""
    before = norm[sent_start:cue.start]
    return cue.start > sent_start and norm[cue.start:cue.start + 1] in ("و", "ف") and bool(before.strip()) \
        and not _REPORTED_BEFORE.search(before) and not cues.CUE.search(before)


def _near_opening(article: Article, norm: str, sent_start: int, subject: Span) -> bool:
    """The subject follows the sentence's opening verb closely (a title of up to six words between,
    no comma): not a name further on (ووصفت رئيسة القسم … رقية شكوان الميليشيات الحوثية)."""
    ws = words(article.text, sent_start, subject.start)
    skip = fronted_length(ws)
    opening = ws[skip].start if skip < len(ws) else subject.start
    return len(ws) - skip <= 7 and not _gap(norm, opening, subject.start)


_REPORTED_BEFORE = re.compile(r"(?:^|\s)(?:و|ف)?(?:ان|بان|انه|انها|انهم|لان)(?:\s|$)|[:«»]")


# Titles that speak for a body (لكن المتحدثة باسم الاتحاد قالت، وقال المسؤول عن مكافحة العنصرية … بارانوف)
_PERSON_TITLES = ("متحدث", "ناطق", "مسوول", "مدير", "رييس", "وزير", "سفير", "مندوب", "مستشار", "قايد", "امين")
_TITLE_HEADS = _PERSON_TITLES + ("مصدر", "مصادر")
_OPENERS = {"لكن", "ولكن", "بينما", "فيما", "كما", "وكما", "اما"}


def _title_before(article: Article, norm: str, pos: int, sent_start: int) -> Span | None:
    """SVO with a title for subject and no name (لكن المتحدثة باسم الاتحاد قالت إن): the phrase."""
    ws = words(article.text, sent_start, pos)
    k = max((i + 1 for i, w in enumerate(ws) if normalize(w.text) in _OPENERS), default=0)
    ws = ws[k:]
    if not ws or len(ws) > 6 or _gap(norm, ws[0].start, pos):
        return None
    head = without_article(ws[0].text)
    if not head.startswith(_TITLE_HEADS):
        return None
    np_ = noun_phrase(article, ws[0].start, pos)
    return np_ if np_ is not None and not article.text[np_.end:pos].strip() else None


def _name_after_title(article: Article, region: list, cut: int, limit: int, outlet: Span | None) -> Span | None:
    """وقال المسؤول | عن مكافحة العنصرية في الاتحاد ألكسندر بارانوف: a bare title cut before its
    complement, then the person's name: the person speaks."""
    if not region or len(region) > 2 or cut >= limit:
        return None
    head = without_article(region[0].text)
    if not head.startswith(_PERSON_TITLES):
        return None
    pers = [e for e in article.entities if cut <= e.start and e.end <= limit and e.label == "PER"
            and not (outlet is not None and outlet.start - 12 <= e.start < outlet.end)]
    if not pers or len(words(article.text, cut, pers[-1].start)) > 8 or any(c in '.,،;؛:()«»"' for c in article.text[cut:pers[-1].start]):
        return None
    tail = words(article.text, pers[-1].end, limit)
    if article.text[pers[-1].start - 1:pers[-1].start].isalpha() or tail and not (
            article.text[pers[-1].end:pers[-1].end + 1] == "-" or normalize(tail[0].text) in _ADVERBIAL_CUTS):
        # (الداعم للأسد: a name glued to a clitic is not the speaker, nor one followed by more of the
        # phrase; يون كون-يونغ، أحمد كامل في تصريحات are)
        return None
    return entity_span(pers[-1])


def _with_quoted_name(article: Article, np_: Span | None) -> Span | None:
    """ذكر موقع «مراسل سوري»: a site, paper or channel word takes the quoted name after it."""
    if np_ is None or len(np_.text.split()) != 1 or without_article(np_.text) not in _NAMED_BODIES:
        return np_
    m = _QUOTED_NAME.match(article.text, np_.end)
    return Span(np_.start, m.end(), article.text[np_.start:m.end()], np_.canonical) if m else np_


_NAMED_BODIES = {"مراسل", "مراسلنا", "مراسله", "وكاله", "صحيفه", "قناه", "موقع", "شبكه", "مجله", "اذاعه", "تلفزيون"}
# نقلت الوكالة عن الخزرجي قوله / عن تقارير ترجيحها: the speaker, without "his saying"; a particle (إذا) is no speaker
_SAYING = re.compile(r"\s+(?:قول|ت[أا]كيد|ترجيح|تحذير|اعتقاد|تصريح|توقع)(?:ه|ها|هم|هما|ات(?:ه|ها|هم))$")  # (ترجيحها)
_NOT_SPEAKERS = {normalize(w) for w in ("إذا", "إن", "أن", "لكن", "حيث", "ما", "لا", "لم", "لن", "قد", "هذا", "هذه", "ذلك",
                                        "علنا", "علانية", "صراحة", "مجددا", "أيضا", "كذلك", "سابقا", "لاحقا", "العام",
                                        "الشهر", "الأسبوع", "اليوم", "أمس", "ردا", "اسمه", "اسمها", "هويته", "هويتها",
                                        "لنا", "لي", "له", "لها", "لهم",
                                        # وقال عبارته الشهيرة "…": what he said, not who
                                        "عبارته", "عبارتها", "كلمته", "كلمتها", "قولته", "مقولته", "جملته",
                                        # وقال صلى الله عليه وسلم: a blessing on the one already named
                                        "صلى")}
# (قال علنا إن …: a manner or a time; رفض الكشف عن اسمه: no name; قال لنا: the listener)


def _after_lam(text: str, lo: int, pos: int) -> bool:
    """A لـ / ل clitic right before ``pos`` (no earlier than ``lo``), a quotation mark allowed between
    (قالت لـ«عكاظ»): a name there is spoken to or owned."""
    return bool(_LAM_BEFORE.search(text[max(lo, pos - 5):pos]))


# لـ«عكاظ»، لـ «عكاظ»، للعبادي: a ل glued to the name, or لـ and a quotation mark (not a word that ends
# in ل before a space: الجنرال كينيث)
_LAM_BEFORE = re.compile(r"(?:لـ\s?[«\"“]?|ل[«\"“]?)$")


def _plain_speaker(article: Article, speaker: Span | None) -> Span | None:
    if speaker is None or speaker.text.startswith("ـ"):
        return None  # قالت لـCNN: the outlet spoken to, not the speaker
    m = _SAYING.search(speaker.text)
    if m:
        end = speaker.start + m.start()
        speaker = Span(speaker.start, end, article.text[speaker.start:end], speaker.canonical)
    first = speaker.text.split()[0] if speaker.text.split() else ""
    n = normalize(first)
    # (وقد بدا; but ولي العهد is the crown prince, not و + لي)
    return None if n in _NOT_SPEAKERS or n[:1] in ("و", "ف") and n[1:] in _NOT_SPEAKERS and n != "ولي" else speaker


def _best_speaker(ents: list[Entity]) -> Entity:
    pers = [e for e in ents if e.label == "PER"]
    if pers:
        return pers[-1]  # title first, then the name: المتحدثة باسم … جيهان شيخ أحمد
    orgs = [e for e in ents if e.label == "ORG"]
    return (orgs or ents)[0]


def _subject_before(article: Article, norm: str, pos: int, sent_start: int) -> Span | None:
    """SVO order: an entity right before the verb in the same clause (وزارة الخزانة اتهمت)."""
    cands = [e for e in article.entities if sent_start <= e.start and e.end <= pos and e.label in ("PER", "ORG")]
    if not cands:
        return None
    e = max(cands, key=lambda x: x.end)
    gap = norm[e.end:pos]
    rel = gap.split()[-1:] if gap.split() else []
    if rel and rel[0] in _RELATIVE:
        # جيرمي كوربين، الذي قال إن …، وكالة الأنباء السورية الرسمية التي قالت: the relative's antecedent
        gap = gap[:gap.rindex(rel[0])].rstrip(" ،,")
    if len(gap.split()) <= 1 and not any(c in gap for c in ',;:"'):
        return entity_span(e)
    return None


_KANA = re.compile(r"(?<![\w\u200c])(?:و|ف)?كان(?:ت)?(?![\w\u200c])")
_RELATIVE = {"الذي", "التي", "الذين"}
MAX_KANA_SUBJECT_WORDS = 9


def _kana_subject(article: Article, norm: str, pos: int, sent_start: int) -> Span | None:
    """وكانت وزارة الدفاع الأميركية قد أكدت …، كان وزير الداخلية هورست زيهوفر قال …: the subject
    between an auxiliary كان and the speech verb (a name wins, a country can speak for itself)."""
    m = None
    for m in _KANA.finditer(norm, sent_start, pos):
        pass
    if m is None:
        return None
    between = words(article.text, m.end(), pos)
    if between and normalize(between[-1].text) == "قد":
        between = between[:-1]
    cut = next((i for i, w in enumerate(between) if normalize(w.text) in _RELATIVE), len(between))
    between = between[:cut]
    if not between or len(between) > MAX_KANA_SUBJECT_WORDS:
        return None
    lo, hi = between[0].start, between[-1].end
    ents = [e for e in article.entities if lo <= e.start and e.end <= hi]
    speakers = [e for e in ents if e.label in ("PER", "ORG")]
    if speakers:
        return entity_span(_best_speaker(speakers))
    if ents and ents[0].start == lo and ents[0].end == hi:
        return entity_span(ents[0])  # وكانت الولايات المتحدة قد ذكرت
    np_ = noun_phrase(article, lo, hi)
    return np_ if np_ is not None and np_.end == hi and _source_like(article, np_) else None


def _sentence_subject(article: Article, s: int, pos: int) -> Span | None:
    """The subject of the sentence's main verb before ``pos``: its first named participant when
    the sentence opens with it, else the phrase right after the opening verb (a named one wins)."""
    s = _after_dateline(article.text, s, pos)  # (دبي، الإمارات العربية المتحدة (CNN) – اتهم مصدر …: not CNN)
    ents = [e for e in article.entities if s <= e.start and e.end <= pos and e.label in ("ORG", "PER")
            and not _after_lam(article.text, s, e.start)]  # (في تصريح لـCNN: an outlet)
    ws = words(article.text, s, pos)
    if ws and normalize(ws[0].text) in ("كما", "وكما") and len(ws) > 2:
        ws = ws[1:]  # كما دانت …: the verb follows
    lead = [re.sub(r"^(?:و|ف)", "", normalize(w.text)) for w in ws[:3]]
    skip = fronted_length(ws)
    if not skip and len(lead) > 2 and lead[0] in ("قبل", "بعد", "منذ", "خلال") and lead[1] in _TIME_WORDS:
        skip = 2  # وقبل يوم كان ترامب قد كتب …، مضيفا
    ws = ws[skip:]
    if ws and re.sub(r"^(?:و|ف)", "", normalize(ws[0].text)) in PREPS | _TOPIC_LEADS:
        return None  # وعن مستوى التنسيق … قال: …، مؤكدا: a topic after a preposition, not the subject
    opening_verb = len(ws) > 1 and not any(e.start <= ws[0].start < e.end for e in article.entities)
    np_ = noun_phrase(article, ws[1].start, pos) if opening_verb else None
    if np_ is not None and normalize(ws[0].text).endswith("ت") and _MASCULINE_MASDAR.match(normalize(np_.text.split()[0])):
        return None  # كما دانت تشكل وزيرة القضاء …، مشيرة: a feminine verb, a masculine verbal noun: its object
    inside = [e for e in ents if np_ is not None and np_.start <= e.start and e.end <= np_.end]
    if inside:
        return entity_span(_best_speaker(inside))
    if np_ is not None and (cues.PARTICIPLE.match(normalize(np_.text)) or normalize(np_.text.split()[0]) in cues.FILLERS):
        return None  # وتابع قائلا إن …، مضيفا: the opening verb's subject is a pronoun
    if np_ is not None and ents and ents[0].start > np_.end \
            and _REPORTED.search(normalize(article.text[np_.end:ents[0].start])):
        return np_  # وقال مصدر محلي إن الطفل صالح …، مؤكدا: the subject, not a name in what was said
    if ents:
        return entity_span(ents[0])
    return np_


_TOPIC_LEADS = {"بخصوص", "بشان", "حول"}  # وبخصوص الهجوم … فقال الرئيس: a topic fronted
_REPORTED = re.compile(r"(?:^|\s)(?:و|ف)?(?:ان|بان|انه|انها)(?:\s|$)|:")  # what was said opens
# Time words after قبل / بعد before the opening verb (وقبل يوم كان ترامب …).
_TIME_WORDS = {normalize(w) for w in ("يوم", "يومين", "أيام", "أسبوع", "أسبوعين", "أسابيع", "شهر", "أشهر", "ساعات", "ساعة",
                                      "سنوات", "عام", "ذلك")}
# تشكل، تشكيل، تصريح: a masculine verbal noun, which a feminine verb cannot have as subject
_MASCULINE_MASDAR = re.compile(r"^(?:ت\w\w\w|ت\w\wي\w)$")


# Heads of a phrase that can be the source of a statement (بحسب مصادر, وفقاً لشهود عيان); وفقاً
# لاتفاق / بحسب القانون name an agreement or a rule, not a speaker.
_SOURCE_HEADS = tuple(re.sub(r"^ال", "", normalize(w)) for w in (
    "مصدر", "مصادر", "مسؤول", "مسؤولين", "مسؤولون", "شهود", "شاهد", "تقرير", "تقارير", "بيان", "وكالة", "وكالات",
    "صحيفة", "صحف", "مراسل", "ناشط", "ناشطين", "ناشطون", "مرصد", "المرصد", "وسائل", "إعلام", "متحدث", "الناطق",
    "ناطق", "مسؤولة", "خبراء", "محلل", "دبلوماسي", "دبلوماسيين", "سكان", "أرقام", "إحصاءات", "إحصائيات", "حصيلة",
    "وزارة", "قناة", "تلفزيون", "موقع", "منظمة", "مكتب", "الأمم", "هيئة", "لجنة", "مجلس", "مديرية", "الجيش", "الشرطة"))


def _source_like(article: Article, span: Span) -> bool:
    if any(span.start <= x.start < span.end and x.label in ("PER", "ORG") for x in article.entities):
        return True
    head = re.sub(r"^(?:و|ف)?(?:ال)?", "", normalize(span.text.split()[0])) if span.text.split() else ""
    return head.startswith(_SOURCE_HEADS)


_ALONE = re.compile(r"(?:و)?(?:بحسب|حسب|نقلا عن|وفقا ل|طبقا ل)")


def _attribution_alone(article: Article, norm: str, before: Sentence, sent: Sentence) -> Quote | None:
    """"… تخشى طوكيو من تعرضها لهجوم صيني. بحسب رويترز.": a sentence that is only an attribution
    makes the sentence before it the source's statement."""
    m = _ALONE.match(norm, sent.start, sent.end)
    if m is None or len(norm[m.end():sent.end].split()) > 5 or len(norm[before.start:before.end].split()) < 5:
        return None
    # (the whole rest is the source's name: not بحسب القانون الدولي فإن …)
    speaker = _named_source(article, m.end(), sent.end, whole=True)
    if speaker is None:
        return None
    end = before.end - 1 if article.text[before.end - 1:before.end] == "." else before.end
    return _mk(article, speaker, article.span(sent.start, m.end()), _after_dateline(article.text, before.start, end),
               end, None, False)


def _attribution(article: Article, norm: str, s: int, e: int) -> Quote | None:
    """"…، بحسب X" / "…، وفقا لـ X": the clause before is X's statement, when X can speak."""
    found = next(finditer_unmarked(cues.ATTRIBUTION, norm, s, e), None)
    if found is None:
        return None
    a, b, _ = found
    if a - s < 6:  # ووفقًا لمصادر، فإن …: the statement follows
        comp = next((m for m in re.finditer(r"(?<![\w\u200c])(?:فان|ان)(?![\w\u200c])", norm[b:e])
                     if norm[b:b + m.start()].count('"') % 2 == 0), None)  # (not the إن of "سي إن إن")
        speaker = noun_phrase(article, b, e)
        if comp is None or speaker is None or not _source_like(article, speaker):
            return None
        return _mk(article, speaker, article.span(a, b), b + comp.end(), e, None, False)
    if a - s < 25 or article.text[s:a].rstrip()[-1:] in ("-", "–", "—"):
        return None  # (وشدد السفير X - وفقا لما نقلته الوكالة - على أن …: the statement follows the aside)
    speaker = _named_source(article, b, e)
    if speaker is None:
        return None
    return _mk(article, speaker, article.span(a, b), _after_dateline(article.text, s, a), a, None, False)


def _named_source(article: Article, start: int, end: int, whole: bool = False) -> Span | None:
    """The phrase at ``start`` when it can speak (``whole``: and it runs to ``end``), narrowed to the
    first name in it (بحسب وكالة رويترز → رويترز)."""
    speaker = noun_phrase(article, start, end)
    if speaker is None or not _source_like(article, speaker) or whole and speaker.end < end - 2:
        return None
    ents = [x for x in article.entities if speaker.start <= x.start < speaker.end]
    return entity_span(ents[0]) if ents else speaker


# دبي، الإمارات العربية المتحدة (CNN)-- : the dateline opening an agency story is no part of what was said
_DATELINE = re.compile(r"[^\n()]{0,60}\((?:CNN|سي إن إن|رويترز|أ ف ب|د ب أ)\)\s*[-—–]+\s*")


def _after_dateline(text: str, s: int, e: int) -> int:
    m = _DATELINE.match(text, s, e)
    return m.end() if m else s
