package dev.citebot.slack;

import dev.citebot.answer.Answer;
import dev.citebot.pipeline.Question;

/** Whatever answers questions: the pipeline in production, a deliberately slow one in a test. */
@FunctionalInterface
public interface Answerer {
    Answer answer(Question question);
}
