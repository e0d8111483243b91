"""Arabic-aware search over stored articles, entities, quotes and events.

Matching is on *search keys*: each word normalised (``normalize``: hamza/alef, ta marbuta, alef
maqsura, diacritics, spelling variants such as ديموقراطية/ديمقراطية) and stripped of leading
clitics (و ف ب ل ك + ال) until none is left, so ``لقوات سوريا الديموقراطية`` and ``قوات سوريا
الديمقراطية`` give the same keys. Stripping to a fixed point (not one layer, as ``match_key``)
keeps keys equal whatever number of clitics a word carries (وللجيش, للجيش, الجيش, جيش).

The index is a plain table (``search_terms``: term, article, kind, item, field), refreshed for
articles stored since the last search, and queried with portable SQL so SQLite and PostgreSQL
answer the same. A hit has all query words in one field of one item; an exact phrase ranks
higher. Filters (date range, event type, actor, place) apply to the event itself for event hits,
and to the article (it reports such an event / mentions such a place) for every other hit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from ..store.base import Store
from ..text.normalize import normalize, strip_prefix_clitics

# Words with their diacritics/tatweel inside (normalize removes them per word).
_WORD = re.compile(r"[\w\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+")
KINDS = ("article", "entity", "quote", "event")
# Field weights for ranking: a match in a title or a named item says more than one in a body.
WEIGHTS = {("article", "title"): 3.0, ("entity", "text"): 2.5, ("event", "evidence"): 2.0,
           ("event", "actor"): 2.0, ("event", "target"): 2.0, ("event", "place"): 2.0,
           ("event", "trigger"): 1.5, ("quote", "quote"): 1.5, ("quote", "speaker"): 2.0,
           ("article", "text"): 1.0}
_CHUNK = 400  # ids per IN (...) list: well under every back-end's parameter limit


@lru_cache(maxsize=500_000)
def key(word: str) -> str:
    """The search key of one word (empty when nothing is left)."""
    w = normalize(word).lower()
    while True:
        s = strip_prefix_clitics(w)
        if s == w:
            return w
        w = s


def keys(text: str | None) -> list[str]:
    return [k for k in (key(m.group()) for m in _WORD.finditer(text or "")) if k]


def keys_with_offsets(text: str) -> list[tuple[str, int, int]]:
    out = []
    for m in _WORD.finditer(text):
        k = key(m.group())
        if k:
            out.append((k, m.start(), m.end()))
    return out


@dataclass(slots=True)
class SearchHit:
    kind: str  # article | entity | quote | event
    article_id: str
    idx: int  # item index in its article (-1 for the article itself)
    field: str  # which field matched: title, text, quote, speaker, evidence, actor, …
    score: float
    phrase: bool  # the query words appear as a contiguous phrase
    text: str  # the matched item, or a snippet of the article around the match
    start: int | None  # character offsets into the article's text (None: match in the title)
    end: int | None
    published: str | None
    source: str | None
    title: str | None
    event_type: str | None = None
    event_date: str | None = None  # the day the date filters judged an event hit by

    def to_dict(self) -> dict[str, Any]:
        return {f: getattr(self, f) for f in self.__slots__}  # type: ignore[attr-defined]


@dataclass(slots=True)
class SearchResult:
    query: str
    total: int
    hits: list[SearchHit] = field(default_factory=list)


# -- index -----------------------------------------------------------------------------------
def _chunks(items: list[Any], n: int = _CHUNK) -> Iterator[list[Any]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _in(column: str, n: int) -> str:
    return f"{column} IN ({','.join('?' * n)})"


def _item_fields(store: Store, ids: list[str]) -> Iterator[tuple[str, str, int, str, str | None]]:
    """(article_id, kind, idx, field, text) for everything indexed of these articles."""
    marks = _in("article_id", len(ids))
    for r in store.query(f"SELECT id, title, text, raw FROM articles WHERE {_in('id', len(ids))}", ids):
        yield r["id"], "article", -1, "title", r["title"]
        yield r["id"], "article", -1, "text", r["text"] or r["raw"]
    for r in store.query(f"SELECT article_id, idx, text, canonical FROM entities WHERE {marks}", ids):
        yield r["article_id"], "entity", r["idx"], "text", f"{r['text']} {r['canonical'] or ''}"
    for r in store.query(f"SELECT article_id, idx, text, name FROM places WHERE {marks}", ids):
        yield r["article_id"], "place", r["idx"], "name", f"{r['text']} {r['name'] or ''}"
    for r in store.query(f"SELECT article_id, idx, speaker, speaker_canonical, quote FROM quotes WHERE {marks}", ids):
        yield r["article_id"], "quote", r["idx"], "quote", r["quote"]
        yield r["article_id"], "quote", r["idx"], "speaker", f"{r['speaker'] or ''} {r['speaker_canonical'] or ''}"
    for r in store.query("SELECT article_id, idx, trigger_text, actor, actor_canonical, target, target_canonical,"
                         f" location, location_name, evidence FROM events WHERE {marks}", ids):
        a, i = r["article_id"], r["idx"]
        yield a, "event", i, "evidence", r["evidence"]
        yield a, "event", i, "trigger", r["trigger_text"]
        yield a, "event", i, "actor", f"{r['actor'] or ''} {r['actor_canonical'] or ''}"
        yield a, "event", i, "target", f"{r['target'] or ''} {r['target_canonical'] or ''}"
        yield a, "event", i, "place", f"{r['location'] or ''} {r['location_name'] or ''}"


def _canonical_words(text: str) -> str:
    # Canonical ids (syrian-democratic-forces) become words.
    return text.replace("-", " ").replace("_", " ")


def refresh_index(store: Store, rebuild: bool = False) -> int:
    """Index the articles stored (or re-stored) since the last refresh and drop removed ones.
    Returns the number of articles (re)indexed."""
    if rebuild:
        store.execute("DELETE FROM search_terms")
        store.execute("DELETE FROM search_docs")
    stale = store.query(
        "SELECT a.id AS id, a.stored_at AS stored_at FROM articles a"
        " LEFT JOIN search_docs d ON d.article_id = a.id WHERE d.article_id IS NULL OR d.stored_at <> a.stored_at"
        " ORDER BY a.id")
    gone = [r["article_id"] for r in store.query(
        "SELECT d.article_id AS article_id FROM search_docs d LEFT JOIN articles a ON a.id = d.article_id"
        " WHERE a.id IS NULL")]
    try:
        for chunk in _chunks(gone + [r["id"] for r in stale]):
            store.execute(f"DELETE FROM search_terms WHERE {_in('article_id', len(chunk))}", chunk)
            store.execute(f"DELETE FROM search_docs WHERE {_in('article_id', len(chunk))}", chunk)
        for chunk in _chunks(stale, 200):
            ids = [r["id"] for r in chunk]
            rows: set[tuple[str, str, str, int, str]] = set()
            for a, kind, idx, fld, text in _item_fields(store, ids):
                for k in keys(_canonical_words(text or "")):
                    rows.add((k, a, kind, idx, fld))
            store._insert("search_terms", sorted(rows))  # term order: B-tree friendly
            store._insert("search_docs", [(r["id"], r["stored_at"]) for r in chunk])
        store.conn.commit()
    except BaseException:
        store.conn.rollback()
        raise
    return len(stale)


# -- filters ---------------------------------------------------------------------------------
def _items_with_all(store: Store, terms: list[str], kind: str, fields: Iterable[str]) -> set[tuple[str, int]]:
    """(article_id, idx) of items of ``kind`` whose one field (among ``fields``) holds every term."""
    if not terms:
        return set()
    fields = list(fields)
    rows = store.query(
        f"SELECT article_id, idx FROM search_terms WHERE {_in('term', len(terms))} AND kind = ?"
        f" AND {_in('field', len(fields))} GROUP BY article_id, idx, field HAVING COUNT(DISTINCT term) = ?",
        [*terms, kind, *fields, len(terms)])
    return {(r["article_id"], int(r["idx"])) for r in rows}


def _next_day(value: str) -> str:
    return (date.fromisoformat(value[:10]) + timedelta(days=1)).isoformat()


def _event_filter(store: Store, event_type: str | None, actor: str | None, place: str | None
                  ) -> set[tuple[str, int]] | None:
    if not (event_type or actor or place):
        return None
    sets: list[set[tuple[str, int]]] = []
    if event_type:
        sets.append({(r["article_id"], int(r["idx"])) for r in store.query(
            "SELECT article_id, idx FROM events WHERE type = ?", (event_type.upper(),))})
    if actor:
        sets.append(_items_with_all(store, keys(_canonical_words(actor)), "event", ("actor",)))
    if place:
        sets.append(_items_with_all(store, keys(_canonical_words(place)), "event", ("place",)))
    out = sets[0]
    for s in sets[1:]:
        out &= s
    return out


# -- search ----------------------------------------------------------------------------------
def _contains_phrase(seq: list[str], q: list[str]) -> int:
    """Index in ``seq`` where ``q`` starts as a contiguous run, or -1."""
    n = len(q)
    for i in range(len(seq) - n + 1):
        if seq[i:i + n] == q:
            return i
    return -1


def _snippet(text: str, start: int, end: int, width: int = 80) -> str:
    a = max(0, start - width)
    b = min(len(text), end + width)
    return ("…" if a else "") + text[a:b].replace("\n", " ") + ("…" if b < len(text) else "")


def search(store: Store, query: str = "", date_from: str | None = None, date_to: str | None = None,
           event_type: str | None = None, actor: str | None = None, place: str | None = None,
           limit: int = 20, offset: int = 0, kinds: Iterable[str] = KINDS, refresh: bool = True) -> SearchResult:
    """Search articles, entities, quotes and events. ``date_from``/``date_to`` are inclusive ISO
    days. With an empty query, returns the events matching the filters (or, with no event
    filter, the articles in the date range), newest first. ``total`` counts every hit; ``hits``
    is the page [offset, offset+limit). ``refresh=False`` skips bringing the index up to date
    (call ``refresh_index`` after ingesting instead, for a large store)."""
    if refresh:
        refresh_index(store)
    kinds = [k for k in kinds if k in KINDS]
    if not kinds:
        return SearchResult(query, 0, [])
    events = _event_filter(store, event_type, actor, place)
    event_articles = {a for a, _ in events} if events is not None else None
    place_articles: set[str] | None = None
    if place:
        place_articles = {a for a, _ in _items_with_all(store, keys(_canonical_words(place)), "place", ("name",))}
    date_to_excl = _next_day(date_to) if date_to else None

    def date_ok(day: str | None) -> bool:
        if date_from is None and date_to_excl is None:
            return True
        return bool(day) and (date_from is None or day >= date_from) and \
            (date_to_excl is None or day < date_to_excl)  # type: ignore[operator]

    def article_ok(article_id: str) -> bool:
        if event_articles is None:
            return True
        if article_id in event_articles:
            return True
        # A place-only filter is also met by the article naming the place.
        return bool(place and not (event_type or actor) and place_articles and article_id in place_articles)

    q = keys(query)
    candidates: dict[tuple[str, str, int], set[str]] = {}  # (kind, article, idx) -> matched fields
    if q:
        uniq = sorted(set(q))
        rows = store.query(
            f"SELECT article_id, kind, idx, field FROM search_terms WHERE {_in('term', len(uniq))}"
            f" AND {_in('kind', len(kinds))} GROUP BY article_id, kind, idx, field"
            " HAVING COUNT(DISTINCT term) = ?", [*uniq, *kinds, len(uniq)])
        for r in rows:
            candidates.setdefault((r["kind"], r["article_id"], int(r["idx"])), set()).add(r["field"])
    elif events is not None and "event" in kinds:
        for a, i in events:
            candidates[("event", a, i)] = {"evidence"}
    elif "article" in kinds:
        sql, params = "SELECT id FROM articles WHERE 1 = 1", []
        if date_from:
            sql, params = sql + " AND published >= ?", [*params, date_from]
        if date_to_excl:
            sql, params = sql + " AND published < ?", [*params, date_to_excl]
        for r in store.query(sql, params):
            candidates[("article", r["id"], -1)] = {"text"}
    if events is not None:
        candidates = {c: f for c, f in candidates.items()
                      if (c[0] == "event" and (c[1], c[2]) in events) or (c[0] != "event" and article_ok(c[1]))}

    hits = _materialise(store, candidates, q, date_ok)
    hits.sort(key=lambda h: (-h.score, -_day_num(h.published), h.article_id, KINDS.index(h.kind), h.idx, h.field))
    return SearchResult(query, len(hits), hits[offset:offset + limit])


def _day_num(day: str | None) -> int:
    try:
        return date.fromisoformat((day or "")[:10]).toordinal()
    except ValueError:
        return 0


def _materialise(store: Store, candidates: dict[tuple[str, str, int], set[str]], q: list[str],
                 date_ok: Any) -> list[SearchHit]:
    """Fetch what the hits show, check dates and phrases, score."""
    art_ids = sorted({a for _, a, _ in candidates})
    arts: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(art_ids):
        for r in store.query(f"SELECT id, title, text, raw, published, source FROM articles WHERE {_in('id', len(chunk))}",
                             chunk):
            arts[r["id"]] = r
    items: dict[tuple[str, str, int], dict[str, Any]] = {}
    by_kind: dict[str, list[str]] = {}
    for kind, a, _ in candidates:
        if kind != "article":
            by_kind.setdefault(kind, []).append(a)
    sql = {"entity": "SELECT article_id, idx, text, canonical, start_off AS s, end_off AS e FROM entities",
           "quote": "SELECT article_id, idx, quote AS text, speaker, quote_start AS s, quote_end AS e FROM quotes",
           "event": "SELECT article_id, idx, evidence AS text, type, actor, actor_canonical, target, target_canonical,"
                    " location, location_name, trigger_text, event_date, date_precision, evidence_start AS s,"
                    " evidence_end AS e FROM events"}
    for kind, ids in by_kind.items():
        for chunk in _chunks(sorted(set(ids))):
            for r in store.query(f"{sql[kind]} WHERE {_in('article_id', len(chunk))}", chunk):
                items[(kind, r["article_id"], int(r["idx"]))] = r

    hits: list[SearchHit] = []
    for (kind, a, idx), fields in candidates.items():
        art = arts.get(a)
        if art is None:
            continue
        item = items.get((kind, a, idx)) if kind != "article" else None
        if kind != "article" and item is None:
            continue
        day = art["published"]
        if kind == "event":
            from .event_clusters import event_date  # local: keeps search importable alone

            day = event_date({**item, "published": art["published"]})  # type: ignore[arg-type]
        if not date_ok(day):
            continue
        best: SearchHit | None = None
        for fld in sorted(fields):
            hit = _hit(kind, a, idx, fld, art, item, q)
            if best is None or hit.score > best.score:
                best = hit
        if best is not None:
            if kind == "event":
                best.event_date = day
            hits.append(best)
    return hits


def _field_text(kind: str, fld: str, art: dict[str, Any], item: dict[str, Any] | None) -> str:
    if kind == "article":
        return (art["title"] or "") if fld == "title" else (art["text"] or art["raw"] or "")
    assert item is not None
    if kind == "entity":
        return item["text"] or ""
    if kind == "quote":
        return (item["speaker"] or "") if fld == "speaker" else (item["text"] or "")
    return {"evidence": item["text"], "trigger": item["trigger_text"], "actor": item["actor"],
            "target": item["target"], "place": item["location"] or item["location_name"]}.get(fld) or ""


def _hit(kind: str, a: str, idx: int, fld: str, art: dict[str, Any], item: dict[str, Any] | None,
         q: list[str]) -> SearchHit:
    text = _field_text(kind, fld, art, item)
    start = end = None
    phrase = False
    if q:
        toks = keys_with_offsets(text)
        pos = _contains_phrase([t[0] for t in toks], q)
        phrase = pos >= 0
        if phrase:
            start, end = toks[pos][1], toks[pos + len(q) - 1][2]
        else:
            first = next((t for t in toks if t[0] in q), None)
            if first:
                start, end = first[1], first[2]
    weight = WEIGHTS.get((kind, fld), 1.0)
    score = weight * (2.0 if phrase else 1.0)
    shown = text
    if kind == "article" and fld == "text":
        shown = _snippet(text, start or 0, end or 0)
    elif kind == "article":
        start = end = None  # a title match has no offsets into the body
    if kind != "article" and item is not None:
        start, end = item["s"], item["e"]  # the item's own stretch of the article text
    return SearchHit(kind, a, idx, fld, score, phrase, shown, start, end, art["published"], art["source"],
                     art["title"], item.get("type") if (kind == "event" and item) else None)
