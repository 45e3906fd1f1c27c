package dev.citebot.retrieve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reciprocal rank fusion: a passage scores 1/(k + rank) in each list it appears in, summed. */
public final class RankFusion {
    private RankFusion() {
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
