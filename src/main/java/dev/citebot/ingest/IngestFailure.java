package dev.citebot.ingest;

/** A file that could not be read, and why (no stack trace: the reason is for people). */
public record IngestFailure(String path, String reason) {
}
