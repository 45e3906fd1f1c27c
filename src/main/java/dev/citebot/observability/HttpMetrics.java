package dev.citebot.observability;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts requests by route (the route's pattern, never the raw path, so that ids do not multiply the series),
 * method and status, and requests refused by a limit or a key check by reason.
 */
final class HttpMetrics {
    private final MeterRegistry registry;

    HttpMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(Context ctx) {
        int status = ctx.statusCode();
        Counter.builder("citebot.http.requests").description("HTTP requests by route, method and status")
                .tag("route", route(ctx)).tag("method", ctx.method().name()).tag("status", Integer.toString(status))
                .register(registry).increment();
        String reason = refusal(status);
        if (reason != null) {
            Counter.builder("citebot.requests.refused").description("Requests turned away, by reason")
                    .tag("reason", reason).register(registry).increment();
        }
    }

    static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        return endpoint == null ? "unmatched" : endpoint.path;
    }

    private static String refusal(int status) {
        return switch (status) {
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 413 -> "too_large";
            case 429 -> "rate_limited";
            case 503 -> "unavailable";
            default -> null;
        };
    }
}
