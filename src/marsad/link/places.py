"""Offline gazetteer and geocoder over src/marsad/data/gazetteer.jsonl.gz.

Built by scripts/build_gazetteer.py from GeoNames (CC BY 4.0) and countries_states (ODbL).
``Gazetteer.geocode`` picks among same-named places by feature (country > area > admin-1 >
city), population, capital status, and the article's context: places in a country the
article names (or in the country of other places it names) are preferred.
"""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from marsad.text.normalize import normalize

DATA_DIR = Path(__file__).resolve().parents[1] / "data"

# A city beats a same-named province unless a head word (محافظة) asks for the province.
FEATURE_PRIOR = {"country": 10.0, "area": 8.0, "admin1": 1.5, "city": 2.0}
PRECISION = {"country": "country", "admin1": "admin1", "city": "city"}


@dataclass(frozen=True, slots=True)
class GazEntry:
    id: str
    name: str
    names_ar: tuple[str, ...]
    feature: str  # country | admin1 | city | area
    country: str | None
    lat: float
    lon: float
    population: int = 0
    capital: bool = False
    manual: bool = False
    geonameid: int | None = None
    n_alt_names: int = 0  # GeoNames alternate names in all languages: a proxy for how well known

    @property
    def precision(self) -> str:
        """country | admin1 | city; an area with a country counts as admin1, else as country."""
        if self.feature == "area":
            return "admin1" if self.country else "country"
        return PRECISION[self.feature]


@dataclass(frozen=True, slots=True)
class PlaceMatch:
    entry: GazEntry
    score: float
    alternatives: int  # other candidates with the same name

    @property
    def name(self) -> str:
        return self.entry.name

    @property
    def lat(self) -> float:
        return self.entry.lat

    @property
    def lon(self) -> float:
        return self.entry.lon

    @property
    def feature(self) -> str:
        return self.entry.feature

    @property
    def country(self) -> str | None:
        return self.entry.country

    @property
    def precision(self) -> str:
        return self.entry.precision


@lru_cache(maxsize=200_000)  # called for every candidate n-gram of every article: names repeat
def place_key(name: str) -> str:
    """Matching key of a place name: normalised, hyphens as spaces."""
    return normalize(name.replace("-", " "))


class Gazetteer:
    """Name index over the shipped gazetteer. Use ``Gazetteer.load()`` (cached per process)."""

    def __init__(self, entries: list[GazEntry]) -> None:
        self.entries = entries
        self._index: dict[str, list[GazEntry]] = {}
        for e in entries:
            for n in e.names_ar:
                k = place_key(n)
                bucket = self._index.setdefault(k, [])
                if e not in bucket:
                    bucket.append(e)
        self.max_tokens = max((len(k.split()) for k in self._index), default=1)
        self.countries = {e.country: e for e in entries if e.feature == "country" and e.country}

    @classmethod
    def load(cls) -> Gazetteer:
        return _load_default()

    @classmethod
    def from_file(cls, path: str | Path) -> Gazetteer:
        entries = []
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                entries.append(
                    GazEntry(
                        id=d["id"],
                        name=d["name"],
                        names_ar=tuple(d["ar"]),
                        feature=d["feature"],
                        country=d.get("country"),
                        lat=d["lat"],
                        lon=d["lon"],
                        population=int(d.get("pop") or 0),
                        capital=bool(d.get("capital")),
                        manual=bool(d.get("manual")),
                        geonameid=d.get("geonameid"),
                        n_alt_names=int(d.get("nalt") or 0),
                    )
                )
        return cls(entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, name: str) -> bool:
        return place_key(name) in self._index

    def names(self) -> list[str]:
        """All matching keys (normalised names)."""
        return list(self._index)

    def candidates(self, name: str) -> list[GazEntry]:
        return list(self._index.get(place_key(name), ()))

    def geocode(
        self, name: str, context: list[str] | tuple[str, ...] = (), prefer: str | None = None
    ) -> PlaceMatch | None:
        """Best place called ``name``. ``context``: ISO2 codes or Arabic names of places the
        article also mentions; ``prefer``: a feature the mention's head word asks for
        (محافظة → admin1, مدينة → city)."""
        cands = self.candidates(name)
        if not cands:
            return None
        ctx = self._context_countries(context)
        fame = max(c.n_alt_names for c in cands)
        best = max(cands, key=lambda e: self._score(e, ctx, prefer, fame))
        return PlaceMatch(best, self._score(best, ctx, prefer, fame), len(cands) - 1)

    def _context_countries(self, context: list[str] | tuple[str, ...]) -> set[str]:
        out: set[str] = set()
        for c in context:
            if len(c) == 2 and c.isupper():
                out.add(c)
                continue
            for e in self._index.get(place_key(c), ()):
                if e.feature == "country" and e.country:
                    out.add(e.country)
        return out

    @staticmethod
    def _score(e: GazEntry, ctx: set[str], prefer: str | None, fame: int = 0) -> float:
        # well-known places beat obscure namesakes (Geneva, Switzerland vs Geneva, Alabama)
        s = FEATURE_PRIOR[e.feature] + 1.2 * math.log10(e.population + 10) + 2.0 * math.log10(e.n_alt_names + 1)
        if e.capital:
            s += 3.0
        if e.manual:
            s += 1.5
        # the article's countries vouch for a place, unless it is an obscure namesake of a far
        # better-known one (Geneva, Alabama in an article that mentions the United States)
        if e.country and e.country in ctx and not (e.feature == "city" and 4 * e.n_alt_names < fame):
            s += 4.5
        if prefer and e.feature == prefer:
            s += 6.0
        return s


@lru_cache(maxsize=1)
def _load_default() -> Gazetteer:
    return Gazetteer.from_file(DATA_DIR / "gazetteer.jsonl.gz")
