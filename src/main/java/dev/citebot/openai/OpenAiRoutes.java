package dev.citebot.openai;

import dev.citebot.http.Role;
import dev.citebot.answer.Answer;
import dev.citebot.answer.ModelTokens;
import dev.citebot.http.ErrorShape;
import dev.citebot.http.EventStream;
import dev.citebot.http.JsonBody;
import dev.citebot.api.QuestionValidator;
import dev.citebot.http.Routes;
import dev.citebot.pipeline.Answerer;
import dev.citebot.pipeline.Question;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Citebot as a "model" for any OpenAI client: {@code POST /v1/chat/completions} (plain, or streamed with
 * {@code "stream": true}), {@code GET /v1/models} and {@code GET /v1/models/{id}}. Every error under {@code /v1},
 * whatever raises it, comes back in OpenAI's shape ({@link OpenAiErrors}), which is all its clients read.
 */
public final class OpenAiRoutes implements Routes {
    private static final Logger LOG = LoggerFactory.getLogger(OpenAiRoutes.class);

    private final Answerer answers;
    private final JsonBody body;
    private final Conversation conversation;
    private final Tokens tokens = new Tokens();
    private final long started = Instant.now().getEpochSecond();
    private final Models models;

    /** The default collection only: one model, {@code citebot}. */
    public OpenAiRoutes(Answerer answers, JsonBody body, QuestionValidator validator) {
        this(answers, body, validator, Models.defaultOnly());
    }

    /** One model per collection: {@code citebot} (the default collection) and {@code citebot:NAME}. */
    public OpenAiRoutes(Answerer answers, JsonBody body, QuestionValidator validator, Models models) {
        this.models = models;
        this.answers = answers;
        this.body = body;
        this.conversation = new Conversation(validator);
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.post("/v1/chat/completions", this::complete, Role.QUESTION, Role.OPENAI);
        config.routes.get("/v1/models", ctx -> ctx.json(Completions.models(started, models.listed(ctx))),
                Role.READ, Role.OPENAI);
        config.routes.get("/v1/models/{id}", this::model, Role.READ, Role.OPENAI);
    }

    @Override
    public Optional<String> openApiFragment() {
        return Optional.of("/openapi/openai.json");
    }

    @Override
    public Map<String, ErrorShape> errorShapes() {
        return Map.of("/v1", new OpenAiErrors());
    }

    void complete(Context ctx) {
        ChatCompletionRequest request = body.read(ctx, ChatCompletionRequest.class);
        Parameters parameters = Parameters.of(request);
        String collection = models.collection(ctx, request.model());
        Question question = conversation.question(request).in(collection);
        Completions.Reply reply = new Completions.Reply("chatcmpl-" + UUID.randomUUID(),
                Instant.now().getEpochSecond(), Models.id(collection));
        TokenBudget budget = new TokenBudget(tokens, parameters.maxTokens());
        if (request.streamed()) {
            streamed(new StreamedCompletion(new EventStream(ctx), reply, budget), question, request, parameters);
        } else {
            Answer answer = answers.ask(question);
            String content = budget.take(answer.answer() + Completions.sources(answer)) + budget.finish();
            ctx.json(Completions.completion(reply, answer, content, budget.finishReason(),
                    usage(request, answer, budget)));
        }
    }

    void model(Context ctx) {
        String id = ctx.pathParam("id");
        if (!Completions.MODEL.equals(id) && !id.startsWith(Completions.MODEL + ":")) {
            throw InvalidParameter.unknownModel(id);
        }
        models.collection(ctx, id);
        ctx.json(Completions.model(id, started));
    }

    private void streamed(StreamedCompletion stream, Question question, ChatCompletionRequest request,
                          Parameters parameters) {
        try {
            Answer answer = answers.stream(question, stream::text);
            stream.finish(answer, parameters.includeUsage(), budget -> usage(request, answer, budget));
        } catch (UncheckedIOException e) {
            LOG.debug("stream client went away: {}", e.getMessage());
        } catch (RuntimeException e) {
            if (!stream.started()) {
                throw e;
            }
            LOG.error("chat completion stream failed after it started", e);
            stream.failed();
        }
    }

    /**
     * The language model's own count when it wrote the answer and reported one (its prompt holds the passages
     * too); otherwise the estimate: the messages' text for the prompt, the tokens sent for the completion.
     */
    private Completions.Usage usage(ChatCompletionRequest request, Answer answer, TokenBudget budget) {
        ModelTokens model = answer.modelTokens();
        if (model != null) {
            return Completions.Usage.of(model.prompt(), model.completion());
        }
        return Completions.Usage.of(tokens.prompt(request.messages()), budget.used());
    }
}
