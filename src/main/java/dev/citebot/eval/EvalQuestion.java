package dev.citebot.eval;

import java.util.List;

/** One line of a question file ({@code ../shared/bench} format). */
public record EvalQuestion(String id, String question, List<String> answers, boolean isImpossible, String doc) {
    public EvalQuestion {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
