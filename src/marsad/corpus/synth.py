"""Perturbed copies of real articles: the labelled near-duplicate set and the synthetic corpus of
the scale benchmark. A copy undergoes one to three of: word edits (substitutions, deletions,
insertions, swaps, spelling variants that normalisation undoes), added boilerplate lines,
truncation, re-ordered paragraphs — what re-posting sites and re-crawls do to a story."""

from __future__ import annotations

import random
from dataclasses import dataclass

BOILERPLATE = [
    "تابعونا على فيسبوك وتويتر",
    "جميع الحقوق محفوظة",
    "اقرأ أيضا:",
    "للمزيد من الأخبار اشترك في نشرتنا البريدية",
    "المصدر: وكالات",
    "شاهد الفيديو",
    "حمل تطبيقنا على هاتفك",
    "نشر في: الأخبار العاجلة",
    "(رويترز)",
    "أ ف ب",
]
# Spelling variants news sites write both ways; normalize() maps each pair to one form.
_ORTHO = [("أ", "ا"), ("إ", "ا"), ("ة", "ه"), ("ى", "ي"), ("ديمقراط", "ديموقراط")]
OPS = ("edit", "boilerplate", "truncate", "reorder")


@dataclass(slots=True)
class Source:
    """An original split once into paragraphs of words, so each copy is cheap to make."""

    paragraphs: list[list[str]]


def prepare(text: str) -> Source:
    paras = [p.split() for p in text.split("\n")]
    return Source([p for p in paras if p])


def _edit(paras: list[list[str]], rng: random.Random, vocab: list[str]) -> list[list[str]]:
    rate = rng.uniform(0.01, 0.06)
    out = []
    for p in paras:
        p = list(p)
        n_ops = int(len(p) * rate + rng.random())  # stochastic rounding: short paragraphs too
        for _ in range(n_ops):
            if not p:
                break
            i = rng.randrange(len(p))
            op = rng.random()
            if op < 0.3:
                p[i] = rng.choice(vocab)
            elif op < 0.5:
                del p[i]
            elif op < 0.7:
                p.insert(i, rng.choice(vocab))
            elif op < 0.8 and i + 1 < len(p):
                p[i], p[i + 1] = p[i + 1], p[i]
            else:
                a, b = rng.choice(_ORTHO)
                p[i] = p[i].replace(a, b) if a in p[i] else p[i].replace(b, a)
        out.append(p)
    return out


def perturb(src: Source, rng: random.Random, vocab: list[str], n_ops: int | None = None) -> tuple[str, list[str]]:
    """One perturbed copy of ``src`` and the names of the operations applied."""
    ops = rng.sample(OPS, n_ops or rng.randint(1, 3))
    paras = src.paragraphs
    for op in ops:
        if op == "edit":
            paras = _edit(paras, rng, vocab)
        elif op == "boilerplate":
            paras = list(paras)
            for _ in range(rng.randint(1, 3)):
                line = rng.choice(BOILERPLATE).split()
                if rng.random() < 0.5:
                    paras.insert(0, line)
                else:
                    paras.append(line)
        elif op == "truncate":
            total = sum(len(p) for p in paras)
            keep = int(total * rng.uniform(0.7, 0.95))
            cut: list[list[str]] = []
            for p in paras:
                if keep <= 0:
                    break
                cut.append(p[:keep])
                keep -= len(p)
            paras = cut
        elif op == "reorder" and len(paras) > 1:
            paras = list(paras)
            rng.shuffle(paras)
    return "\n".join(" ".join(p) for p in paras), ops
