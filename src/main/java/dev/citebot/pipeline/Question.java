package dev.citebot.pipeline;

import dev.citebot.answer.Turn;
import java.util.List;

/**
 * A question with the conversation so far, optionally how many passages to read (0: the default), and the
 * collection whose documents answer it ({@link #DEFAULT_COLLECTION}: the seeds folder).
 */
public record Question(String text, List<Turn> history, int topK, String collection) {
    /** The collection of the seeds folder, the one every question goes to unless it names another. */
    public static final String DEFAULT_COLLECTION = "default";

    public Question {
        history = history == null ? List.of() : List.copyOf(history);
        collection = collection == null ? DEFAULT_COLLECTION : collection;
    }

    /** A question to the default collection. */
    public Question(String text, List<Turn> history, int topK) {
        this(text, history, topK, DEFAULT_COLLECTION);
    }

    public static Question of(String text) {
        return new Question(text, List.of(), 0);
    }

    /** The same question, asked of another collection. */
    public Question in(String otherCollection) {
        return new Question(text, history, topK, otherCollection);
    }
}
