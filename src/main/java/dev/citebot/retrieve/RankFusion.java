package dev.citebot.retrieve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Joins the dense and the BM25 ranking. Weighted: each candidate's cosine and BM25 score are scaled to 0..1 over
 * all candidates (min-max) and summed with a weight. Reciprocal rank: a passage scores 1/(k + rank) in each list
 * it appears in, summed.
 */
public final class RankFusion {
    private RankFusion() {
    }

    /**
     * Every passage of either list, scored {@code denseWeight} x its scaled cosine + (1 - denseWeight) x its scaled
     * BM25 score. Both lists carry both scores (a passage outside the BM25 list scores 0 there); when all candidates
     * share a score, that side adds nothing.
     */
    public static List<ScoredPassage> weighted(List<ScoredPassage> dense, List<ScoredPassage> bm25, double denseWeight) {
        return weighted(dense, bm25, denseWeight, p -> true);
    }

    /**
     * As {@link #weighted(List, List, double)}, but a passage the dense side cannot read ({@code readsDense} false:
     * its language is not the embedding model's) scores its scaled BM25 score alone.
     */
    public static List<ScoredPassage> weighted(List<ScoredPassage> dense, List<ScoredPassage> bm25, double denseWeight,
                                               IntPredicate readsDense) {
        Map<Integer, ScoredPassage> candidates = new LinkedHashMap<>();
        for (List<ScoredPassage> ranking : List.of(dense, bm25)) {
            for (ScoredPassage hit : ranking) {
                candidates.merge(hit.passage(), hit, RankFusion::richer);
            }
        }
        Range cosine = new Range();
        Range lexical = new Range();
        candidates.values().forEach(c -> {
            if (readsDense.test(c.passage())) {
                cosine.add(c.dense());
            }
            lexical.add(c.bm25());
        });
        List<ScoredPassage> out = new ArrayList<>(candidates.size());
        for (ScoredPassage c : candidates.values()) {
            double score = readsDense.test(c.passage())
                    ? denseWeight * cosine.scaled(c.dense()) + (1 - denseWeight) * lexical.scaled(c.bm25())
                    : lexical.scaled(c.bm25());
            out.add(new ScoredPassage(c.passage(), score, c.dense(), c.bm25()));
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    /** The smallest and largest of some scores, to scale them to 0..1. */
    private static final class Range {
        private double min = Double.POSITIVE_INFINITY;
        private double max = Double.NEGATIVE_INFINITY;

        void add(double v) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }

        double scaled(double v) {
            return max > min ? (v - min) / (max - min) : 0;
        }
    }

    public static List<ScoredPassage> fuse(List<List<ScoredPassage>> rankings, int k) {
        Map<Integer, double[]> fused = new LinkedHashMap<>();
        Map<Integer, ScoredPassage> evidence = new LinkedHashMap<>();
        for (List<ScoredPassage> ranking : rankings) {
            for (int rank = 0; rank < ranking.size(); rank++) {
                ScoredPassage hit = ranking.get(rank);
                fused.computeIfAbsent(hit.passage(), p -> new double[1])[0] += 1.0 / (k + rank + 1);
                evidence.merge(hit.passage(), hit, RankFusion::richer);
            }
        }
        List<ScoredPassage> out = new ArrayList<>();
        fused.forEach((p, score) -> {
            ScoredPassage e = evidence.get(p);
            out.add(new ScoredPassage(p, score[0], e.dense(), e.bm25()));
        });
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out;
    }

    /** Keeps whichever evidence knows more (a BM25 score beats none). */
    private static ScoredPassage richer(ScoredPassage a, ScoredPassage b) {
        return a.bm25() >= b.bm25() ? a : b;
    }
}
