#!/usr/bin/env python3
"""Tunes the answer composer's sentence-ranking weights and refusal threshold on dev data, offline.

Input: the feature dump of
  java -jar target/citebot.jar eval --docs ../shared/bench/squad2/docs \
      --questions ../shared/bench/squad2/questions-dev.jsonl --dump features.jsonl
Usage: python3 src/bench/tune_answers.py features.jsonl [passages_read=10]
Prints the best weight sets for answer@300 (no refusal), then, for the best one, answer@300, refusal and
false refusal at each minimum score. Tune on dev questions only; held-out questions are never read.
"""
import itertools
import json
import sys


def contains(text, golds):
    t = text.lower()
    return any(g and g.lower() in t for g in golds)


def features(q, k):
    """Per sentence: dense, lexical, passage dense, window lexical, BM25 relative to the best passage, text."""
    idf = q["idf"]
    total = sum(idf.values()) or 1
    passages = q["passages"][:k]
    best_bm25 = max([p["bm25"] for p in passages] + [1e-9])
    out = []
    for p in passages:
        sentences = p["sentences"]
        for i, s in enumerate(sentences):
            window = set(s["present"])
            if i > 0:
                window |= set(sentences[i - 1]["present"])
            if i + 1 < len(sentences):
                window |= set(sentences[i + 1]["present"])
            out.append(((max(0.0, s["dense"]), s["lexical"], max(0.0, p["dense"]),
                         sum(idf[t] for t in window) / total, p["bm25"] / best_bm25), " ".join(s["text"].split())))
    return out


def answer(cands, weights, ratio):
    scored = sorted(((sum(w * f for w, f in zip(weights, feats)) / sum(weights), text) for feats, text in cands),
                    key=lambda c: -c[0])
    if not scored:
        return 0.0, ""
    best = scored[0][0]
    chosen = [c for c in scored[:3] if c[0] >= best * ratio]
    return best, " ".join(text + " [%d]" % (i + 1) for i, (_, text) in enumerate(chosen))


def main():
    rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
    k = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    prepared = [(q, features(q, k)) for q in rows]
    answerable = [(q, c) for q, c in prepared if not q["impossible"]]
    results = []
    for weights in itertools.product((0.4, 0.6), (0.2, 0.4), (0, 0.2), (0, 0.15, 0.3), (0, 0.1, 0.2)):
        for ratio in (0.8, 0.85, 0.9):
            hits = sum(contains(answer(c, weights, ratio)[1][:300], q["answers"]) for q, c in answerable)
            results.append((hits / len(answerable), weights, ratio))
    results.sort(key=lambda r: -r[0])
    for r in results[:5]:
        print("answer@300 %.4f weights(dense, lexical, context, window, bm25)=%s ratio=%.2f" % r)
    _, weights, ratio = results[0]
    print("\nrefusal by minimum score (names missing from every document also decline):")
    for t in [x / 100 for x in range(30, 60, 2)]:
        declined_impossible = declined_answerable = hits = 0
        for q, c in prepared:
            best, text = answer(c, weights, ratio)
            declined = best < t or bool(q["missing"])
            if q["impossible"]:
                declined_impossible += declined
            else:
                declined_answerable += declined
                hits += (not declined) and contains(text[:300], q["answers"])
        n_imp = sum(q["impossible"] for q, _ in prepared)
        print("min_score=%.2f answer@300=%.4f refusal=%.3f false_refusal=%.3f"
              % (t, hits / len(answerable), declined_impossible / n_imp, declined_answerable / len(answerable)))


if __name__ == "__main__":
    main()
