package dev.citebot.api;

import dev.citebot.http.ApiError;
import dev.citebot.http.ErrorHandling;
import dev.citebot.http.EventStream;
import dev.citebot.http.JsonBody;
import dev.citebot.http.Role;
import dev.citebot.http.Routes;
import dev.citebot.answer.Answer;
import dev.citebot.pipeline.Answerer;
import dev.citebot.pipeline.Question;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/ask/stream}: the answer as Server-Sent Events. {@code text} events carry the answer's text as
 * it is written (each piece already checked), then one {@code answer} event carries the whole answer as
 * {@code POST /api/ask} returns it, then {@code done}. A failure after the first event is an {@code error} event.
 */
public final class AskStreamRoutes implements Routes {
    private static final Logger LOG = LoggerFactory.getLogger(AskStreamRoutes.class);
    public static final String PATH = "/api/ask/stream";

    private final Answerer answers;
    private final JsonBody body;
    private final QuestionValidator validator;
    private final CollectionScope scope;

    public AskStreamRoutes(Answerer answers, JsonBody body, QuestionValidator validator, CollectionScope scope) {
        this.scope = scope;
        this.answers = answers;
        this.body = body;
        this.validator = validator;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.post(PATH, this::stream, Role.QUESTION, Role.WIDGET);
    }

    @Override
    public Optional<String> openApiFragment() {
        return Optional.of("/openapi/ask-stream.json");
    }

    void stream(Context ctx) {
        AskRequest request = body.read(ctx, AskRequest.class);
        Question question = validator.question(request).in(scope.of(ctx, request.collection()));
        EventStream events = new EventStream(ctx);
        try {
            Answer answer = answers.stream(question, text -> events.send("text", Map.of("text", text)));
            events.send("answer", answer);
            events.send("done", Map.of());
        } catch (UncheckedIOException e) {
            LOG.debug("stream client went away: {}", e.getMessage());
        } catch (RuntimeException e) {
            if (!events.started()) {
                throw e;
            }
            LOG.error("answer stream failed after it started", e);
            events.send("error", new ApiError(500, ErrorHandling.name(500), ErrorHandling.message(500)));
        }
    }
}
