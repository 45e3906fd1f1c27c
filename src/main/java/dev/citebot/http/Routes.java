package dev.citebot.http;

import io.javalin.config.JavalinConfig;
import java.util.Map;
import java.util.Optional;

/** A front door's routes. Each front door (API, widget, Slack) registers its own on the shared server. */
public interface Routes {
    void register(JavalinConfig config);

    /**
     * Classpath resource of an OpenAPI 3 fragment ({@code {"paths": {...}, "components": {"schemas": {...}}}})
     * describing these routes; merged into {@code /openapi.json}.
     */
    default Optional<String> openApiFragment() {
        return Optional.empty();
    }

    /**
     * Error shapes by path prefix ({@code "/v1"} covers {@code /v1} and everything under it), for routes whose
     * clients expect errors in another shape than Citebot's own.
     */
    default Map<String, ErrorShape> errorShapes() {
        return Map.of();
    }

    /**
     * Adds this front door's headers to, or records, an error Jetty answered before any route ran: what its
     * {@code before} and {@code after} handlers do for every other response.
     */
    default void earlyError(EarlyError error) {
    }
}
