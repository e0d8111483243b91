"""Exact and near-duplicate detection (MinHash LSH over normalised word shingles)."""

from __future__ import annotations

import gzip
import json
import random
import sys
from pathlib import Path

import numpy as np
import pytest

from marsad.corpus import Doc, duplicate_clusters, duplicates_of, find_duplicates, find_near_duplicates
from marsad.corpus.dedup import MinHasher, words
from marsad.corpus.synth import perturb, prepare
from marsad.record import Article
from marsad.store import open_store

SHARED = Path(__file__).resolve().parents[2] / "shared"
NEWS = SHARED / "data" / "news" / "news_sample.jsonl.gz"
needs_news = pytest.mark.skipif(not NEWS.exists(), reason="../shared news sample is not beside the repo")

STORY = (
    "أعلنت وزارة الدفاع الأمريكية أن الولايات المتحدة وبريطانيا وفرنسا شنت فجر السبت ضربات صاروخية "
    "استهدفت ثلاثة مواقع قالت إنها مرتبطة ببرنامج الأسلحة الكيميائية في سوريا.\n"
    "وقال رئيس هيئة الأركان المشتركة إن الضربات أصابت مركزا للبحوث العلمية في منطقة برزة قرب دمشق "
    "ومنشأتين لتخزين الأسلحة غرب مدينة حمص.\n"
    "وأضاف أن القوات الحليفة أطلقت أكثر من مئة صاروخ من سفن حربية وطائرات، وأن الدفاعات الجوية السورية "
    "أطلقت عشرات الصواريخ المضادة دون أن تعترض أيا من الصواريخ قبل وصولها إلى أهدافها.\n"
    "من جهتها، نددت روسيا بالضربات ووصفتها بأنها عدوان على دولة ذات سيادة، ودعت إلى اجتماع طارئ لمجلس الأمن "
    "الدولي لبحث التطورات، فيما قالت دمشق إن الهجوم لن يثنيها عن مواصلة الحرب على الإرهاب."
)
OTHER = (
    "افتتح وزير التعليم اليوم معرض الكتاب الدولي في العاصمة بمشاركة أكثر من خمسمئة دار نشر من ثلاثين دولة، "
    "ويستمر المعرض عشرة أيام تقام خلالها ندوات وأمسيات شعرية وورش عمل للأطفال.\n"
    "وقال مدير المعرض إن الدورة الحالية تشهد إقبالا كبيرا من الزوار وإن المبيعات تجاوزت التوقعات."
)


def _cluster_of(docs):
    res = find_near_duplicates(docs)
    return res, res.cluster_of()


def test_spelling_variants_and_diacritics_are_exact_duplicates():
    variant = STORY.replace("أ", "ا").replace("ة", "ه").replace("الأمريكية", "الأميركية").replace("سوريا", "سُوريا")
    res, cl = _cluster_of([Doc("a", STORY), Doc("b", variant), Doc("c", OTHER)])
    assert cl["a"] == cl["b"] and "c" not in cl
    assert res.clusters[0].kind == "exact" and res.n_exact_duplicates == 1


def test_edited_truncated_reordered_copies_join_the_original():
    paras = STORY.split("\n")
    copies = {
        "reordered": "\n".join(paras[2:] + paras[:2]),
        "truncated": STORY[: int(len(STORY) * 0.8)],
        "boilerplate": "تابعونا على فيسبوك وتويتر\n" + STORY + "\nجميع الحقوق محفوظة",
        "edited": STORY.replace("ثلاثة مواقع", "3 مواقع").replace("فجر السبت", "صباح السبت").replace("عشرات", "العشرات"),
    }
    res, cl = _cluster_of([Doc("orig", STORY), Doc("other", OTHER)] + [Doc(k, v) for k, v in copies.items()])
    assert {cl[k] for k in copies} == {cl["orig"]}
    assert "other" not in cl
    (cluster,) = res.clusters
    assert cluster.representative == "boilerplate"  # the longest text represents the cluster
    assert {m.kind for m in cluster.members} == {"representative", "near"}


