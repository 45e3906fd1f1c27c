package dev.citebot.retrieve;

import java.util.List;

/**
 * What retrieval looks for: the text (the question, possibly widened by the conversation), its vector,
 * and its analysed terms.
 */
public record Query(String text, float[] vector, List<String> terms) {
    public Query {
        terms = List.copyOf(terms);
    }
}
