"""Bytes → text. Arabic sites still serve windows-1256 (and some ISO-8859-6), often mislabelled,
so we never trust a declared charset alone: UTF-8 first (strict), then detection biased to the
Arabic code pages, keeping the candidate whose text is most Arabic."""

from __future__ import annotations

import re

from .. import errors
from ..errors import Skipped

_ARABIC = re.compile("[\u0600-\u06ff]")
_CANDIDATES = ("cp1256", "iso-8859-6", "utf-16")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KB: an image, archive or executable."""
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 BOM: text with NULs
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05


def _arabic_share(text: str) -> float:
    sample = text[:4000]
    letters = sum(1 for ch in sample if ch.isalpha())
    return len(_ARABIC.findall(sample)) / letters if letters else 0.0


def _decode_lines(data: bytes) -> str | None:
    """A file whose lines are in different encodings (UTF-8 mostly, a cp1256 fragment pasted in):
    decode line by line. None when no line is valid UTF-8 with Arabic in it (a plain legacy file)."""
    lines = data.split(b"\n")
    out, utf8_arabic = [], 0
    for line in lines:
        try:
            text = line.decode("utf-8")
            utf8_arabic += bool(_ARABIC.search(text))
        except UnicodeDecodeError:
            text = line.decode("cp1256", errors="replace")
        out.append(text)
    return "\n".join(out) if utf8_arabic else None


def decode_bytes(data: bytes, name: str, declared: str | None = None) -> str | Skipped:
    """Decode ``data`` (from input ``name``) or say why it can't be."""
    if not data.strip():
        return Skipped(name, errors.EMPTY)
    if looks_binary(data):
        return Skipped(name, errors.BINARY)
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _decode_lines(data)
    if mixed is not None:
        return mixed
    options: list[str] = []
    if declared:
        options.append(declared)
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None:
            options.append(best.encoding)
    except ImportError:  # charset-normalizer is a core dependency; tolerate a broken install
        pass
    options.extend(_CANDIDATES)
    decoded: list[tuple[float, str]] = []
    for enc in options:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        decoded.append((_arabic_share(text), text))
    if not decoded:
        # Mixed encodings (a UTF-8 page with a cp1256 fragment): keep the UTF-8 parts readable.
        text = data.decode("utf-8", errors="replace")
        if text.count("\ufffd") > len(text) * 0.3:
            return Skipped(name, errors.UNDECODABLE)
        return text
    return max(decoded, key=lambda t: t[0])[1]
