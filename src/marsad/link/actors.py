"""Actor dictionary: canonical actors with Arabic aliases (src/marsad/data/actors.json).

Lookup is by normalised alias (``match_key``: orthographic normalisation plus one leading
clitic cluster dropped per token, so لقوات / وقوات / قوات meet), then by a few fuzzy steps:
a generic head word dropped (تنظيم داعش → داعش), then character similarity against aliases
that share the first letters.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from marsad.text.normalize import match_key, normalize

# Head nouns that often precede a name without changing the referent.
GENERIC_HEADS = (
    "تنظيم",
    "قوات",
    "حركة",
    "جماعة",
    "ميليشيات",
    "ميليشيا",
    "مليشيات",
    "مليشيا",
    "وكالة",
    "صحيفة",
    "قناة",
    "شبكة",
    "منظمة",
    "حزب",
    "الرئيس",
    "الزعيم",
    "الشيخ",
    "الأمير",
    "الملك",
    "المشير",
    "العقيد",
    "العميد",
    "اللواء",
    "الدكتور",
    "السيد",
    "موقع",
    "جريدة",
)
FUZZY_MIN_RATIO = 0.88
DATA_DIR = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name_en: str
    kind: str
    label: str
    country: str | None = None
    wikidata: str | None = None
    aliases_ar: tuple[str, ...] = field(default=(), repr=False)


class ActorDictionary:
    """Alias index over the shipped actor file. Use ``ActorDictionary.load()`` (cached)."""

    def __init__(self, actors: list[Actor], version: str = "") -> None:
        self.version = version
        self.actors = {a.id: a for a in actors}
        self._by_key: dict[str, Actor] = {}
        for a in actors:
            for alias in a.aliases_ar:
                k = match_key(alias)
                # first writer wins: hand entries come after generated ones in the file, but an
                # alias is unique per file by construction (build_actors.py removes clashes)
                self._by_key.setdefault(k, a)
        self._by_prefix: dict[str, list[str]] = {}
        for k in self._by_key:
            self._by_prefix.setdefault(k[:2], []).append(k)

    @classmethod
    def load(cls) -> ActorDictionary:
        return _load_default()

    @classmethod
    def from_file(cls, path: str) -> ActorDictionary:
        with open(path, encoding="utf-8") as f:
            return cls._from_doc(json.load(f))

    @classmethod
    def _from_doc(cls, doc: dict) -> ActorDictionary:
        actors = [
            Actor(
                id=e["id"],
                name_en=e["name_en"],
                kind=e["kind"],
                label=e["label"],
                country=e.get("country"),
                wikidata=e.get("wikidata"),
                aliases_ar=tuple(e["aliases_ar"]),
            )
            for e in doc["actors"]
        ]
        return cls(actors, doc.get("version", ""))

    def __len__(self) -> int:
        return len(self.actors)

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def exact(self, mention: str) -> Actor | None:
        """Actor whose normalised alias equals the mention's, else None."""
        return self._by_key.get(match_key(mention))

    def aliases(self) -> dict[str, Actor]:
        """Normalised alias key → actor (for scanning text)."""
        return self._by_key

    def lookup(self, mention: str) -> Actor | None:
        """Normalised alias, then generic head dropped, then fuzzy match; None when unsure."""
        return self._lookup_key(match_key(mention))

    @lru_cache(maxsize=50_000)  # noqa: B019 - one dictionary per process
    def _lookup_key(self, key: str) -> Actor | None:
        if not key:
            return None
        hit = self._by_key.get(key)
        if hit:
            return hit
        toks = key.split()
        heads = {match_key(h) for h in GENERIC_HEADS}
        if len(toks) > 1 and toks[0] in heads:
            hit = self._by_key.get(" ".join(toks[1:]))
            if hit:
                return hit
        # a trailing adjective: حزب الله اللبناني → حزب الله, داعش المتطرف → داعش (match keys drop ال)
        if len(toks) > 1 and len(toks[-1]) >= 4:
            hit = self._by_key.get(" ".join(toks[:-1]))
            if hit and hit.kind != "country":
                return hit
        if len(key) < 5:  # short strings: similarity is meaningless
            return None
        best, best_r = None, FUZZY_MIN_RATIO
        for cand in self._by_prefix.get(key[:2], ()):
            if abs(len(cand) - len(key)) > 3 or len(cand.split()) != len(toks):
                continue
            sm = difflib.SequenceMatcher(None, key, cand)
            if sm.real_quick_ratio() <= best_r or sm.quick_ratio() <= best_r:
                continue  # upper bounds of ratio(): it cannot beat best_r (and is dear to compute)
            r = sm.ratio()
            if r > best_r:
                best, best_r = cand, r
        return self._by_key[best] if best else None


@lru_cache(maxsize=1)
def _load_default() -> ActorDictionary:
    return ActorDictionary.from_file(str(DATA_DIR / "actors.json"))


@lru_cache(maxsize=1)
def military_by_nisba() -> dict[str, str]:
    """Nationality adjective, bare and masculine (اسرائيلي، تركي) → the id of the country's armed
    forces in the actor dictionary, read off their aliases (الجيش الإسرائيلي)."""
    out: dict[str, str] = {}
    for a in ActorDictionary.load().actors.values():
        if a.kind == "military" and a.id.endswith("-military"):
            for alias in a.aliases_ar:
                parts = normalize(alias).split()
                if len(parts) == 2 and parts[0] == "الجيش" and parts[1].startswith("ال"):
                    out.setdefault(parts[1][2:], a.id)
    for k, v in list(out.items()):  # أميركي / أمريكي: both spellings are common
        out.setdefault(k.replace("اميركي", "امريكي"), v)
        out.setdefault(k.replace("امريكي", "اميركي"), v)
    return out
