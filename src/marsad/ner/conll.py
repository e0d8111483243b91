"""Tag a CoNLL file: one token per line (first column), blank line between sentences.

Writes ``TOKEN TAG`` per line (BIO, ANERcorp names: B-PERS, I-ORG, B-LOC, B-MISC, O), the same
tokens in the same order, blank lines kept, so the output can be scored against the input gold.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from marsad.ner.document import DOC_SENTENCES
from marsad.ner.model import NerModel, get_model


def read_sentences(lines: Iterator[str]) -> Iterator[tuple[list[str], int]]:
    """(tokens, blank lines that followed) per sentence; leading blank lines as an empty sentence."""
    tokens: list[str] = []
    blanks = 0
    for line in lines:
        parts = line.split()
        if parts:
            if blanks:
                yield tokens, blanks
                tokens, blanks = [], 0
            tokens.append(parts[0])
        else:
            blanks += 1
    if tokens or blanks:
        yield tokens, blanks


def tag_conll(in_path: str | Path, out_stream: TextIO, model: NerModel | None = None) -> int:
    """Tag every sentence of ``in_path`` and write ``TOKEN TAG`` lines to ``out_stream``.
    Returns the number of tokens tagged."""
    model = model or get_model()
    with open(in_path, encoding="utf-8") as fh:
        sents = list(read_sentences(fh))
    n = 0
    # No document marks in CoNLL: consecutive blocks of sentences stand in for documents.
    for k in range(0, len(sents), DOC_SENTENCES):
        block = sents[k:k + DOC_SENTENCES]
        tagged = model.tag_document([tokens for tokens, _ in block], marginals=False)
        for (tokens, blanks), ts in zip(block, tagged):
            out_stream.writelines(f"{w} {t}\n" for w, t in zip(tokens, ts.tags))
            out_stream.write("\n" * blanks)
            n += len(tokens)
    return n
