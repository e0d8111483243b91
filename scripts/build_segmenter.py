"""Build the word-frequency lexicon that gates clitic splitting (src/marsad/data/segmenter/).

Sources (all commercially usable; see shared/data/SOURCES.md):
  * ANERcorp, CAMeL Lab train split (CC BY-SA 4.0): word counts;
  * AQMAR Wikipedia articles (CC BY-SA 3.0): word counts;
  * GeoNames Arabic alternate names (CC BY 4.0): each name word counts as GEONAMES_WEIGHT
    occurrences, so place names such as واشنطن or لبنان are known whole words.
Deliberately NOT used: ud_arabic_padt and the news corpus (non-commercial), and PUD (it is the
evaluation set). The output is a gzip TSV ``form<TAB>count`` sorted by form, forms without diacritics/tatweel
(hamza spelling kept). Deterministic.

    python scripts/build_segmenter.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

from marsad.text.segment_lexicon import LEXICON_PATH, strip_marks

GEONAMES_WEIGHT = 1
# Only core Arabic letters: GeoNames also carries Persian/Urdu spellings (پ, ی, ک, ہ, ...).
_ARABIC_WORD = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u065f\u0670\u0640]+$")


def _conll_words(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if parts:
            out.append(parts[0])
    return out


def build(shared: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    data = shared / "data"
    files = [data / "anercorp" / "ANERCorp_CamelLab_train.txt", *sorted((data / "aqmar" / "articles").glob("*.txt"))]
    for f in files:
        for w in _conll_words(f):
            if _ARABIC_WORD.match(w):
                counts[strip_marks(w)] += 1
    names: set[str] = set()
    for name in ("cities15000.json.gz", "cities500_mena.json.gz"):
        with gzip.open(data / "gazetteer" / "geonames" / name, "rt", encoding="utf-8") as fh:
            for rec in json.load(fh).values():
                for alt in rec.get("alternatenames") or []:
                    for w in alt.split():
                        if _ARABIC_WORD.match(w) and len(w) > 1:
                            names.add(strip_marks(w))
    for n in names:
        counts[n] += GEONAMES_WEIGHT
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    ap.add_argument("--out", type=Path, default=LEXICON_PATH)
    args = ap.parse_args()
    counts = build(args.shared)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f"{k}\t{c}\n" for k, c in sorted(counts.items()))
    # mtime=0 keeps the .gz byte-identical across rebuilds.
    with open(args.out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(body.encode("utf-8"))
    print(f"{len(counts)} keys, {sum(counts.values())} weighted tokens -> {args.out}")


if __name__ == "__main__":
    main()
