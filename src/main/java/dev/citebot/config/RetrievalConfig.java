package dev.citebot.config;

import java.util.Locale;

/**
 * How passages are found: dense vectors, BM25 terms, or both fused, either by a weighted sum of their
 * normalised scores ({@code denseWeight} for the dense side) or by reciprocal rank ({@code rrfK}).
 *
 * @param windowWeight    share of its best neighbour's score (the passage before or after it in the same document)
 *                        added to a passage's ranking score: 0 ranks each passage alone
 * @param feedbackTerms   terms added to the BM25 query from the first passages BM25 finds (pseudo-relevance
 *                        feedback): 0 searches the question's terms alone
 * @param feedbackWeight  weight of the best added term against a question term's 1
 */
public record RetrievalConfig(Mode mode, int topK, int maxTopK, Fusion fusion, double denseWeight, int rrfK,
                              double windowWeight, int feedbackTerms, double feedbackWeight) {
    /** How many of BM25's first passages feedback reads its terms from. */
    public static final int FEEDBACK_PASSAGES = 3;

    public enum Mode {
        HYBRID, DENSE, BM25;

        static Mode parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("retrieval.mode must be hybrid, dense or bm25, got '" + value + "'");
            }
        }
    }

    /** How the two rankings of hybrid retrieval become one. */
    public enum Fusion {
        WEIGHTED, RRF;

        static Fusion parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ConfigException("retrieval.fusion must be weighted or rrf, got '" + value + "'");
            }
        }
    }

    public RetrievalConfig {
        if (topK < 1 || topK > maxTopK) {
            throw new ConfigException("retrieval.top.k must be between 1 and retrieval.max.top.k, got " + topK);
        }
        if (!(denseWeight >= 0 && denseWeight <= 1)) {
            throw new ConfigException("retrieval.dense.weight must be between 0 and 1, got " + denseWeight);
        }
        if (rrfK < 0) {
            throw new ConfigException("retrieval.rrf.k must not be negative, got " + rrfK);
        }
        if (!(windowWeight >= 0 && windowWeight <= 1)) {
            throw new ConfigException("retrieval.window.weight must be between 0 and 1, got " + windowWeight);
        }
        if (feedbackTerms < 0) {
            throw new ConfigException("retrieval.feedback.terms must not be negative, got " + feedbackTerms);
        }
        if (!(feedbackWeight >= 0 && feedbackWeight <= 1)) {
            throw new ConfigException("retrieval.feedback.weight must be between 0 and 1, got " + feedbackWeight);
        }
    }

    /** Each passage ranked alone, no feedback: the ranking of the earlier releases. */
    public RetrievalConfig(Mode mode, int topK, int maxTopK, Fusion fusion, double denseWeight, int rrfK) {
        this(mode, topK, maxTopK, fusion, denseWeight, rrfK, 0, 0, 0);
    }

    /** As read from {@code retrieval.*}. */
    public static RetrievalConfig of(String mode, int topK, int maxTopK, String fusion, double denseWeight, int rrfK,
                                     double windowWeight, int feedbackTerms, double feedbackWeight) {
        return new RetrievalConfig(Mode.parse(mode), topK, maxTopK, Fusion.parse(fusion), denseWeight, rrfK,
                windowWeight, feedbackTerms, feedbackWeight);
    }
}
