package dev.citebot.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The measures the eval command reports, as plain functions so each can be checked on hand-made cases. */
public final class Metrics {
    private Metrics() {
    }

    /**
     * True when the text contains any gold string, ignoring case and how the whitespace runs: a passage of an HTML
     * page keeps the source's line breaks and indentation ("njobs\n         + 1"), which a browser shows, and the
     * gold strings were checked against, as one space ("njobs + 1").
     */
    public static boolean containsGold(String text, Collection<String> golds) {
        String haystack = plain(text);
        return golds.stream().anyMatch(g -> !g.isBlank() && haystack.contains(plain(g)));
    }

    private static String plain(String text) {
        return text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** answer@n: the first n characters of the answer contain a gold string. */
    public static boolean answerAt(String answer, Collection<String> golds, int n) {
        return containsGold(answer.substring(0, Math.min(n, answer.length())), golds);
    }

    /** Rank (from 1) of the first passage that contains a gold string, or 0 when none does. */
    public static int firstHit(List<String> rankedPassages, Collection<String> golds) {
        for (int i = 0; i < rankedPassages.size(); i++) {
            if (containsGold(rankedPassages.get(i), golds)) {
                return i + 1;
            }
        }
        return 0;
    }

    public static boolean hitAt(int firstHit, int k) {
        return firstHit > 0 && firstHit <= k;
    }

    public static double reciprocalRank(int firstHit) {
        return firstHit == 0 ? 0 : 1.0 / firstHit;
    }

    /** nDCG@k with graded relevance from qrels; documents without a grade count 0. */
    public static double ndcgAt(List<String> rankedDocs, Map<String, Integer> relevance, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, rankedDocs.size()); i++) {
            dcg += gain(relevance.getOrDefault(rankedDocs.get(i), 0), i);
        }
        List<Integer> ideal = new ArrayList<>(relevance.values());
        ideal.sort((a, b) -> b - a);
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += gain(ideal.get(i), i);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static double gain(int grade, int position) {
        return (Math.pow(2, grade) - 1) / (Math.log(position + 2) / Math.log(2));
    }

    /** Share of the relevant documents (grade above 0) found in the top k. */
    public static double recallAt(List<String> rankedDocs, Map<String, Integer> relevance, int k) {
        long relevant = relevance.values().stream().filter(g -> g > 0).count();
        if (relevant == 0) {
            return 0;
        }
        long found = rankedDocs.subList(0, Math.min(k, rankedDocs.size())).stream()
                .filter(d -> relevance.getOrDefault(d, 0) > 0).count();
        return (double) found / relevant;
    }

    /** The p-th percentile (0..100) by the nearest-rank method; 0 for no values. */
    public static long percentile(List<Long> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Long::compare);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
