package dev.citebot.openai;

import dev.citebot.api.Role;
import dev.citebot.answer.Answer;
import dev.citebot.api.ApiException;
import dev.citebot.api.EventStream;
import dev.citebot.api.Json;
import dev.citebot.api.JsonBody;
import dev.citebot.api.QuestionValidator;
import dev.citebot.api.Routes;
import dev.citebot.pipeline.Answerer;
import dev.citebot.pipeline.NotReadyException;
import dev.citebot.pipeline.Question;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Citebot as a "model" for any OpenAI client: {@code POST /v1/chat/completions} (plain, or streamed with
 * {@code "stream": true}) and {@code GET /v1/models}. Errors come back in OpenAI's shape, which its clients read.
 */
public final class OpenAiRoutes implements Routes {
    private static final Logger LOG = LoggerFactory.getLogger(OpenAiRoutes.class);

    private final Answerer answers;
    private final JsonBody body;
    private final Conversation conversation;
    private final long started = Instant.now().getEpochSecond();

    public OpenAiRoutes(Answerer answers, JsonBody body, QuestionValidator validator) {
        this.answers = answers;
        this.body = body;
        this.conversation = new Conversation(validator);
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.post("/v1/chat/completions", openAiErrors(this::complete), Role.QUESTION, Role.OPENAI);
        config.routes.get("/v1/models", ctx -> ctx.json(Completions.models(started)), Role.READ, Role.OPENAI);
    }

    @Override
    public Optional<String> openApiFragment() {
        return Optional.of("/openapi/openai.json");
    }

    void complete(Context ctx) {
        ChatCompletionRequest request = body.read(ctx, ChatCompletionRequest.class);
        Question question = conversation.question(request);
        String id = "chatcmpl-" + UUID.randomUUID();
        long created = Instant.now().getEpochSecond();
        if (request.streamed()) {
            streamed(new EventStream(ctx, Json.mapper()), question, id, created);
        } else {
            ctx.json(Completions.completion(id, created, answers.ask(question)));
        }
    }

    /** OpenAI's stream: a first chunk with the role, the text as it comes, the sources, a last chunk, [DONE]. */
    private void streamed(EventStream events, Question question, String id, long created) {
        try {
            Answer answer = answers.stream(question, text -> {
                if (!events.started()) {
                    events.data(events.json(Completions.first(id, created)));
                }
                events.data(events.json(Completions.text(id, created, text)));
            });
            if (!events.started()) {
                events.data(events.json(Completions.first(id, created)));
            }
            String sources = Completions.sources(answer);
            if (!sources.isEmpty()) {
                events.data(events.json(Completions.text(id, created, sources)));
            }
            events.data(events.json(Completions.last(id, created, answer)));
            events.data("[DONE]");
        } catch (UncheckedIOException e) {
            LOG.debug("stream client went away: {}", e.getMessage());
        } catch (RuntimeException e) {
            if (!events.started()) {
                throw e;
            }
            LOG.error("chat completion stream failed after it started", e);
            events.data(events.json(Completions.error(500, "the answer failed; the error has been logged")));
        }
    }

    /** OpenAI's clients expect {"error": {"message": ...}}, not Citebot's own error shape. */
    private static Handler openAiErrors(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (ApiException e) {
                ctx.status(e.status()).json(Completions.error(e.status(), e.getMessage()));
            } catch (NotReadyException e) {
                ctx.header("Retry-After", "5").status(503)
                        .json(Completions.error(503, "the documents are still being indexed"));
            }
        };
    }
}
