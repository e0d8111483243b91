"""One event, many sources: events reported by several articles merge into one event cluster
(GDELT's NumSources / NumArticles). Pure over event rows; ``marsad.corpus.store_ops`` reads
and writes the store.

Two events fall in one cluster when they have the same PLOVER type, the same actor, the same
target and the same place (each compared by its canonical id or gazetteer name when linked, else
by its Arabic match key, so ``لقوات سوريا الديموقراطية`` and ``قوات سوريا الديمقراطية`` agree; a
target or place one report leaves unstated does not disagree) and their dates lie within
``window_days`` of the cluster's first event. The date is the event's
own date when known to the day, else the article's publication date.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..text.normalize import match_key


@dataclass(slots=True)
class EventRef:
    article_id: str
    idx: int
    source: str | None
    published: str | None
    date: str | None  # the date used for the window (ISO day)


@dataclass(slots=True)
class EventCluster:
    cluster_id: str
    type: str
    actor: str | None
    target: str | None
    place: str | None
    date_start: str | None
    date_end: str | None
    events: list[EventRef] = field(default_factory=list)

    @property
    def articles(self) -> list[str]:
        return sorted({e.article_id for e in self.events})

    @property
    def sources(self) -> list[str]:
        return sorted({e.source for e in self.events if e.source})

    @property
    def num_articles(self) -> int:
        return len(self.articles)

    @property
    def num_sources(self) -> int:
        return len(self.sources)

    @property
    def num_events(self) -> int:
        return len(self.events)

    def to_dict(self) -> dict[str, Any]:
        return {"cluster_id": self.cluster_id, "type": self.type, "actor": self.actor, "target": self.target,
                "place": self.place, "date_start": self.date_start, "date_end": self.date_end,
                "num_sources": self.num_sources, "num_articles": self.num_articles, "num_events": self.num_events,
                "sources": self.sources, "articles": self.articles,
                "events": [{"article_id": e.article_id, "idx": e.idx, "source": e.source, "date": e.date}
                           for e in self.events]}


def _key(canonical: Any, text: Any) -> str | None:
    if canonical:
        return str(canonical)
    if text:
        return match_key(str(text)) or None
    return None


def _day(value: Any) -> str | None:
    if not value:
        return None
    s = str(value)[:10]
    try:
        date.fromisoformat(s)
    except ValueError:
        return None
    return s


def event_date(row: Mapping[str, Any]) -> str | None:
    """The event's own day when it is known to the day, else the article's publication day."""
    precision = row.get("date_precision")
    own = _day(row.get("event_date")) if precision in (None, "day") else None
    return own or _day(row.get("published"))


def event_key(row: Mapping[str, Any]) -> tuple[str, str | None, str | None, str | None]:
    place = row.get("location_name") or None
    return (str(row["type"]), _key(row.get("actor_canonical"), row.get("actor")),
            _key(row.get("target_canonical"), row.get("target")),
            place.lower() if isinstance(place, str) else _key(None, row.get("location")))


def _cluster_id(key: tuple[Any, ...], first: EventRef) -> str:
    raw = "|".join(str(k) for k in key) + f"|{first.date}|{first.article_id}:{first.idx}"
    return "ev-" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def cluster_event_rows(rows: Iterable[Mapping[str, Any]], window_days: int = 3) -> list[EventCluster]:
    """Cluster event rows (dicts with the events-table columns plus the article's ``source`` and
    ``published``). Events group by (type, actor); within a group, in date order, an event joins
    the cluster (the largest, when several fit) that started at most ``window_days`` earlier and
    whose target and place agree with its own (a side the article does not state is no
    disagreement). Every event lands
    in exactly one cluster; one with neither actor nor target is too vague to merge and stays
    alone. Output order: most sources first."""
    groups: dict[tuple[Any, ...], list[tuple[tuple[str, str | None, str | None, str | None], EventRef]]] = {}
    for r in rows:
        key = event_key(r)
        ref = EventRef(str(r["article_id"]), int(r["idx"]), r.get("source"), r.get("published"), event_date(r))
        group: tuple[Any, ...] = (key[0], key[1])
        if key[1] is None and key[2] is None:
            group = (*group, f"{ref.article_id}:{ref.idx}")  # unique: a singleton
        groups.setdefault(group, []).append((key, ref))
    clusters: list[EventCluster] = []
    for refs in groups.values():
        # Undated events sort last and cluster only among themselves.
        refs.sort(key=lambda x: (x[1].date is None, x[1].date or "", x[1].article_id, x[1].idx))
        open_: list[tuple[date | None, EventCluster]] = []
        for key, ref in refs:
            day = date.fromisoformat(ref.date) if ref.date else None
            open_ = [(s, c) for s, c in open_ if (s is None) == (day is None)
                     and (day is None or (day - s).days <= window_days)]  # type: ignore[operator]
            fits = [c for _, c in open_ if _compatible(c.target, key[2]) and _compatible(c.place, key[3])]
            # An event that leaves target or place unstated may fit several: join the best attested.
            home = max(fits, key=lambda c: len(c.events)) if fits else None
            if home is None:
                home = EventCluster("", key[0], key[1], key[2], key[3], ref.date, ref.date)
                clusters.append(home)
                open_.append((day, home))
            home.target = home.target or key[2]
            home.place = home.place or key[3]
            home.events.append(ref)
            home.date_end = ref.date
    for c in clusters:
        c.cluster_id = _cluster_id((c.type, c.actor), c.events[0])
    clusters.sort(key=lambda c: (-c.num_sources, -c.num_articles, c.date_start or "9999", c.cluster_id))
    return clusters
