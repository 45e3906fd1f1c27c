package dev.citebot.pipeline;

import dev.citebot.answer.Turn;
import java.util.List;

/** A question with the conversation so far and, optionally, how many passages to read (0: the default). */
public record Question(String text, List<Turn> history, int topK) {
    public Question {
        history = history == null ? List.of() : List.copyOf(history);
    }

    public static Question of(String text) {
        return new Question(text, List.of(), 0);
    }
}
