#!/usr/bin/env python3
"""Tunes the answer composer's weights and refusal thresholds on dev data, offline.

Input: the feature dump of `citebot eval --docs DIR --questions DEV.jsonl --dump features.jsonl`.
Usage: python3 src/bench/tune_answers.py features.jsonl
Tune on dev questions only; held-out questions are never read.
"""
import itertools
import json
import sys


def load(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def contains(text, golds):
    t = text.lower()
    return any(g and g.lower() in t for g in golds)


def candidates(q, k, w):
    out = []
    for rank, p in enumerate(q["passages"][:k]):
        ctx = max(0.0, p["dense"])
        for s in p["sentences"]:
            score = w[0] * max(0.0, s["dense"]) + w[1] * s["lexical"] + w[2] * ctx
            out.append((score, s["text"], rank))
    out.sort(key=lambda c: -c[0])
    return out


def answer_text(cands, ratio, max_sentences):
    best = cands[0][0]
    chosen = [cands[0]]
    for c in cands[1:]:
        if len(chosen) >= max_sentences or c[0] < best * ratio:
            break
        chosen.append(c)
    return " ".join(" ".join(c[1].split()) + " [%d]" % (i + 1) for i, c in enumerate(chosen))


def evaluate(rows, k, w, ratio, min_score, min_cov, max_sentences=3):
    ans = imp = a300 = dec_imp = dec_ans = 0
    for q in rows:
        cands = candidates(q, k, w)
        declined = (not cands or bool(q["missing"]) or q["coverage"] < min_cov or cands[0][0] < min_score)
        if q["impossible"]:
            imp += 1
            dec_imp += declined
        else:
            ans += 1
            dec_ans += declined
            if not declined and contains(answer_text(cands, ratio, max_sentences)[:300], q["answers"]):
                a300 += 1
    return a300 / ans, dec_imp / max(1, imp), dec_ans / ans


def main():
    rows = load(sys.argv[1])
    print("questions", len(rows))
    results = []
    for k in (3, 5, 8):
        for wd, wl in itertools.product((0.3, 0.4, 0.5, 0.6), (0.2, 0.3, 0.4, 0.5)):
            wc = round(1 - wd - wl, 2)
            if wc < 0:
                continue
            for ratio in (0.85, 0.9, 0.95, 1.01):
                a, r, fr = evaluate(rows, k, (wd, wl, wc), ratio, 0.0, 0.0)
                results.append((a, k, (wd, wl, wc), ratio))
    results.sort(reverse=True)
    for r in results[:10]:
        print("answer@300 %.4f k=%d w=%s ratio=%.2f" % r)
    best = results[0]
    _, k, w, ratio = best
    print("\nrefusal trade-off for the best weights (refusal of impossible, false refusal of answerable):")
    for min_cov in (0.0, 0.5, 0.6, 0.7, 0.8):
        for min_score in (0.0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55):
            a, r, fr = evaluate(rows, k, w, ratio, min_score, min_cov)
            print("min_cov=%.2f min_score=%.2f answer@300=%.4f refusal=%.3f false_refusal=%.3f"
                  % (min_cov, min_score, a, r, fr))


if __name__ == "__main__":
    main()
