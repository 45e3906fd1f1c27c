package dev.citebot.pipeline;

import dev.citebot.answer.Answer;

/** Told of every answer a front door gives (for metrics; never for its text). See {@link ObservedAnswerer}. */
@FunctionalInterface
public interface AnswerObserver {
    void answered(Answer answer);
}
