"""From BIO tags over words to entity spans in the text, with the leading clitics cut off."""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

from marsad.ner.clitics import split_clitics, surface_skip
from marsad.ner.lexicon import Lexicon, word_key

# ANERcorp type names onto the record's labels.
LABELS = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC"}


@dataclass(slots=True)
class Chunk:
    first: int  # index of the first word
    last: int  # index of the last word (inclusive)
    kind: str  # ANERcorp type: PERS, ORG, LOC, MISC
    confidence: float


def bio_chunks(tags: list[str], conf: list[float]) -> list[Chunk]:
    """Chunks by conlleval rules (an I- that does not continue its type starts a chunk);
    a chunk's confidence is the lowest marginal of its tokens."""
    out: list[Chunk] = []
    cur: Chunk | None = None
    for i, tag in enumerate(tags):
        prefix, _, kind = tag.partition("-")
        if cur is not None and prefix == "I" and kind == cur.kind:
            cur.last = i
            cur.confidence = min(cur.confidence, conf[i])
            continue
        if cur is not None:
            out.append(cur)
            cur = None
        if prefix in ("B", "I"):
            cur = Chunk(i, i, kind, conf[i])
    if cur is not None:
        out.append(cur)
    return out


def entity_start(word: str, start: int, lex: Lexicon, known: Container[str] = ()) -> int:
    """Offset where an entity beginning with ``word`` (at ``start``) starts once its leading
    conjunction/preposition is cut (لقوات → قوات, للأمم → أمم, والعراق → العراق). A word that is
    itself a ``known`` name (gazetteer phrase: وليد, لبنان) is kept whole."""
    key = word_key(word)
    if key in known:
        return start
    split = split_clitics(key, lex)
    if not split.drop:
        return start
    if split.drop == 1 and key.startswith("ك") and not split.base.startswith("ال"):
        return start  # كالين، كلاس: a name's own first letter; "as/like" before a name comes with ال
    skip = surface_skip(word, split.drop)
    return start + skip if skip < len(word) else start
