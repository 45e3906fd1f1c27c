package dev.citebot.api;

import dev.citebot.answer.Turn;
import java.util.List;

/** Body of {@code POST /api/ask}. */
public record AskRequest(String question, List<Turn> history, Integer topK) {
}
