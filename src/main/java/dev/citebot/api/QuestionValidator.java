package dev.citebot.api;

import io.javalin.http.HttpStatus;
import dev.citebot.http.ApiException;
import dev.citebot.answer.Turn;
import dev.citebot.config.LimitsConfig;
import dev.citebot.pipeline.Question;
import java.util.ArrayList;
import java.util.List;

/** Turns request bodies into pipeline questions, or explains in a 400 what is wrong with them. */
public final class QuestionValidator {
    static final int MAX_HISTORY_TURNS = 20;

    private final LimitsConfig limits;
    private final int maxTopK;

    public QuestionValidator(LimitsConfig limits, int maxTopK) {
        this.limits = limits;
        this.maxTopK = maxTopK;
    }

    public Question question(AskRequest request) {
        String text = text(request.question(), "question");
        int topK = request.topK() == null ? 0 : range(request.topK(), "top_k", maxTopK);
        return new Question(text, history(request.history()), topK);
    }

    public String query(SearchRequest request) {
        return text(request.query(), "query");
    }

    public int k(SearchRequest request) {
        return request.k() == null ? 10 : range(request.k(), "k", limits.searchMaxK());
    }

    private String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "'" + field + "' is required and must not be blank");
        }
        if (value.length() > limits.questionMaxChars()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "'" + field + "' is longer than " + limits.questionMaxChars() + " characters");
        }
        if (value.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "'" + field + "' must not contain control characters");
        }
        return value.strip();
    }

    private static int range(int value, String field, int max) {
        if (value < 1 || value > max) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "'" + field + "' must be between 1 and " + max);
        }
        return value;
    }

    private List<Turn> history(List<Turn> history) {
        if (history == null) {
            return List.of();
        }
        List<Turn> kept = new ArrayList<>();
        for (Turn turn : history.subList(Math.max(0, history.size() - MAX_HISTORY_TURNS), history.size())) {
            if (turn == null || turn.content() == null || turn.role() == null) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "each history turn needs a 'role' and a 'content'");
            }
            if (!turn.role().equals("user") && !turn.role().equals("assistant")) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "a history turn's role must be 'user' or 'assistant'");
            }
            if (turn.content().length() > limits.questionMaxChars() * 5) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "a history turn is too long");
            }
            kept.add(turn);
        }
        return kept;
    }
}
