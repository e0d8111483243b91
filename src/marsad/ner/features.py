"""CRF features for one sentence of words (ANERcorp tokenisation: clitics still attached).

Per-word features, and the features a word lends to its neighbours at each window offset, are
computed once per distinct word and cached as tuples of shared strings; assembling a token's
features is then a few tuple concatenations. What gets recall on unseen names is the
distributional clusters (a new name usually falls in the cluster of names of its type), the
gazetteers, and — in the second pass — how the same word was tagged elsewhere in the document.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from marsad.ner.clitics import split_clitics
from marsad.ner.gazetteer import Gazetteer
from marsad.ner.lexicon import Lexicon, word_key

_PUNCT = set("،,.:;؛!?؟\"'«»()[]{}-–—/\\|…*")
_OFFSETS = (-2, -1, 1, 2)
_CACHE_WORDS = 200_000
_SUFFIXES = ("ها", "هم", "هما", "كم", "نا", "هن")
# Sports sentences name clubs after cities (ريال مدريد, هامبورغ: ORG, not LOC); word_key forms.
_SPORT = frozenset(["مباراه", "مباراة", "الدوري", "دوري", "هدف", "هدفا", "اهداف", "الاهداف", "فريق", "الفريق", "نادي", "النادي", "المدرب", "مدرب", "بطوله", "البطوله", "كاس", "الكاس", "المنتخب", "منتخب", "لاعب", "اللاعب", "لاعبي", "اللاعبين", "الملعب", "ملعب", "فاز", "تعادل", "التعادل", "الشوط", "المباراه", "الموسم"])


@dataclass(slots=True)
class WordInfo:
    key: str
    base: str  # key without leading conjunction/preposition clitics (ال kept)
    own: tuple[str, ...]  # features of the word at position 0
    ctx: dict[int, tuple[str, ...]]  # features it lends to the token at -offset, by offset
    vec: tuple[tuple[str, float], ...] = ()  # dense word-vector features, when the model has them
    cl1: str = "c1=none"  # mid-level cluster feature


@dataclass(slots=True)
class FeatureExtractor:
    lex: Lexicon
    gaz: Gazetteer
    _cache: dict[str, WordInfo] = field(default_factory=dict)

    def word(self, w: str) -> WordInfo:
        info = self._cache.get(w)
        if info is None:
            info = self._word(w)
            if len(self._cache) >= _CACHE_WORDS:  # bound memory in long-running processes
                self._cache.clear()
            self._cache[w] = info
        return info

    def _word(self, w: str) -> WordInfo:
        key = word_key(w)
        split = split_clitics(key, self.lex)
        base = split.base
        f = ["bias", f"w={key}", f"b={base}"]
        if split.drop:
            f.append(f"cl={key[:split.drop]}")
        core = base[2:] if base.startswith("ال") and len(base) > 4 else base
        f.append(f"def={core != base}")
        for k in (1, 2, 3, 4):
            if len(core) > k:
                f.append(f"p{k}={core[:k]}")
                f.append(f"s{k}={core[-k:]}")
        f.append(f"len={min(len(core), 8)}")
        if w.isdigit() or key.replace("0", "") == "":
            f.append("shape=num")
        elif w in _PUNCT or len(w) == 1 and not w.isalnum():
            f.append("shape=punct")
        elif w.isascii():
            f.append("shape=latin")
        f.append(f"freq={int(math.log2(self.lex.count(key) + 1))}")
        f.append(f"bfreq={int(math.log2(self.lex.count(base) + 1))}")
        # Names rarely take the article or a possessive suffix; common nouns and verbs do.
        n_core = self.lex.count(core)
        n_al = self.lex.count("ال" + core)
        if n_core + n_al:
            r = n_al / (n_core + n_al)
            f.append(f"alr={'0' if r == 0 else 'lo' if r < 0.1 else 'mid' if r < 0.5 else 'hi'}")
        stem = core[:-1] + "ت" if core.endswith("ه") else core  # مدينة → مدينتها
        n_sfx = sum(self.lex.count(stem + x) for x in _SUFFIXES)
        f.append(f"sfx={min(int(math.log2(n_sfx + 1)), 5)}")
        cl = self.lex.clusters.get(base) or self.lex.clusters.get(key)
        ctx = [f"w={key}", f"b={base}"]
        if cl:
            f.extend(f"c{lvl}={c}" for lvl, c in enumerate(cl))
            ctx.extend((f"c1={cl[1]}", f"c2={cl[2]}"))
        else:
            f.append("c=none")
            ctx.append("c=none")
        lent = {off: tuple(f"{-off}:{x}" for x in ctx) for off in _OFFSETS}
        vec = self.lex.vectors.get(base) or self.lex.vectors.get(key) or ()
        return WordInfo(key, base, tuple(f), lent, vec, f"c1={cl[1]}" if cl else "c1=none")

    def sentence(self, words: list[str], hints: list[list[str]] | None = None) -> list:
        """Features per token for crfsuite: lists of binary feature names, or — when the model
        has word vectors — dicts of name → value; ``hints`` are extra (document-pass) features."""
        infos = [self.word(w) for w in words]
        gaz = self.gaz.match([i.key for i in infos], [i.base for i in infos])
        n = len(infos)
        sport = any(i.base in _SPORT for i in infos)
        out = []
        for i, info in enumerate(infos):
            f = [*info.own, *gaz[i]]
            if i == 0:
                f.append("BOS")
            elif i == 1:
                f.append("-2:pad")
            if i == n - 1:
                f.append("EOS")
            elif i == n - 2:
                f.append("2:pad")
            for off in _OFFSETS:
                j = i - off  # the neighbour at relative position -off lends ctx[off]
                if 0 <= j < n:
                    f.extend(infos[j].ctx[off])
            if i > 0:
                f.extend(f"-1:{x}" for x in gaz[i - 1])
                f.append(f"bg-={infos[i - 1].base}|{info.base}")
            if i < n - 1:
                f.extend(f"1:{x}" for x in gaz[i + 1])
                f.append(f"bg+={info.base}|{infos[i + 1].base}")
            if sport:
                f.append("sport")
                f.append(f"sport&{info.cl1}")
            if hints is not None:
                f.extend(hints[i])
            if self.lex.vectors:
                item = dict.fromkeys(f, 1.0)
                item.update(info.vec)
                out.append(item)
            else:
                out.append(f)
        return out

    @staticmethod
    def with_hints(items: list, hints: list[list[str]]) -> list:
        """Add document-pass features to the output of ``sentence``."""
        if items and isinstance(items[0], dict):
            return [{**x, **dict.fromkeys(h, 1.0)} for x, h in zip(items, hints)]
        return [x + h for x, h in zip(items, hints)]
