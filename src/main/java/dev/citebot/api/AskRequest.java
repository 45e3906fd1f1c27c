package dev.citebot.api;

import dev.citebot.answer.Turn;
import java.util.List;

/** Body of {@code POST /api/ask} and {@code POST /api/ask/stream}; no collection: the default one. */
public record AskRequest(String question, List<Turn> history, Integer topK, String collection) {
    public AskRequest(String question, List<Turn> history, Integer topK) {
        this(question, history, topK, null);
    }
}
