package dev.citebot.observability;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import java.util.List;
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

    private final JavalinState server;

    RouteTable(JavalinState server) {
        this.server = server;
    }

    String route(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        if (matched != null) {
            return matched.path;
        }
        List<ParsedEndpoint> routes = server.internalRouter.allHttpHandlers();
        String path = ctx.path();
        HandlerType method = HandlerType.findOrDefault(method(ctx));
        HandlerType wanted = method == HandlerType.HEAD ? HandlerType.GET : method;
        String other = null;
        for (ParsedEndpoint route : routes) {
            if (route.endpoint.method.isHttpMethod() && route.matches(path)) {
                if (route.endpoint.method.equals(wanted)) {
                    return route.endpoint.path;
                }
                other = other == null ? route.endpoint.path : other;
            }
        }
        return other == null ? UNMATCHED : other;
    }

    static String method(Context ctx) {
        String method = ctx.req().getMethod().toUpperCase(Locale.ROOT);
        return METHODS.contains(method) ? method : OTHER_METHOD;
    }
}
