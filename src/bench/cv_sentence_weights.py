#!/usr/bin/env python3
"""Chooses the sentence-ranking weights (answer.weight.dense, lexical, context, window, bm25) on several data sets
together, and cross-validates the choice by data set, offline.

Input: dumps written by the same build with the shipped weights,
  java -jar target/citebot.jar eval --docs DOCS --questions QUESTIONS --dump NAME.jsonl
one per data set; the dump's file name (without .jsonl) names the set. The set named by --guard (SQuAD dev, as a
rule) is a constraint, not a goal: a weight set may lose at most --slack of its questions there.
Usage: python3 src/bench/cv_sentence_weights.py --guard squad [--slack 3] debian.jsonl node.jsonl ... squad.jsonl

What it replays: for each answerable question, the first 15 sentences of the shipped ranking (the dump's "ranked",
which includes the kind evidence) scored again with other weights from each sentence's own features in the dump
(its cosine, its share of the question's rare terms, its passage's cosine, the share in it and its neighbours, its
passage's BM25 against the best); the kind evidence is kept as it was. A question counts when the sentence ranked
first holds a gold string. That is a proxy for answer@300 (no labels, lead-ins, second quotes or refusal), so the
weights it chooses must then be checked with `eval` itself (BENCHMARKS.md does so).

Printed: the shipped weights' count per set; the weights that maximise the count over all goal sets while the
guard loses at most --slack (in-sample); for each goal set, the count of the weights chosen the same way on every
other goal set (cross-validated by data set); and the five best weight sets on all goal sets, which are the ones to
run through `eval`. Dev questions only; held-out questions are never read.
"""
import argparse
import itertools
import json
import os
import re

import numpy as np

import tune_answers

SHIPPED = (0.48, 0.16, 0.16, 0.12, 0.08)  # dense, lexical, context, window, bm25
KIND = 0.05  # answer.weight.kind: its evidence is kept as it was, but it shares the normalisation
GRID = [np.array(w) / sum(w) for w in itertools.product(
    (0.3, 0.38, 0.48, 0.6), (0.02, 0.06, 0.1, 0.16, 0.24), (0.1, 0.16, 0.24, 0.32, 0.44), (0.06, 0.12, 0.2, 0.3),
    (0.02, 0.05, 0.08, 0.16))]
CANDIDATES = 15
TOP = 5


def norm(text):
    return re.sub(r"\s+", " ", text).strip().lower()


def normalised(weights):
    """The weights as SentenceRanker uses them: normalised to sum to 1 together with the kind weight."""
    return np.asarray(weights) / (sum(weights) + KIND)


def load(path):
    """Per answerable question: features (candidates x 5), the rest of its shipped score, gold labels, a mask."""
    features, rest, labels, masks = [], [], [], []
    shipped = normalised(SHIPPED)
    for line in open(path):
        q = json.loads(line)
        if q["impossible"] or not q["ranked"]:
            continue
        golds = [norm(g) for g in q["answers"]]
        by_text = {}
        for f, text in tune_answers.features(q, 10):
            by_text.setdefault(text, f)
        x, r, y, m = np.zeros((CANDIDATES, 5)), np.zeros(CANDIDATES), np.zeros(CANDIDATES), np.zeros(CANDIDATES)
        for c, ranked in enumerate(q["ranked"][:CANDIDATES]):
            f = by_text.get(" ".join(ranked["text"].split()))
            if f is None:
                continue
            x[c] = f
            r[c] = ranked["score"] - x[c] @ shipped  # the kind evidence
            y[c] = any(g in norm(ranked["text"]) for g in golds)
            m[c] = 1
        features.append(x), rest.append(r), labels.append(y), masks.append(m)
    return np.array(features), np.array(rest), np.array(labels), np.array(masks)


def first_right(data, weights):
    x, rest, y, m = data
    w = normalised(weights)
    scores = np.where(m > 0, x @ w + rest, -1e9)
    return int(y[np.arange(len(y)), scores.argmax(1)].sum())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--guard", default="squad")
    parser.add_argument("--slack", type=int, default=3)
    parser.add_argument("dumps", nargs="+")
    args = parser.parse_args()
    data = {os.path.basename(d)[:-len(".jsonl")]: load(d) for d in args.dumps}
    goals = [s for s in data if s != args.guard]
    shipped = {s: first_right(data[s], SHIPPED) for s in data}
    counts = [{s: first_right(data[s], w) for s in data} for w in GRID]
    allowed = [i for i, c in enumerate(counts) if args.guard not in data
               or c[args.guard] >= shipped[args.guard] - args.slack]
    print("set        questions  shipped  chosen on all (in-sample)  chosen on the others (cross-validated)")
    best_all = max(allowed, key=lambda i: sum(counts[i][s] for s in goals))
    cv_total = 0
    for s in data:
        n = len(data[s][2])
        if s in goals:
            others = [o for o in goals if o != s]
            chosen = max(allowed, key=lambda i: sum(counts[i][o] for o in others))
            cv_total += counts[chosen][s]
            cv = "%d  %s" % (counts[chosen][s], np.round(GRID[chosen], 3))
        else:
            cv = "(guard)"
        print("%-10s %9d  %7d  %25d  %s" % (s, n, shipped[s], counts[best_all][s], cv))
    print("goal sets together: shipped %d, in-sample %d, cross-validated %d" % (
        sum(shipped[s] for s in goals), sum(counts[best_all][s] for s in goals), cv_total))
    print("the best weights on all goal sets (dense, lexical, context, window, bm25; normalised without kind),"
          " each to be checked with eval:")
    for i in sorted(allowed, key=lambda i: -sum(counts[i][s] for s in goals))[:TOP]:
        print("  %s goal sets %d, %s" % (np.round(GRID[i], 3), sum(counts[i][s] for s in goals),
                                       ", ".join("%s %d" % (s, counts[i][s]) for s in data)))


if __name__ == "__main__":
    main()
