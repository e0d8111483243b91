"""Entity-level P/R/F1 with conlleval chunking (same rules as ../shared/eval/conll_ner.py)."""

from __future__ import annotations

from collections import Counter


def chunks(tags: list[str]) -> set[tuple[int, int, str]]:
    out, start, kind = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, typ = tag.partition("-")
        continues = prefix == "I" and kind == typ
        if start is not None and not continues:
            out.add((start, i, kind))
            start, kind = None, None
        if prefix in ("B", "I") and not continues:
            start, kind = i, typ
    return out


def score(gold: list[list[str]], pred: list[list[str]]) -> dict[str, tuple[float, float, float]]:
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred, strict=True):
        gc, pc = chunks(g), chunks(p)
        for c in gc & pc:
            tp[c[2]] += 1
        for c in pc - gc:
            fp[c[2]] += 1
        for c in gc - pc:
            fn[c[2]] += 1

    def prf(a: int, b: int, c: int) -> tuple[float, float, float]:
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    res = {t: prf(tp[t], fp[t], fn[t]) for t in sorted(set(tp) | set(fp) | set(fn))}
    res["overall"] = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return res


def report(res: dict[str, tuple[float, float, float]]) -> str:
    return "\n".join(f"{t:8s} P {p * 100:6.2f} R {r * 100:6.2f} F1 {f * 100:6.2f}" for t, (p, r, f) in res.items())
