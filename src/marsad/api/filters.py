"""Validated filters shared by every view of the API.

Every bound here is deliberate: the API is public-facing and article text is untrusted, so
strings are length-capped, dates must be ISO and in a sane range, and a bounding box must be a
real box. Values only ever reach SQL as ``?`` parameters, never by string formatting."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field

from ..events.lexicon import PLOVER_TYPES

MAX_TEXT = 200  # longest free-text filter (an actor's name, a place, a query)
MAX_PAGE_SIZE = 500
MAX_PAGE = 10_000
MIN_YEAR, MAX_YEAR = 1900, 2100
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class FilterError(ValueError):
    """A filter value the API rejects; the message is shown to the caller (HTTP 422)."""

    def __init__(self, param: str, message: str) -> None:
        super().__init__(f"{param}: {message}")
        self.param = param
        self.message = message


def parse_date(param: str, value: str | None, upper: bool = False) -> str | None:
    """Check an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) and widen a partial one to a full day,
    the first day of its period for a lower bound and the last possible one for an upper bound."""
    if value is None or value == "":
        return None
    if not _DATE.match(value):
        raise FilterError(param, "expected an ISO date YYYY-MM-DD (or YYYY-MM, YYYY)")
    year = int(value[:4])
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise FilterError(param, f"year must be between {MIN_YEAR} and {MAX_YEAR}")
    parts = value.split("-")
    if len(parts) > 1 and not 1 <= int(parts[1]) <= 12:
        raise FilterError(param, "month must be 01-12")
    if len(parts) > 2 and not 1 <= int(parts[2]) <= 31:
        raise FilterError(param, "day must be 01-31")
    if len(parts) == 3:
        return value
    # Dates are compared as strings, so "-99" sorts after every real month/day.
    return value + ("-99" * (3 - len(parts)) if upper else "-00" * (3 - len(parts)))


def day_bounds(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """Real first and last days (YYYY-MM-DD) of validated, possibly partial, ISO dates."""
    lo = parse_date("date_from", date_from)
    hi = parse_date("date_to", date_to, upper=True)
    if lo:
        lo = lo.replace("-00", "-01")
    if hi and hi.endswith("-99"):
        year, month = int(hi[:4]), 12 if hi[5:7] == "99" else int(hi[5:7])
        hi = f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"
    if lo and hi and lo > hi:
        raise FilterError("date_to", "date_to is before date_from")
    return lo, hi


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """``min_lon,min_lat,max_lon,max_lat`` (the GeoJSON order)."""
    if value is None or value == "":
        return None
    parts = value.split(",")
    if len(parts) != 4:
        raise FilterError("bbox", "expected four numbers: min_lon,min_lat,max_lon,max_lat")
    try:
        w, s, e, n = (float(p) for p in parts)
    except ValueError:
        raise FilterError("bbox", "expected four numbers: min_lon,min_lat,max_lon,max_lat") from None
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= 90 and -90 <= n <= 90):
        raise FilterError("bbox", "longitudes must be within ±180 and latitudes within ±90")
    if w > e or s > n:
        raise FilterError("bbox", "min values must not exceed max values")
    return w, s, e, n


def _text(param: str, value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if len(value) > MAX_TEXT:
        raise FilterError(param, f"at most {MAX_TEXT} characters")
    return value or None


def like_pattern(value: str) -> str:
    """A LIKE pattern matching ``value`` anywhere, with LIKE's own wildcards taken literally."""
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@dataclass(slots=True)
class EventFilter:
    """What the dashboard's shared filter bar sends. ``actor``/``target`` match a canonical id
    exactly or the surface text as a substring; ``place`` matches the location's name or text;
    an event without its own date is placed on its article's publication date.
    ``event_index.EventIndex.select`` applies it."""

    types: list[str] = field(default_factory=list)
    actor: str | None = None
    target: str | None = None
    place: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    article: str | None = None
    historical: bool | None = None

    @classmethod
    def parse(cls, types: list[str] | None = None, actor: str | None = None, target: str | None = None,
              place: str | None = None, date_from: str | None = None, date_to: str | None = None,
              bbox: str | None = None, article: str | None = None,
              historical: bool | None = None) -> EventFilter:
        wanted: list[str] = []
        for item in types or []:
            for t in item.split(","):  # both ?type=A&type=B and ?type=A,B
                t = t.strip().upper()
                if not t:
                    continue
                if t not in PLOVER_TYPES:
                    raise FilterError("type", f"unknown event type {t[:40]!r}; expected one of "
                                              + ", ".join(PLOVER_TYPES))
                wanted.append(t)
        if len(wanted) > len(PLOVER_TYPES):
            raise FilterError("type", "too many types")
        lo, hi = parse_date("date_from", date_from), parse_date("date_to", date_to, upper=True)
        if lo and hi and lo > hi:
            raise FilterError("date_to", "date_to is before date_from")
        return cls(types=sorted(set(wanted)), actor=_text("actor", actor), target=_text("target", target),
                   place=_text("place", place), date_from=lo, date_to=hi, bbox=parse_bbox(bbox),
                   article=_text("article", article), historical=historical)
