package dev.citebot.retrieve;

import dev.citebot.index.KnowledgeIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Ranks a passage with its context: its score plus a share of its best neighbour's (the passage just before or
 * after it in the same document), so that of two passages that match the question alike, the one whose section
 * goes on about it ranks first, and a passage that follows the one the question's words are in (a heading or an
 * option's name, its description below) is read too. The passage itself is still what is cited.
 */
final class ParentWindows {
    private ParentWindows() {
    }

    /** The passages before and after {@code p} in its document (none at a document's ends). */
    static List<Integer> neighbours(KnowledgeIndex index, int p) {
        List<Integer> out = new ArrayList<>(2);
        for (int step : new int[] {-1, +1}) {
            int q = index.adjacentPassage(p, step);
            if (q >= 0) {
                out.add(q);
            }
        }
        return out;
    }

    /**
     * Each passage scored its own score plus {@code weight} x the best score among its neighbours in the list
     * (a neighbour not in the list adds nothing), best first; the evidence (cosine, BM25) is its own.
     */
    static List<ScoredPassage> blended(List<ScoredPassage> ranked, IntFunction<List<Integer>> neighbours,
                                       double weight) {
        if (weight == 0) {
            return ranked;
        }
        Map<Integer, Double> scores = new HashMap<>();
        ranked.forEach(p -> scores.put(p.passage(), p.score()));
        List<ScoredPassage> out = new ArrayList<>(ranked.size());
        for (ScoredPassage p : ranked) {
            double best = 0;
            for (int q : neighbours.apply(p.passage())) {
                best = Math.max(best, scores.getOrDefault(q, 0.0));
            }
            out.add(new ScoredPassage(p.passage(), p.score() + weight * best, p.dense(), p.bm25()));
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }
}
