"""The neural NER tagger (character CNN + BiLSTM + CRF) run with numpy alone.

Trained by ``scripts/train_ner_lstm.py`` with torch; the weights ship as ``lstm.npz`` and run
here without torch. What it adds to the CRFs is context: the BiLSTM reads the whole sentence, so
a name the CRF has never seen can still be found from the words around it. ``marginals`` gives
P(tag) per token (forward–backward), which ``model.py`` averages with the CRF's.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from marsad.ner.features import FeatureExtractor
from marsad.ner.neural_inputs import TAGS, InputEncoder

_BATCH = 64


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


class LstmTagger:
    """Not a dataclass: ``__init__`` reads the weights file."""

    def __init__(self, fx: FeatureExtractor, path: Path) -> None:
        self.enc, w = InputEncoder.load(fx, path)
        self.word = w["word.weight"]
        self.feat = w["feat.weight"]
        self.char = w["char.weight"]
        self.conv_w = w["conv.weight"]  # [filters, cdim, 3]
        self.conv_b = w["conv.bias"]
        dirs = []
        for sfx in ("", "_reverse"):
            w_ih, w_hh = w[f"lstm.weight_ih_l0{sfx}"].T.copy(), w[f"lstm.weight_hh_l0{sfx}"].T.copy()
            bias = w[f"lstm.bias_ih_l0{sfx}"] + w[f"lstm.bias_hh_l0{sfx}"]
            # tanh(x) = 2·sigmoid(2x) − 1: doubling the cell-input gate's weights lets one sigmoid
            # serve all four gates at each step.
            H = w_hh.shape[0]
            for m in (w_ih, w_hh, bias):
                m[..., 2 * H : 3 * H] *= 2.0
            dirs.append((w_ih, w_hh, bias))
        self.w_ih = np.stack([d[0] for d in dirs])  # [2, in, 4H]: forward, backward
        self.w_hh = np.stack([d[1] for d in dirs])  # [2, H, 4H]
        self.bias = np.stack([d[2] for d in dirs])  # [2, 4H]
        self.out_w, self.out_b = w["out.weight"].T.copy(), w["out.bias"]
        self.trans, self.start, self.end = w["crf.trans"], w["crf.start"], w["crf.end"]
        # Forward–backward in scaled probability space (matrix products, no log-sum-exp).
        self._etrans = np.exp(self.trans - self.trans.max())
        wd, fd = self.word.shape[1], self.feat.shape[1]
        self._feat_cols = slice(wd, wd + fd)
        self._cache: dict[str, np.ndarray] = {}

    def marginals(self, sentences: list[list[str]]) -> list[np.ndarray]:
        """P(tag) per token, [n_tokens, len(TAGS)] per sentence, in ``TAGS`` order."""
        out: list[np.ndarray] = [np.zeros((0, len(TAGS)))] * len(sentences)
        order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
        for k in range(0, len(order), _BATCH):
            idx = [i for i in order[k : k + _BATCH] if sentences[i]]
            if not idx:
                continue
            em, lengths = self._emissions([self._inputs(sentences[i]) for i in idx])
            probs = self._forward_backward(em, lengths)
            for b, i in enumerate(idx):
                out[i] = probs[b, : lengths[b]]
        return out

    def _inputs(self, words: list[str]) -> np.ndarray:
        """[n, dim] network input of one sentence: per-word parts cached, gazetteer matches added."""
        x = np.stack([self._word_input(w) for w in words])
        feats = x[:, self._feat_cols]
        for i, ids in enumerate(self.enc.gazetteer_ids(words)):
            if ids:
                feats[i] += self.feat[ids].sum(axis=0)
        x[:, self._feat_cols] = np.tanh(feats)
        return x

    def _word_input(self, w: str) -> np.ndarray:
        """Word embedding, summed own-feature embeddings (before tanh), character-CNN vector."""
        vec = self._cache.get(w)
        if vec is None:
            wid, own, chars = self.enc.word_ids(w)
            e = self.char[chars]  # [L, cdim]
            pad = np.vstack([np.zeros((1, e.shape[1]), e.dtype), e, np.zeros((1, e.shape[1]), e.dtype)])
            # conv1d, kernel 3, padding 1: out[t] = sum_k W[:, :, k] . pad[t + k]
            conv = sum(pad[k : k + len(chars)] @ self.conv_w[:, :, k].T for k in range(3)) + self.conv_b
            vec = np.concatenate([self.word[wid], self.feat[own].sum(axis=0), np.maximum(conv, 0.0).max(axis=0)])
            if len(self._cache) > 200_000:  # bound memory in long-running processes
                self._cache.clear()
            self._cache[w] = vec.astype(np.float32)
        return vec

    def _emissions(self, inputs: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        B, T = len(inputs), max(len(x) for x in inputs)
        lengths = np.array([len(x) for x in inputs])
        x = np.zeros((B, T, inputs[0].shape[1]), np.float32)
        for b, xb in enumerate(inputs):
            x[b, : len(xb)] = xb
        # The backward LSTM reads each sentence from its own last word.
        rev_idx = np.array([[(n - 1 - t) if t < n else t for t in range(T)] for n in lengths])
        rows = np.arange(B)[:, None]
        h = self._run(np.stack([x, x[rows, rev_idx]]))
        em = np.concatenate([h[0], h[1][rows, rev_idx]], axis=2) @ self.out_w + self.out_b
        return em, lengths

    def _run(self, x: np.ndarray) -> np.ndarray:
        """Both directions at once: ``x`` is [2, B, T, in] (forward input, reversed input)."""
        _, B, T, _ = x.shape
        H = self.w_hh.shape[1]
        pre = np.matmul(x, self.w_ih[:, None]) + self.bias[:, None, None]  # [2, B, T, 4H]
        h = np.zeros((2, B, H), np.float32)
        c = np.zeros((2, B, H), np.float32)
        out = np.empty((2, B, T, H), np.float32)
        for t in range(T):
            g = _sigmoid(pre[:, :, t] + np.matmul(h, self.w_hh))
            u = 2.0 * g[..., 2 * H : 3 * H] - 1.0
            c = g[..., H : 2 * H] * c + g[..., :H] * u
            h = g[..., 3 * H :] * np.tanh(c)
            out[:, :, t] = h
        return out

    def _forward_backward(self, em: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """P(tag) per token of a padded batch [B, T, K], in scaled probability space."""
        B, T, K = em.shape
        e = np.exp(em - em.max(axis=2, keepdims=True))  # per-step constants cancel in the marginals
        alpha = np.empty((B, T, K))
        beta = np.empty((B, T, K))
        a = np.exp(self.start - self.start.max()) * e[:, 0]
        alpha[:, 0] = a / a.sum(axis=1, keepdims=True)
        for t in range(1, T):
            a = (alpha[:, t - 1] @ self._etrans) * e[:, t]
            alpha[:, t] = a / a.sum(axis=1, keepdims=True)
        end = np.exp(self.end - self.end.max())
        end = end / end.sum()
        beta[:, T - 1] = end
        for t in range(T - 2, -1, -1):
            b = (e[:, t + 1] * beta[:, t + 1]) @ self._etrans.T
            b = b / b.sum(axis=1, keepdims=True)
            beta[:, t] = np.where((t == lengths - 1)[:, None], end, b)  # each sentence ends at its own length
        p = alpha * beta
        return p / p.sum(axis=2, keepdims=True)
