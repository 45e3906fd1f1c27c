package dev.citebot.http;

import io.javalin.config.JavalinState;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.RouteRole;
import io.javalin.security.Roles;
import java.util.Optional;
import java.util.Set;

/**
 * The server's own route table, for what must be known of a request before (or without) its handler running:
 * its route template (metrics labels) and its roles (access). {@code HEAD} is served by the {@code GET} route.
 */
public final class RouteIndex {
    private final JavalinState server;

    public RouteIndex(JavalinState server) {
        this.server = server;
    }

    /** The route for this method and path; else any route with the path (a wrong method); else none. */
    public Optional<Endpoint> find(HandlerType method, String path) {
        HandlerType wanted = method == HandlerType.HEAD ? HandlerType.GET : method;
        Endpoint other = null;
        for (ParsedEndpoint route : server.internalRouter.allHttpHandlers()) {
            if (route.endpoint.method.isHttpMethod() && !"*".equals(route.endpoint.path) && route.matches(path)) {
                if (route.endpoint.method.equals(wanted)) {
                    return Optional.of(route.endpoint);
                }
                other = other == null ? route.endpoint : other;
            }
        }
        return Optional.ofNullable(other);
    }

    /** The roles a route was registered with. */
    public static Set<RouteRole> roles(Endpoint endpoint) {
        Roles roles = endpoint.metadata(Roles.class);
        return roles == null ? Set.of() : roles.getRoles();
    }
}
