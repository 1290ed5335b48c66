"""Builds train.csv: a seeded sample of the emotion train split mapped to sentiment.

joy, love -> positive; sadness, anger, fear -> negative; surprise is left out (its polarity is
ambiguous). Only the train split is read; dev and test stay untouched for evaluation.
Usage: python3 make.py ../../../shared/data/emotion/train.csv.gz
"""
import csv, gzip, random, sys

MAPPING = {"joy": "positive", "love": "positive", "sadness": "negative", "anger": "negative",
           "fear": "negative"}
PER_CLASS = 1500

rows = {"positive": [], "negative": []}
with gzip.open(sys.argv[1], "rt", encoding="utf-8", newline="") as f:
    for r in csv.DictReader(f):
        label = MAPPING.get(r["label"])
        if label:
            rows[label].append((r["id"], label, r["text"]))
rng = random.Random(42)
out = []
for label in ("negative", "positive"):
    out += rng.sample(rows[label], PER_CLASS)
out.sort()
with open("train.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "label", "text"])
    w.writerows(out)
