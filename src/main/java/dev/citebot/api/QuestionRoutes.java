package dev.citebot.api;

import dev.citebot.http.JsonBody;
import dev.citebot.http.Role;
import dev.citebot.http.Routes;
import dev.citebot.pipeline.Answerer;
import dev.citebot.pipeline.ExtractiveAnswerer;
import dev.citebot.pipeline.Pipeline;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;

/** {@code POST /api/ask} and {@code POST /api/search}. */
public final class QuestionRoutes implements Routes {
    private final Pipeline pipeline;
    private final Answerer answers;
    private final JsonBody body;
    private final QuestionValidator validator;
    private final CollectionScope scope;

    /** Extractive answers only, from the default collection. */
    public QuestionRoutes(Pipeline pipeline, JsonBody body, QuestionValidator validator) {
        this(pipeline, new ExtractiveAnswerer(pipeline), body, validator, CollectionScope.defaultOnly());
    }

    /**
     * Answers from {@code answers} (a grounded model's when one is configured); searches the pipeline; each in
     * the collection the request names.
     */
    public QuestionRoutes(Pipeline pipeline, Answerer answers, JsonBody body, QuestionValidator validator,
                          CollectionScope scope) {
        this.scope = scope;
        this.pipeline = pipeline;
        this.answers = answers;
        this.body = body;
        this.validator = validator;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.post("/api/ask", this::ask, Role.QUESTION, Role.WIDGET);
        config.routes.post("/api/search", this::search, Role.QUESTION);
    }

    void ask(Context ctx) {
        AskRequest request = body.read(ctx, AskRequest.class);
        ctx.json(answers.ask(validator.question(request).in(scope.of(ctx, request.collection()))));
    }

    void search(Context ctx) {
        SearchRequest request = body.read(ctx, SearchRequest.class);
        String query = validator.query(request);
        int k = validator.k(request);
        ctx.json(Map.of("results", pipeline.search(scope.of(ctx, request.collection()), query, k)));
    }
}
