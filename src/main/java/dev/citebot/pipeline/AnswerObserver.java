package dev.citebot.pipeline;

import dev.citebot.answer.Answer;

/** Told of every answer the pipeline gives, whichever front door asked (for metrics; never for its text). */
@FunctionalInterface
public interface AnswerObserver {
    void answered(Answer answer);
}
