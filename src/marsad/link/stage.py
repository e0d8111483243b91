"""The linking stage: entities → canonical actors, place mentions → coordinates.

``LinkStage()(article)``:
1. adds entities the NER missed where an unambiguous dictionary alias occurs in the text
   (multi-word aliases; single words only for countries and a few distinctive names);
2. sets ``Entity.canonical``/``kind`` by alias → generic head dropped → fuzzy match, then
   in-article coreference (a short person name → the full name; التنظيم → the last armed
   group named);
3. fills ``article.places`` from LOC entities and gazetteer names found in the text, plus the
   anaphors المدينة / المحافظة / البلاد → the city / province / country last named.
A mention written with a leading clitic (بالمدينة, لسوريا) gets a span after the clitic.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from marsad.link.actors import Actor, ActorDictionary
from marsad.link.coref import anaphor_kinds, person_full_names, resolve_nominal, resolve_short_person
from marsad.link.places import GazEntry, Gazetteer, PlaceMatch, place_key
from marsad.record import Article, Entity, Place
from marsad.text.normalize import TANWEEN_FATH, match_key, normalize

_WORD = re.compile(r"[\u0621-\u063a\u0640-\u0652\u0670\u0671-\u06d3A-Za-z0-9\u0660-\u0669]+")
_DIACRITIC = re.compile(r"[\u064b-\u0652\u0670\u0640]")
_CLITIC_CLUSTERS = ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")  # no ك: كبير is not ك + بير
_LL_CLUSTERS = ("لل", "ولل", "فلل")  # ل + article contracted: للرقة = ل + الرقة
MAX_NAME_WORDS = 6
_CAPITAL_WORD = normalize("العاصمة")
_ENCLOSED = "enclosed"  # marks a LOC entity the gazetteer does not know
_ADDED_CONFIDENCE = 0.6  # confidence of entities this stage adds (dictionary/gazetteer hits)

# Head nouns left out of an added entity's span when the rest is itself an alias of the actor.
_GENERIC_HEADS = {
    normalize(w)
    for w in (
        "تنظيم",
        "حركة",
        "جماعة",
        "ميليشيات",
        "ميليشيا",
        "مليشيات",
        "مليشيا",
        "وكالة",
        "صحيفة",
        "قناة",
        "شبكة",
        "موقع",
        "جريدة",
    )
}
# Single words that are also common words, or names too ambiguous to add without NER support.
_STOP_SINGLE_ACTOR = {
    match_key(w)
    for w in (
        "مالي",
        "بنين",
        "القاعدة",
        "الأطلسي",
        "النصرة",
        "الإخوان",
        "فتح",
        "سبق",
        "الوئام",
        "الشرعية",
        "المنار",
        "الميادين",
        "قنا",
        "وام",
        "سبأ",
        "تاس",
        "بترا",
        "الدوما",
        "تسنيم",
        "الجمهوريين",
        "الكونجرس",
        "المجلس",
        "الحوطة",
        "الاقتصادية",
        "المرصد",
        "سونا",
        "النيجر",
        "الأناضول",
    )
}
# Person surnames safe to add as PER entities without NER support.
_SAFE_SINGLE_PERSONS = {
    match_key(w)
    for w in (
        "ترامب",
        "ترمب",
        "بوتين",
        "بوتن",
        "أردوغان",
        "اردوغان",
        "نتنياهو",
        "ماكرون",
        "ميركل",
        "خامنئي",
        "روحاني",
        "لافروف",
        "سكريبال",
        "أوباما",
        "اوباما",
        "غوتيريس",
        "حفتر",
        "السيسي",
        "بوتفليقة",
    )
}
# Gazetteer names that are also frequent common words or person names in news text: only taken
# as places when NER labels them LOC or a place word (مدينة, محافظة, …) precedes them.
_STOP_PLACE = {
    normalize(w)
    for w in (  # noqa: SIM905 - a word list reads better as prose
        "ان كان بن بيان وان له الخميس شمال الشرقية دولة العاصمة جنوب ال الغربية بانه الداخلية بشار الأبيض "
        "إطار أمن أوباما عنه قوله أم الجديدة الجديد طراز ليل كيري فلاديمير الخبر إب يوما وقف الثورة عاصمة سنة "
        "اس أنا الجنوب لاي لي شمالي جامعة معسكر الزعيم دورا العلم نايف الشهداء الحي سلطات أمل وردا الأشهر هوية "
        "عالية الحد فيدل سارة جان ثورة الوسطى لأول بلد منا الصور الخمس ار نادي كلينتون الطرف القصر الحرية بول "
        "سن دير جمال حصار داود مون سالم دوري هولاند الأم ميل خبر خالص فيكتوريا ديلي بيانه السد الحراك ميديا "
        "سلوى دولا يهود الم ريم اري نور ميدان أشرف مارتن عصابة الوجه السويدية ميادين سيرجي اله الكردي ورود "
        "نعمة ستون ايلي آبادة مدينة المدينة الساحل فارس بولتون حديثة صور الجزيرة المتوسط فان غراب الأحد "
        "السبت الجمعة الاثنين الثلاثاء الأربعاء عين الحسن المركز البلد جنوبي غربي شرقي الشمال الشرق الغرب "
        "الوطن السلام النصر الأمل الرحمة الفتح الفرات سرت أمان مسقط مشهد سفيرة السفيرة رياض السلمية سلمية "
        "تدمر سبها الباب البيض القائم بحري الخليل كيلي القصير الطبقة صوفيا الأحمدي بورصة ابا سدة هارفي "
        "أنتم كين ويلسون بعقوبة"
    ).split()
} | {normalize("صلاح الدين")}
# Levantine and Iraqi toponyms open with a place word (كفر بطنا، دير الزور، تل أبيض، خان شيخون): a name of
# two words or more that does is a place even when GeoNames gives it no population (most villages),
# as long as the article names its country (``_plausible``).
_TOPONYM_PREFIXES = {normalize(w) for w in ("كفر", "دير", "تل", "عين", "بيت", "خان", "جسر", "بئر", "رأس", "أم", "قلعة",
                                            "معرة", "مرج", "حزة", "عربين", "سقبا")}
MIN_SCAN_POPULATION = 20_000  # a bare city name found by scanning must be at least this big
MIN_ENTITY_POPULATION = 100_000  # ... and this big to be added as a LOC entity the NER missed
MIN_CLITIC_CITY_POPULATION = 300_000  # a city read after a stripped clitic (بغزة)
MIN_FOREIGN_CITY_POPULATION = 1_000_000  # ... and this big when outside the countries the article names
_PLACE_HEADS = {
    normalize(w): f
    for w, f in (
        ("محافظة", "admin1"),
        ("ولاية", "admin1"),
        ("إقليم", "admin1"),
        ("مقاطعة", "admin1"),
        ("مدينة", "city"),
        ("بلدة", "city"),
        ("قرية", "city"),
        ("مخيم", "city"),
        ("العاصمة", "city"),
        ("منطقة", None),
        ("ريف", None),
        ("مديرية", None),
        ("ناحية", None),
        ("حي", None),
        ("جزيرة", None),
        ("مدن", "city"),
        ("بلدات", "city"),
        ("قرى", "city"),
    )
}
# Anaphoric place nouns → the feature of the place they refer back to.
_PLACE_ANAPHORS = {
    normalize(w): f
    for w, f in (
        ("المدينة", "city"),
        ("البلدة", "city"),
        ("المحافظة", "admin1"),
        ("الولاية", "admin1"),
        ("البلاد", "country"),
    )
}


@dataclass(slots=True)
class _Word:
    start: int
    end: int
    text: str
    norm: str
    key: str = ""  # match_key(text): "" or one token
    run: int = 1  # words from this one on that are separated by whitespace only (itself included)


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    key: str
    prefer: str | None
    from_ner: bool


class LinkStage:
    """Article → Article: canonical actors, places with coordinates. Resources load once."""

    name = "marsad.link.v1"

    def __init__(
        self, actors: ActorDictionary | None = None, gazetteer: Gazetteer | None = None, add_entities: bool = True
    ) -> None:
        self.actors = actors or ActorDictionary.load()
        self.gaz = gazetteer or Gazetteer.load()
        self.add_entities = add_entities
        self._alias_first = _alias_first_words(self.actors)
        self._nisba, self._capitals = _nisba_index(self.actors, self.gaz)
        # first words of names: cheap filters before trying n-grams at a position
        self._alias_heads = {k.split()[0] for k in self.actors.aliases() if k}
        self._place_heads = {k.split()[0] for k in self.gaz.names() if k} | set(_PLACE_ANAPHORS) | {_CAPITAL_WORD}
        # word-prefixes of every name: an n-gram is only looked up while it can still grow into one
        self._alias_prefixes = _word_prefixes(self.actors.aliases())
        self._place_prefixes = _word_prefixes(self.gaz.names())
        # word text -> (offset, key) of its readings that can start a place name; the vocabulary repeats
        self._place_firsts: dict[str, tuple[tuple[int, str], ...]] = {}

    def __call__(self, article: Article) -> Article:
        text = article.text
        words = _words(text)
        self._relabel_misc(article.entities)
        ner_spans = {(e.start, e.end) for e in article.entities}
        if self.add_entities:
            article.entities = self._add_dictionary_entities(text, words, article.entities)
        mentions = self._place_mentions(text, words, article.entities, ner_spans)
        # entities this stage added inside a longer place name give way to it
        article.entities = [
            e
            for e in article.entities
            if (e.start, e.end) in ner_spans
            or e.label != "LOC"
            or not any(m.start <= e.start and e.end <= m.end and (m.start, m.end) != (e.start, e.end) for m in mentions)
        ]
        article.places, entries = self._geocode(text, mentions)
        if self.add_entities:
            article.entities = self._add_place_entities(article.entities, article.places, entries, mentions)
        self._link_entities(article)
        return article

    # -- entities -------------------------------------------------------------------------
    def _relabel_misc(self, entities: list[Entity]) -> None:
        """MISC is the CRF's least reliable class: a MISC mention that is exactly a dictionary alias
        takes the dictionary's label (البيت الأبيض is a place, الحرس الثوري an organisation); so does
        a PER mention that is exactly the alias of a body (فرانس برس is an agency, not a person)."""
        for e in entities:
            if e.label in ("MISC", "PER"):
                actor = self.actors.exact(e.text)
                if actor is not None and actor.label in ("LOC", "ORG", "PER") \
                        and (e.label == "MISC" or actor.label == "ORG" and actor.kind != "person"):
                    e.label = actor.label

    def _add_dictionary_entities(self, text: str, words: list[_Word], entities: list[Entity]) -> list[Entity]:
        taken = [(e.start, e.end) for e in entities]
        added: list[Entity] = []
        index = self.actors.aliases()
        forms, prefixes = [w.key for w in words], self._alias_prefixes
        i = 0
        while i < len(words):
            hit = None
            if words[i].key not in self._alias_heads:  # cheap filter: no alias starts so
                i += 1
                continue
            # match_key of words i..i+n-1 (contiguous, n <= MAX_NAME_WORDS), longest first
            keys = _ngram_keys(words[i].key, forms, i, i + min(MAX_NAME_WORDS, len(words) - i, words[i].run), prefixes)
            for n in range(len(keys), 0, -1):
                key = keys[n - 1]
                actor = index.get(key)
                if actor and self._scannable(actor, key, n):
                    hit = (n, key, actor)
                    break
            if not hit:
                i += 1
                continue
            n, key, actor = hit
            off = _clitic_offset(words[i], self._alias_first.get(key, ()))
            if off is None:  # the first word does not end with the alias's (e.g. بشار read as ب+شار)
                i += 1
                continue
            start, end = words[i].start + off, words[i + n - 1].end
            if (
                n > 1
                and words[i].norm[off:] in _GENERIC_HEADS
                and index.get(" ".join(w.key for w in words[i + 1 : i + n] if w.key)) is actor
            ):
                start = words[i + 1].start  # تنظيم داعش, وكالة فرانس برس: the name is what follows
            if not any(start < b and end > a for a, b in taken):
                added.append(
                    Entity(
                        start,
                        end,
                        text[start:end],
                        actor.label,
                        confidence=_ADDED_CONFIDENCE,
                        canonical=actor.id,
                        kind=actor.kind,
                    )
                )
                taken.append((start, end))
            i += n
        return sorted(entities + added, key=lambda e: (e.start, -e.end))

    @staticmethod
    def _scannable(actor: Actor, key: str, n_words: int) -> bool:
        """Whether an alias found in running text, without NER support, is taken as an entity."""
        if n_words >= 2:
            return True
        if actor.kind == "person":
            return key in _SAFE_SINGLE_PERSONS
        if key in _STOP_SINGLE_ACTOR or len(key) < 3:
            return False
        return actor.kind in ("country", "armed_group", "media", "igo", "ngo")

    @staticmethod
    def _add_place_entities(
        entities: list[Entity], places: list[Place], entries: dict[tuple[int, int], GazEntry], mentions: list[_Mention]
    ) -> list[Entity]:
        scanned = {(m.start, m.end) for m in mentions if not m.from_ner}
        taken = [(e.start, e.end) for e in entities]
        added = []
        for p in places:
            if (p.start, p.end) not in scanned or any(p.start < b and p.end > a for a, b in taken):
                continue
            if normalize(p.text) in _PLACE_ANAPHORS or _anaphor_feature(p.text) or _is_capital_phrase(p.text):
                continue  # المدينة, العاصمة السورية: references, not names
            entry = entries.get((p.start, p.end))
            if entry is None or (
                entry.feature == "city"
                and not entry.manual
                and not entry.capital
                and entry.population < MIN_ENTITY_POPULATION
                and not (len(p.text.split()) > 1 and normalize(p.text.split()[0]) in _TOPONYM_PREFIXES)
            ):
                continue
            added.append(Entity(p.start, p.end, p.text, "LOC", confidence=_ADDED_CONFIDENCE))
            taken.append((p.start, p.end))
        return sorted(entities + added, key=lambda e: (e.start, -e.end))

    def _link_entities(self, article: Article) -> None:
        ents = article.entities
        for e in ents:
            if e.canonical:
                continue
            actor = self.actors.lookup(e.text)
            if actor and (
                e.label == actor.label
                or actor.label in ("ORG", "LOC")
                and e.label in ("ORG", "LOC")
                or e.label == "MISC"
            ):
                e.canonical, e.kind = actor.id, actor.kind
                continue
            if e.label == "LOC":
                m = self.gaz.geocode(_strip_clitic_text(e.text))
                if m:
                    e.canonical, e.kind = _slug(m.name), m.feature
        full = person_full_names(ents)
        for e in ents:
            if e.canonical:
                continue
            if e.label == "PER":
                target = resolve_short_person(e, full)
                if target is not None:
                    e.canonical = target.canonical or _strip_clitic_text(target.text)
                    e.kind = target.kind or "person"
                elif len(match_key(e.text).split()) >= 2:
                    e.canonical, e.kind = _strip_clitic_text(e.text), "person"
                continue
            kinds = anaphor_kinds(e.text)
            if kinds:
                ante = resolve_nominal(ents, e.start, kinds)
                if ante is not None:
                    e.canonical, e.kind = ante.canonical, ante.kind
        # a short PER whose full form links to a known actor inherits that actor
        for e in ents:
            if e.label == "PER" and e.canonical and e.canonical not in self.actors.actors:
                a = self.actors.lookup(e.canonical)
                if a and a.kind == "person":
                    e.canonical = a.id

    # -- places ---------------------------------------------------------------------------
    def _place_mentions(
        self, text: str, words: list[_Word], entities: list[Entity], ner_spans: set[tuple[int, int]]
    ) -> list[_Mention]:
        blocked = [(e.start, e.end) for e in entities if e.label != "LOC"]
        person_tokens = {t for e in entities if e.label == "PER" for t in match_key(e.text).split()}
        blocked += [(w.start, w.end) for w in words if w.key in person_tokens]
        ends = [w.end for w in words]
        forms = [w.norm for w in words]
        loc_spans = [(e.start, e.end) for e in entities if e.label == "LOC"]
        out: list[_Mention] = []
        taken: list[tuple[int, int]] = []
        # LOC entities first: any gazetteer name, however small or common
        for a, b in loc_spans:
            for off, key, head in _loc_readings(text[a:b]):
                if key in self.gaz:
                    prefer = _PLACE_HEADS.get(head) if head else _PLACE_HEADS.get(_prev_word(words, ends, a))
                    out.append(_Mention(a + off, b, key, prefer, True))
                    taken.append((a, b))
                    break
            else:  # unknown to the gazetteer: located by the enclosing place named before it
                if (a, b) not in ner_spans:  # only the NER's own LOC mentions get this benefit
                    continue
                off = _word_variants(text[a:b].split()[0])[-1][0] if _is_clitic_ll(text[a:b]) else 0
                out.append(_Mention(a + off, b, "", _ENCLOSED, True))
                taken.append((a, b))
        place_firsts = self._place_firsts
        i = 0
        while i < len(words):
            found = None
            firsts = place_firsts.get(words[i].text)  # the cache of ``_firsts``, read inline: once per word
            if firsts is None:
                firsts = self._firsts(words[i].text)
            if not firsts:
                i += 1
                continue
            limit = min(self.gaz.max_tokens, 4, len(words) - i, words[i].run)
            # per reading of the first word, place_key of words i..i+n-1 for each n worth trying
            readings = [(off, _ngram_keys(k, forms, i, i + limit, self._place_prefixes)) for off, k in firsts]
            for n in range(limit, 0, -1):
                for off, keys in readings:
                    if n > len(keys):
                        continue
                    key = keys[n - 1]
                    if key in self.gaz or (n == 1 and (key in _PLACE_ANAPHORS or key == _CAPITAL_WORD)):
                        found = (n, off, key)
                        break
                if found:
                    break
            if not found:
                i += 1
                continue
            n, off, key = found
            start, end = words[i].start + off, words[i + n - 1].end
            i += n
            if any(start < b and end > a for a, b in blocked):
                continue
            inner = [(a, b) for a, b in taken if start < b and end > a]
            # a longer name may replace LOC mentions inside it (بحر الصين الشرقي around الصين)
            if inner and not all(start <= a and b <= end and (a, b) != (start, end) for a, b in inner):
                continue
            prev = _prev_word(words, ends, start)
            prefer = _PLACE_HEADS.get(prev)
            if key in _PLACE_ANAPHORS:
                out.append(_Mention(start, end, key, _PLACE_ANAPHORS[key], False))
                continue
            if key == _CAPITAL_WORD and i < len(words) and words[i].norm in self._nisba:
                cap = self._capitals.get(self._nisba[words[i].norm])
                if cap is not None:  # العاصمة السورية → Damascus
                    end = words[i].end
                    out.append(_Mention(start, end, place_key(cap.names_ar[0]), "city", False))
                    taken.append((start, end))
                    i += 1
                continue
            if key == _CAPITAL_WORD or not self._scan_ok(key, n, prev) or (off and not self._significant(key)):
                continue
            if inner:
                out = [m for m in out if not (start <= m.start and m.end <= end)]
                taken = [t for t in taken if t not in inner]
            out.append(_Mention(start, end, key, prefer, False))
            taken.append((start, end))
        return sorted(out, key=lambda m: m.start)

    def _firsts(self, word: str) -> tuple[tuple[int, str], ...]:
        """(offset, place_key) of the readings of ``word`` (clitic or not) that start a place name."""
        hit = self._place_firsts.get(word)
        if hit is None:
            hit = () if TANWEEN_FATH in word else tuple(  # (باكرًا is no ب + Accra)
                (off, k) for off, first in _word_variants(word) if (k := place_key(first)) in self._place_heads
            )
            if len(self._place_firsts) >= _WORD_CACHE_MAX:
                self._place_firsts.clear()
            self._place_firsts[word] = hit
        return hit

    def _scan_ok(self, key: str, n_words: int, prev: str) -> bool:
        if prev in _PLACE_HEADS:
            return True
        if key in _STOP_PLACE:
            return False
        cands = self.gaz.candidates(key)
        if any(c.feature != "city" or c.manual or c.capital for c in cands):
            return True
        if n_words > 1 and key.split()[0] in _TOPONYM_PREFIXES:
            return True  # كفر بطنا
        return max(c.population for c in cands) >= (MIN_SCAN_POPULATION if n_words == 1 else 1000)

    def _significant(self, key: str) -> bool:
        """Worth reading a leading و/ف/ب/ل as a clitic for: names with the article (بالرقة), and
        countries, capitals and big cities (لسوريا, بدمشق); not فرقة → ف + رقة, فرانس → ف + رانس."""
        if key.startswith("ال") or len(key.split()) > 1 and key.split()[0] in _TOPONYM_PREFIXES:
            return True  # (وكفر بطنا: a two-word toponym)
        return any(
            c.feature != "city" or c.manual or c.capital or c.population >= MIN_CLITIC_CITY_POPULATION
            for c in self.gaz.candidates(key)
        )

    @staticmethod
    def _plausible(e: GazEntry, ctx: set[str]) -> bool:
        """A city found only by scanning must be in a country the article names, or be a capital
        or a metropolis: جيهان (a first name) is also Ceyhan, Turkey."""
        if e.feature != "city" or e.manual or e.capital or e.population >= MIN_FOREIGN_CITY_POPULATION:
            return True
        return e.country in ctx

    def _geocode(self, text: str, mentions: list[_Mention]) -> tuple[list[Place], dict[tuple[int, int], GazEntry]]:
        """Places for the mentions, and the gazetteer entry behind each named (non-anaphoric) one."""
        ctx: set[str] = set()
        for m in mentions:
            if m.key in _PLACE_ANAPHORS or m.prefer == _ENCLOSED:
                continue
            cands = self.gaz.candidates(m.key)
            countries = {c.country for c in cands if c.feature == "country" and c.country}
            if countries:
                ctx |= countries
            elif (
                len({c.country for c in cands}) == 1
                and cands[0].country
                and (m.from_ner or any(c.feature != "city" or c.capital for c in cands))
            ):
                ctx.add(cands[0].country)  # a scanned small city does not vouch for its own country
        places: list[Place] = []
        last: dict[str, Place] = {}
        entries: dict[tuple[int, int], GazEntry] = {}
        for m in mentions:
            span = text[m.start : m.end]
            if m.prefer == _ENCLOSED:
                ante = max((p for f, p in last.items() if f in ("admin1", "city")), key=lambda p: p.start, default=None)
                if ante is not None:  # a neighbourhood, mountain or village inside the last-named place
                    places.append(
                        Place(
                            m.start,
                            m.end,
                            span,
                            _strip_clitic_text(span),
                            ante.country,
                            "area",
                            ante.lat,
                            ante.lon,
                            ante.precision,
                            None,
                        )
                    )
                continue
            if m.key in _PLACE_ANAPHORS:
                ante = last.get(m.prefer or "")
                if ante is None:
                    continue
                places.append(
                    Place(
                        m.start,
                        m.end,
                        span,
                        ante.name,
                        ante.country,
                        ante.feature,
                        ante.lat,
                        ante.lon,
                        ante.precision,
                        ante.geonameid,
                    )
                )
                continue
            match = self.gaz.geocode(m.key, sorted(ctx), m.prefer)
            if match is None or (not m.from_ner and not self._plausible(match.entry, ctx)):
                continue
            p = _place(m.start, m.end, span, match)
            places.append(p)
            entries[(p.start, p.end)] = match.entry
            last[p.feature] = p
        return places, entries


# -- helpers -------------------------------------------------------------------------------
def _place(start: int, end: int, text: str, m: PlaceMatch) -> Place:
    return Place(start, end, text, m.name, m.country, m.feature, m.lat, m.lon, m.precision, m.entry.geonameid)


_WORD_CACHE_MAX = 200_000


@lru_cache(maxsize=_WORD_CACHE_MAX)  # every word of every article; the vocabulary repeats
def _word_forms(word: str) -> tuple[str, str]:
    """(normalize, match_key) of one word."""
    return normalize(word), match_key(word)


def _words(text: str) -> list[_Word]:
    words = [_Word(*m.span(), w, *_word_forms(w)) for m in _WORD.finditer(text) if (w := m.group())]
    # a name never spans punctuation: count how far each word's whitespace-separated run goes
    # (the gap between two words is never empty, so "only whitespace" is isspace)
    for j in range(len(words) - 2, -1, -1):
        if text[words[j].end : words[j + 1].start].isspace():
            words[j].run = words[j + 1].run + 1
    return words


def _word_prefixes(names: list[str] | dict[str, object]) -> set[str]:
    """Every leading word sequence of every (normalised, space-separated) name."""
    out: set[str] = set()
    for name in names:
        toks = name.split(" ")
        out.update(" ".join(toks[:k]) for k in range(1, len(toks) + 1))
    return out


def _ngram_keys(first: str, forms: list[str], i: int, stop: int, prefixes: set[str]) -> list[str]:
    """Keys of words i..i+n-1 for n = 1, 2, ... while i+n <= ``stop``, ending once a key is no
    name's prefix (then no longer one is a name either). ``first``: the key of word i; ``forms``:
    the single-word keys. Joining the non-empty ones by spaces gives the same string as
    ``place_key``/``match_key`` of the words' text joined by spaces (words are \\w-only once
    normalised, and no spelling-variant pattern spans a space), without normalising anew."""
    keys = [first]
    for j in range(i + 1, stop):
        nxt = forms[j]
        key = f"{keys[-1]} {nxt}" if nxt else keys[-1]
        if key not in prefixes:
            break
        keys.append(key)
    return keys


def _prev_word(words: list[_Word], ends: list[int], pos: int) -> str:
    """Normalised word before ``pos`` (``ends``: the words' ends, ascending)."""
    k = bisect_right(ends, pos)
    prev = words[k - 1].norm if k else ""
    for c in ("و", "ف", "ب", "ل"):
        if prev.startswith(c) and prev[1:] in _PLACE_HEADS:
            return prev[1:]
    return prev


_GENERIC_GEO = {normalize(w) for w in ("وادي", "جبل", "جبال", "نهر", "بحر", "سهل", "ساحل", "خليج", "هضبة", "جزيرة", "واحة")}
# Nouns whose first letter is a و of their own (not the conjunction)
_WAW_NOUNS = {normalize(w) for w in ("وادي", "واحة", "ولاية", "وسط", "واجهة")}


@lru_cache(maxsize=100_000)  # every word of every article is read this way; the vocabulary repeats
def _word_variants(word: str) -> tuple[tuple[int, str], ...]:
    """(offset in ``word``, form) readings of a word with an optional leading clitic: the word
    itself first, then without و/ف/ب/ل/ك clusters, then لل → ال."""
    out = [(0, word)]
    plain = _DIACRITIC.sub("", word)
    if normalize(plain) in _WAW_NOUNS:
        return tuple(out)  # وادي القاضي: a valley, not و + Edd (Eritrea)
    for c in _CLITIC_CLUSTERS[1:]:
        if plain.startswith(c) and len(plain) - len(c) >= 3:
            out.append((_orig_offset(word, len(c)), word[_orig_offset(word, len(c)) :]))
    for c in _LL_CLUSTERS:
        if plain.startswith(c) and len(plain) - len(c) >= 2:
            off = _orig_offset(word, len(c))
            out.append((off, "ال" + word[off:]))
    return tuple(out)


def _variants(span: str) -> list[tuple[int, str]]:
    """Keys for a whole entity span, its first word read with and without a clitic."""
    parts = span.split(maxsplit=1)
    if not parts:
        return []
    rest = parts[1] if len(parts) > 1 else ""
    out = [(off, place_key(f"{first} {rest}".strip())) for off, first in _word_variants(parts[0])]
    plain = _DIACRITIC.sub("", parts[0])
    if rest and len(plain) == 3 and plain[0] in "وفبل":  # وتل أبيب، بأم درمان: a short first word of a longer name
        off = _orig_offset(parts[0], 1)
        out.append((off, place_key(f"{parts[0][off:]} {rest}")))
    if not normalize(parts[0]).startswith("ال"):  # ولايات المتحدة cut after للـ: restore the article
        out.append((0, place_key(f"ال{parts[0]} {rest}".strip())))
    return out


def _orig_offset(word: str, n_plain: int) -> int:
    """Offset in ``word`` after ``n_plain`` non-diacritic characters."""
    seen = 0
    for i, ch in enumerate(word):
        if seen == n_plain:
            return i
        if not _DIACRITIC.match(ch):
            seen += 1
    return len(word)


def _clitic_offset(word: _Word, alias_firsts: tuple[str, ...]) -> int | None:
    """Length of the clitic before the name in ``word`` (0 when none), None when the word does
    not end with any reading of the alias's first word."""
    w = word.norm
    best = None
    for a in alias_firsts:
        if w.endswith(a):
            pre = w[: len(w) - len(a)]
            if pre in _CLITIC_CLUSTERS:
                best = len(pre) if best is None else min(best, len(pre))
        elif a.startswith("ال") and w.endswith(a[2:]) and w[: len(w) - len(a) + 2] in _LL_CLUSTERS:
            best = len(w) - len(a) + 2 if best is None else best
    return None if best is None else _orig_offset(word.text, best)


def _alias_first_words(actors: ActorDictionary) -> dict[str, tuple[str, ...]]:
    out: dict[str, set[str]] = {}
    for a in actors.actors.values():
        for alias in a.aliases_ar:
            out.setdefault(match_key(alias), set()).add(normalize(alias).split()[0])
    return {k: tuple(v) for k, v in out.items()}


def _nisba_index(actors: ActorDictionary, gaz: Gazetteer) -> tuple[dict[str, str], dict[str, GazEntry]]:
    """Nationality adjective (feminine, normalised: السوريه) → ISO2, read off the generated army
    aliases (الجيش السوري); ISO2 → capital city."""
    nisba: dict[str, str] = {}
    for a in actors.actors.values():
        if a.kind == "military" and a.country and a.id.endswith("-military"):
            for alias in a.aliases_ar:
                n = normalize(alias)
                if n.startswith("الجيش ") and len(n.split()) == 2:
                    nisba[n.split()[1] + "ه"] = a.country
    capitals: dict[str, GazEntry] = {}
    for e in gaz.entries:
        if e.capital and e.country and (e.country not in capitals or e.population > capitals[e.country].population):
            capitals[e.country] = e
    return nisba, capitals


def _loc_readings(span: str) -> list[tuple[int, str, str | None]]:
    """(offset, key, head word) readings of a LOC entity: as written (clitic or not), without a
    leading place word (محافظة دير الزور → دير الزور, head محافظه), without a trailing
    adjective (دوما السورية → دوما)."""
    out: list[tuple[int, str, str | None]] = [(off, key, None) for off, key in _variants(span)]
    parts = span.split()
    if len(parts) > 1:
        first = normalize(parts[0])
        for c in ("", "و", "ف", "ب", "ل"):
            if first.startswith(c) and first[len(c) :] in _PLACE_HEADS:
                rest = span[span.index(parts[1]) :]
                out += [(0, key, first[len(c) :]) for _, key in _variants(rest)]
                break
        last = normalize(parts[-1])
        if last.startswith("ال") and last.endswith(("ي", "يه")) and not (len(parts) == 2 and normalize(parts[0]) in _GENERIC_GEO):
            # (وادي القاضي: a valley's name, not a valley qualified by an adjective)
            trimmed = span[: span.rindex(parts[-1])].rstrip()
            out += [(off, key, h) for off, key, h in _loc_readings(trimmed)]
    return out


def _is_capital_phrase(span: str) -> bool:
    return any(key.startswith(_CAPITAL_WORD + " ") for _, key in _variants(span))


def _is_clitic_ll(span: str) -> bool:
    return normalize(span).startswith(_LL_CLUSTERS)


def _anaphor_feature(text: str) -> str | None:
    for off, key in _variants(text):
        if key in _PLACE_ANAPHORS:
            return _PLACE_ANAPHORS[key]
    return None


def _strip_clitic_text(text: str) -> str:
    """Surface form without a leading conjunction/preposition (والتحالف → التحالف, للرقة → الرقة).
    A bare و/ب/ل before a word without the article is kept: it is too often part of the name."""
    parts = text.split(maxsplit=1)
    if not parts:
        return text
    w, plain = parts[0], normalize(parts[0])
    if plain[:3] in ("وال", "فال", "بال", "كال") and len(plain) > 4:
        w = w[_orig_offset(w, 1) :]
    elif plain[:2] == "لل" and len(plain) > 3:
        w = "ال" + w[_orig_offset(w, 2) :]
    return w + (" " + parts[1] if len(parts) > 1 else "")


@lru_cache(maxsize=4096)
def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
