"""Sentence features for the event classifiers, shared by training (scripts/train_events.py)
and inference (marsad.events.classifier) so both see exactly the same vectors.

Three groups: word uni/bigrams of clitic-stripped normalised tokens (``w:``), character
n-grams inside word boundaries (``c:``), and hand features (``h:``): trigger-lexicon hits by
PLOVER type and kind, negation/future/hypothetical cues near the triggers, reported speech,
casualty counts, recency, age and topic cues.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from itertools import chain, pairwise

from marsad.events import cues
from marsad.events.lexicon import find_triggers
from marsad.text.normalize import normalize, strip_prefix_clitics

_TOKEN = re.compile(r"\w+")
_CASUALTY = re.compile(r"(?:مقتل|قتل\w*|قتلي|قتيل\w*|اصاب\w*|اصيب\w*|جرح\w*|جرحي|جريح\w*|مصرع\w*|ضحايا|استشهاد|شهداء)")
# Hundreds (ميات، ميه، مايه in the normalised text) are not among the counts here or in cues.NUMBER:
# the models were trained with these words spelt with ئ, which never matched the normalised text,
# and matching them lowered PROTEST's nested CV (0.556 → 0.544, 3 seeds), so they stay out.
_CROWD = re.compile(r"(?:عشرات|الاف|الالاف|حشود|الجماهير|جماهير|المواطنين|الشبان|انصار|مناصري)")
_QUANT = r"(?:عشرات|الاف|الالاف|الف|الفا|\d+|اكثر من|نحو|حوالي|الوف)"
# Structural cues: who does what to whom (nominative protesters act; accusative are acted on).
STRUCT = {
    "p_subj_nom": r"(?<!\w)(?:و|ف)?(?:ال)?(?:متظاهرون|محتجون|معتصمون|المضربون)(?!\w)",
    "p_quant": _QUANT + r" (?:من )?(?:ال)?(?:متظاهرين|محتجين|متظاهر|محتج|المواطنين|الاشخاص|اشخاص|شخص|الطلاب|طالب|انصار|مناصري|الشبان|العمال|السكان)",
    "p_verb_past": r"(?<!\w)(?:و|ف)?(?:تظاهر|اعتصم|احتشد|تجمهر|تجمع|اضرب|هتف|ردد)(?:ت|وا|ا)?(?!\w)",
    "p_occur": r"(?:خرجت|اندلعت|تجددت|تصاعدت|عمت|انطلقت|نظمت|نظم|شهدت|جابت|تواصلت|سارت|خرج|نزل|نزلوا|خرجوا)(?: \w+){0,3} (?:ال)?(?:مظاهر|تظاهر|احتجاج|مسير|اعتصام|شوارع|الشوارع)",
    "p_purpose": r"(?<!\w)(?:احتجاجا|للاحتجاج|للمطالبه|مطالبين|منددين|مرددين|هتفوا|رفعوا|يهتفون|يرددون|رددوا|مطالبين|رافعين|حاملين)(?!\w)",
    "p_police": r"(?:تفريق|فرقت|فرق|لتفريق|فض|فضت|طوقت|قمع|قمعت|اعتقلت|اعتقال)(?: \w+){0,2} (?:ال)?(?:متظاهرين|محتجين|مظاهره|التظاهره|الاحتجاج)",
    "p_road": r"(?:قطع|قطعوا|اغلق|اغلقوا|سد|سدوا|اقفال|قطع)(?: \w+){0,1} (?:ال)?(?:طريق|طرق|شارع|شوارع|مدخل)",
    "a_announce": r"(?:اعلن|اعلنت|افاد|افادت|ذكر|ذكرت|اكد|اكدت|قال|قالت)(?: \w+){0,6} (?:مقتل|اصابه|اغتيال|خطف|اختطاف|انفجار)",
    "a_passive": r"(?:قتل|اصيب|جرح|قتلوا|اصيبوا|جرحوا|لقي|لقوا)(?: \w+){0,3} (?:في|ب|جراء|اثر|خلال)? ?(?:ال)?(?:هجوم|انفجار|تفجير|اشتباك|غاره|قصف|كمين|عمليه)",
    "a_subord": r"(?<!\w)(?:بعد|اثر|عقب|منذ|خلفيه|اعقاب|ردا علي|بسبب|قبل)(?: \w+){0,2} (?:ال)?(?:هجوم|مقتل|اغتيال|تفجير|انفجار|خطف|اعتداء|هجمات|الهجوم|الاعتداء)",
    "a_attempt": r"محاوله (?:ال)?(?:اغتيال|اعتداء|خطف|تفجير)",
    "a_bodies": r"(?:العثور علي|عثر علي|عثرت) (?:\w+ ){0,2}(?:جثث|جثه|جثتي)",
    "a_quant_victims": _QUANT + r" (?:من )?(?:ال)?(?:اشخاص|شخصا|جنود|جنديا|مدنيين|مدنيا|قتلي|جرحي|عناصر|رجال|مسلحين|مسلحا|شرطيين|اطفال)",
}
_STRUCT = {k: re.compile(v) for k, v in STRUCT.items()}


def ngram_counts(norm: str) -> Counter[str]:
    raw = _TOKEN.findall(norm)
    toks = list(map(strip_prefix_clitics, raw))
    grams = ["w:" + t for t in toks]
    grams += ["w:" + a + "_" + b for a, b in pairwise(toks)]
    grams += chain.from_iterable(map(_char_grams, raw))  # the cached grams of each token in turn
    return Counter(grams)  # counted in the order listed: the classifier sums in this order


@lru_cache(maxsize=20_000)
def _char_grams(token: str) -> tuple[str, ...]:
    """Character 3-, 4- and 5-grams of ``token`` between spaces (words recur: cached)."""
    w = f" {token} "
    return tuple(["c:" + w[i:i + n] for n in (3, 4, 5) for i in range(max(1, len(w) - n + 1))])


def hand_features(text: str) -> dict[str, float]:
    """Dense cues computed on the raw sentence (triggers) and its normalised form (cues)."""
    norm = normalize(text)
    f: dict[str, float] = {}
    hits = find_triggers(text)
    by_type: Counter[str] = Counter()
    for h in hits:
        t, k = h.trigger.type, h.trigger.kind
        by_type[t] += 1
        key = f"h:{t}:{k}"
        f[key] = f.get(key, 0.0) + 1.0
        if h.trigger.mode:
            f[f"h:{t}:mode:{h.trigger.mode}"] = 1.0
        nt = _norm_pos(text, h.start)
        if cues.negated_before(norm, nt):
            f[f"h:{t}:neg"] = 1.0
        if cues.future_before(norm, nt):
            f[f"h:{t}:fut"] = 1.0
        if h.start < 25 and k == "verb":
            f[f"h:{t}:initial_verb"] = 1.0
        if k == "impf" and norm[nt:nt + 1] == "س":
            f[f"h:{t}:sa_future"] = 1.0
    for k in list(f):
        if f[k] > 1 and k.count(":") == 2:
            f[k] = 1.0 + math.log(f[k])
    f["h:n_types"] = float(len(by_type))
    for name, rx in (("neg", cues.NEGATION), ("fut", cues.FUTURE), ("hyp", cues.HYPOTHETICAL),
                     ("reported", cues.REPORTED), ("recent", cues.RECENT), ("years_ago", cues.YEARS_AGO),
                     ("background", cues.PAST_BACKGROUND), ("question", cues.QUESTION),
                     ("generic", cues.GENERIC), ("court", cues.COURT)):
        n = len(rx.findall(norm))
        if n:
            f["h:" + name] = min(n, 3) / 3
    years = cues.YEAR.findall(norm)
    if years:
        f["h:year"] = 1.0
    nums = [m.start() for m in cues.NUMBER.finditer(norm)]
    cas = [m.start() for m in _CASUALTY.finditer(norm)]
    if nums:
        f["h:number"] = 1.0
    if cas:
        f["h:casualty"] = 1.0
        if any(abs(a - b) < 30 for a in nums for b in cas):
            f["h:casualty_count"] = 1.0
    if _CROWD.search(norm):
        f["h:crowd"] = 1.0
    if "«" in text or '"' in text or "“" in text:
        f["h:quoted"] = 1.0
    if re.match(r"^\W*(?:[*ـ-]|\d)", text):
        f["h:list_item"] = 1.0
    for k, rx in _STRUCT.items():
        if rx.search(norm):
            f["h:" + k] = 1.0
    n_tok = len(norm.split())
    f["h:len"] = min(n_tok, 80) / 80
    f["h:short"] = 1.0 if n_tok < 12 else 0.0
    return f


def _norm_pos(text: str, pos: int) -> int:
    """Map an offset in ``text`` to ``normalize(text)`` (diacritics dropped, spaces squeezed)."""
    return len(normalize(text[:pos] + "x")) - 1


@lru_cache(maxsize=256)
def featurize(text: str) -> tuple[Counter[str], dict[str, float]]:
    """Both feature groups of a sentence (cached: the ASSAULT and PROTEST models share them;
    callers must not mutate the result)."""
    return ngram_counts(normalize(text)), hand_features(text)
