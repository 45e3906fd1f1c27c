package dev.citebot.retrieve;

import dev.citebot.index.Bm25Index;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Pseudo-relevance feedback (RM3-like): the terms the first passages BM25 finds have most of, weighed by how well
 * each passage matched, how much of it the term makes up and how rare the term is, added to the question's terms
 * with a smaller weight. A question worded unlike the text ("run a single statement from the shell") then also
 * finds passages that use the words of the first hits ("command", "-c") without the question's own.
 */
final class QueryFeedback {
    private QueryFeedback() {
    }

    /**
     * Up to {@code count} terms of the passages {@code top} (BM25's first hits) that the question's terms lack,
     * each weighted so that the best one has {@code weight}; terms of one passage only, and terms in more than half
     * of the {@code passages}, are left out.
     *
     * @param termsOf a passage's analysed terms, as often as it holds them
     */
    static Map<String, Double> terms(Bm25Index bm25, int passages, List<String> own, List<Bm25Index.Hit> top,
                                     IntFunction<List<String>> termsOf, int count, double weight) {
        if (count == 0 || top.isEmpty()) {
            return Map.of();
        }
        Set<String> asked = new HashSet<>(own);
        double total = top.stream().mapToDouble(Bm25Index.Hit::score).sum();
        Map<String, Double> relevance = new HashMap<>();
        for (Bm25Index.Hit hit : top) {
            List<String> terms = termsOf.apply(hit.passage());
            if (terms.isEmpty() || total <= 0) {
                continue;
            }
            double share = hit.score() / total / terms.size();
            for (String term : terms) {
                relevance.merge(term, share, Double::sum);
            }
        }
        Map<String, Double> scored = new HashMap<>();
        relevance.forEach((term, r) -> {
            int df = bm25.passagesWith(term);
            if (!asked.contains(term) && df > 1 && df <= passages / 2) {
                scored.put(term, r * bm25.idf(term));
            }
        });
        double best = scored.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Map<String, Double> out = new LinkedHashMap<>();
        scored.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(count)
                .forEach(e -> out.put(e.getKey(), weight * e.getValue() / best));
        return out;
    }
}
