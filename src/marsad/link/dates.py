"""Dates in Arabic news text, resolved against the publication date.

``resolve_date`` returns (ISO date, precision) for the date expression nearest to an event
mention within its sentence: explicit dates with either month-name family (أبريل / نيسان),
weekday names (the most recent such day on or before publication; المقبل → the next one),
أمس / اليوم / غداً, الأسبوع / الشهر / العام الماضي, bare years. Precision is day | week |
month | year; (None, None) when the sentence does not fix a date. The events stage keeps only
day precision (guidelines: month- or year-only dates are null).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from email.utils import parsedate

from marsad.text.normalize import normalize, normalize_keep_offsets

# Month names after ``normalize`` (أ/إ → ا, ة → ه, ى → ي). Two-word Levantine names first.
_MONTHS: dict[str, int] = {
    "كانون الثاني": 1,
    "تشرين الاول": 10,
    "تشرين الثاني": 11,
    "كانون الاول": 12,
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "ابريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يونيه": 6,
    "يوليو": 7,
    "يوليه": 7,
    "اغسطس": 8,
    "غشت": 8,
    "سبتمبر": 9,
    "اكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
    "جانفي": 1,
    "فيفري": 2,
    "افريل": 4,
    "ماي": 5,
    "جوان": 6,
    "جويليه": 7,
    "شباط": 2,
    "اذار": 3,
    "نيسان": 4,
    "ايار": 5,
    "حزيران": 6,
    "تموز": 7,
    "ايلول": 9,
}
_WEEKDAYS: dict[str, int] = {  # Python weekday(): Monday = 0
    "الاثنين": 0,
    "الثلاثاء": 1,
    "الاربعاء": 2,
    "الخميس": 3,
    "الجمعه": 4,
    "السبت": 5,
    "الاحد": 6,
}
_ORD_UNITS = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
_ORDINALS: dict[str, int] = {w: i + 1 for i, w in enumerate(_ORD_UNITS)}
_ORDINALS.update({"العاشر": 10, "الحادي عشر": 11, "الثاني عشر": 12, "العشرين": 20, "الثلاثين": 30})
_ORDINALS.update({f"{w} عشر": i + 1 + 10 for i, w in enumerate(_ORD_UNITS) if i >= 2})
_ORDINALS.update({f"{'الحادي' if i == 0 else w} والعشرين": 21 + i for i, w in enumerate(_ORD_UNITS)})
_ORDINALS["الحادي والثلاثين"] = 31
_ORD_RE = "|".join(sorted((re.escape(o) for o in _ORDINALS), key=len, reverse=True))
_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_CL = r"(?:(?<=[\s(،,.:؛\-/])|^)(?:[وفبل]|بال|وال|فال|لل)?"  # optional clitic before a word
_END = r"(?![\u0621-\u064a])"
# one month name, optionally followed by the other family's name (أبريل نيسان / نيسان (أبريل))
_MONTH_PAIR = rf"(?P<m1>{_MONTH_RE})(?:\s*[(/\-]?\s*(?:{_MONTH_RE})\)?)?"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<mo>\d{1,2})-(?P<d>\d{1,2})(?!\d)")),
    ("dmy_num", re.compile(r"(?<!\d)(?P<d>\d{1,2})[/.](?P<mo>\d{1,2})[/.](?P<y>(?:19|20)\d\d)(?!\d)")),
    (
        "dmy",
        re.compile(
            rf"(?<!\d)(?P<d>\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?{_MONTH_PAIR}{_END}"
            rf"(?:\s*(?:من\s+)?(?:عام|العام|سنه)?\s*(?P<y>(?:19|20)\d\d)(?!\d))?"
        ),
    ),
    (
        "ord",
        re.compile(
            rf"(?:^|(?<=\s))(?:في\s+)?(?P<o>{_ORD_RE})\s+من\s+(?:شهر\s+)?{_MONTH_PAIR}{_END}"
            rf"(?:\s*(?:من\s+)?(?:عام|العام|سنه)?\s*(?P<y>(?:19|20)\d\d)(?!\d))?"
        ),
    ),
    (
        "my",
        re.compile(
            rf"{_CL}(?:شهر\s+)?{_MONTH_PAIR}{_END}(?:\s*(?:من\s+)?(?:عام|العام|سنه)?\s*(?P<y>(?:19|20)\d\d)(?!\d))?"
        ),
    ),
    ("year", re.compile(r"(?:عام|العام|سنه|السنه|في)\s+(?P<y>(?:19|20)\d\d)(?!\d)")),
    (
        "weekday",
        re.compile(rf"{_CL}(?:يوم\s+)?(?P<wd>{'|'.join(_WEEKDAYS)}){_END}(?P<rel>\s+(?:الماضي|المقبل|القادم))?"),
    ),
    (
        "rel",
        re.compile(
            rf"{_CL}(?P<rel>اول\s+امس|امس\s+الاول|امس|اليوم|غدا|الليله\s+الماضيه|"
            rf"الاسبوع\s+(?:الماضي|المقبل|القادم|الجاري)|الشهر\s+(?:الماضي|المقبل|القادم|الجاري)|"
            rf"العام\s+(?:الماضي|المقبل|القادم|الجاري|الحالي)|هذا\s+العام|"
            rf"السنه\s+(?:الماضيه|المقبله|الجاريه)|هذا\s+الاسبوع){_END}"
        ),
    ),
]
_SENT_END = re.compile(r"[.!?؟](?=\s|$)|\n")


def parse_published(raw: str | None) -> str | None:
    """Publication date string (RFC 822, ISO, or an Arabic date) → YYYY-MM-DD, else None."""
    if not raw:
        return None
    raw = raw.strip()
    m = re.match(r"((?:19|20)\d\d)-(\d\d)-(\d\d)", raw)
    if m:
        return _iso(int(m[1]), int(m[2]), int(m[3]))
    if re.match(r"[A-Za-z]{3},?\s+\d", raw) or re.match(r"\d{1,2}\s+[A-Za-z]{3}\s+\d{4}", raw):
        t = parsedate(raw)  # the date as written (local to the outlet), not converted to UTC
        if t:
            return _iso(t[0], t[1], t[2])
    for kind, pat in _PATTERNS[:3]:
        m = pat.search(normalize(raw))
        if m and m.groupdict().get("y"):
            mo = int(m["mo"]) if kind != "dmy" else _MONTHS[m["m1"]]
            return _iso(int(m["y"]), mo, int(m["d"]))
    return None


def resolve_date(
    text: str, published: str | None, start: int = 0, end: int | None = None
) -> tuple[str | None, str | None]:
    """(ISO date, precision) of the date expression nearest to text[start:end] in its sentence."""
    end = len(text) if end is None else end
    s0, s1 = _sentence_bounds(text, start, end)
    sent = text[s0:s1]
    pub = _to_date(parse_published(published)) if published else None
    best: tuple[int, int, str, str] | None = None  # (distance, rank, iso, precision)
    for ms, me, iso, prec in _find(sent, pub):
        a, b = s0 + ms, s0 + me
        dist = 0 if (a < end and b > start) else min(abs(a - end), abs(start - b))
        cand = (dist, _RANK[prec], iso, prec)
        if best is None or cand[:2] < best[:2]:
            best = cand
    return (best[2], best[3]) if best else (None, None)


def find_dates(text: str, published: str | None) -> list[tuple[int, int, str, str]]:
    """Every resolvable date expression in ``text``: (start, end, ISO date, precision)."""
    pub = _to_date(parse_published(published)) if published else None
    return _find(text, pub)


_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _find(sent: str, pub: date | None) -> list[tuple[int, int, str, str]]:
    norm, pos = _strip_map(sent)
    pos.append(len(sent))
    out: list[tuple[int, int, str, str]] = []
    taken: list[tuple[int, int]] = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(norm):
            if any(m.start() < b and m.end() > a for a, b in taken):
                continue
            r = _resolve(kind, m, pub)
            if r:
                taken.append((m.start(), m.end()))
                out.append((pos[m.start()], pos[m.end() - 1] + 1, r[0], r[1]))
    return sorted(out)


def _resolve(kind: str, m: re.Match[str], pub: date | None) -> tuple[str, str] | None:
    g = m.groupdict()
    if kind in ("iso", "dmy_num"):
        iso = _iso(int(g["y"]), int(g["mo"]), int(g["d"]))
        return (iso, "day") if iso else None
    if kind in ("dmy", "ord"):
        mo, d = _MONTHS[g["m1"]], (int(g["d"]) if kind == "dmy" else _ORDINALS[re.sub(r"\s+", " ", g["o"])])
        y = int(g["y"]) if g.get("y") else _infer_year(mo, d, pub)
        iso = _iso(y, mo, d) if y else None
        return (iso, "day") if iso else None
    if kind == "my":
        mo = _MONTHS[g["m1"]]
        y = int(g["y"]) if g.get("y") else _infer_year(mo, 1, pub)
        return (f"{y:04d}-{mo:02d}", "month") if y else None
    if kind == "year":
        return (g["y"], "year")
    if pub is None:
        return None
    if kind == "weekday":
        wd = _WEEKDAYS[g["wd"]]
        rel = (g.get("rel") or "").strip()
        if rel in ("المقبل", "القادم"):
            delta = (wd - pub.weekday()) % 7 or 7
            return (pub + timedelta(days=delta)).isoformat(), "day"
        delta = (pub.weekday() - wd) % 7
        return (pub - timedelta(days=delta)).isoformat(), "day"
    rel = re.sub(r"\s+", " ", g["rel"])
    if rel == "امس":
        return (pub - timedelta(days=1)).isoformat(), "day"
    if rel in ("اول امس", "امس الاول"):
        return (pub - timedelta(days=2)).isoformat(), "day"
    if rel == "اليوم":
        return pub.isoformat(), "day"
    if rel == "غدا":
        return (pub + timedelta(days=1)).isoformat(), "day"
    if rel == "الليله الماضيه":
        return (pub - timedelta(days=1)).isoformat(), "day"
    if rel.startswith("الاسبوع") or rel == "هذا الاسبوع":
        shift = {"الماضي": -7, "المقبل": 7, "القادم": 7}.get(rel.split()[-1], 0)
        monday = pub - timedelta(days=pub.weekday()) + timedelta(days=shift)
        return monday.isoformat(), "week"
    if rel.startswith("الشهر"):
        y, mo = pub.year, pub.month
        word = rel.split()[-1]
        mo += {"الماضي": -1, "المقبل": 1, "القادم": 1}.get(word, 0)
        y, mo = y + (mo - 1) // 12, (mo - 1) % 12 + 1
        return f"{y:04d}-{mo:02d}", "month"
    word = rel.split()[-1]
    shift = {"الماضي": -1, "الماضيه": -1, "المقبل": 1, "المقبله": 1, "القادم": 1}.get(word, 0)
    return f"{pub.year + shift:04d}", "year"


def _infer_year(month: int, day: int, pub: date | None) -> int | None:
    """Year of a day/month without one: the publication year unless that lands more than 60
    days after publication (then the previous year)."""
    if pub is None:
        return None
    try:
        cand = date(pub.year, month, day)
    except ValueError:
        return None
    return pub.year if cand <= pub + timedelta(days=60) else pub.year - 1


def _strip_map(text: str) -> tuple[str, list[int]]:
    """Normalised text without diacritics/tatweel, and each kept character's offset in ``text``."""
    norm = normalize_keep_offsets(text)
    kept = [(i, c) for i, c in enumerate(norm) if c not in "\u200c\u0640"]
    return "".join(c for _, c in kept), [i for i, _ in kept]


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    s0 = 0
    for m in _SENT_END.finditer(text, 0, start):
        s0 = m.end()
    m = _SENT_END.search(text, end)
    return s0, (m.start() if m else len(text))


def _iso(y: int, mo: int, d: int) -> str | None:
    try:
        return date(y, mo, d).isoformat()
    except ValueError:
        return None


def _to_date(iso: str | None) -> date | None:
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None
