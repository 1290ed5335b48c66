#!/usr/bin/env python3
"""Peer baseline for the Norwegian model: TF-IDF word (1-2) + char (2-5, within words) n-grams and
multinomial logistic regression (L2, L-BFGS), written with numpy/scipy only.

usage: scripts/tfidf-baseline.py --train A.csv[.gz] [--train B.csv] --dev D.csv[.gz] [--eval E.csv ...]
The L2 strength C is chosen on --dev (macro-F1); every --eval file is scored with that C once.
Prints accuracy, macro-F1 and negative F1 per file. Nothing here is used by Pulse itself.
"""
import argparse
import csv
import gzip
import math
import re
from collections import Counter

import numpy as np
from scipy import optimize, sparse

CLASSES = ["negative", "neutral", "positive"]
WORD = re.compile(r"\w+", re.UNICODE)


def read(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8", newline="") as f:
        rows = [(r["text"], CLASSES.index(r["label"])) for r in csv.DictReader(f)]
    return [t for t, _ in rows], np.array([y for _, y in rows])


def features(text):
    words = WORD.findall(text.lower())
    out = ["w:" + w for w in words] + ["b:" + a + " " + b for a, b in zip(words, words[1:])]
    for w in words:
        padded = "<" + w + ">"
        for n in range(2, 6):
            out += ["c:" + padded[i:i + n] for i in range(len(padded) - n + 1)]
    return out


class Tfidf:
    def fit(self, texts, min_df=2):
        df = Counter()
        for t in texts:
            df.update(set(features(t)))
        self.vocab = {f: i for i, f in enumerate(sorted(f for f, c in df.items() if c >= min_df))}
        n = len(texts)
        self.idf = np.ones(len(self.vocab))
        for f, i in self.vocab.items():
            self.idf[i] = math.log((1 + n) / (1 + df[f])) + 1
        return self

    def transform(self, texts):
        rows, cols, vals = [], [], []
        for r, t in enumerate(texts):
            counts = Counter(f for f in features(t) if f in self.vocab)
            for f, c in counts.items():
                rows.append(r)
                cols.append(self.vocab[f])
                vals.append((1 + math.log(c)) * self.idf[self.vocab[f]])
        m = sparse.csr_matrix((vals, (rows, cols)), shape=(len(texts), len(self.vocab)))
        norms = np.sqrt(m.multiply(m).sum(axis=1)).A1
        norms[norms == 0] = 1
        return sparse.diags(1 / norms) @ m


def train(x, y, c, weights):
    k, d = len(CLASSES), x.shape[1]
    onehot = np.eye(k)[y]
    sample_w = weights[y]

    def loss(wflat):
        w = wflat.reshape(d + 1, k)
        z = x @ w[:-1] + w[-1]
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        nll = -(sample_w * np.log(np.maximum((p * onehot).sum(axis=1), 1e-12))).sum()
        g = (p - onehot) * sample_w[:, None]
        grad = np.vstack([x.T @ g + w[:-1] / c, g.sum(axis=0)])
        return nll + (w[:-1] ** 2).sum() / (2 * c), grad.ravel()

    res = optimize.minimize(loss, np.zeros((d + 1) * k), jac=True, method="L-BFGS-B",
                            options={"maxiter": 500})
    return res.x.reshape(d + 1, k)


def predict(w, x):
    return np.argmax(x @ w[:-1] + w[-1], axis=1)


def report(name, gold, pred):
    f1s = []
    for k in range(len(CLASSES)):
        tp = ((pred == k) & (gold == k)).sum()
        p = tp / max((pred == k).sum(), 1)
        r = tp / max((gold == k).sum(), 1)
        f1s.append(0 if p + r == 0 else 2 * p * r / (p + r))
    neg_recall = ((pred == 0) & (gold == 0)).sum() / max((gold == 0).sum(), 1)
    print(f"{name}: n={len(gold)} accuracy={(gold == pred).mean():.4f} macroF1={np.mean(f1s):.4f}"
          f" F1 neg/neu/pos={f1s[0]:.3f}/{f1s[1]:.3f}/{f1s[2]:.3f} neg recall={neg_recall:.3f}")
    return np.mean(f1s)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--train", action="append", required=True)
    ap.add_argument("--dev", required=True)
    ap.add_argument("--eval", action="append", default=[])
    a = ap.parse_args()
    texts, labels = [], []
    for path in a.train:
        t, y = read(path)
        texts += t
        labels.append(y)
    y = np.concatenate(labels)
    vec = Tfidf().fit(texts)
    x = vec.transform(texts)
    counts = np.bincount(y, minlength=len(CLASSES))
    weights = (len(y) / (len(CLASSES) * counts)) ** 0.5
    dev_texts, dev_y = read(a.dev)
    dev_x = vec.transform(dev_texts)
    best = None
    for c in (1.0, 3.0, 10.0, 30.0):
        w = train(x, y, c, weights)
        f1 = report(f"dev C={c}", dev_y, predict(w, dev_x))
        if best is None or f1 > best[0]:
            best = (f1, c, w)
    print(f"chosen C={best[1]} (dev macro-F1)")
    for path in a.eval:
        t, gold = read(path)
        report(path, gold, predict(best[2], vec.transform(t)))


if __name__ == "__main__":
    main()
