"""Train the neural half of the NER model: a character-CNN + BiLSTM + CRF tagger (CPU torch).

    python scripts/train_ner_lstm.py --dev [--crf-dir DIR]   # train on 90 % of ANERcorp train, score the last 10 %
    python scripts/train_ner_lstm.py                         # train on all of train, write models/ner/lstm.npz

With ``--crf-dir`` (the CRFs of ``train_ner.py --dev --out-dir DIR``, trained on the same 90 %), the
dev score of the CRF + BiLSTM ensemble is reported for several CRF weights (``ensemble.CRF_WEIGHT``).

Inputs per word (all computable for a word never seen in training):
  - an embedding of its clitic-stripped base (training words only; rare words are dropped to
    UNK while training so the network learns to lean on the other inputs),
  - a character CNN over the word (affixes, name-like spellings),
  - a bag of the CRF's small features: distributional clusters learnt from unlabelled news,
    gazetteer matches, article/suffix ratios, frequency, shape (``marsad.ner.neural_inputs``).
The weights are exported to a numpy file; ``marsad.ner.lstm`` runs the network without torch.
Torch is needed only here (``pip install -e '.[train-neural]'``). The ANERcorp test split is never used.
About 12 minutes on one core (30 epochs); same seed and thread count → the same weights.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

import ner_data
import ner_eval
import numpy as np
import torch
import train_ner
from torch import nn

from marsad.ner.model import CRF_FILE, GAZETTEER_FILE, LEXICON_FILE, LSTM_FILE, MODEL_DIR, PASS1_FILE, load_features
from marsad.ner.neural_inputs import TAGS, InputEncoder


class CRF(nn.Module):
    def __init__(self, n: int) -> None:
        super().__init__()
        self.trans = nn.Parameter(torch.zeros(n, n))  # from -> to
        self.start = nn.Parameter(torch.zeros(n))
        self.end = nn.Parameter(torch.zeros(n))

    def nll(self, em: torch.Tensor, y: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        # em [B,T,K], y [B,T], mask [B,T] bool (prefix masks)
        _B, T, _K = em.shape
        score = self.start[y[:, 0]] + em[:, 0].gather(1, y[:, :1]).squeeze(1)
        alpha = self.start + em[:, 0]
        for t in range(1, T):
            m = mask[:, t]
            step = self.trans[y[:, t - 1], y[:, t]] + em[:, t].gather(1, y[:, t : t + 1]).squeeze(1)
            score = score + step * m
            nxt = torch.logsumexp(alpha.unsqueeze(2) + self.trans.unsqueeze(0), dim=1) + em[:, t]
            alpha = torch.where(m.unsqueeze(1), nxt, alpha)
        last = y.gather(1, (mask.sum(1) - 1).unsqueeze(1)).squeeze(1)
        score = score + self.end[last]
        logz = torch.logsumexp(alpha + self.end, dim=1)
        return (logz - score).sum()


class Tagger(nn.Module):
    def __init__(self, enc: InputEncoder, args: argparse.Namespace) -> None:
        super().__init__()
        self.word = nn.Embedding(len(enc.words), args.wdim, padding_idx=0)
        self.feat = nn.EmbeddingBag(len(enc.feats), args.fdim, mode="sum", padding_idx=0)
        self.char = nn.Embedding(len(enc.chars), args.cdim, padding_idx=0)
        self.conv = nn.Conv1d(args.cdim, args.cfilters, 3, padding=1)
        self.drop = nn.Dropout(args.dropout)
        self.lstm = nn.LSTM(args.wdim + args.fdim + args.cfilters, args.hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * args.hidden, len(TAGS))
        self.crf = CRF(len(TAGS))

    def emissions(self, w, f, foff, c, B, T):
        we = self.word(w)  # [B,T,wd]
        fe = self.feat(f, foff).view(B, T, -1)
        ce = torch.relu(self.conv(self.char(c).transpose(1, 2)))  # [B*T, filters, L]
        # Max over the word's own characters only (padding would add relu(bias)): ReLU >= 0, so 0 is neutral.
        ce = (ce * (c > 0).unsqueeze(1)).max(dim=2).values.view(B, T, -1)
        x = self.drop(torch.cat([we, torch.tanh(fe), ce], dim=2))
        h, _ = self.lstm(x)
        return self.out(self.drop(h))


def batch_tensors(items: list, word_drop: float, rng: random.Random, enc: InputEncoder):
    B = len(items)
    T = max(len(it.words) for it in items)
    L = max(len(ch) for it in items for ch in it.chars)
    w = torch.zeros(B, T, dtype=torch.long)
    c = torch.zeros(B * T, L, dtype=torch.long)
    mask = torch.zeros(B, T, dtype=torch.bool)
    y = torch.zeros(B, T, dtype=torch.long)
    flat, offs = [], []
    for b, it in enumerate(items):
        n = len(it.words)
        mask[b, :n] = True
        for t in range(T):
            offs.append(len(flat))
            if t < n:
                wid = it.words[t]
                if word_drop and enc.words.rare(wid) and rng.random() < word_drop:
                    wid = 1
                w[b, t] = wid
                flat.extend(it.feats[t])
                ch = it.chars[t]
                c[b * T + t, : len(ch)] = torch.tensor(ch)
                if it.tags is not None:
                    y[b, t] = it.tags[t]
            else:
                flat.append(0)
    return w, torch.tensor(flat, dtype=torch.long), torch.tensor(offs, dtype=torch.long), c, mask, y, B, T


def viterbi(em: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> list[int]:
    score = start + em[0]
    back = []
    for t in range(1, len(em)):
        s = score[:, None] + trans
        back.append(s.argmax(0))
        score = s.max(0) + em[t]
    best = [int((score + end).argmax())]
    for bp in reversed(back):
        best.append(int(bp[best[-1]]))
    return best[::-1]


def predict(model: Tagger, enc: InputEncoder, items: list) -> list[list[str]]:
    model.eval()
    out = []
    tr = model.crf.trans.detach().numpy()
    st, en = model.crf.start.detach().numpy(), model.crf.end.detach().numpy()
    with torch.no_grad():
        for i in range(0, len(items), 64):
            chunk = items[i : i + 64]
            w, f, fo, c, _mask, _, B, T = batch_tensors(chunk, 0.0, random.Random(0), enc)
            em = model.emissions(w, f, fo, c, B, T).numpy()
            for b, it in enumerate(chunk):
                out.append([TAGS[k] for k in viterbi(em[b, : len(it.words)], tr, st, en)])
    return out


def fit(sents: list, args: argparse.Namespace, dev: list | None = None) -> tuple[Tagger, InputEncoder]:
    """Train on ``sents`` ((word, tag) lists); report F1 on ``dev`` after each epoch when given.
    Returns the model with the mean weights of the last ``args.average_last`` epochs."""
    dev = dev or []
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    fx = load_features()
    enc = InputEncoder.build(fx, [[w for w, _ in s] for s in sents])
    train_items = [enc.encode([w for w, _ in s], [t for _, t in s]) for s in sents]
    dev_items = [enc.encode([w for w, _ in s]) for s in dev]
    print(f"vocab words {len(enc.words)} feats {len(enc.feats)} chars {len(enc.chars)}", flush=True)
    model = Tagger(enc, args)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr)
    avg: dict[str, torch.Tensor] = {}
    t0 = time.time()
    for ep in range(args.epochs):
        model.train()
        order = sorted(range(len(train_items)), key=lambda i: (len(train_items[i].words), rng.random()))
        batches = [order[i : i + args.batch] for i in range(0, len(order), args.batch)]
        rng.shuffle(batches)
        total = 0.0
        for bidx in batches:
            w, f, fo, c, mask, y, B, T = batch_tensors([train_items[i] for i in bidx], args.word_drop, rng, enc)
            em = model.emissions(w, f, fo, c, B, T)
            loss = model.crf.nll(em, y, mask) / B
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            total += float(loss.detach()) * B
        # A running mean of the last epochs' weights: steadier than any one epoch, and no dev set
        # is needed to pick an epoch when training on all of train.
        k = ep - max(0, args.epochs - args.average_last)
        if k >= 0:
            for name, v in model.state_dict().items():
                avg[name] = v.clone() if k == 0 else avg[name] + (v - avg[name]) / (k + 1)
        msg = f"epoch {ep + 1} loss {total / len(train_items):.3f} {time.time() - t0:.0f}s"
        if dev:
            res = ner_eval.score([[t for _, t in s] for s in dev], predict(model, enc, dev_items))
            msg += f" dev F1 {100 * res['overall'][2]:.2f}"
        print(msg, flush=True)
    if avg:
        model.load_state_dict(avg)
    return model, enc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dev", action="store_true")
    ap.add_argument("--dev-first", action="store_true", help="with --dev: hold out the first 10%% instead")
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--wdim", type=int, default=64)
    ap.add_argument("--fdim", type=int, default=64)
    ap.add_argument("--cdim", type=int, default=32)
    ap.add_argument("--cfilters", type=int, default=64)
    ap.add_argument("--hidden", type=int, default=128)
    ap.add_argument("--dropout", type=float, default=0.5)
    ap.add_argument("--word-drop", type=float, default=0.5, help="chance a rare word is hidden while training")
    ap.add_argument("--average-last", type=int, default=8, help="export the mean weights of the last N epochs")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threads", type=int, default=1, help="torch threads; the shipped model used 1 (results depend on it)")
    ap.add_argument("--crf-dir", type=Path, default=None, help="with --dev: score the ensemble with these CRFs")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    sents = ner_data.read_conll(ner_data.ANER_TRAIN)
    dev: list = []
    if args.dev:
        sents, dev = ner_data.split_dev(sents, first=args.dev_first)
    model, enc = fit(sents, args, dev)
    if dev:
        print(f"dev, mean of the last {args.average_last} epochs:\n" + ner_eval.report(
            ner_eval.score([[t for _, t in s] for s in dev], predict(model, enc, [enc.encode([w for w, _ in s]) for s in dev]))))
    out = args.out or (None if args.dev else MODEL_DIR / LSTM_FILE)
    if out:
        export(model, enc, out)
        print(f"wrote {out}")
    if dev and args.crf_dir and out:
        ensemble_report(args.crf_dir, out, dev)


def ensemble_report(crf_dir: Path, lstm_path: Path, dev: list) -> None:
    """Dev F1 of the shipped combination (``NerModel``) at several CRF weights."""
    from marsad.ner.model import NerModel

    work = Path(tempfile.mkdtemp(prefix="ner-ens-"))
    for name in (PASS1_FILE, CRF_FILE):
        shutil.copy(crf_dir / name, work / name)
    for name in (LEXICON_FILE, GAZETTEER_FILE):
        shutil.copy(MODEL_DIR / name, work / name)
    shutil.copy(lstm_path, work / LSTM_FILE)
    model = NerModel(work)
    docs = [[[w for w, _ in s] for s in d] for d in train_ner.as_docs(dev)]
    gold = [[t for _, t in s] for s in dev]
    for weight in (0.0, 0.3, 0.4, 0.5, 0.6, 1.0):
        model.crf_weight = weight
        pred = [ts.tags for d in docs for ts in model.tag_document(d)]
        print(f"ensemble, CRF weight {weight}: " + ner_eval.report(ner_eval.score(gold, pred)).splitlines()[-1])


def export(model: Tagger, enc: InputEncoder, path: Path) -> None:
    sd = {k: v.detach().numpy() for k, v in model.state_dict().items()}
    enc.save(path, sd)


if __name__ == "__main__":
    main()
