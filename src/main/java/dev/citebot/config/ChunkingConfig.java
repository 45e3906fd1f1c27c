package dev.citebot.config;

/** Passages of about {@code size} characters; {@code overlap} characters of the previous passage repeated. */
public record ChunkingConfig(int size, int overlap) {
    public ChunkingConfig {
        if (size < 50) {
            throw new ConfigException("chunk.size must be at least 50, got " + size);
        }
        if (overlap < 0 || overlap >= size) {
            throw new ConfigException("chunk.overlap must be between 0 and chunk.size, got " + overlap);
        }
    }
}
