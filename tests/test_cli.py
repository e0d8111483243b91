"""The CLI verbs end to end on the bundled sample article."""

import csv
import io
import json

import pyarrow.parquet as pq
from helpers import SAMPLE
from typer.testing import CliRunner

from marsad.cli.app import app

runner = CliRunner()
CORE = ["--stages", "clean,text"]


def test_ingest_stores_the_sample_with_repeats_logged_and_show_prints_it(tmp_path):
    db = str(tmp_path / "m.db")
    result = runner.invoke(app, ["ingest", str(SAMPLE), "--db", db, *CORE])
    assert result.exit_code == 0, result.stderr
    article_id = result.stdout.strip()
    assert "1 articles processed, 0 skipped" in result.stderr
    shown = runner.invoke(app, ["show", article_id, "--db", db])
    record = json.loads(shown.stdout)
    assert len(record["text"].split("\n")) == 9
    assert [r["reason"] for r in record["removed"]] == ["repeated_paragraph"] * 8
    assert record["sentences"] and record["lang"] == "ar"


def test_reingesting_the_same_input_changes_nothing(tmp_path):
    db = str(tmp_path / "m.db")
    runner.invoke(app, ["ingest", str(SAMPLE), "--db", db, *CORE])
    first = json.loads(runner.invoke(app, ["stats", "--db", db]).stdout)["counts"]
    again = runner.invoke(app, ["ingest", str(SAMPLE), "--db", db, *CORE])
    assert again.exit_code == 0 and "1 unchanged" in again.stderr
    assert json.loads(runner.invoke(app, ["stats", "--db", db]).stdout)["counts"]["articles"] == first["articles"] == 1


def test_extract_streams_jsonl_without_a_database(tmp_path):
    src = tmp_path / "two.jsonl"
    text = SAMPLE.read_text(encoding="utf-8")
    src.write_text("\n".join(json.dumps({"id": i, "text": text, "date": "2017-10-15"}, ensure_ascii=False)
                             for i in ("a", "b")) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(src), "-o", str(out), *CORE])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in records] == ["a", "b"] and records[0]["published"] == "2017-10-15"
    assert records[1]["metadata"]["duplicate_of"] == "a"
    assert "1 exact duplicates" in result.stderr


def test_export_writes_jsonl_csv_and_parquet(tmp_path):
    db = str(tmp_path / "m.db")
    runner.invoke(app, ["ingest", str(SAMPLE), "--db", db, *CORE])
    jl = runner.invoke(app, ["export", "--db", db, "--format", "jsonl"])
    assert json.loads(jl.stdout.splitlines()[0])["removed"]
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["export", "--db", db, "--format", "csv"]).stdout)))
    assert len(rows) == 1 and "جيهان" in rows[0]["text"]
    pq_path = tmp_path / "out.parquet"
    runner.invoke(app, ["export", "--db", db, "--format", "parquet", "-o", str(pq_path)])
    assert pq.read_table(pq_path).num_rows == 1


def test_show_unknown_id_says_what_to_do(tmp_path):
    result = runner.invoke(app, ["show", "nope", "--db", str(tmp_path / "m.db")])
    assert result.exit_code != 0
