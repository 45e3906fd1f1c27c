package dev.citebot.api;

import io.javalin.http.HttpStatus;
import dev.citebot.http.ApiException;
import dev.citebot.http.Role;
import dev.citebot.http.Routes;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.pipeline.Pipeline;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;

/** {@code GET /api/documents} and {@code GET /api/documents/{id}}: what was indexed, and a document's text. */
public final class DocumentRoutes implements Routes {
    private final Pipeline pipeline;
    private final CollectionScope scope;

    /** The documents of the collection named by the {@code collection} query parameter (none: the default one). */
    public DocumentRoutes(Pipeline pipeline, CollectionScope scope) {
        this.pipeline = pipeline;
        this.scope = scope;
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/api/documents",
                ctx -> ctx.json(Map.of("documents", pipeline.documents(scope.fromQuery(ctx)))), Role.READ);
        config.routes.get("/api/documents/{id}", this::document, Role.READ);
    }

    void document(Context ctx) {
        SourceDocument doc = pipeline.document(scope.fromQuery(ctx), ctx.pathParam("id"))
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "no document with that id"));
        ctx.json(new DocumentText(doc.id(), doc.path(), doc.title(), doc.contentType(), doc.text()));
    }

    /** A document with its extracted text, the text every citation offset points into. */
    public record DocumentText(String id, String path, String title, String contentType, String text) {
    }
}
