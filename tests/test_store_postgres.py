"""PostgreSQL behind the Store interface: a real server (see conftest.pg_url), the same articles
saved to SQLite and PostgreSQL, the same answers."""

import sys

import pytest
from helpers import SAMPLE

from marsad.clean.cleaner import Cleaner
from marsad.errors import MarsadError, MissingExtra
from marsad.ingest import make_article
from marsad.record import Entity, Event, Location, Place, Quote, Span
from marsad.store import open_store
from marsad.store.postgres import redact, to_postgres
from marsad.store.schema import SCHEMA_VERSION

pytestmark = pytest.mark.postgres

ACTORS = {"قوات سوريا الديموقراطية": ("ORG", "syrian-democratic-forces"), "داعش": ("ORG", "isis"),
          "جيهان شيخ أحمد": ("PER", None), "واشنطن": ("LOC", None), "فرانس برس": ("ORG", "afp")}


def _article(article_id: str, text: str, date: str | None = "2017-10-15"):
    a = Cleaner()(make_article(text, f"{article_id}.txt", id=article_id, date=date))
    for name, (label, canonical) in ACTORS.items():
        start = a.text.find(name)
        if start >= 0:
            a.entities.append(Entity(start, start + len(name), name, label, 0.87, canonical))
    r = a.text.find("الرقة")
    if r >= 0:
        a.places.append(Place(r, r + 5, "الرقة", "Raqqa", "SY", "city", 35.95224, 39.00932, "city", 163843))
    q = a.text.find("نحن الآن")
    if q >= 0:
        a.quotes.append(Quote(a.span(a.text.find("جيهان"), a.text.find("جيهان") + 14), None,
                              a.span(q, q + 41), Span(0, 0, "فرانس برس", "afp"), True))
    h = a.text.find("الهجوم")
    if h >= 0:
        sdf = a.text.find("قوات سوريا")
        a.events.append(Event("ASSAULT", a.span(h, h + 6), a.span(max(h - 60, 0), h + 40),
                              actor=a.span(sdf, sdf + 23, "syrian-democratic-forces"),
                              target=a.span(a.text.find("داعش"), a.text.find("داعش") + 4, "isis"),
                              location=Location(r, r + 5, "الرقة", None, "Raqqa", 35.95224, 39.00932),
                              date="2017-10-15", date_precision="day", confidence=0.8123))
    return a


def articles():
    text = SAMPLE.read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n") if len(p) > 80]
    return [_article("raqqa", text), _article("raqqa-p1", paragraphs[0]), _article("raqqa-p2", paragraphs[1]),
            _article("raqqa-p4", paragraphs[3], date=None)]


QUERIES = [
    ("SELECT text, label, canonical, start_off, end_off FROM entities ORDER BY text, article_id, idx", ()),
    (("SELECT canonical, COUNT(*) AS n FROM entities WHERE canonical IS NOT NULL GROUP BY canonical"
     " ORDER BY n DESC, canonical"), ()),
    ("SELECT article_id, name, lat, lon, precision FROM places WHERE country = ? ORDER BY article_id", ("SY",)),
    (("SELECT e.article_id, e.type, e.actor_canonical, e.lat, e.confidence, a.published FROM events e"
     " JOIN articles a ON a.id = e.article_id WHERE e.type = ? AND e.event_date >= ? ORDER BY e.article_id"),
     ("ASSAULT", "2017-01-01")),
    ("SELECT AVG(confidence) AS mean, SUM(end_off - start_off) AS chars, MAX(text) AS last FROM entities", ()),
    ("SELECT id, title FROM articles WHERE text LIKE ? ORDER BY id", ("%الرقة%",)),
    ("SELECT speaker, outlet_canonical, quote, direct FROM quotes ORDER BY article_id", ()),
    ("SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?", ("raqqa", 2)),
    # NULLs sort first ascending on SQLite, last on PostgreSQL: a nullable sort key must say which
    ("SELECT id, published FROM articles ORDER BY published DESC NULLS LAST, id", ()),
]


def _answers(store):
    stats = store.stats()
    del stats["url"]
    return {"stats": stats, "records": list(store.iter_records(batch=2)),
            "get": {a.id: store.get(a.id) for a in articles()},
            "queries": [store.query(sql, params) for sql, params in QUERIES]}


