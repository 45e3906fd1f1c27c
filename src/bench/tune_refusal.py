#!/usr/bin/env python3
"""Fits NoAnswerModel's coefficients (the logistic "not answered here" check) on dev data, offline.

Input: the feature dump of
  java -jar target/citebot.jar eval --docs ../shared/bench/squad2/docs \\
      --questions ../shared/bench/squad2/questions-dev.jsonl --dump features.jsonl
Usage: python3 src/bench/tune_refusal.py features.jsonl ../shared/bench/squad2/questions-dev.jsonl
Fits on the questions that the composer's other checks let through (names found, coverage and score above
their minimums), prints the coefficients in NoAnswerModel's order, then refusal and false refusal of the
whole composer at several thresholds: cross-validated by document (each document's questions scored by a
model fitted on the others) and in-sample. Needs numpy. Dev questions only; held-out questions are never read.
"""
import json
import sys

import numpy as np

FEATURES = ["score", "sentenceDense", "passageDense", "windowCoverage", "maxMissingIdf", "negationOnly",
            "comparisonsMissing", "numbersMissing", "namesMissing", "answerKindMissing", "termsMissingFromPassage",
            "termsMissingFromWindow"]
MIN_SCORE, MIN_COVERAGE = 0.42, 0.3  # answer.min.score, answer.min.term.coverage


def fit(x, y, l2=1e-2, steps=4000, rate=0.5):
    """L2-regularised logistic regression on standardised features; returns raw coefficients and bias."""
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = (x - mu) / sd
    w, b = np.zeros(z.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        w -= rate * (z.T @ (p - y) / len(y) + l2 * w)
        b -= rate * (p - y).mean()
    return w / sd, b - (mu / sd) @ w


def report(tag, log_odds, declined_before, y):
    for threshold in (0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0):
        declined = declined_before | (log_odds > threshold)
        print("%s threshold %.2f: refusal %.3f, false refusal %.3f"
              % (tag, threshold, declined[y == 1].mean(), declined[y == 0].mean()))


def main():
    article = {}
    for line in open(sys.argv[2]):
        q = json.loads(line)
        article[q["id"]] = q.get("doc", "")
    rows, labels, before, groups = [], [], [], []
    for line in open(sys.argv[1]):
        d = json.loads(line)
        f = d.get("noanswer")
        rows.append([float(f[k]) for k in FEATURES] if f else [0.0] * len(FEATURES))
        labels.append(1 if d["impossible"] else 0)
        before.append(not f or bool(d["missing"]) or d["coverage"] < MIN_COVERAGE or d["best_score"] < MIN_SCORE)
        groups.append(article[d["id"]])
    x, y, before, groups = np.array(rows), np.array(labels), np.array(before), np.array(groups)
    reach = ~before
    print("declined by the other checks: refusal %.3f, false refusal %.3f" % (before[y == 1].mean(), before[y == 0].mean()))
    w, b = fit(x[reach], y[reach])
    print("BIAS = %.4f" % b)
    for name, v in zip(FEATURES, w):
        print("  %+.4f * %s" % (v, name))
    crossed = np.full(len(y), -np.inf)
    if len(np.unique(groups)) < 2:
        print("one document only: no cross-validation")
        groups = np.array([])
    for g in np.unique(groups):
        train, test = reach & (groups != g), reach & (groups == g)
        wg, bg = fit(x[train], y[train])
        crossed[test] = x[test] @ wg + bg
    if groups.size:
        report("cross-validated", crossed, before, y)
    report("in-sample", np.where(reach, x @ w + b, -np.inf), before, y)


if __name__ == "__main__":
    main()
