package dev.citebot.observability;

import dev.citebot.http.EarlyError;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts requests by route (the route's pattern, never the raw path, so that ids do not multiply the series),
 * method and status, and requests refused by a limit or a key check by reason. Every label value comes from a
 * fixed set ({@link RouteTable}), so hostile clients cannot grow the number of series.
 */
final class HttpMetrics {
    private final MeterRegistry registry;
    private final RouteTable routes;

    HttpMetrics(MeterRegistry registry, RouteTable routes) {
        this.registry = registry;
        this.routes = routes;
    }

    void record(Context ctx) {
        record(routes.route(ctx), RouteTable.method(ctx), ctx.statusCode());
    }

    /** A request Jetty refused before routing: its route when the path has one. */
    void record(EarlyError error) {
        record(routes.route(error.method(), error.path()), RouteTable.method(error.method()), error.status());
    }

    private void record(String route, String method, int status) {
        Counter.builder("citebot.http.requests").description("HTTP requests by route, method and status")
                .tag("route", route).tag("method", method).tag("status", Integer.toString(status))
                .register(registry).increment();
        String reason = refusal(status);
        if (reason != null) {
            Counter.builder("citebot.requests.refused").description("Requests turned away, by reason")
                    .tag("reason", reason).register(registry).increment();
        }
    }

    private static String refusal(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 408 -> "too_slow";
            case 413 -> "too_large";
            case 429 -> "rate_limited";
            case 503 -> "unavailable";
            case 507 -> "storage_full";
            default -> null;
        };
    }
}
