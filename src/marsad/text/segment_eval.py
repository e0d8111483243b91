"""Scoring tokenisation against UD gold (CoNLL-U with ``# text``), e.g. Arabic-PUD.

Gold surface words are rebuilt from the gold syntactic words: every form is located in the
sentence's ``# text`` (in PUD every form is a substring of the text, e.g. للسلطة → ل + لسلطة),
and forms that touch with a letter/digit on both sides of the join make up one surface word.
A surface word is *segmented exactly* when the predicted tokens inside it have exactly the
gold spans, which is the same as equal form lists (forms are surface substrings on both
sides; diacritics are kept on both, so no normalisation is needed).
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

_WORDCHAR = re.compile(r"[^\W_]|[\u0640\u064b-\u065f\u0670]")


@dataclass(slots=True)
class GoldSentence:
    sent_id: str
    text: str
    words: list[list[tuple[int, int]]]  # surface words, each a list of syntactic-word spans


@dataclass(slots=True)
class Score:
    words: int = 0  # surface words with a letter or digit (punctuation excluded)
    exact: int = 0
    baseline_exact: int = 0  # same words, left unsplit
    gold_syn: int = 0
    pred_syn: int = 0
    match_syn: int = 0
    errors: list[tuple[str, list[str], list[str]]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.exact / self.words if self.words else 0.0

    @property
    def baseline(self) -> float:
        return self.baseline_exact / self.words if self.words else 0.0

    @property
    def word_f1(self) -> float:
        """F1 of syntactic words (spans) over the same surface words (CoNLL 'Words' style)."""
        p = self.match_syn / self.pred_syn if self.pred_syn else 0.0
        r = self.match_syn / self.gold_syn if self.gold_syn else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


def read_conllu(path: Path) -> Iterator[GoldSentence]:
    opener = gzip.open if path.suffix == ".gz" else open
    sent_id, text, forms = "", "", []
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("# sent_id ="):
                sent_id = line.split("=", 1)[1].strip()
            elif line.startswith("# text ="):
                text = line.split("=", 1)[1].strip()
            elif line and line[0].isdigit():
                cols = line.split("\t")
                if "-" not in cols[0] and "." not in cols[0]:
                    forms.append(cols[1])
            elif not line and forms:
                yield _gold(sent_id, text, forms)
                forms = []
    if forms:
        yield _gold(sent_id, text, forms)


def _gold(sent_id: str, text: str, forms: list[str]) -> GoldSentence:
    pos, words = 0, []
    for f in forms:
        i = text.find(f, pos)
        if i < 0:
            raise ValueError(f"{sent_id}: form {f!r} not found in text after {pos}")
        sp = (i, i + len(f))
        if (words and words[-1][-1][1] == i and _WORDCHAR.match(text[i])
                and _WORDCHAR.match(text[i - 1])):
            words[-1].append(sp)
        else:
            words.append([sp])
        pos = sp[1]
    return GoldSentence(sent_id, text, words)


def score(sentences: list[GoldSentence],
          tokenize: Callable[[str], list[tuple[int, int]]], keep_errors: bool = False) -> Score:
    """Compare ``tokenize(text) -> [(start, end), ...]`` with the gold surface words."""
    sc = Score()
    for s in sentences:
        pred = sorted(tokenize(s.text))
        by_start: dict[int, list[tuple[int, int]]] = {}
        for a, b in pred:
            by_start.setdefault(a, []).append((a, b))
        pred_set = set(pred)
        for gw in s.words:
            ws, we = gw[0][0], gw[-1][1]
            if not any(_WORDCHAR.match(ch) for ch in s.text[ws:we]):
                continue
            inside = [p for p in pred if p[0] >= ws and p[1] <= we]
            covered = sum(b - a for a, b in inside) == we - ws
            sc.words += 1
            sc.baseline_exact += len(gw) == 1
            sc.gold_syn += len(gw)
            sc.pred_syn += len(inside)
            sc.match_syn += sum(1 for sp in gw if sp in pred_set)
            if covered and inside == gw:
                sc.exact += 1
            elif keep_errors:
                sc.errors.append((s.text[ws:we], [s.text[a:b] for a, b in gw],
                                  [s.text[a:b] for a, b in inside]))
    return sc
