"""Train the shipped Arabic NER model (two stacked CRFs + a BiLSTM) from ../shared/data. One command:

    python scripts/train_ner.py              # lexicons if missing, the CRFs on all of train, then the
                                             # BiLSTM (scripts/train_ner_lstm.py; needs torch)
    python scripts/train_ner.py --dev        # train on 90 % of train, score the held-out last 10 % (tuning)
    python scripts/train_ner.py --eval-test  # also report on the ANERcorp test split (reporting only)

Pass 2 is trained on pass-1 tags predicted by cross-validation (K folds of pseudo-documents),
so it learns how far to trust pass 1 on text pass 1 has not seen. ``--jobs`` trains folds in
parallel (default 1: single core). The ANERcorp CAMeL test split is never used for training or
tuning; ``--eval-test`` only scores it.
"""

from __future__ import annotations

import argparse
import importlib.util
import multiprocessing as mp
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import ner_data
import ner_eval
import pycrfsuite

from marsad.ner.document import DOC_SENTENCES, document_hints
from marsad.ner.model import CRF_FILE, GAZETTEER_FILE, LEXICON_FILE, MODEL_DIR, PASS1_FILE, NerModel, load_features

Doc = list[ner_data.Sentence]

# Shared with forked workers (set before the pool starts).
_X: list[list[list[str]]] = []
_Y: list[list[str]] = []
_PARAMS: dict = {}


def build_lexicons(force: bool) -> None:
    here = Path(__file__).resolve().parent
    for script, out in (("ner_clusters.py", LEXICON_FILE), ("ner_gazetteer.py", GAZETTEER_FILE)):
        if force or not (MODEL_DIR / out).exists():
            subprocess.run([sys.executable, str(here / script)], check=True)


def train_lstm() -> None:
    """The BiLSTM half of the shipped model (its own script: it needs torch, the CRFs do not)."""
    if importlib.util.find_spec("torch") is None:
        print("torch is not installed: the BiLSTM (models/ner/lstm.npz) was NOT retrained; "
              "`pip install torch` and run scripts/train_ner_lstm.py", file=sys.stderr)
        return
    subprocess.run([sys.executable, str(Path(__file__).with_name("train_ner_lstm.py"))], check=True)


def as_docs(sents: list[ner_data.Sentence]) -> list[Doc]:
    return [sents[i : i + DOC_SENTENCES] for i in range(0, len(sents), DOC_SENTENCES)]


def _train(job: tuple[list[int], str]) -> str:
    idx, path = job
    trainer = pycrfsuite.Trainer(verbose=False)
    for i in idx:
        trainer.append(_X[i], _Y[i])
    trainer.set_params(_PARAMS)
    trainer.train(path)
    return path


def train_many(x: list, y: list, jobs: list[tuple[list[int], str]], params: dict, n_jobs: int) -> None:
    global _X, _Y, _PARAMS
    _X, _Y, _PARAMS = x, y, params
    if n_jobs > 1 and len(jobs) > 1:
        with mp.get_context("fork").Pool(min(n_jobs, len(jobs))) as pool:
            pool.map(_train, jobs)
    else:
        for job in jobs:
            _train(job)


