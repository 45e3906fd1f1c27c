package dev.citebot.reindex;

import dev.citebot.http.Role;
import dev.citebot.http.Routes;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/** {@code POST /api/admin/reindex}: re-index now and answer with the report (the admin key is checked before). */
public final class ReindexRoutes implements Routes {
    private final Reindexer reindexer;

    public ReindexRoutes(Reindexer reindexer) {
        this.reindexer = reindexer;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.post("/api/admin/reindex", this::reindex, Role.ADMIN);
    }

    void reindex(Context ctx) {
        try {
            ctx.json(reindexer.request("admin request").join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public Optional<String> openApiFragment() {
        return Optional.of("/openapi/reindex.json");
    }
}
