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
from itertools import pairwise
from typing import NamedTuple

from marsad.ner.clitics import split_clitics
from marsad.ner.gazetteer import Gazetteer
from marsad.ner.lexicon import Lexicon, word_key

_PUNCT = set("،,.:;؛!?؟\"'«»()[]{}-–—/\\|…*")
_OFFSETS = (-2, -1, 1, 2)
_LEND_PREFIXES = tuple((off, f"{-off}:".encode()) for off in _OFFSETS)  # what a word lends at offset off
_CACHE_WORDS = 200_000
_SUFFIXES = ("ها", "هم", "هما", "كم", "نا", "هن")
# Sports sentences name clubs after cities (ريال مدريد, هامبورغ: ORG, not LOC); word_key forms.
_SPORT = frozenset(["مباراه", "مباراة", "الدوري", "دوري", "هدف", "هدفا", "اهداف", "الاهداف", "فريق", "الفريق", "نادي", "النادي", "المدرب", "مدرب", "بطوله", "البطوله", "كاس", "الكاس", "المنتخب", "منتخب", "لاعب", "اللاعب", "لاعبي", "اللاعبين", "الملعب", "ملعب", "فاز", "تعادل", "التعادل", "الشوط", "المباراه", "الموسم"])


@dataclass(slots=True)
class WordInfo:
    key: str
    base: str  # key without leading conjunction/preposition clitics (ال kept)
    own: tuple[str, ...]  # features of the word at position 0
    lends: tuple[str, ...]  # features it lends to its neighbours, before the offset prefix (see ``ctx``)
    vec: tuple[tuple[str, float], ...] = ()  # dense word-vector features, when the model has them
    cl1: str = "c1=none"  # mid-level cluster feature
    # For ``FeatureExtractor.encoded`` (tagging), UTF-8 encoded and less the names outside
    # ``FeatureExtractor.known``: own, and what the word lends to the token at -offset, by offset.
    own_b: tuple[bytes, ...] = ()
    ctx_b: dict[int, tuple[bytes, ...]] = field(default_factory=dict)
    base_b: bytes = b""
    cl1_b: bytes = b""

    @property
    def ctx(self) -> dict[int, tuple[str, ...]]:
        """Features lent to the token at -offset, by offset. Built on demand: tagging reads
        ``ctx_b``, and the word cache holds up to _CACHE_WORDS words."""
        return {off: tuple([f"{-off}:{x}" for x in self.lends]) for off in _OFFSETS}


class _Names(NamedTuple):
    """The fixed feature names and prefixes of ``_assemble``, as str or as UTF-8 bytes."""

    bos: str | bytes
    pad_prev: str | bytes
    eos: str | bytes
    pad_next: str | bytes
    gaz_prev: str | bytes
    gaz_next: str | bytes
    bigram_prev: str | bytes
    bigram_next: str | bytes
    pair_sep: str | bytes
    sport: str | bytes
    sport_and: str | bytes


_STR = _Names("BOS", "-2:pad", "EOS", "2:pad", "-1:", "1:", "bg-=", "bg+=", "|", "sport", "sport&")
_BYTES = _Names(*(x.encode() for x in _STR))


