package dev.citebot.pipeline;

import dev.citebot.answer.Answer;
import java.util.function.Consumer;

/**
 * Tells an observer (the metrics) of every answer another answerer gives, plain or streamed, extractive or from
 * a model. Wrapped once, where the server is put together, so each answer a front door gives is counted once
 * and nothing else (a starter-question probe, an evaluation) is.
 */
public final class ObservedAnswerer implements Answerer {
    private final Answerer inner;
    private final AnswerObserver observer;

    public ObservedAnswerer(Answerer inner, AnswerObserver observer) {
        this.inner = inner;
        this.observer = observer;
    }

    @Override
    public Answer ask(Question question) {
        return observed(inner.ask(question));
    }

    @Override
    public Answer stream(Question question, Consumer<String> text) {
        return observed(inner.stream(question, text));
    }

    @Override
    public void close() {
        inner.close();
    }

    private Answer observed(Answer answer) {
        observer.answered(answer);
        return answer;
    }
}
