package dev.citebot.api;

import io.javalin.config.JavalinConfig;
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
}
