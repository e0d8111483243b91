"""One reader per input format; each yields Articles or Skipped records and never raises on
bad content, so one broken record costs that record only."""

from __future__ import annotations

import gzip
import io
import json
from collections.abc import Iterator
from typing import Any

from .. import errors
from ..errors import Skipped
from ..record import Article
from .article import make_article, published_date
from .decode import decode_bytes

Item = Article | Skipped
JSONL_FIELDS = ("id", "text", "title", "date", "source", "url")


def read_text(data: bytes, name: str) -> Iterator[Item]:
    text = decode_bytes(data, name)
    if isinstance(text, Skipped):
        yield text
        return
    yield make_article(text.replace("\r\n", "\n"), name, metadata={"format": "text"})


def read_jsonl(data: bytes, name: str) -> Iterator[Item]:
    text = decode_bytes(data, name)
    if isinstance(text, Skipped):
        yield text
        return
    for n, line in enumerate(io.StringIO(text), 1):
        if not line.strip():
            continue
        where = f"{name}:{n}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(name, errors.BAD_JSON.format(line=n, err=exc.msg))
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            yield Skipped(name, errors.NO_TEXT_FIELD.format(line=n))
            continue
        meta = {k: v for k, v in rec.items() if k not in JSONL_FIELDS}
        meta["format"] = "jsonl"
        yield make_article(rec["text"], where, id=rec.get("id"), title=rec.get("title"), date=rec.get("date"),
                           source=rec.get("source"), url=rec.get("url"), author=rec.get("author"), metadata=meta)


def extract_html(html: str | bytes, name: str, url: str | None = None,
                 metadata: dict[str, Any] | None = None) -> Item:
    """Main text, title, date and author of one HTML page (trafilatura)."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, favor_recall=True,
                                          include_comments=False, include_tables=False)
    except Exception as exc:  # noqa: BLE001 - trafilatura raises assorted lxml errors on broken markup
        return Skipped(name, f"{errors.BAD_HTML} ({type(exc).__name__})")
    if doc is None or not (doc.text or "").strip():
        return Skipped(name, errors.BAD_HTML)
    meta = dict(metadata or {})
    meta["format"] = "html"
    return make_article(doc.text, name, title=doc.title, date=doc.date, url=url or doc.url,
                        source=doc.sitename or doc.hostname, author=doc.author, metadata=meta)


def read_html(data: bytes, name: str) -> Iterator[Item]:
    text = decode_bytes(data, name)  # says EMPTY for a blank page
    if isinstance(text, Skipped):
        yield text
        return
    yield extract_html(text, name)


def read_warc(data: bytes, name: str) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator

    try:
        for n, record in enumerate(ArchiveIterator(io.BytesIO(data)), 1):
            if record.rec_type != "response":
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if "html" not in ctype.lower():
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{name}#{n}"
            body = record.content_stream().read()
            charset = ctype.lower().split("charset=")[-1].strip() if "charset=" in ctype.lower() else None
            html = decode_bytes(body, where, declared=charset)
            if isinstance(html, Skipped):
                yield html
                continue
            yield extract_html(html, where, url=url, metadata={"warc_date": record.rec_headers.get_header("WARC-Date")})
    except Exception as exc:  # noqa: BLE001 - a truncated archive ends the archive, not the batch
        yield Skipped(name, errors.BAD_WARC.format(err=str(exc)[:120] or type(exc).__name__))


def read_feed(data: bytes, name: str) -> Iterator[Item]:
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.bozo and not parsed.entries:
        yield Skipped(name, errors.BAD_FEED.format(err=str(parsed.get("bozo_exception", "no entries"))[:120]))
        return
    for n, entry in enumerate(parsed.entries, 1):
        where = f"{name}#{n}"
        body = ""
        if entry.get("content"):
            body = entry["content"][0].get("value", "")
        body = body or entry.get("summary", "")
        date = entry.get("published") or entry.get("updated")
        meta = {"format": "feed", "feed": name}
        if "<" in body:
            item = extract_html(f"<html><body><article>{body}</article></body></html>", where,
                                url=entry.get("link"), metadata=meta)
            if isinstance(item, Article):
                item.title = item.title or entry.get("title")
                if not item.published and date:
                    item.published = published_date(date)
                item.id = str(entry.get("id") or item.id)
            yield item
        else:
            yield make_article(body, where, id=entry.get("id") or entry.get("link"), title=entry.get("title"),
                               date=date, url=entry.get("link"), source=parsed.feed.get("title"), metadata=meta)


def maybe_gunzip(data: bytes, name: str) -> bytes | Skipped:
    if data[:2] != b"\x1f\x8b":
        return data
    try:
        return gzip.decompress(data)
    except (OSError, EOFError) as exc:
        return Skipped(name, f"gzip data is truncated or corrupt ({exc}); re-download or re-compress it")


def sniff_format(name: str, data: bytes) -> str:
    """Pick a reader from the file name, else from the first bytes."""
    lower = name.lower().removesuffix(".gz")
    for suffix, fmt in ((".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "jsonl"), (".warc", "warc"),
                        (".html", "html"), (".htm", "html"), (".rss", "feed"), (".atom", "feed"),
                        (".xml", "feed"), (".txt", "text")):
        if lower.endswith(suffix):
            return fmt
    head = data[:2048].lstrip().lower()
    if head.startswith(b"warc/"):
        return "warc"
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head) or head.startswith((b"<rss", b"<feed")):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head:
        return "html"
    return "text"


READERS = {"text": read_text, "jsonl": read_jsonl, "html": read_html, "warc": read_warc, "feed": read_feed}
