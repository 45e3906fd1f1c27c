package dev.citebot.config;

import java.util.Locale;

/** How passages are found: dense vectors, BM25 terms, or both fused by reciprocal rank. */
public record RetrievalConfig(Mode mode, int topK, int maxTopK, int rrfK) {
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

    public RetrievalConfig {
        if (topK < 1 || topK > maxTopK) {
            throw new ConfigException("retrieval.top.k must be between 1 and retrieval.max.top.k, got " + topK);
        }
    }

    public RetrievalConfig withMode(Mode newMode) {
        return new RetrievalConfig(newMode, topK, maxTopK, rrfK);
    }
}
