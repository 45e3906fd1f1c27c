package dev.citebot.observability;

import dev.citebot.http.RouteIndex;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.util.Locale;
import java.util.Set;

/**
 * The labels of a request, taken only from what the server knows, so that no client can add a series: the
 * route template from the server's route table, also for requests turned away before their handler ran (a
 * rate limit, a missing key, {@code HEAD}, a wrong method); {@code unmatched} when no route has the path. The
 * method as sent on the wire (never an override header), or {@code other} when it is not a standard one.
 */
final class RouteTable {
    static final String UNMATCHED = "unmatched";
    static final String OTHER_METHOD = "other";
    private static final Set<String> METHODS =
            Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "QUERY");

    private final RouteIndex routes;

    RouteTable(JavalinState server) {
        this.routes = new RouteIndex(server);
    }

    String route(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        if (matched != null && !"*".equals(matched.path)) {
            return matched.path;
        }
        return routes.find(HandlerType.findOrDefault(method(ctx)), ctx.path()).map(e -> e.path).orElse(UNMATCHED);
    }

    /** The route of a request that never reached the router (see {@link dev.citebot.http.EarlyError}). */
    String route(String method, String path) {
        if (!path.startsWith("/")) {
            return UNMATCHED;
        }
        return routes.find(HandlerType.findOrDefault(method(method)), path).map(e -> e.path).orElse(UNMATCHED);
    }

    static String method(Context ctx) {
        return method(ctx.req().getMethod());
    }

    static String method(String sent) {
        String method = sent.toUpperCase(Locale.ROOT);
        return METHODS.contains(method) ? method : OTHER_METHOD;
    }
}
