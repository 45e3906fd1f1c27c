package dev.citebot.retrieve;

import dev.citebot.text.Languages;
import java.util.List;

/**
 * What retrieval looks for: the text (the question, possibly widened by the conversation), its vector,
 * its analysed terms and the language they were analysed in. The vector is empty ({@link #NO_VECTOR}) when the
 * embedding model does not read the question's language: every cosine with it is then 0, and retrieval is BM25's.
 */
public record Query(String text, float[] vector, List<String> terms, String language) {
    public static final float[] NO_VECTOR = new float[0];

    public Query {
        terms = List.copyOf(terms);
    }

    /** An English query. */
    public Query(String text, float[] vector, List<String> terms) {
        this(text, vector, terms, Languages.ENGLISH);
    }

    /** True when the question has a vector to compare passages with. */
    public boolean hasVector() {
        return vector.length > 0;
    }
}
