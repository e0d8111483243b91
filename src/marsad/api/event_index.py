"""An in-memory, column-wise index of every event's filterable fields.

The events table is written for extraction (one row per event, evidence text inline); the
dashboard asks the opposite question many times a second: "which events match these filters,
newest first, how many, where, when". Scanning and joining the tables for each request costs
tens of milliseconds, so each server process keeps these columns as numpy arrays (about 40
bytes an event) and answers filters with vectorised comparisons; only the page being shown is
read back from the store. Free-text filters (actor, target, place) are matched once per
distinct name, not once per event. The index is rebuilt when the store changes (see
``stores.StoreProvider.events``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..store import Store
from .filters import EventFilter

_LOAD = (
    "SELECT e.article_id, e.idx, e.type, e.actor, e.actor_canonical, e.target, e.target_canonical,"
    " e.location, e.location_name, e.lat, e.lon, e.event_date, e.historical, a.published, a.title, a.source"
    " FROM events e JOIN articles a ON a.id = e.article_id")


class _Names:
    """Distinct (text, canonical-or-name) pairs and each event's code into them (-1: none)."""

    def __init__(self) -> None:
        self.values: list[tuple[str, str | None]] = []
        self._code: dict[tuple[str, str | None], int] = {}
        # filled by finish()
        self.keys: list[str] = []
        self.codes_of: list[list[int]] = []
        self.key_of = np.empty(0, dtype=np.int64)

    def code(self, text: str | None, key: str | None) -> int:
        if text is None and key is None:
            return -1
        pair = (text or "", key)
        if pair not in self._code:
            self._code[pair] = len(self.values)
            self.values.append(pair)
        return self._code[pair]

    def matching(self, value: str) -> np.ndarray:
        """Codes whose key equals ``value`` or whose text contains it (case-insensitive, like SQL LIKE)."""
        folded = value.casefold()
        return np.array([i for i, (text, key) in enumerate(self.values)
                         if key == value or (key or "").casefold() == folded or folded in text.casefold()],
                        dtype=np.int32)

    def finish(self) -> None:
        """Group the codes by aggregation key: the canonical id (or place name) when known, else the
        surface text. ``key_of[code]`` indexes ``keys``; ``codes_of[key]`` lists the codes behind one."""
        index: dict[str, int] = {}
        self.keys, self.codes_of = [], []
        key_of = np.empty(len(self.values), dtype=np.int64)
        for code, (text, key) in enumerate(self.values):
            k = index.setdefault(key or text, len(index))
            if k == len(self.keys):
                self.keys.append(key or text)
                self.codes_of.append([])
            self.codes_of[k].append(code)
            key_of[code] = k
        self.key_of = key_of


