"""Each kind of bad input gets a one-line message naming it; the rest of the batch goes on,
what was stored stays, and the exit code (3) says something was skipped."""

import gzip
import json
from pathlib import Path

import pytest
from helpers import SAMPLE
from typer.testing import CliRunner

from marsad.cli.app import app
from marsad.store import open_store

GOOD = SAMPLE.read_text(encoding="utf-8")
runner = CliRunner()


def ingest(tmp_path: Path, *paths: Path | str):
    db = tmp_path / "m.db"
    result = runner.invoke(app, ["ingest", *map(str, paths), "--db", str(db), "--stages", "clean"])
    return result, db


def stored_ids(db: Path) -> list[str]:
    with open_store(str(db)) as store:
        return [r["id"] for r in store.query("SELECT id FROM articles ORDER BY id")]


def assert_skipped_and_rest_kept(result, db, name: str, words: str) -> None:
    assert result.exit_code == 3, result.output
    lines = [l for l in result.stderr.splitlines() if l.startswith("skipped")]
    assert len(lines) == 1 and name in lines[0] and words in lines[0], result.stderr
    assert len(stored_ids(db)) == 1  # the good article went through


@pytest.fixture
def good(tmp_path: Path) -> Path:
    p = tmp_path / "good.txt"
    p.write_text(GOOD, encoding="utf-8")
    return p


def test_binary_file_is_skipped(tmp_path, good):
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    result, db = ingest(tmp_path, bad, good)
    assert_skipped_and_rest_kept(result, db, "photo.txt", "binary")


def test_empty_file_is_skipped(tmp_path, good):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result, db = ingest(tmp_path, bad, good)
    assert_skipped_and_rest_kept(result, db, "empty.txt", "empty")


def test_truncated_html_keeps_its_text_and_empty_html_is_skipped(tmp_path, good):
    truncated = tmp_path / "cut.html"
    body = "".join(f"<p>{line}</p>" for line in GOOD.splitlines()[:4])
    truncated.write_text(f"<html><head><title>الرقة</title></head><body><article>{body}<p>وقال", encoding="utf-8")
    hollow = tmp_path / "hollow.html"
    hollow.write_text("<html><body><div><script>var x=1;</script></div>", encoding="utf-8")
    result, db = ingest(tmp_path, truncated, hollow, good)
    assert result.exit_code == 3
    assert "hollow.html" in result.stderr and "no extractable main text" in result.stderr
    assert "cut.html" not in result.stderr
    assert len(stored_ids(db)) == 2


def test_invalid_jsonl_line_skips_that_line_only(tmp_path):
    src = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": "a1", "text": GOOD}, ensure_ascii=False), '{"id": "broken", "text": "قال',
             json.dumps({"id": "a2", "text": GOOD.replace("الأحد", "الاثنين")}, ensure_ascii=False)]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result, db = ingest(tmp_path, src)
    assert result.exit_code == 3
    assert "batch.jsonl" in result.stderr and "line 2" in result.stderr and "invalid JSON" in result.stderr
    assert stored_ids(db) == ["a1", "a2"]


def test_fifty_megabyte_article_is_refused_with_the_limit(tmp_path, good):
    huge = tmp_path / "huge.txt"
    huge.write_bytes((GOOD + "\n").encode("utf-8") * (50_000_000 // len(GOOD.encode("utf-8")) + 1))
    result, db = ingest(tmp_path, huge, good)
    assert_skipped_and_rest_kept(result, db, "huge.txt", "MB limit")


def test_windows_1256_and_mixed_encodings_are_decoded(tmp_path):
    cp = tmp_path / "cp1256.txt"
    cp.write_bytes(GOOD.encode("cp1256"))
    mixed = tmp_path / "mixed.txt"
    lines = GOOD.splitlines()
    mixed.write_bytes("\n".join(lines[:6]).encode("utf-8") + b"\n" + "\n".join(lines[6:9]).encode("cp1256"))
    result, db = ingest(tmp_path, cp, mixed)
    assert result.exit_code == 0, result.stderr
    with open_store(str(db)) as store:
        texts = [r["text"] for r in store.query("SELECT text FROM articles")]
    assert any("قوات سوريا الديموقراطية" in t for t in texts)
    assert all("جيهان شيخ أحمد" in t for t in texts)


def test_non_arabic_article_is_skipped_with_language(tmp_path, good):
    en = tmp_path / "english.txt"
    en.write_text("The Syrian Democratic Forces announced the final phase of the battle for Raqqa on Sunday. " * 3)
    result, db = ingest(tmp_path, en, good)
    assert_skipped_and_rest_kept(result, db, "english.txt", "not Arabic (detected en)")


def test_missing_path_is_named(tmp_path, good):
    result, db = ingest(tmp_path, tmp_path / "nope.txt", good)
    assert_skipped_and_rest_kept(result, db, "nope.txt", "no such file")


def test_truncated_gzip_is_skipped(tmp_path, good):
    gz = tmp_path / "dump.jsonl.gz"
    gz.write_bytes(gzip.compress(json.dumps({"id": "x", "text": GOOD}, ensure_ascii=False).encode())[:60])
    result, db = ingest(tmp_path, gz, good)
    assert_skipped_and_rest_kept(result, db, "dump.jsonl.gz", "truncated or corrupt")


def test_nothing_stored_is_lost_when_a_later_batch_has_bad_input(tmp_path, good):
    result, db = ingest(tmp_path, good)
    assert result.exit_code == 0
    before = stored_ids(db)
    bad = tmp_path / "bin.dat"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    result, _ = ingest(tmp_path, bad)
    assert result.exit_code == 3
    assert stored_ids(db) == before
