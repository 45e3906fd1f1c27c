package dev.citebot.openai;

import dev.citebot.answer.Answer;
import dev.citebot.http.EventStream;
import java.util.function.Function;

/**
 * One completion sent as OpenAI's stream: a first chunk with the role, the text as it comes (within
 * {@code max_tokens}), the sources, a last chunk with the finish reason, the usage chunk when asked, then
 * {@code [DONE]}. Nothing is sent before the first piece of text, so that an error before it is still an
 * ordinary error with its status.
 */
final class StreamedCompletion {
    private final EventStream events;
    private final Completions.Reply reply;
    private final TokenBudget budget;

    StreamedCompletion(EventStream events, Completions.Reply reply, TokenBudget budget) {
        this.events = events;
        this.reply = reply;
        this.budget = budget;
    }

    /** A piece of the answer's text, sent as far as it fits. */
    void text(String piece) {
        send(budget.take(piece));
    }

    /**
     * The end: the sources, the last chunk and, when asked, the usage, which {@code usage} works out from the
     * answer and the tokens sent.
     */
    void finish(Answer answer, boolean includeUsage, Function<TokenBudget, Completions.Usage> usage) {
        send(budget.take(Completions.sources(answer)));
        send(budget.finish());
        events.data(events.json(Completions.last(reply, answer, budget.finishReason())));
        if (includeUsage) {
            events.data(events.json(Completions.usage(reply, usage.apply(budget))));
        }
        events.data("[DONE]");
    }

    boolean started() {
        return events.started();
    }

    /** A failure after the stream started can only be told in the stream, in OpenAI's error shape. */
    void failed() {
        events.data(events.json(OpenAiErrors.body(500, "the answer failed; the error has been logged", null,
                "internal_error")));
    }

    private void send(String text) {
        if (!events.started()) {
            events.data(events.json(Completions.first(reply)));
        }
        if (!text.isEmpty()) {
            events.data(events.json(Completions.text(reply, text)));
        }
    }
}
