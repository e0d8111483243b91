"""Errors and skip reasons a user can act on: what went wrong, with which input, what to do."""

from __future__ import annotations

from dataclasses import dataclass


class MarsadError(Exception):
    """An error with a message meant for the user."""


class MissingExtra(MarsadError):
    def __init__(self, module: str, extra: str) -> None:
        super().__init__(f"{module} is not installed: install it with `pip install 'marsad[{extra}]'`")


@dataclass(slots=True)
class Skipped:
    """An input (or one record of it) that was not processed, and why, in one line."""

    input: str
    reason: str

    def message(self) -> str:
        return f"skipped {self.input}: {self.reason}"


# Reasons, worded once so the CLI, the store and the tests agree.
NOT_FOUND = "no such file or folder; check the path"
EMPTY = "empty input; nothing to ingest"
BINARY = "looks like a binary file, not text/HTML/JSONL/WARC/feed; pass a text format"
UNDECODABLE = "cannot decode the text in any known encoding; re-save it as UTF-8"
NOT_ARABIC = "not Arabic (detected {lang}); Marsad only processes Arabic articles"
TOO_SHORT = "no article text found (empty after extraction)"
TOO_LARGE = "article is {mb:.1f} MB, over the {limit:.0f} MB limit; split it or raise MARSAD_MAX_ARTICLE_MB"
BAD_JSON = "line {line}: invalid JSON ({err}); fix or remove that line"
NO_TEXT_FIELD = "line {line}: no 'text' field; each JSONL record needs one"
BAD_HTML = "HTML has no extractable main text (truncated or not an article page)"
BAD_WARC = "WARC archive is unreadable ({err}); check it is a complete .warc or .warc.gz"
BAD_FEED = "feed is unreadable ({err}); check it is RSS or Atom"