@dataclass(slots=True)
class FeatureExtractor:
    lex: Lexicon
    gaz: Gazetteer
    _cache: dict[str, WordInfo] = field(default_factory=dict)
    # the feature names the taggers know (None: all); see ``restrict``
    known: frozenset[bytes] | None = None

    def restrict(self, known: frozenset[bytes]) -> None:
        """Leave the names outside ``known`` (the taggers' attribute dictionaries) out of
        ``encoded``: crfsuite drops unknown attributes anyway, after paying to look each one up,
        and a quarter of the names (most word bigrams) are unknown. Tags and marginals are
        unchanged; ``sentence`` (training) still gives every feature."""
        self.known = known
        self._cache.clear()

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
        counts = self.lex.counts
        n_sfx = sum([counts.get(stem + x, 0) for x in _SUFFIXES])
        f.append(f"sfx={min(int(math.log2(n_sfx + 1)), 5)}")
        cl = self.lex.clusters.get(base) or self.lex.clusters.get(key)
        if cl:
            levels = [f"c{lvl}={c}" for lvl, c in enumerate(cl)]
            f.extend(levels)
            ctx: tuple[str, ...] = (f[1], f[2], levels[1], levels[2])  # w=, b=, c1=, c2=
        else:
            f.append("c=none")
            ctx = (f[1], f[2], "c=none")
        ctx_b = tuple([x.encode() for x in ctx])
        vec = self.lex.vectors.get(base) or self.lex.vectors.get(key) or ()
        cl1 = f"c1={cl[1]}" if cl else "c1=none"
        if (known := self.known) is None:
            own_b = tuple([x.encode() for x in f])
            lent = {off: tuple([p + x for x in ctx_b]) for off, p in _LEND_PREFIXES}
        else:  # encoded and filtered in one pass: this runs for every new word
            own_b = tuple([b for x in f if (b := x.encode()) in known])
            lent = {off: tuple([b for x in ctx_b if (b := p + x) in known]) for off, p in _LEND_PREFIXES}
        return WordInfo(key, base, tuple(f), ctx, vec, cl1, own_b, lent, base.encode(), cl1.encode())

    def infos(self, words: list[str]) -> list[WordInfo]:
        """``word`` of each of ``words`` (the cache looked up inline: this runs per token)."""
        get, word = self._cache.get, self.word
        return [get(w) or word(w) for w in words]

    def sentence(self, words: list[str], hints: list[list[str]] | None = None) -> list:
        """Features per token for crfsuite: lists of binary feature names, or — when the model
        has word vectors — dicts of name → value; ``hints`` are extra (document-pass) features."""
        infos = self.infos(words)
        bases = [i.base for i in infos]
        gaz = self.gaz.match([i.key for i in infos], bases)
        out = _assemble([i.own for i in infos], [i.ctx for i in infos], bases, [i.cl1 for i in infos], gaz,
                        not _SPORT.isdisjoint(bases), _STR)
        if hints is not None:
            for f, h in zip(out, hints):
                f.extend(h)
        if self.lex.vectors:
            items = []
            for f, info in zip(out, infos):
                item = dict.fromkeys(f, 1.0)
                item.update(info.vec)
                items.append(item)
            return items
        return out

    def encoded(self, words: list[str], infos: list[WordInfo] | None = None) -> list[list[bytes]]:
        """``sentence(words)`` (for a model without word vectors) with each feature name UTF-8
        encoded: crfsuite encodes every str it is given, token after token, but takes bytes as
        they are, so the per-word features are encoded once, in the word cache. ``infos``:
        ``self.infos(words)`` when the caller has it already."""
        if infos is None:
            infos = self.infos(words)
        bases = [i.base for i in infos]
        gaz = self.gaz.match([i.key for i in infos], bases)
        gaz_b = [[x.encode() for x in g] if g else [] for g in gaz]
        return _assemble([i.own_b for i in infos], [i.ctx_b for i in infos], [i.base_b for i in infos],
                         [i.cl1_b for i in infos], gaz_b, not _SPORT.isdisjoint(bases), _BYTES, self.known)

    @staticmethod
    def with_hints(items: list, hints: list[list[str]]) -> list:
        """Add document-pass features to the output of ``sentence``."""
        if items and isinstance(items[0], dict):
            return [{**x, **dict.fromkeys(h, 1.0)} for x, h in zip(items, hints)]
        return [x + h for x, h in zip(items, hints)]


def _assemble(owns: list, ctxs: list, bases: list, cl1s: list, gaz: list, sport: bool, names: _Names,
              known: frozenset[bytes] | None = None) -> list[list]:
    """Features per token from the per-word parts (all str, or all bytes with ``names`` to match);
    with ``known``, the word-bigram features outside it are left out."""
    n = len(owns)
    last = n - 1
    # base|next-base pairs: token i has bg_next[i], token i+1 bg_prev[i] (None: left out)
    sep = names.pair_sep
    pairs = [a + sep + b for a, b in pairwise(bases)]
    bg_prev: list = [names.bigram_prev + p for p in pairs]
    bg_next: list = [names.bigram_next + p for p in pairs]
    if known is not None:
        bg_prev = [x if x in known else None for x in bg_prev]
        bg_next = [x if x in known else None for x in bg_next]
    out = []
    for i in range(n):
        f = list(owns[i])
        if gaz[i]:
            f += gaz[i]
        if i == 0:
            f.append(names.bos)
        elif i == 1:
            f.append(names.pad_prev)
        if i == last:
            f.append(names.eos)
        elif i == last - 1:
            f.append(names.pad_next)
        # the neighbour at relative position -off lends ctx[off], in _OFFSETS order
        if i + 2 < n:
            f += ctxs[i + 2][-2]
        if i < last:
            f += ctxs[i + 1][-1]
        if i > 0:
            f += ctxs[i - 1][1]
        if i > 1:
            f += ctxs[i - 2][2]
        if i > 0:
            if gaz[i - 1]:
                f += [names.gaz_prev + x for x in gaz[i - 1]]
            if bg_prev[i - 1] is not None:
                f.append(bg_prev[i - 1])
        if i < last:
            if gaz[i + 1]:
                f += [names.gaz_next + x for x in gaz[i + 1]]
            if bg_next[i] is not None:
                f.append(bg_next[i])
        if sport:
            f.append(names.sport)
            f.append(names.sport_and + cl1s[i])
        out.append(f)
    return out
