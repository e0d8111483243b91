"""Arabic-aware search over stored articles, entities, quotes and events."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from test_corpus_events import make_articles, postgres_url

from marsad.corpus import refresh_index, search
from marsad.corpus.search import key, keys
from marsad.store import open_store


@pytest.fixture()
def store(tmp_path):
    with open_store(str(tmp_path / "m.db")) as s:
        s.save_many(make_articles())
        yield s


def test_search_keys_agree_across_spelling_and_clitics():
    assert keys("لقوات سوريا الديموقراطية") == keys("قوات سوريا الديمقراطية") == ["قوات", "سوريا", "ديمقراطيه"]
    # Clitics stripped to a fixed point: و + لل + word, and the bare word, give one key.
    assert key("وللجيش") == key("الجيش") == key("جيش")
    assert key("أمريكية") == key("اميركية")


def test_query_finds_clitic_and_spelling_variant_as_a_phrase(store):
    res = search(store, "قوات سوريا الديمقراطية", kinds=["article"])
    by_id = {h.article_id: h for h in res.hits}
    assert set(by_id) == {"sky-1", "sky-2", "bbc-2"}
    hit = by_id["sky-1"]
    text = store.get("sky-1")["text"]
    assert hit.phrase and text[hit.start:hit.end] == "لقوات سوريا الديموقراطية"
    # A title match outranks a body match.
    assert res.hits[0].article_id == "sky-2" and res.hits[0].field == "title"


def test_search_covers_entities_quotes_and_events(store):
    kinds = {h.kind for h in search(store, "قوات سوريا الديمقراطية", limit=50).hits}
    assert kinds == {"article", "entity", "event"}
    quote = search(store, "المهمة انجزت", kinds=["quote"]).hits
    assert [(h.article_id, h.kind) for h in quote] == [("bbc-1", "quote")]
    assert store.get("bbc-1")["text"][quote[0].start:quote[0].end] == "المهمة أنجزت"
    speaker = search(store, "ترامب", kinds=["quote"]).hits
    assert speaker and speaker[0].field == "speaker"


def test_all_query_words_must_meet_in_one_field(store):
    assert search(store, "دمشق داعش").total == 0
    assert search(store, "دمشق").total > 0


def test_filters_date_type_actor_place(store):
    strikes = search(store, "", event_type="ASSAULT", actor="usa", place="Damascus")
    assert sorted(h.article_id for h in strikes.hits) == ["bbc-1", "cnn-1", "f24-1", "sky-1"]
    assert all(h.kind == "event" and h.event_type == "ASSAULT" for h in strikes.hits)
    in_window = search(store, "", event_type="assault", actor="الولايات المتحدة", date_from="2018-04-14",
                       date_to="2018-04-15")
    assert sorted(h.article_id for h in in_window.hits) == ["sky-1"]  # cnn-1's strike is a week later
    # Articles about events with a given actor: the Arabic actor name matches through clitics.
    sdf = search(store, "الرقة", actor="لقوات سوريا الديموقراطية", kinds=["article"])
    assert sorted(h.article_id for h in sdf.hits) == ["bbc-2", "sky-2"]
    protest = search(store, "الضربات", event_type="PROTEST")
    assert {h.article_id for h in protest.hits} == {"f24-2"}
    assert search(store, "الضربات", date_from="2018-04-16").total == 0


def test_empty_query_lists_articles_in_date_range_newest_first(store):
    res = search(store, "", date_from="2018-04-16", date_to="2018-04-30")
    assert [h.article_id for h in res.hits] == ["cnn-1", "bbc-2", "sky-2"]


def test_pagination_is_stable(store):
    full = search(store, "دمشق", limit=100)
    pages = [h for off in range(0, full.total, 2) for h in search(store, "دمشق", limit=2, offset=off).hits]
    assert [(h.kind, h.article_id, h.idx) for h in pages] == [(h.kind, h.article_id, h.idx) for h in full.hits]


def test_index_follows_resaved_and_new_articles(store):
    assert search(store, "الحديدة").total == 0
    art = make_articles()[0]
    store.execute("UPDATE articles SET stored_at = ? WHERE id = ?", ("1999-01-01", "sky-1"))  # force staleness
    store.conn.commit()
    new = replace(art, id="alr-9", text="اشتباكات في الحديدة.", raw="اشتباكات في الحديدة.", title="الحديدة",
                  entities=[], events=[], quotes=[])
    store.save(new)
    assert refresh_index(store) == 2
    assert [h.article_id for h in search(store, "الحديدة", kinds=["article"]).hits] == ["alr-9"]


def test_same_answers_on_sqlite_and_postgres(tmp_path):
    queries = [{"query": "قوات سوريا الديمقراطية"}, {"query": "دمشق", "limit": 3, "offset": 1},
               {"query": "", "event_type": "ASSAULT", "place": "دمشق"},
               {"query": "الضربات", "date_from": "2018-04-14", "date_to": "2018-04-15"}]
    with postgres_url() as url:
        answers = []
        for where in (str(tmp_path / "m.db"), url):
            with open_store(where) as s:
                s.save_many(make_articles())
                answers.append([[h.to_dict() for h in search(s, **q).hits] for q in queries])
    assert answers[0] == answers[1]
    assert all(answers[0])


def test_search_command_with_filters(tmp_path):
    from typer.testing import CliRunner

    from marsad.cli.corpus_cmds import app

    db = str(tmp_path / "m.db")
    with open_store(db) as s:
        s.save_many(make_articles())
    out = CliRunner().invoke(app, ["search", "دمشق", "--db", db, "--type", "ASSAULT", "--from", "2018-04-14",
                                   "--to", "2018-04-15", "--kind", "event", "--json"])
    assert out.exit_code == 0, out.output
    ids = sorted(json.loads(line)["article_id"] for line in out.stdout.splitlines())
    assert ids == ["bbc-1", "f24-1", "sky-1"]
