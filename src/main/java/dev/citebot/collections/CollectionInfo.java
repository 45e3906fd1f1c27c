package dev.citebot.collections;

/**
 * A collection as {@code GET /api/collections} lists it.
 *
 * @param ready     its first index is built (questions are answered)
 * @param keyed     it has API keys of its own
 */
public record CollectionInfo(String name, int documents, int passages, boolean ready, boolean keyed) {
}
