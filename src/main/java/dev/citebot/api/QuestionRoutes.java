package dev.citebot.api;

import dev.citebot.pipeline.Pipeline;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;

/** {@code POST /api/ask} and {@code POST /api/search}. */
public final class QuestionRoutes implements Routes {
    private final Pipeline pipeline;
    private final JsonBody body;
    private final QuestionValidator validator;

    public QuestionRoutes(Pipeline pipeline, JsonBody body, QuestionValidator validator) {
        this.pipeline = pipeline;
        this.body = body;
        this.validator = validator;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.post("/api/ask", this::ask);
        config.routes.post("/api/search", this::search);
    }

    void ask(Context ctx) {
        ctx.json(pipeline.ask(validator.question(body.read(ctx, AskRequest.class))));
    }

    void search(Context ctx) {
        SearchRequest request = body.read(ctx, SearchRequest.class);
        ctx.json(Map.of("results", pipeline.search(validator.query(request), validator.k(request))));
    }
}
