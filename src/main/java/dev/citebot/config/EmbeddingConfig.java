package dev.citebot.config;

/**
 * The embedding model and how it is fed.
 *
 * @param model          the model's name ({@code embedding.model})
 * @param engine         how passages are batched through it ({@code embedding.engine})
 * @param batchSize      texts per model call
 * @param queryBatch     questions embedded together (at most {@code batchSize}: a larger batch would be split)
 * @param queryCacheSize question vectors kept for repeated questions
 */
public record EmbeddingConfig(String model, String engine, int batchSize, int queryBatch, int queryCacheSize) {
    public EmbeddingConfig {
        if (batchSize < 1) {
            throw new ConfigException("embedding.batch.size must be at least 1, got " + batchSize);
        }
        if (queryBatch < 1) {
            throw new ConfigException("embedding.query.batch must be at least 1, got " + queryBatch);
        }
        queryBatch = Math.min(queryBatch, batchSize);
    }

    static EmbeddingConfig from(Settings s) {
        return new EmbeddingConfig(s.text("embedding.model"), s.text("embedding.engine"),
                s.integer("embedding.batch.size"), s.integer("embedding.query.batch"),
                s.integer("embedding.query.cache.size"));
    }
}
