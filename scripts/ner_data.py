"""Readers for the NER training data in ../shared/data (labelled CoNLL files and unlabelled text).

Used by ``train_ner.py`` and ``ner_clusters.py``; nothing here is shipped.
"""

from __future__ import annotations

import gzip
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MARSAD_SHARED_DATA", REPO.parent / "shared" / "data"))
sys.path.append(str(REPO / "src"))  # after PYTHONPATH: an installed or pointed-to marsad wins

ANER_TRAIN = SHARED / "anercorp" / "ANERCorp_CamelLab_train.txt"
ANER_TEST = SHARED / "anercorp" / "ANERCorp_CamelLab_test.txt"  # evaluation only, never training

Sentence = list[tuple[str, str]]
DEV_FRACTION = 0.1  # a contiguous tenth of train, like the official test split


def split_dev(sents: list[Sentence], first: bool = False) -> tuple[list[Sentence], list[Sentence]]:
    """(train, dev): the last tenth held out for tuning, or the first (a second, independent check
    of what the last tenth suggested)."""
    if first:
        cut = int(len(sents) * DEV_FRACTION)
        return sents[cut:], sents[:cut]
    cut = int(len(sents) * (1 - DEV_FRACTION))
    return sents[:cut], sents[cut:]


def read_conll(path: Path, tag_map: dict[str, str] | None = None) -> list[Sentence]:
    """Sentences of (token, tag) from a CoNLL file (first column token, second column tag)."""
    sents: list[Sentence] = []
    cur: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if cur:
                sents.append(cur)
                cur = []
            continue
        tag = parts[1] if len(parts) > 1 else "O"
        cur.append((parts[0], tag_map.get(tag, "O") if tag_map is not None else tag))
    if cur:
        sents.append(cur)
    return sents


def _aqmar_map() -> dict[str, str]:
    """AQMAR PER/LOC/ORG onto ANERcorp names; its article-specific MIS0-3 classes are too unlike
    ANERcorp's MISC (currencies, religions, events) to map, so they become O."""
    m = {}
    for src, dst in (("PER", "PERS"), ("LOC", "LOC"), ("ORG", "ORG")):
        m[f"B-{src}"] = f"B-{dst}"
        m[f"I-{src}"] = f"I-{dst}"
    return m


def read_aqmar() -> list[Sentence]:
    out: list[Sentence] = []
    for p in sorted((SHARED / "aqmar" / "articles").glob("*.txt")):
        out.extend(read_conll(p, _aqmar_map()))
    return out


# Wojood types onto ANERcorp's: GPE and facilities are places; currencies, events, laws and
# products are ANERcorp MISC (laws are not: Wojood tags "الفقرة (1)") (laws are not: Wojood tags "الفقرة (1)"); dates, numbers, occupations and nationalities (NORP) are not entities.
_WOJOOD = {
    "PERS": "PERS",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "CURR": "MISC",
}


def read_wojood(files: tuple[str, ...] = ("train.txt", "val.txt", "test.txt")) -> list[Sentence]:
    """The Wojood sample, nested tags flattened: per token the first of its tags (outer first)
    whose type ANERcorp has, so an ORG inside an occupation phrase is kept."""
    out: list[Sentence] = []
    for f in files:
        cur: Sentence = []
        for line in (SHARED / "wojood_sample" / f).read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if not parts:
                if cur:
                    out.append(cur)
                    cur = []
                continue
            tag = "O"
            for t in parts[1:]:
                bio, _, typ = t.partition("-")
                if typ in _WOJOOD:
                    tag = f"{bio}-{_WOJOOD[typ]}"
                    break
            cur.append((parts[0], tag))
        if cur:
            out.append(cur)
    # An I- whose previous token is not of its type begins the entity.
    for s in out:
        for i, (w, t) in enumerate(s):
            if t.startswith("I-") and (i == 0 or s[i - 1][1][2:] != t[2:]):
                s[i] = (w, "B-" + t[2:])
    return out


def unlabelled_texts() -> Iterator[str]:
    """Raw text for word clusters: news sample, AQMAR, Wojood sample, UD-PUD, ANERcorp train.
    (Never the ANERcorp test split, nor ANERCorp_Benajiba.txt, which contains it.)"""
    with gzip.open(SHARED / "news" / "news_sample.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            yield (rec.get("title") or "") + "\n" + rec["text"]
    for sents in (
        [read_conll(ANER_TRAIN)],
        [read_conll(p) for p in sorted((SHARED / "aqmar" / "articles").glob("*.txt"))],
        [read_conll(SHARED / "wojood_sample" / f) for f in ("train.txt", "val.txt", "test.txt")],
    ):
        for part in sents:
            for s in part:
                yield " ".join(t for t, _ in s)
    pud = SHARED / "ud_arabic_pud"
    for p in pud.glob("*.conllu.gz"):
        with gzip.open(p, "rt", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("# text = "):
                    yield line[9:]
