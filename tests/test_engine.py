"""The shard engine on real Arabic articles and the real pipeline: per-shard outputs with done
markers, resuming after a kill, loading the store, and Ray (a local 2-CPU cluster, see
conftest.ray_address) giving byte-identical records to the local engine."""

import gzip
import itertools
import json
import shutil

import pytest
from helpers import SAMPLE, SHARED
from typer.testing import CliRunner

from marsad.cli.app import app
from marsad.engine import article_from_record, run_shards
from marsad.engine.shards import plan_shards, shard_name
from marsad.errors import MarsadError
from marsad.store import open_store

NEWS = SHARED / "data" / "news" / "news_sample.jsonl.gz"
STAGES = None  # the whole pipeline


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):
    """Three shards: the bundled article, its paragraphs as JSONL records, and (when ../shared is
    there) 20 articles of the news sample, written at test time (its licence keeps it out of the repo)."""
    folder = tmp_path_factory.mktemp("inputs")
    shutil.copy(SAMPLE, folder / "raqqa.txt")
    paragraphs = [p for p in SAMPLE.read_text(encoding="utf-8").split("\n") if len(p) > 120]
    with open(folder / "raqqa-parts.jsonl", "w", encoding="utf-8") as fh:
        fh.writelines(json.dumps({"id": f"raqqa-part-{i}", "title": "الرقة", "date": "2017-10-15", "text": p},
                                ensure_ascii=False) + "\n" for i, p in enumerate(paragraphs))
    if NEWS.exists():
        with gzip.open(NEWS, "rt", encoding="utf-8") as src, gzip.open(folder / "news20.jsonl.gz", "wt",
                                                                         encoding="utf-8") as dst:
            dst.writelines(itertools.islice(src, 20))
    return folder


@pytest.fixture(scope="module")
def local_run(inputs, tmp_path_factory):
    """One CLI run on the local engine with 2 workers, loading a SQLite store."""
    work = tmp_path_factory.mktemp("local")
    args = ["run", str(inputs), "--engine", "local", "--workers", "2", "--out", str(work / "out"),
            "--db", str(work / "m.db")]
    if STAGES:
        args += ["--stages", ",".join(STAGES)]
    result = CliRunner().invoke(app, args)
    return work, result


def _outputs(out_dir):
    return {p.name: p.read_bytes() for p in sorted(out_dir.glob("*.jsonl"))}


def test_local_run_writes_one_output_and_marker_per_shard(local_run, inputs):
    work, result = local_run
    assert result.exit_code == 0, result.output
    out = work / "out"
    n_inputs = len(list(inputs.iterdir()))
    assert len(list(out.glob("*.jsonl"))) == len(list(out.glob("*.done"))) == n_inputs
    marker = json.loads((out / "raqqa-parts.done").read_text(encoding="utf-8"))
    lines = (out / "raqqa-parts.jsonl").read_text(encoding="utf-8").splitlines()
    assert marker["records"] == len(lines) >= 3 and marker["skipped"] == []
    ids = [json.loads(line)["id"] for line in lines]
    assert ids == sorted(ids, key=lambda i: int(i.rsplit("-", 1)[1]))  # input order
    assert f"{n_inputs} shards ({n_inputs} processed" in result.output


