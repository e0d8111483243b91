"""The data model: plain, slotted data classes for one article and what is extracted from it.

Every ``start``/``end`` offset is a character offset into ``Article.text`` (the *cleaned*
text), never into the raw input; ``Article.to_record()`` produces the public JSON record
described in ``shared/spec/record.md`` (output contract v1).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(slots=True)
class Span:
    """A stretch of ``Article.text``: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str
    canonical: str | None = None

    def to_dict(self, with_canonical: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if with_canonical:
            d["canonical"] = self.canonical
        return d


@dataclass(slots=True)
class Removal:
    """A stretch of the raw input the cleaner dropped, with the reason (offsets into the raw text)."""

    raw_start: int
    raw_end: int
    reason: str
    text: str = ""


@dataclass(slots=True)
class Sentence:
    start: int
    end: int


@dataclass(slots=True)
class Token:
    """A syntactic word in the UD sense: clitics are their own tokens (ب + المدينة)."""

    start: int
    end: int
    text: str
    word_index: int  # index of the whitespace/punctuation word this token belongs to
    sentence: int = 0


@dataclass(slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: str  # PER | ORG | LOC | MISC
    confidence: float = 1.0
    canonical: str | None = None
    kind: str | None = None  # finer type from the actor dictionary (armed_group, media, ...)


@dataclass(slots=True)
class Place:
    start: int
    end: int
    text: str
    name: str
    country: str | None
    feature: str  # country | admin1 | city | area
    lat: float | None
    lon: float | None
    precision: str  # country | admin1 | city
    geonameid: int | None = None


@dataclass(slots=True)
class Quote:
    speaker: Span | None
    cue: Span | None
    quote: Span
    outlet: Span | None = None
    direct: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict(False) if self.cue else None,
            "quote": self.quote.to_dict(False),
            "outlet": {"text": self.outlet.text, "canonical": self.outlet.canonical} if self.outlet else None,
            "direct": self.direct,
        }


@dataclass(slots=True)
class Location(Span):
    name: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(slots=True)
class Event:
    type: str  # one of the 16 PLOVER types
    trigger: Span
    evidence: Span
    actor: Span | None = None
    target: Span | None = None
    location: Location | None = None
    mode: str | None = None
    date: str | None = None
    date_precision: str | None = None
    historical: bool = False
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        loc = None
        if self.location:
            loc = {**self.location.to_dict(False), "name": self.location.name,
                   "lat": self.location.lat, "lon": self.location.lon}
        return {
            "type": self.type, "mode": self.mode,
            "trigger": self.trigger.to_dict(False),
            "actor": self.actor.to_dict() if self.actor else None,
            "target": self.target.to_dict() if self.target else None,
            "location": loc,
            "date": self.date, "date_precision": self.date_precision,
            "evidence": self.evidence.to_dict(False),
            "historical": self.historical, "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class Article:
    """One article moving through the pipeline. ``raw`` is the decoded input body; ``text`` the
    cleaned body all offsets point into. ``segments`` maps one to the other: each
    ``(text_start, raw_start, length)`` says text[text_start:+length] came from raw[raw_start:+length]."""

    id: str
    raw: str
    text: str = ""
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) when known
    source: str | None = None
    url: str | None = None
    author: str | None = None
    lang: str = "ar"
    metadata: dict[str, Any] = field(default_factory=dict)
    segments: list[tuple[int, int, int]] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    # Computed on first read of ``tokens``: no stage and no record needs them, so a pipeline run
    # does not pay for them (about 7 % of its CPU); ``None`` means "not computed yet".
    _tokens: list[Token] | None = field(default=None, repr=False, compare=False)
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def tokens(self) -> list[Token]:
        """Clitic-segmented UD tokens of every sentence (ب + المدينة), built on first access."""
        if self._tokens is None:
            from .text.tokens import tokenize

            text = self.text
            tokens: list[Token] = []
            for n, s in enumerate(self.sentences):
                tokens += tokenize(text[s.start:s.end], s.start, n)
            self._tokens = tokens
        return self._tokens

    @tokens.setter
    def tokens(self, value: list[Token]) -> None:
        self._tokens = value

    def span(self, start: int, end: int, canonical: str | None = None) -> Span:
        return Span(start, end, self.text[start:end], canonical)

    def raw_offset(self, pos: int) -> int:
        """Map an offset in ``text`` back to the raw input."""
        if not self.segments:
            return pos
        i = bisect_right(self.segments, (pos, float("inf"), 0)) - 1
        if i < 0:
            return self.segments[0][1]
        text_start, raw_start, length = self.segments[i]
        return raw_start + min(pos - text_start, length)

    def to_record(self) -> dict[str, Any]:
        """The public JSON record (spec/record.md)."""
        return {
            "id": self.id, "source": self.source, "url": self.url, "title": self.title,
            "published": self.published, "lang": self.lang, "text": self.text,
            "removed": [{"raw_start": r.raw_start, "raw_end": r.raw_end, "reason": r.reason, "text": r.text}
                        for r in self.removed],
            "sentences": [{"start": s.start, "end": s.end} for s in self.sentences],
            "entities": [_as_dict(e, _ENTITY_FIELDS) for e in self.entities],
            "places": [_as_dict(p, _PLACE_FIELDS) for p in self.places],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
            "metadata": self.metadata,
        }


# Entity and Place hold scalars only, so ``dataclasses.asdict`` (recursive, deep-copying) is not
# needed: the same dict, key order included, from the field names.
_ENTITY_FIELDS = tuple(f.name for f in fields(Entity))
_PLACE_FIELDS = tuple(f.name for f in fields(Place))


def _as_dict(obj: Entity | Place, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in names}