def test_estimated_similarity_tracks_exact_jaccard():
    rng = random.Random(3)
    src, vocab = prepare(STORY), STORY.split()
    texts = [STORY] + [perturb(src, rng, vocab)[0] for _ in range(20)]
    sig = MinHasher(3, 128).signatures(texts).sig

    def shingles(t):
        w = words(t)
        return {tuple(w[i:i + 3]) for i in range(len(w) - 2)}

    base = shingles(STORY)
    exact = np.array([len(base & shingles(t)) / len(base | shingles(t)) for t in texts[1:]])
    est = (sig[1:] == sig[0]).mean(axis=1)
    assert np.abs(est - exact).mean() < 0.06


def test_signatures_are_deterministic_across_batches():
    a = MinHasher().signatures([STORY, OTHER]).sig
    b = MinHasher().signatures([OTHER, "", STORY]).sig
    assert (a[0] == b[2]).all() and (a[1] == b[0]).all()


def test_clusters_are_stored_and_read_back(tmp_path):
    arts = [Article(id=i, raw=t, text=t, published=d, source=s) for i, t, d, s in [
        ("x1", STORY, "2018-04-14", "Sky News Arabia"), ("x2", STORY.replace("أ", "ا"), "2018-04-15", "CNN Arabic"),
        ("x3", STORY[: len(STORY) * 3 // 4], "2018-04-14", "BBC Arabic"), ("y1", OTHER, "2018-04-14", "BBC Arabic")]]
    with open_store(str(tmp_path / "m.db")) as store:
        store.save_many(arts)
        res = find_duplicates(store)
        stored = duplicate_clusters(store)
        assert duplicate_clusters(store, kind="exact") == []
        assert duplicates_of(store, "x3") == stored[0] and duplicates_of(store, "y1") is None
    assert len(stored) == 1 and stored[0].cluster_id == res.clusters[0].cluster_id
    kinds = {m.article_id: m.kind for m in stored[0].members}
    assert kinds == {"x1": "representative", "x2": "exact", "x3": "near"}  # same length: earliest wins


@needs_news
def test_news_sample_exact_duplicate_texts_share_clusters():
    with gzip.open(NEWS, "rt", encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    res = find_near_duplicates(Doc(r["id"], r["text"]) for r in rows)
    cl = res.cluster_of()
    by_text: dict[str, list[str]] = {}
    for r in rows:
        by_text.setdefault(r["text"], []).append(r["id"])
    groups = [ids for ids in by_text.values() if len(ids) > 1]
    assert sum(len(g) - 1 for g in groups) == 107
    assert all(len({cl.get(i) for i in g}) == 1 and cl.get(g[0]) for g in groups)
    assert res.n_exact_duplicates >= 107


@needs_news
def test_pair_precision_recall_on_perturbed_news():
    pytest.importorskip("scipy")  # the evaluation script's exact Jaccard (not the detector) uses it
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from make_dedup_eval import load_news, make_set, score

    items = make_set(load_news(NEWS, limit=600), seed=5)
    s = score(items)
    assert s["precision"] >= 0.95 and s["recall"] >= 0.95, s


def test_duplicate_clusters_are_the_same_on_postgres(tmp_path):
    from test_corpus_events import postgres_url

    arts = [Article(id=f"a{i}", raw=t, text=t, published="2018-04-14", source="BBC Arabic")
            for i, t in enumerate([STORY, STORY.replace("أ", "ا"), STORY[: len(STORY) * 3 // 4], OTHER, OTHER + " "])]
    with postgres_url() as url:
        answers = []
        for where in (str(tmp_path / "m.db"), url):
            with open_store(where) as store:
                store.save_many(arts)
                find_duplicates(store)
                answers.append(duplicate_clusters(store))
    assert answers[0] == answers[1] and len(answers[0]) == 2


def test_dedup_command_stores_and_lists_clusters(tmp_path):
    from typer.testing import CliRunner

    from marsad.cli.corpus_cmds import app

    db = str(tmp_path / "m.db")
    with open_store(db) as store:
        store.save_many([Article(id="a", raw=STORY, text=STORY), Article(id="b", raw=STORY, text=STORY.replace("أ", "ا")),
                         Article(id="c", raw=OTHER, text=OTHER)])
    out = CliRunner().invoke(app, ["dedup", "--db", db, "--json"])
    assert out.exit_code == 0, out.output
    (row,) = [json.loads(line) for line in out.stdout.splitlines()]
    assert row["kind"] == "exact" and sorted(m["article_id"] for m in row["members"]) == ["a", "b"]
