package dev.citebot.config;

/** Bounds on what one file may cost: its size on disk and the length of its extracted text. */
public record IngestConfig(long maxFileBytes, int maxChars) {
}