@dataclass(slots=True)
class EventIndex:
    article_ids: list[str]  # per event, in display order (newest article first)
    idx: np.ndarray  # event index within its article
    article: np.ndarray  # code into article_ids' distinct values
    article_code: dict[str, int]
    articles: list[dict[str, Any]]  # per article code: title, source, published (the list's context)
    type: np.ndarray  # code into types
    types: list[str]
    date: np.ndarray  # effective date (the event's, else its article's), "" when unknown
    lat: np.ndarray  # NaN when not located
    lon: np.ndarray
    historical: np.ndarray
    actor: np.ndarray
    target: np.ndarray
    place: np.ndarray
    actors: _Names  # actors and targets share one vocabulary: the network joins them
    places: _Names

    @classmethod
    def build(cls, store: Store) -> EventIndex:
        rows = store.execute(_LOAD).fetchall()
        # Newest article first; ties (and undated articles, last) by article id, then event index.
        rows.sort(key=lambda r: (r[0], r[1]))
        rows.sort(key=lambda r: r[13] or "", reverse=True)
        n = len(rows)
        types: list[str] = []
        type_code: dict[str, int] = {}
        article_code: dict[str, int] = {}
        actors, places = _Names(), _Names()
        cols = {k: np.empty(n, dtype=np.int32) for k in ("article", "type", "actor", "target", "place", "idx")}
        lat = np.full(n, np.nan)
        lon = np.full(n, np.nan)
        historical = np.zeros(n, dtype=bool)
        dates: list[str] = []
        articles: list[dict[str, Any]] = []
        for i, (art, idx, typ, actor, actor_c, target, target_c, loc, loc_name, la, lo, date, hist, pub, title,
                source) in enumerate(rows):
            cols["article"][i] = article_code.setdefault(art, len(article_code))
            if len(articles) < len(article_code):
                articles.append({"title": title, "source": source, "published": pub})
            cols["idx"][i] = idx
            cols["type"][i] = type_code.setdefault(typ, len(type_code))
            if len(types) < len(type_code):
                types.append(typ)
            cols["actor"][i] = actors.code(actor, actor_c)
            cols["target"][i] = actors.code(target, target_c)
            cols["place"][i] = places.code(loc, loc_name)
            if la is not None and lo is not None:
                lat[i], lon[i] = la, lo
            historical[i] = bool(hist)
            dates.append(date or pub or "")
        actors.finish()
        return cls(article_ids=[r[0] for r in rows], idx=cols["idx"], article=cols["article"],
                   article_code=article_code, articles=articles, type=cols["type"], types=types,
                   date=np.array(dates, dtype="U10") if dates else np.empty(0, dtype="U10"),
                   lat=lat, lon=lon, historical=historical, actor=cols["actor"], target=cols["target"],
                   place=cols["place"], actors=actors, places=places)

    def __len__(self) -> int:
        return len(self.article_ids)

    # -- filtering ----------------------------------------------------------------------
    def select(self, f: EventFilter) -> np.ndarray:
        """Positions (in display order) of the events matching every filter."""
        mask = np.ones(len(self), dtype=bool)
        if f.types:
            codes = [self.types.index(t) for t in f.types if t in self.types]
            mask &= np.isin(self.type, codes)
        if f.actor:
            mask &= np.isin(self.actor, self.actors.matching(f.actor))
        if f.target:
            mask &= np.isin(self.target, self.actors.matching(f.target))
        if f.place:
            mask &= np.isin(self.place, self.places.matching(f.place))
        if f.date_from:
            mask &= (self.date >= f.date_from) & (self.date != "")
        if f.date_to:
            mask &= (self.date <= f.date_to) & (self.date != "")
        if f.bbox:
            w, s, e, n = f.bbox
            with np.errstate(invalid="ignore"):  # NaN (not located) compares False
                mask &= (self.lon >= w) & (self.lon <= e) & (self.lat >= s) & (self.lat <= n)
        if f.article:
            mask &= self.article == self.article_code.get(f.article, -1)
        if f.historical is not None:
            mask &= self.historical == f.historical
        return np.flatnonzero(mask)

    def article_meta(self, article_id: str) -> dict[str, Any]:
        return self.articles[self.article_code[article_id]]

    def keys(self, positions: np.ndarray) -> list[tuple[str, int]]:
        return [(self.article_ids[p], int(self.idx[p])) for p in positions]

    # -- aggregations for the dashboard ---------------------------------------------------
    def _by_type(self, groups: np.ndarray, positions: np.ndarray, n_groups: int) -> np.ndarray:
        """Counts per (group, type): a n_groups × n_types matrix."""
        flat = groups * len(self.types) + self.type[positions]
        return np.bincount(flat, minlength=n_groups * len(self.types)).reshape(n_groups, len(self.types))

    def timeline(self, positions: np.ndarray, interval: str) -> dict[str, Any]:
        """Event counts per period (year/month/day prefix of the effective date) and type."""
        width = {"year": 4, "month": 7, "day": 10}[interval]
        dated = positions[self.date[positions] != ""]
        periods, groups = np.unique(self.date[dated].astype(f"U{width}"), return_inverse=True)
        counts = self._by_type(groups.reshape(-1), dated, len(periods))
        series = {self.types[t]: counts[:, t].tolist() for t in np.flatnonzero(counts.sum(axis=0))}
        return {"interval": interval, "periods": periods.tolist(), "series": dict(sorted(series.items()))}

    def geo(self, positions: np.ndarray, limit: int) -> dict[str, Any]:
        """Located events grouped by coordinates: one map marker per point, busiest first."""
        located = positions[~np.isnan(self.lat[positions])]
        # A complex number per point: a 1-D unique (lexicographic on (lat, lon)), much faster than axis=0.
        points, first, groups = np.unique(self.lat[located] + 1j * self.lon[located],
                                          return_index=True, return_inverse=True)
        counts = self._by_type(groups.reshape(-1), located, len(points))
        totals = counts.sum(axis=1)
        markers = []
        for g in np.argsort(-totals, kind="stable")[:limit]:
            code = self.place[located[first[g]]]
            text, name = self.places.values[code] if code >= 0 else (None, None)
            markers.append({"lat": float(points[g].real), "lon": float(points[g].imag), "name": name,
                            "text": text or None, "n": int(totals[g]),
                            "types": {self.types[t]: int(counts[g, t]) for t in np.flatnonzero(counts[g])}})
        return {"markers": markers, "total_markers": len(points), "total_events": len(located)}

    def network(self, positions: np.ndarray, limit: int) -> dict[str, Any]:
        """Actor → target edges, keyed by canonical id (else surface text), heaviest first; each
        node is labelled with its most frequent surface form."""
        both = positions[(self.actor[positions] >= 0) & (self.target[positions] >= 0)]
        names = self.actors
        src, dst = names.key_of[self.actor[both]], names.key_of[self.target[both]]
        pairs, groups = np.unique(src * len(names.keys) + dst, return_inverse=True)
        counts = self._by_type(groups.reshape(-1), both, len(pairs))
        totals = counts.sum(axis=1)
        uses = (np.bincount(self.actor[both], minlength=len(names.values))
                + np.bincount(self.target[both], minlength=len(names.values)))
        edges, degree = [], Counter()
        for g in np.argsort(-totals, kind="stable")[:limit]:
            a, b = divmod(int(pairs[g]), len(names.keys))
            n = int(totals[g])
            edges.append({"source": names.keys[a], "target": names.keys[b], "n": n,
                          "types": {self.types[t]: int(counts[g, t]) for t in np.flatnonzero(counts[g])}})
            degree[a] += n
            degree[b] += n
        nodes = [{"id": names.keys[k], "label": names.values[max(names.codes_of[k], key=lambda c: uses[c])][0],
                  "n": n} for k, n in degree.most_common()]
        return {"nodes": nodes, "edges": edges}