def train(docs: list[Doc], out_dir: Path, args: argparse.Namespace) -> None:
    fx = load_features()
    params = {"c1": args.c1, "c2": args.c2, "max_iterations": args.iters, "feature.possible_transitions": True}
    t0 = time.time()
    sents = [s for d in docs for s in d]
    words = [[w for w, _ in s] for s in sents]
    gold = [[t for _, t in s] for s in sents]
    doc_of = [k for k, d in enumerate(docs) for _ in d]
    x1 = [fx.sentence(w) for w in words]
    print(f"pass-1 features for {len(sents)} sentences in {time.time() - t0:.0f}s", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        folds = [f"{tmp}/fold{k}.crfsuite" for k in range(args.folds)]
        jobs = [([i for i in range(len(sents)) if doc_of[i] % args.folds != k], folds[k]) for k in range(args.folds)]
        jobs.append((list(range(len(sents))), str(out_dir / PASS1_FILE)))
        train_many(x1, gold, jobs, {**params, "max_iterations": args.iters1}, args.jobs)
        print(f"pass 1 ({args.folds} folds + all) trained at {time.time() - t0:.0f}s", flush=True)
        first: list[list[str]] = [[] for _ in sents]
        for k, path in enumerate(folds):
            tagger = pycrfsuite.Tagger()
            tagger.open(path)
            for i in range(len(sents)):
                if doc_of[i] % args.folds == k:
                    first[i] = tagger.tag(x1[i])
    del x1
    x2: list[list[list[str]]] = []
    i = 0
    for d in docs:
        dw, df = words[i : i + len(d)], first[i : i + len(d)]
        x2.extend(fx.sentence(w, h) for w, h in zip(dw, document_hints(fx, dw, df)))
        i += len(d)
    train_many(x2, gold, [(list(range(len(sents))), str(out_dir / CRF_FILE))], params, 1)
    print(f"pass 2 trained at {time.time() - t0:.0f}s", flush=True)


def evaluate(out_dir: Path, sents: list[ner_data.Sentence]) -> dict[str, tuple[float, float, float]]:
    """Score the model in ``out_dir`` as shipped (with its BiLSTM when ``lstm.npz`` is there)."""
    model = NerModel(out_dir)
    pred = [ts.tags for d in as_docs(sents) for ts in model.tag_document([[w for w, _ in s] for s in d])]
    return ner_eval.score([[t for _, t in s] for s in sents], pred)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", action="store_true", help="hold out the last 10%% of train and score it")
    ap.add_argument("--dev-first", action="store_true", help="with --dev: hold out the first 10%% instead")
    ap.add_argument("--eval-test", action="store_true", help="report F1 on the ANERcorp test split")
    ap.add_argument("--rebuild-lexicons", action="store_true")
    ap.add_argument("--aqmar", type=int, default=0, help="add AQMAR (PER/LOC/ORG) to training: 0/1")
    ap.add_argument("--wojood", type=int, default=0, help="add the Wojood sample (mapped labels): 0/1")
    ap.add_argument("--c1", type=float, default=0.02)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iters", type=int, default=150, help="L-BFGS iterations, pass 2")
    ap.add_argument("--iters1", type=int, default=100, help="L-BFGS iterations, pass 1")
    ap.add_argument("--no-lstm", action="store_true", help="final model: train the CRFs only")
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument(
        "--out-dir",
        type=Path,
        default=None,
        help="default: the package's models/ner (final) or a temporary folder (--dev)",
    )
    args = ap.parse_args()

    build_lexicons(args.rebuild_lexicons)
    aner = ner_data.read_conll(ner_data.ANER_TRAIN)
    extra: list[Doc] = []
    if args.aqmar:
        extra += as_docs(ner_data.read_aqmar())
    if args.wojood:
        extra += as_docs(ner_data.read_wojood())
    dev: list[ner_data.Sentence] = []
    if args.dev:
        aner, dev = ner_data.split_dev(aner, first=args.dev_first)
    out_dir = args.out_dir or (Path(tempfile.mkdtemp(prefix="ner-dev-")) if args.dev else MODEL_DIR)
    out_dir.mkdir(parents=True, exist_ok=True)
    if out_dir != MODEL_DIR:  # a complete model folder (usable as MARSAD_NER_MODEL_DIR)
        for name in (LEXICON_FILE, GAZETTEER_FILE):
            shutil.copy(MODEL_DIR / name, out_dir / name)
    t0 = time.time()
    train(as_docs(aner) + extra, out_dir, args)
    size = sum((out_dir / f).stat().st_size for f in (PASS1_FILE, CRF_FILE)) / 1e6
    print(f"trained in {time.time() - t0:.0f}s ({size:.1f} MB) -> {out_dir}; {vars(args)}", flush=True)
    if not args.dev and not args.no_lstm and args.out_dir is None:
        train_lstm()
    if dev:
        docs = [[[w for w, _ in s] for s in d] for d in as_docs(dev)]
        p1 = pycrfsuite.Tagger()
        p1.open(str(out_dir / PASS1_FILE))
        fx = load_features()
        res1 = ner_eval.score([[t for _, t in s] for s in dev], [p1.tag(fx.sentence(w)) for d in docs for w in d])
        print("dev, pass 1 only:\n" + ner_eval.report(res1), flush=True)
        print("dev (last 10% of ANERcorp train):\n" + ner_eval.report(evaluate(out_dir, dev)), flush=True)
    if args.eval_test:
        print("ANERcorp test:\n" + ner_eval.report(evaluate(out_dir, ner_data.read_conll(ner_data.ANER_TEST))))


if __name__ == "__main__":
    main()
