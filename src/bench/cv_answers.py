#!/usr/bin/env python3
"""Cross-validates the sentence-ranking weights of tune_answers.py by document, offline.

For each document, the weights and ratio are chosen on every other document's answerable questions (the grid of
tune_answers.py, best answer@300 of its simplified composer) and scored on that document's questions; the
held-out hits are summed over all documents. Printed beside it: the same simplified composer with the weights
chosen on all questions (in-sample), and with the shipped weights, so the gap between in-sample and
cross-validated answer@300 is the part of the figure that comes from fitting the weights to these documents.

Usage:
  java -jar target/citebot.jar eval --docs DOCS --questions QUESTIONS --dump features.jsonl
  python3 src/bench/cv_answers.py features.jsonl QUESTIONS [passages_read=10]
The questions file gives each question's document ("doc"); questions without one form one group.
"""
import itertools
import json
import sys
from collections import defaultdict

from tune_answers import answer, contains, features

SHIPPED = ((0.6, 0.2, 0.2, 0.15, 0.1), 0.8)  # answer.weight.* (0.48, 0.16, 0.16, 0.12, 0.08 normalised), answer.sentence.ratio
GRID = [(w, r) for w in itertools.product((0.4, 0.6), (0.2, 0.4), (0, 0.2), (0, 0.15, 0.3), (0, 0.1, 0.2))
        for r in (0.8, 0.85, 0.9)]


def main():
    rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
    docs = {}
    for line in open(sys.argv[2]):
        if line.strip():
            q = json.loads(line)
            docs[q["id"]] = q.get("doc", "")
    k = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    answerable = [(q, features(q, k)) for q in rows if not q["impossible"]]
    # hits[doc][grid index] = answer@300 hits of that grid point on that document's questions
    hits = defaultdict(lambda: [0] * len(GRID))
    counts = defaultdict(int)
    for q, cands in answerable:
        doc = docs.get(q["id"], "")
        counts[doc] += 1
        for i, (weights, ratio) in enumerate(GRID):
            hits[doc][i] += contains(answer(cands, weights, ratio)[1][:300], q["answers"])
    total = sum(counts.values())
    overall = [sum(h[i] for h in hits.values()) for i in range(len(GRID))]
    best_all = max(range(len(GRID)), key=lambda i: overall[i])
    cv_hits = 0
    chosen = defaultdict(int)
    for doc in hits:
        rest = [overall[i] - hits[doc][i] for i in range(len(GRID))]
        pick = max(range(len(GRID)), key=lambda i: rest[i])
        chosen[GRID[pick]] += 1
        cv_hits += hits[doc][pick]
    shipped = GRID.index(SHIPPED) if SHIPPED in GRID else None
    print("%d answerable questions over %d documents (simplified composer of tune_answers.py, no refusal)"
          % (total, len(hits)))
    if shipped is not None:
        print("shipped weights %s ratio %.2f: answer@300 %.4f" % (SHIPPED[0], SHIPPED[1], overall[shipped] / total))
    print("in-sample best %s ratio %.2f: answer@300 %.4f" % (GRID[best_all][0], GRID[best_all][1],
                                                           overall[best_all] / total))
    print("cross-validated by document: answer@300 %.4f" % (cv_hits / total))
    for (weights, ratio), n in sorted(chosen.items(), key=lambda c: -c[1]):
        print("  chosen for %d documents: %s ratio %.2f" % (n, weights, ratio))


if __name__ == "__main__":
    main()
