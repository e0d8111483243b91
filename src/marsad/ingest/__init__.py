"""Ingest: files, folders, globs, stdin and feed URLs → Articles (or Skipped, with the reason).

``read_inputs`` is the single entry point; formats are recognised by name, then by content."""

from __future__ import annotations

import glob
import sys
import urllib.request
from collections.abc import Iterable, Iterator
from pathlib import Path

from .. import errors
from ..errors import Skipped
from ..record import Article
from .article import content_hash, make_article
from .formats import READERS, maybe_gunzip, sniff_format

Item = Article | Skipped


def expand_paths(inputs: Iterable[str]) -> Iterator[str | Skipped]:
    """Files as given; folders recursively (sorted, hidden files skipped); globs expanded."""
    for raw in inputs:
        if raw == "-" or raw.startswith(("http://", "https://")):
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield str(child)
        elif path.is_file():
            yield raw
        elif any(ch in raw for ch in "*?["):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield Skipped(raw, "the pattern matches no file; check it")
            yield from (m for m in matches if Path(m).is_file())
        else:
            yield Skipped(raw, errors.NOT_FOUND)


def _fetch(url: str) -> bytes | Skipped:
    try:
        with urllib.request.urlopen(url, timeout=30) as resp:
            return resp.read()
    except OSError as exc:
        return Skipped(url, f"cannot fetch the feed ({exc}); check the URL or save the feed to a file")


def read_one(name: str) -> Iterator[Item]:
    """Read one file, URL or stdin ('-')."""
    if name == "-":
        data: bytes | Skipped = sys.stdin.buffer.read()
    elif name.startswith(("http://", "https://")):
        data = _fetch(name)
    else:
        try:
            data = Path(name).read_bytes()
        except OSError as exc:
            yield Skipped(name, f"cannot read it ({exc.strerror}); check permissions")
            return
    if isinstance(data, Skipped):
        yield data
        return
    if not data:
        yield Skipped(name, errors.EMPTY)
        return
    data = maybe_gunzip(data, name)
    if isinstance(data, Skipped):
        yield data
        return
    fmt = "feed" if name.startswith(("http://", "https://")) else sniff_format(name, data)
    yield from READERS[fmt](data, name)


def read_inputs(inputs: Iterable[str]) -> Iterator[Item]:
    """Every article in ``inputs``, in order; problems come out as ``Skipped`` items."""
    for name in expand_paths(inputs):
        if isinstance(name, Skipped):
            yield name
        else:
            yield from read_one(name)


__all__ = ["Skipped", "content_hash", "expand_paths", "make_article", "read_inputs", "read_one"]
