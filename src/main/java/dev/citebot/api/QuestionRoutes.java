package dev.citebot.api;

import dev.citebot.llm.Answers;
import dev.citebot.pipeline.Pipeline;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;

/** {@code POST /api/ask} and {@code POST /api/search}. */
public final class QuestionRoutes implements Routes {
    private final Pipeline pipeline;
    private final Answers answers;
    private final JsonBody body;
    private final QuestionValidator validator;

    /** Extractive answers only. */
    public QuestionRoutes(Pipeline pipeline, JsonBody body, QuestionValidator validator) {
        this(pipeline, Answers.extractive(pipeline), body, validator);
    }

    /** Answers from the model when one is configured (see {@link Answers}). */
    public QuestionRoutes(Pipeline pipeline, Answers answers, JsonBody body, QuestionValidator validator) {
        this.pipeline = pipeline;
        this.answers = answers;
        this.body = body;
        this.validator = validator;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.post("/api/ask", this::ask);
        config.routes.post("/api/search", this::search);
    }

    void ask(Context ctx) {
        ctx.json(answers.ask(validator.question(body.read(ctx, AskRequest.class))));
    }

    void search(Context ctx) {
        SearchRequest request = body.read(ctx, SearchRequest.class);
        ctx.json(Map.of("results", pipeline.search(validator.query(request), validator.k(request))));
    }
}