def test_records_hold_the_pipeline_output(local_run):
    work, _ = local_run
    rec = json.loads((work / "out" / "raqqa.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert rec["id"] and "معركة الرقة" in rec["text"] and rec["sentences"]
    for ent in rec["entities"]:
        assert rec["text"][ent["start"]:ent["end"]] == ent["text"]
    assert rec["raw"].startswith("أعلنت قوات سوريا")


def test_local_run_loads_every_record_into_the_store(local_run):
    work, _ = local_run
    records = [json.loads(line) for p in sorted((work / "out").glob("*.jsonl"))
               for line in p.read_text(encoding="utf-8").splitlines()]
    with open_store(str(work / "m.db")) as store:
        assert store.stats()["counts"]["articles"] == len({r["id"] for r in records})
        for rec in records:
            rec.pop("raw"), rec.pop("author")
            assert store.get(rec["id"]) == rec
        assert store.query("SELECT COUNT(*) AS n FROM runs WHERE finished_at IS NOT NULL") == [{"n": 1}]


def test_record_rebuilds_the_article_it_came_from(local_run):
    work, _ = local_run
    for line in (work / "out" / "raqqa.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        article = article_from_record(rec)
        assert article.raw == rec.pop("raw") and article.author == rec.pop("author")
        assert article.to_record() == rec


def test_killed_run_resumes_where_it_stopped(local_run, inputs, tmp_path):
    work, _ = local_run
    out = tmp_path / "out"
    shutil.copytree(work / "out", out)
    before = _outputs(out)
    # As a kill leaves it: one shard finished, one mid-write (temporary file, no marker), one not begun.
    (out / "raqqa.done").unlink()
    (out / "raqqa.jsonl").unlink()
    (out / "raqqa.jsonl.tmp4242").write_text('{"id": "half', encoding="utf-8")
    (out / "raqqa-parts.done").unlink()
    kept = {p.name: p.stat().st_mtime_ns for p in out.glob("*.jsonl")}
    summary = run_shards([inputs], out, "local", workers=1, store_url=str(tmp_path / "m.db"), stages=STAGES)
    assert summary.processed == 2 and summary.resumed == len(before) - 2 and not summary.failed
    assert _outputs(out) == before  # redone shards are byte-identical to the first run's
    assert not list(out.glob("*.tmp*"))
    for name, mtime in kept.items():
        if name != "raqqa-parts.jsonl":  # the finished shards were not touched
            assert (out / name).stat().st_mtime_ns == mtime
    with open_store(str(tmp_path / "m.db")) as store:
        assert store.stats()["counts"]["articles"] == summary.records


def test_changed_input_is_processed_again(inputs, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(inputs / "raqqa.txt", src / "raqqa.txt")
    out = tmp_path / "out"
    first = run_shards([src], out, "local", workers=1, stages=("clean",))
    again = run_shards([src], out, "local", workers=1, stages=("clean",))
    assert (first.processed, again.processed, again.resumed) == (1, 0, 1)
    (src / "raqqa.txt").write_text(SAMPLE.read_text(encoding="utf-8").split("\n")[2], encoding="utf-8")
    changed = run_shards([src], out, "local", workers=1, stages=("clean",))
    assert changed.processed == 1
    assert "جيهان" in json.loads((out / "raqqa.jsonl").read_text(encoding="utf-8"))["text"]


@pytest.mark.ray
def test_ray_run_gives_the_same_records_as_local(local_run, inputs, ray_address, tmp_path):
    work, _ = local_run
    summary = run_shards([inputs], tmp_path / "out", "ray", workers=2, store_url=str(tmp_path / "ray.db"),
                         stages=STAGES)
    assert summary.processed == summary.shards == len(list(inputs.iterdir())) and not summary.failed
    assert _outputs(tmp_path / "out") == _outputs(work / "out")
    with open_store(str(tmp_path / "ray.db")) as ray_store, open_store(str(work / "m.db")) as local_store:
        assert list(ray_store.iter_records()) == list(local_store.iter_records())


@pytest.mark.postgres
def test_run_loads_postgres_like_sqlite(local_run, inputs, pg_url):
    work, _ = local_run
    summary = run_shards([inputs], work / "out", "local", workers=1, store_url=pg_url, stages=STAGES)
    assert summary.resumed == summary.shards and summary.processed == 0  # nothing reprocessed, only loaded
    with open_store(pg_url) as pg, open_store(str(work / "m.db")) as lite:
        assert list(pg.iter_records()) == list(lite.iter_records())
        assert pg.stats()["counts"]["events"] == lite.stats()["counts"]["events"]


def test_pipeline_that_cannot_load_is_reported(inputs, tmp_path):
    with pytest.raises(MarsadError, match="failed to load in a worker"):
        run_shards([inputs / "raqqa.txt"], tmp_path / "out", "local", workers=1, stages=("no-such-stage",))
    assert not list((tmp_path / "out").glob("*.done"))


def test_shard_names_follow_the_file_and_stay_unique(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert shard_name(tmp_path / "news 2018.jsonl.gz") == "news_2018"
    shards = plan_shards([tmp_path / "a" / "x.txt", tmp_path / "b" / "x.txt", tmp_path / "y.warc.gz"], tmp_path)
    names = [s.name for s in shards]
    assert len(set(names)) == 3 and names[0].startswith("x-") and names[2] == "y"


def test_unknown_engine_is_refused(tmp_path):
    with pytest.raises(MarsadError, match="unknown engine"):
        run_shards([SAMPLE], tmp_path, "spark", workers=1)


@pytest.mark.ray
def test_ray_reports_a_pipeline_that_cannot_load(inputs, ray_address, tmp_path):
    with pytest.raises(MarsadError, match="failed to load in a worker"):
        run_shards([inputs / "raqqa.txt"], tmp_path / "out", "ray", workers=4, stages=("no-such-stage",))
    assert not list((tmp_path / "out").glob("*.done"))
