package dev.citebot.api;

/** Body of {@code POST /api/search}. */
public record SearchRequest(String query, Integer k) {
}
