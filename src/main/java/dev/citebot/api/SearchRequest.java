package dev.citebot.api;

/** Body of {@code POST /api/search}; no collection: the default one. */
public record SearchRequest(String query, Integer k, String collection) {
    public SearchRequest(String query, Integer k) {
        this(query, k, null);
    }
}
