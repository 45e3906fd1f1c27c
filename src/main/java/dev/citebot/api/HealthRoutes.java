package dev.citebot.api;

import dev.citebot.http.Role;
import dev.citebot.http.Routes;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.pipeline.Pipeline;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;

/** {@code GET /health} (the process is alive) and {@code GET /ready} (the index and the embedding model are loaded). */
public final class HealthRoutes implements Routes {
    private final Pipeline pipeline;

    public HealthRoutes(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")), Role.PUBLIC);
        config.routes.get("/ready", this::ready, Role.PUBLIC);
    }

    void ready(Context ctx) {
        if (!pipeline.answersWithoutWaiting()) {
            ctx.status(503).json(Map.of("status", "loading"));
            return;
        }
        KnowledgeIndex index = pipeline.current();
        ctx.json(Map.of("status", "ready", "documents", index.documents().size(),
                "passages", index.passages().size(), "failed", index.failures(),
                "indexed_at", index.stats().builtAt().toString()));
    }
}
