"""In-article coreference of short forms, by simple, explainable rules.

- a person's short name (جيهان, بركات) → the full name mentioned in the same article
  (جيهان شيخ أحمد, ناصف بركات) when exactly one full name contains it as a token;
- a nominal anaphor (التنظيم, الحركة, الجماعة, الحزب, الوكالة …) → the most recent preceding
  linked actor of the kind it can name (التنظيم → داعش);
- place anaphors (المدينة, المحافظة, البلاد) are handled by ``link.stage`` on places.
"""

from __future__ import annotations

from marsad.record import Entity
from marsad.text.normalize import match_key, normalize

# Anaphoric noun (normalised, with article) → actor kinds it may refer back to.
NOMINAL_ANAPHORS: dict[str, tuple[str, ...]] = {
    "التنظيم": ("armed_group",),
    "الجماعه": ("armed_group", "party"),
    "الحركه": ("armed_group", "party"),
    "الميليشيا": ("armed_group",),
    "الميليشيات": ("armed_group",),
    "المليشيات": ("armed_group",),
    "الحزب": ("party", "armed_group"),
    "الوكاله": ("media",),
    "الصحيفه": ("media",),
    "القناه": ("media",),
    "المنظمه": ("igo", "ngo"),
    "التحالف": ("military",),
}
_CLITICS = ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل")


def anaphor_kinds(text: str) -> tuple[str, ...] | None:
    """Actor kinds a nominal anaphor (possibly with a leading clitic) can refer to, else None."""
    n = normalize(text).strip()
    if n in NOMINAL_ANAPHORS:
        return NOMINAL_ANAPHORS[n]
    for c in _CLITICS:
        if n.startswith(c) and n[len(c) :] in NOMINAL_ANAPHORS:
            return NOMINAL_ANAPHORS[n[len(c) :]]
        if n.startswith(c + "ل") and "ال" + n[len(c) + 1 :] in NOMINAL_ANAPHORS:  # للتنظيم
            return NOMINAL_ANAPHORS["ال" + n[len(c) + 1 :]]
    if n.startswith("لل") and "ال" + n[2:] in NOMINAL_ANAPHORS:
        return NOMINAL_ANAPHORS["ال" + n[2:]]
    return None


def resolve_nominal(entities: list[Entity], pos: int, kinds: tuple[str, ...]) -> Entity | None:
    """Most recent linked entity before ``pos`` whose kind is one of ``kinds`` (of the military,
    only a coalition: التحالف is not the Yemeni army named last)."""
    best = None
    for e in entities:
        if e.end <= pos and e.canonical and e.kind in kinds and (best is None or e.start > best.start) \
                and (e.kind != "military" or "coalition" in e.canonical):
            best = e
    return best


def person_full_names(entities: list[Entity]) -> dict[str, list[Entity]]:
    """Token (match key) → multi-token PER entities containing it."""
    out: dict[str, list[Entity]] = {}
    for e in entities:
        if e.label != "PER":
            continue
        toks = match_key(e.text).split()
        if len(toks) < 2:
            continue
        for t in toks:
            out.setdefault(t, []).append(e)
    return out


def resolve_short_person(e: Entity, full: dict[str, list[Entity]]) -> Entity | None:
    """The unique longer PER mention whose tokens include all of ``e``'s tokens."""
    toks = match_key(e.text).split()
    if not toks:
        return None
    cands = None
    for t in toks:
        hits = {id(x): x for x in full.get(t, [])}
        cands = hits if cands is None else {k: v for k, v in cands.items() if k in hits}
    if not cands:
        return None
    longer = [x for x in cands.values() if len(match_key(x.text).split()) > len(toks)]
    names = {match_key(x.text) for x in longer}
    if len(names) != 1:
        return None
    return max(longer, key=lambda x: len(x.text))
