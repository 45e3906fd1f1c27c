package dev.citebot.api;

import dev.citebot.http.Json;
import dev.citebot.http.Role;
import dev.citebot.http.Routes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code GET /openapi.json}: the OpenAPI 3 description of every route, its refusals and the keys it takes. The
 * core document lives in {@code openapi.json} (with the shared responses and security schemes); each front door
 * adds its own fragment, merged at the first request (it is read rarely,
 * and parsing it is not worth delaying every start for).
 */
public final class OpenApiRoutes implements Routes {
    private final List<Routes> frontDoors;
    private byte[] document;

    public OpenApiRoutes(List<Routes> frontDoors) {
        this.frontDoors = List.copyOf(frontDoors);
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(document()), Role.PUBLIC);
    }

    synchronized byte[] document() {
        if (document == null) {
            ObjectMapper mapper = Json.plain();
            ObjectNode root = read(mapper, "/openapi.json");
            for (Routes routes : frontDoors) {
                routes.openApiFragment().ifPresent(name -> merge(root, read(mapper, name)));
            }
            try {
                document = mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return document;
    }

    /**
     * Adds a fragment's paths and every section of its components (schemas, responses, ...) to the document; the
     * security schemes, shared by every front door, live in the core document.
     */
    private static void merge(ObjectNode root, ObjectNode fragment) {
        if (fragment.has("paths")) {
            root.withObject("/paths").setAll((ObjectNode) fragment.get("paths"));
        }
        if (fragment.has("components")) {
            fragment.get("components").fields().forEachRemaining(section ->
                    root.withObject("/components").withObject("/" + section.getKey())
                            .setAll((ObjectNode) section.getValue()));
        }
    }

    private static ObjectNode read(ObjectMapper mapper, String resource) {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the jar");
            }
            return (ObjectNode) mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
