"""Cross-source event clusters. The hand-built articles here (four outlets reporting the 14 April
2018 strikes on Syria, plus other stories; spans located in the text, so offsets are real) are
also used by test_search.py."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from marsad.corpus import cluster_event_rows, cluster_events, event_clusters
from marsad.record import Article, Entity, Event, Location, Quote, Span
from marsad.store import open_store

STORIES = [
    ("sky-1", "Sky News Arabia", "2018-04-14", "ضربات غربية على سوريا",
     ("شنت الولايات المتحدة وبريطانيا وفرنسا ضربات صاروخية على مواقع عسكرية في دمشق فجر السبت.\n"
     "وقال متحدث باسم لقوات سوريا الديموقراطية إن مناطقها لم تتأثر بالضربات."),
     [("ASSAULT", "الولايات المتحدة", "usa", "مواقع عسكرية", "syrian-government", "دمشق", "Damascus", "2018-04-14")]),
    ("bbc-1", "BBC Arabic", "2018-04-14", "واشنطن تقصف أهدافا قرب العاصمة السورية",
     ("قصفت القوات الأمريكية أهدافا عسكرية في العاصمة دمشق، بحسب وزارة الدفاع.\n"
     "وقال ترامب: \"المهمة أنجزت\" بعد انتهاء الضربات."),
     [("ASSAULT", "القوات الأمريكية", "usa", "أهدافا عسكرية", "syrian-government", "دمشق", "Damascus", "2018-04-14")]),
    ("f24-1", "France 24 Arabic", "2018-04-15", "باريس تبرر مشاركتها في الضربات",
     "أكدت فرنسا أن الضربات التي نفذتها واشنطن مع حلفائها على مواقع في دمشق كانت ضرورية.",
     [("ASSAULT", "واشنطن", "usa", None, None, "دمشق", "Damascus", None)]),
    ("cnn-1", "CNN Arabic", "2018-04-21", "ضربة جديدة",
     "قالت مصادر إن الولايات المتحدة شنت ضربة جديدة على موقع في دمشق بعد أسبوع.",
     [("ASSAULT", "الولايات المتحدة", "usa", "موقع", "syrian-government", "دمشق", "Damascus", "2018-04-21")]),
    ("sky-2", "Sky News Arabia", "2018-04-16", "قوات سوريا الديمقراطية تسيطر على قرية",
     "سيطرت قوات سوريا الديمقراطية على قرية قرب الرقة بعد معارك مع تنظيم داعش.",
     [("ASSAULT", "قوات سوريا الديمقراطية", None, "تنظيم داعش", None, "الرقة", "Raqqa", "2018-04-16")]),
    ("bbc-2", "BBC Arabic", "2018-04-17", "معارك قرب الرقة",
     "قالت مصادر محلية إن لقوات سوريا الديموقراطية اشتبكت مع تنظيم داعش قرب الرقة.",
     [("ASSAULT", "لقوات سوريا الديموقراطية", None, "تنظيم داعش", None, "الرقة", "Raqqa", "2018-04-16")]),
    ("f24-2", "France 24 Arabic", "2018-04-15", "تظاهرة في باريس",
     "تظاهر مئات في باريس احتجاجا على الضربات في سوريا.",
     [("PROTEST", "مئات", None, None, None, "باريس", "Paris", "2018-04-15")]),
]


def _span(text: str, s: str, canonical: str | None = None) -> Span:
    i = text.index(s)
    return Span(i, i + len(s), s, canonical)


def make_articles() -> list[Article]:
    out = []
    for aid, source, day, title, text, events in STORIES:
        a = Article(id=aid, raw=text, text=text, title=title, published=day, source=source,
                    metadata={"content_hash": aid})
        if "قوات سوريا الديموقراطية" in text:
            sp = _span(text, "قوات سوريا الديموقراطية", "syrian-democratic-forces")
            a.entities.append(Entity(sp.start, sp.end, sp.text, "ORG", 0.9, sp.canonical))
        if "المهمة أنجزت" in text:
            a.quotes.append(Quote(_span(text, "ترامب", "donald-trump"), _span(text, "وقال"), _span(text, "المهمة أنجزت"),
                                  direct=True))
        for etype, actor, actor_can, target, target_can, place, place_name, when in events:
            ev_sent = next(s for s in text.split("\n") if actor in s)
            evidence = _span(text, ev_sent)
            loc = _span(text, place)
            a.events.append(Event(
                etype, trigger=evidence, evidence=evidence,
                actor=_span(text, actor, actor_can),
                target=_span(text, target, target_can) if target else None,
                location=Location(loc.start, loc.end, loc.text, None, place_name),
                date=when, date_precision="day" if when else None))
        out.append(a)
    return out


@contextmanager
def postgres_url() -> Iterator[str]:
    """A fresh PostgreSQL database for one test (skips when MARSAD_TEST_PG_URL is unset)."""
    base = os.environ.get("MARSAD_TEST_PG_URL")
    if not base:
        pytest.skip("MARSAD_TEST_PG_URL not set (source .ci/services.sh)")
    psycopg = pytest.importorskip("psycopg")
    name = f"marsad_corpus_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        yield base.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _by_article(clusters):
    return {e.article_id: c for c in clusters for e in c.events}


def test_same_strike_from_three_outlets_is_one_cluster(tmp_path):
    with open_store(str(tmp_path / "m.db")) as store:
        store.save_many(make_articles())
        clusters = cluster_events(store)
    c = _by_article(clusters)["sky-1"]
    assert c.articles == ["bbc-1", "f24-1", "sky-1"]
    assert c.num_sources == 3 and c.num_articles == 3
    assert c.sources == ["BBC Arabic", "France 24 Arabic", "Sky News Arabia"]
    assert (c.type, c.actor, c.target, c.place) == ("ASSAULT", "usa", "syrian-government", "damascus")
    assert (c.date_start, c.date_end) == ("2018-04-14", "2018-04-15")  # f24 has no own date: published


def test_event_a_week_later_is_a_new_cluster():
    clusters = cluster_event_rows(_rows(), window_days=3)
    by = _by_article(clusters)
    assert by["cnn-1"].cluster_id != by["sky-1"].cluster_id
    assert by["cnn-1"].num_sources == 1


def test_actor_names_match_across_spelling_variants_and_clitics():
    # No canonical id: لقوات سوريا الديموقراطية and قوات سوريا الديمقراطية meet on the match key.
    by = _by_article(cluster_event_rows(_rows()))
    assert by["sky-2"].cluster_id == by["bbc-2"].cluster_id
    assert by["sky-2"].num_sources == 2


def test_a_different_target_is_a_different_event():
    rows = _rows()
    rows.append({**rows[0], "article_id": "alr-1", "source": "Al Arabiya", "target": "مطار الضمير",
                 "target_canonical": "dumayr-airbase"})
    by = _by_article(cluster_event_rows(rows))
    assert by["alr-1"].cluster_id != by["sky-1"].cluster_id and by["sky-1"].num_sources == 3


def test_different_event_types_do_not_merge():
    by = _by_article(cluster_event_rows(_rows(), window_days=30))
    assert by["f24-2"].type == "PROTEST" and by["f24-2"].num_events == 1


def test_clusters_are_stored_and_read_back_with_source_counts(tmp_path):
    with open_store(str(tmp_path / "m.db")) as store:
        store.save_many(make_articles())
        computed = cluster_events(store)
        stored = event_clusters(store, min_sources=2)
        rows = store.query("SELECT COUNT(*) AS n FROM event_clusters")[0]["n"]
    assert rows == sum(len(a.events) for a in make_articles())
    assert [c.cluster_id for c in stored] == [c.cluster_id for c in computed if c.num_sources >= 2]
    assert [(c.num_sources, c.num_articles) for c in stored] == [(3, 3), (2, 2)]


def test_clusters_are_the_same_on_postgres(tmp_path):
    with postgres_url() as url:
        answers = []
        for where in (str(tmp_path / "m.db"), url):
            with open_store(where) as store:
                store.save_many(make_articles())
                cluster_events(store)
                answers.append([c.to_dict() for c in event_clusters(store)])
    assert answers[0] == answers[1]


def _rows():
    """Event rows as the store returns them, built from the articles without a store."""
    rows = []
    for a in make_articles():
        for i, e in enumerate(a.events):
            rows.append({"article_id": a.id, "idx": i, "type": e.type, "actor": e.actor.text if e.actor else None,
                         "actor_canonical": e.actor.canonical if e.actor else None,
                         "target": e.target.text if e.target else None,
                         "target_canonical": e.target.canonical if e.target else None,
                         "location": e.location.text if e.location else None,
                         "location_name": e.location.name if e.location else None,
                         "event_date": e.date, "date_precision": e.date_precision,
                         "source": a.source, "published": a.published})
    return rows


def test_clusters_command_lists_cross_source_clusters(tmp_path):
    from typer.testing import CliRunner

    from marsad.cli.corpus_cmds import app

    db = str(tmp_path / "m.db")
    with open_store(db) as store:
        store.save_many(make_articles())
    out = CliRunner().invoke(app, ["clusters", "--db", db, "--json"])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [(r["num_sources"], r["num_articles"]) for r in rows] == [(3, 3), (2, 2)]
    assert rows[0]["articles"] == ["bbc-1", "f24-1", "sky-1"]
