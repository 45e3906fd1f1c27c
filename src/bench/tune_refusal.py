#!/usr/bin/env python3
"""Fits NoAnswerModel's coefficients (the logistic "not answered here" check) on several dev sets at once, offline.

Input: one DUMP=QUESTIONS pair per data set, each dump written by
  java -jar target/citebot.jar eval --docs DOCS --questions QUESTIONS --dump DUMP
or a DUMP=QUESTIONS=REPORT triple, REPORT written by the same eval with --report REPORT and
--set answer.refusal.threshold=100 (the model off): then the answer@300 the composer would reach at each threshold is
printed too (a question counts when the model-off run answered it with the gold words and the model would not decline
it).
Usage: python3 src/bench/tune_refusal.py manual.jsonl=../shared/bench/manual/questions-dev.jsonl \\
           squad.jsonl=../shared/bench/squad2/questions-dev.jsonl seed.jsonl=../shared/bench/seed/questions-dev.jsonl
Every data set weighs the same in the fit, whatever its size: SQuAD 2.0's 3,366 adversarial questions would
otherwise teach the model to decline the plain questions of a manual. Questions whose names are missing from the
documents are declined before the model and are left out of the fit, as are questions about the document itself
(answered from its dateline or title); the refusal figures also decline, as the composer does, questions too few
of whose terms occur in the documents (answer.min.term.coverage), questions negated at their verb whose best
sentence has no negation, and "how many" questions whose best sentence holds no number (declined whatever the
model says). It prints the coefficients in
NoAnswerModel's order, then, for each data set, refusal and false refusal at several thresholds: cross-validated
by document (each document's questions scored by a model fitted on all the other documents; a data set of one
document is scored by a model fitted on the other data sets alone) and in-sample. Needs numpy. Dev questions only;
held-out questions are never read.
"""
import json
import sys

import numpy as np

FEATURES = ["score", "sentenceDense", "passageDense", "windowCoverage", "maxMissingIdf", "negationOnly",
            "comparisonsMissing", "numbersMissing", "namesMissing", "answerKindMissing", "termsMissingFromPassage",
            "termsMissingFromWindow", "termCoverage"]
THRESHOLDS = (-0.5, -0.25, 0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5)
MIN_COVERAGE = 0.1  # answer.min.term.coverage


def fit(x, y, weight, l2=1e-2, steps=4000, rate=0.5):
    """Weighted, L2-regularised logistic regression on standardised features; returns raw coefficients and bias."""
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = (x - mu) / sd
    w, b = np.zeros(z.shape[1]), 0.0
    total = weight.sum()
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w + b)))
        g = weight * (p - y)
        w -= rate * (z.T @ g / total + l2 * w)
        b -= rate * g.sum() / total
    return w / sd, b - (mu / sd) @ w


def load(dump, questions):
    doc = {}
    for line in open(questions):
        q = json.loads(line)
        doc[q["id"]] = q.get("doc") or ""
    rows, labels, excluded, before, groups = [], [], [], [], []
    for i, line in enumerate(open(dump)):
        d = json.loads(line)
        f = d.get("noanswer")
        rows.append([float(f[k]) for k in FEATURES] if f else [0.0] * len(FEATURES))
        labels.append(1 if d["impossible"] else 0)
        about = d.get("about_document", False)  # answered from the document's dateline or title
        excluded.append(not f or bool(d["missing"]) or about)
        before.append(not about and (not f or bool(d["missing"]) or d["coverage"] < MIN_COVERAGE
                                     or bool(f.get("deniedAtVerb")) or bool(f.get("countMissing"))))
        # Questions no document answers belong to no document: spread them over seven folds.
        groups.append(doc[d["id"]] or "none-%d" % (i % 7))
    return np.array(rows), np.array(labels), np.array(excluded), np.array(before), np.array(groups)


def report(tag, name, log_odds, before, y, right):
    for threshold in THRESHOLDS:
        declined = before | (log_odds > threshold)
        answered = "" if right is None else ", answer@300 %.3f" % (right & ~declined)[y == 0].mean()
        print("%-15s %-8s threshold %5.2f: refusal %.3f, false refusal %.3f%s"
              % (tag, name, threshold, declined[y == 1].mean(), declined[y == 0].mean(), answered))


def load_report(path, ids):
    """Per dump row: whether the model-off run answered with the gold words, and whether it declined anyway."""
    rows = {r["id"]: r for r in json.load(open(path))["results"]}
    right = np.array([bool(rows[i]["answer_at300"]) and not rows[i]["declined"] for i in ids])
    declined = np.array([bool(rows[i]["declined"]) for i in ids])
    return right, declined


def main():
    sets = []
    rights = {}
    for arg in sys.argv[1:]:
        dump, _, rest = arg.partition("=")
        questions, _, off_report = rest.partition("=")
        name = dump.rsplit("/", 1)[-1].split(".")[0]
        loaded = list(load(dump, questions))
        if off_report:
            right, declined = load_report(off_report, [json.loads(line)["id"] for line in open(dump)])
            loaded[3] = loaded[3] | declined  # also declined before the model (a weak best sentence)
            rights[name] = right
        sets.append((name,) + tuple(loaded))
    x = np.vstack([s[1] for s in sets])
    y = np.concatenate([s[2] for s in sets])
    excluded = np.concatenate([s[3] for s in sets])
    before = np.concatenate([s[4] for s in sets])
    groups = np.concatenate([[s[0] + ":" + g for g in s[5]] for s in sets])
    dataset = np.concatenate([[s[0]] * len(s[2]) for s in sets])
    weight = np.concatenate([np.full(len(s[2]), 1.0 / len(s[2])) for s in sets])
    reach = ~excluded
    w, b = fit(x[reach], y[reach], weight[reach])
    print("BIAS = %.4f" % b)
    for name, v in zip(FEATURES, w):
        print("  %+.4f * %s" % (v, name))
    crossed = np.full(len(y), -np.inf)
    for g in np.unique(groups):
        test = reach & (groups == g)
        one_document = len(np.unique(groups[dataset == dataset[test][0]])) == 1 if test.any() else False
        train = reach & (dataset != dataset[test][0] if one_document else groups != g)
        if test.any():
            wg, bg = fit(x[train], y[train], weight[train])
            crossed[test] = x[test] @ wg + bg
    for name, *_ in sets:
        s = dataset == name
        report("cross-validated", name, crossed[s], before[s], y[s], rights.get(name))
    for name, *_ in sets:
        s = dataset == name
        report("in-sample", name, np.where(reach[s], x[s] @ w + b, -np.inf), before[s], y[s], rights.get(name))


if __name__ == "__main__":
    main()