def test_sqlite_and_postgres_give_the_same_answers(tmp_path, pg_url):
    with open_store(str(tmp_path / "m.db")) as lite, open_store(pg_url) as pg:
        for store in (lite, pg):
            store.save_many(articles())
        lite_answers, pg_answers = _answers(lite), _answers(pg)
    assert pg_answers == lite_answers
    assert pg_answers["stats"]["counts"]["articles"] == 4
    assert pg_answers["queries"][-1][-1] == {"id": "raqqa-p4", "published": None}
    assert pg_answers["stats"]["events_by_type"] == {"ASSAULT": 1}
    # coordinates come back exactly (PostgreSQL's REAL would round them to 4 bytes)
    assert pg_answers["queries"][2][0]["lat"] == 35.95224
    # Arabic text orders by code point on both, whatever the database locale
    names = [row["text"] for row in pg_answers["queries"][0]]
    assert names == sorted(names)


def test_postgres_resave_is_idempotent(pg_url):
    with open_store(pg_url) as store:
        store.save_many(articles())
        first = (store.stats()["counts"], store.get("raqqa"))
        store.save_many(articles())
        assert (store.stats()["counts"], store.get("raqqa")) == first
        assert first[0]["entities"] > 0 and first[0]["removals"] > 0


def test_postgres_failing_batch_leaves_nothing_half_written(pg_url):
    good, bad = articles()[:2]
    bad.id = "broken"
    bad.entities.append(Entity(0, 1, bad.text[:1], None))  # type: ignore[arg-type]  # NOT NULL label
    with open_store(pg_url) as store:
        with pytest.raises(Exception, match="null"):
            store.save_many([good, bad])
        assert store.stats()["counts"]["articles"] == 0
        assert store.get(good.id) is None
        store.save(good)  # the connection is usable again after the rollback
        assert store.has(good.id, good.metadata["content_hash"])


def test_postgres_schema_is_migrated_once(pg_url):
    with open_store(pg_url) as store:
        store.save(articles()[1])
    with open_store(pg_url) as store:  # reopening applies nothing twice and keeps the data
        assert store.schema_version() == SCHEMA_VERSION
        assert store.query("SELECT COUNT(*) AS n FROM schema_version") == [{"n": SCHEMA_VERSION}]
        assert store.stats()["counts"]["articles"] == 1


def test_postgres_url_password_is_not_shown(pg_url):
    with open_store(pg_url) as store:
        assert "marsad:***@" in store.stats()["url"] or "@" not in store.stats()["url"]
    assert redact("postgresql://u:secret@127.0.0.1:5432/db") == "postgresql://u:***@127.0.0.1:5432/db"


def test_sql_is_translated_for_psycopg():
    assert to_postgres("SELECT a FROM t WHERE x = ? AND y LIKE '%?%'") == "SELECT a FROM t WHERE x = %s AND y LIKE '%%?%%'"
    ddl = to_postgres("CREATE TABLE t (id TEXT PRIMARY KEY, text TEXT NOT NULL, lat REAL, precision TEXT)")
    assert ddl == ('CREATE TABLE t (id TEXT COLLATE "C" PRIMARY KEY, text TEXT COLLATE "C" NOT NULL,'
                   ' lat DOUBLE PRECISION, precision TEXT COLLATE "C")')


def test_missing_driver_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if not installed
    with pytest.raises(MissingExtra, match=r"marsad\[postgres\]"):
        open_store("postgresql://nobody@127.0.0.1:1/none")


def test_postgres_store_answers_in_a_read_only_session(pg_url):
    """The API opens its store read-only; reading the schema version must not need DDL there."""
    with open_store(pg_url) as store:
        store.save(articles()[1])
    with open_store(pg_url) as store:
        store.conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        store.conn.commit()
        assert store.stats()["counts"]["articles"] == 1
        assert store.get("raqqa-p1")["id"] == "raqqa-p1"


def test_unreachable_server_is_a_clear_error_without_the_password():
    pytest.importorskip("psycopg")
    with pytest.raises(MarsadError, match=r"cannot connect to PostgreSQL at postgresql://u:\*\*\*@127\.0\.0\.1:1/db"):
        open_store("postgresql://u:secret@127.0.0.1:1/db")
