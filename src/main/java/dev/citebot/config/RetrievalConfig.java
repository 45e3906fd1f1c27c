package dev.citebot.config;

import java.util.Locale;

/**
 * How passages are found: dense vectors, BM25 terms, or both fused, either by a weighted sum of their
 * normalised scores ({@code denseWeight} for the dense side) or by reciprocal rank ({@code rrfK}).
 */
public record RetrievalConfig(Mode mode, int topK, int maxTopK, Fusion fusion, double denseWeight, int rrfK) {
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
    }

    /** As read from {@code retrieval.*}. */
    public static RetrievalConfig of(String mode, int topK, int maxTopK, String fusion, double denseWeight, int rrfK) {
        return new RetrievalConfig(Mode.parse(mode), topK, maxTopK, Fusion.parse(fusion), denseWeight, rrfK);
    }
}
