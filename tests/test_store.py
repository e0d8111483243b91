import sqlite3

import pytest
from helpers import SAMPLE

from marsad.clean.cleaner import Cleaner
from marsad.ingest import make_article
from marsad.record import Entity, Event
from marsad.store import open_store
from marsad.store.schema import SCHEMA_VERSION


def sample_article(article_id="raqqa"):
    a = Cleaner()(make_article(SAMPLE.read_text(encoding="utf-8"), "raqqa.txt", id=article_id))
    start = a.text.index("قوات سوريا الديموقراطية")
    a.entities.append(Entity(start, start + 23, a.text[start:start + 23], "ORG", 0.9, "syrian-democratic-forces"))
    s = a.text.index("بدء الهجوم")
    a.events.append(Event("ASSAULT", a.span(s, s + 10), a.span(s, s + 60), actor=a.entities[0] and a.span(start, start + 23)))
    return a


def test_store_round_trips_the_public_record(tmp_path):
    with open_store(str(tmp_path / "m.db")) as store:
        store.save(sample_article())
        rec = store.get("raqqa")
    assert rec["entities"][0]["text"] == "قوات سوريا الديموقراطية"
    assert rec["events"][0]["type"] == "ASSAULT"
    assert len(rec["removed"]) == 8


def test_store_resaving_is_idempotent(tmp_path):
    with open_store(str(tmp_path / "m.db")) as store:
        store.save(sample_article())
        store.save(sample_article())
        counts = store.stats()["counts"]
    assert counts["articles"] == 1 and counts["entities"] == 1 and counts["events"] == 1 and counts["removals"] == 8


def test_failed_batch_leaves_no_half_written_article(tmp_path):
    class Boom(Exception):
        pass

    def batch():
        yield sample_article("one")
        raise Boom

    with open_store(str(tmp_path / "m.db")) as store:
        store.save(sample_article("kept"))
        with pytest.raises(Boom):
            store.save_many(batch())
        ids = [r["id"] for r in store.query("SELECT id FROM articles")]
        orphans = store.query("SELECT COUNT(*) AS n FROM entities WHERE article_id = ?", ("one",))[0]["n"]
    assert ids == ["kept"] and orphans == 0


def test_schema_is_versioned_and_uses_wal(tmp_path):
    path = tmp_path / "m.db"
    open_store(str(path)).close()
    open_store(str(path)).close()  # re-opening applies nothing twice
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT COUNT(*), MAX(version) FROM schema_version").fetchone() == (SCHEMA_VERSION, SCHEMA_VERSION)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
