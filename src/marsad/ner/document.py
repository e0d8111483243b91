"""Second-pass (stacked) features: how the first-pass CRF tagged each word across the document.

A name tagged confidently in one sentence is often missed where its context is weaker
(البنك التجاري six times in one article); letting the second CRF see the first pass's labels for
the same word elsewhere in the document fixes much of that.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from marsad.ner.features import FeatureExtractor, WordInfo

DOC_SENTENCES = 30  # pseudo-document size where documents are not marked (CoNLL files)


def document_hints(fx: FeatureExtractor, doc: list[list[str]], first: list[list[str]],
                   as_bytes: bool = False, infos: list[list[WordInfo]] | None = None) -> list[list[list]]:
    """Per sentence, per token: features from first-pass tags ``first`` over the document ``doc``
    (UTF-8 encoded with ``as_bytes``, as ``FeatureExtractor.encoded`` gives them to crfsuite);
    ``infos``: ``fx.infos`` of each sentence when the caller has them already."""
    seen: Counter[str] = Counter()
    typed: dict[str, Counter[str]] = defaultdict(Counter)
    if infos is None:
        infos = [fx.infos(words) for words in doc]
    bases = [[i.base for i in sent] for sent in infos]
    for sent_bases, tags in zip(bases, first):
        seen.update(sent_bases[:len(tags)])
        for b, t in zip(sent_bases, tags):
            if t != "O":
                typed[b][t[2:]] += 1
    # the document-level features of a word depend on its base only: build them once per base
    by_base: dict[str, tuple[str, ...]] = {}
    for b, count in seen.items():
        types = typed.get(b)
        if types:
            kind, k = types.most_common(1)[0]
            share = k / count
            by_base[b] = (f"dt={kind}", f"dt={kind}:{'all' if share == 1 else 'most' if share >= 0.5 else 'some'}")
        else:
            by_base[b] = ("dt=O",) if count > 1 else ()
    p1, p1_prev, p1_next = _P1, _P1_PREV, _P1_NEXT
    if as_bytes:  # encoded once per distinct feature tuple (a few dozen), not once per token or base
        by_base = {b: _ENCODED[f] for b, f in by_base.items()}
        p1, p1_prev, p1_next = _P1_B, _P1_PREV_B, _P1_NEXT_B
    out = []
    for sent_bases, tags in zip(bases, first):
        if not tags:
            out.append([])
            continue
        cur = list(map(p1.__getitem__, tags))  # per token: the lookups run from C
        prev = [p1_prev["BOS"], *map(p1_prev.__getitem__, tags[:-1])]
        nxt = [*map(p1_next.__getitem__, tags[1:]), p1_next["EOS"]]
        out.append([[c, p, x, *by_base[b]] for c, p, x, b in zip(cur, prev, nxt, sent_bases)])
    return out


class _Encoded(dict):
    """Feature-name tuple -> the same UTF-8 encoded, made once: the document features of a base
    take a few dozen values."""

    def __missing__(self, names: tuple[str, ...]) -> tuple[bytes, ...]:
        value = self[names] = tuple([x.encode() for x in names])
        return value


class _Formatted(dict):
    """``template.format(tag)`` by tag (UTF-8 encoded with ``as_bytes``), made once: there are a
    handful of tags."""

    def __init__(self, template: str, as_bytes: bool = False) -> None:
        super().__init__()
        self.template = template
        self.as_bytes = as_bytes

    def __missing__(self, tag: str) -> str | bytes:
        name = self.template.format(tag)
        value = self[tag] = name.encode() if self.as_bytes else name
        return value


_P1 = _Formatted("p1={}")
_P1_PREV = _Formatted("p1-1={}")
_P1_NEXT = _Formatted("p1+1={}")
_P1_B = _Formatted("p1={}", as_bytes=True)
_P1_PREV_B = _Formatted("p1-1={}", as_bytes=True)
_P1_NEXT_B = _Formatted("p1+1={}", as_bytes=True)
_ENCODED = _Encoded()
