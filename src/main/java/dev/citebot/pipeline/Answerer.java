package dev.citebot.pipeline;

import dev.citebot.answer.Answer;
import java.util.function.Consumer;

/**
 * The one way every front door (the HTTP API, the OpenAI-compatible endpoint, Slack, Mattermost, the command
 * line) gets an answer. {@link ExtractiveAnswerer} answers with the documents' own sentences; the LLM package
 * adds a grounded-model implementation; {@link ObservedAnswerer} wraps either once, for the metrics.
 */
@FunctionalInterface
public interface Answerer extends AutoCloseable {
    Answer ask(Question question);

    /**
     * Like {@link #ask}, handing each checked piece of the answer's text to {@code text} as soon as it is known.
     * An answerer that cannot stream hands over the whole text at once.
     */
    default Answer stream(Question question, Consumer<String> text) {
        Answer answer = ask(question);
        text.accept(answer.answer());
        return answer;
    }

    /** Stops what the answerer started (a model's threads); the pipeline is closed by its owner. */
    @Override
    default void close() {
    }
}
