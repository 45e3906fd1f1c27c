package dev.citebot.api;

import dev.citebot.http.Role;
import dev.citebot.http.Routes;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.ingest.Ocr;
import dev.citebot.pipeline.Pipeline;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /health} (the process is alive) and {@code GET /ready} (the index and the embedding model are loaded,
 * and the seeds folder is there). A missing seeds folder makes {@code /ready} 503 so that an operator or a load
 * balancer sees it, although questions go on being answered from the last index until the folder returns.
 */
public final class HealthRoutes implements Routes {
    private final Pipeline pipeline;
    private final Path seeds;
    private final Supplier<Map<String, Object>> store;
    private final boolean readsSeeds;

    public HealthRoutes(Pipeline pipeline, Path seeds) {
        this(pipeline, seeds, () -> Map.of("kind", "memory"), true);
    }

    /**
     * @param store      the shared store's state, shown by {@code /ready}
     * @param readsSeeds false for a replica that reads its index from the store: its seeds folder is not needed
     */
    public HealthRoutes(Pipeline pipeline, Path seeds, Supplier<Map<String, Object>> store, boolean readsSeeds) {
        this.pipeline = pipeline;
        this.seeds = seeds;
        this.store = store;
        this.readsSeeds = readsSeeds;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")), Role.PUBLIC);
        config.routes.get("/ready", this::ready, Role.PUBLIC);
    }

    private Map<String, Object> ocrStatus() {
        Ocr ocr = pipeline.ocr();
        return ocr.on() ? Map.of("enabled", true, "language", ocr.language())
                : Map.of("enabled", false, "reason", ocr.reason());
    }

    void ready(Context ctx) {
        if (!pipeline.answersWithoutWaiting()) {
            ctx.status(503).json(Map.of("status", "loading"));
            return;
        }
        if (readsSeeds && !Files.isDirectory(seeds)) {
            ctx.status(503).json(Map.of("status", "seeds folder missing", "message", "the seeds folder "
                    + seeds.toAbsolutePath().normalize() + " is missing; questions are answered from the last index ("
                    + pipeline.current().documents().size() + " documents) until it is back"));
            return;
        }
        KnowledgeIndex index = pipeline.current();
        ctx.json(Map.of("status", "ready", "documents", index.documents().size(),
                "passages", index.passages().size(), "passages_embedding", index.passageVectors().missing(),
                "failed", index.failures(),
                "indexed_at", index.stats().builtAt().toString(), "ocr", ocrStatus(), "store", store.get()));
    }
}
