"""Second-pass (stacked) features: how the first-pass CRF tagged each word across the document.

A name tagged confidently in one sentence is often missed where its context is weaker
(البنك التجاري six times in one article); letting the second CRF see the first pass's labels for
the same word elsewhere in the document fixes much of that.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from marsad.ner.features import FeatureExtractor

DOC_SENTENCES = 30  # pseudo-document size where documents are not marked (CoNLL files)


def document_hints(fx: FeatureExtractor, doc: list[list[str]], first: list[list[str]]) -> list[list[list[str]]]:
    """Per sentence, per token: features from first-pass tags ``first`` over the document ``doc``."""
    seen: Counter[str] = Counter()
    typed: dict[str, Counter[str]] = defaultdict(Counter)
    bases = [[fx.word(w).base for w in words] for words in doc]
    for sent_bases, tags in zip(bases, first):
        for b, t in zip(sent_bases, tags):
            seen[b] += 1
            if t != "O":
                typed[b][t[2:]] += 1
    out = []
    for sent_bases, tags in zip(bases, first):
        n = len(tags)
        hints = []
        for i, (b, t) in enumerate(zip(sent_bases, tags)):
            h = [f"p1={t}", f"p1-1={tags[i - 1] if i else 'BOS'}", f"p1+1={tags[i + 1] if i + 1 < n else 'EOS'}"]
            types = typed.get(b)
            if types:
                kind, k = types.most_common(1)[0]
                share = k / seen[b]
                h.append(f"dt={kind}")
                h.append(f"dt={kind}:{'all' if share == 1 else 'most' if share >= 0.5 else 'some'}")
            elif seen[b] > 1:
                h.append("dt=O")
            hints.append(h)
        out.append(hints)
    return out
