"""Score marsad.text.tokens against the UD Arabic-PUD gold segmentation.

Reports, for PUD sentences 1-500 (development: the only part rules/constants were tuned on),
501-1000 (held out) and all 1000: exact segmentation accuracy over surface words (punctuation
excluded), the unsplit baseline, and syntactic-word F1.

    python scripts/eval_segmentation.py [--gold PATH] [--errors N]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from marsad.text.segment_eval import read_conllu, score
from marsad.text.tokens import tokenize

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "shared" / "data" / "ud_arabic_pud" / "ar_pud-ud-test.conllu.gz"


def spans(text: str) -> list[tuple[int, int]]:
    return [(t.start, t.end) for t in tokenize(text)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--errors", type=int, default=0, help="print the N most common dev errors")
    args = ap.parse_args()
    sents = list(read_conllu(args.gold))
    parts = {"dev 1-500": sents[:500], "test 501-1000": sents[500:], "all 1000": sents}
    print(f"{'part':<15}{'words':>7}{'exact':>9}{'unsplit':>9}{'word F1':>9}")
    for name, part in parts.items():
        sc = score(part, spans, keep_errors=name.startswith("dev"))
        print(f"{name:<15}{sc.words:>7}{sc.accuracy:>9.2%}{sc.baseline:>9.2%}{sc.word_f1:>9.2%}")
        if name.startswith("dev") and args.errors:
            errs = Counter((w, "+".join(g), "+".join(p)) for w, g, p in sc.errors)
            for (w, g, p), n in errs.most_common(args.errors):
                print(f"  {n:3d} {w}  gold={g}  pred={p}")


if __name__ == "__main__":
    main()
