package dev.citebot.config;

/**
 * Passages of about {@code size} characters; {@code overlap} characters of the previous passage repeated; a passage
 * that has reached {@code sectionBreak} of its size ends before a heading, so that a section starts a passage.
 */
public record ChunkingConfig(int size, int overlap, double sectionBreak) {
    /** The share of its size a passage must have reached to end before a heading, unless set. */
    public static final double SECTION_BREAK = 0.5;

    public ChunkingConfig {
        if (size < 50) {
            throw new ConfigException("chunk.size must be at least 50, got " + size);
        }
        if (overlap < 0 || overlap >= size) {
            throw new ConfigException("chunk.overlap must be between 0 and chunk.size, got " + overlap);
        }
        if (!(sectionBreak >= 0 && sectionBreak <= 1)) {
            throw new ConfigException("chunk.section.break must be between 0 and 1, got " + sectionBreak);
        }
    }

    public ChunkingConfig(int size, int overlap) {
        this(size, overlap, SECTION_BREAK);
    }
}
