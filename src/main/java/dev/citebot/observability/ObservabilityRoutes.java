package dev.citebot.observability;

import dev.citebot.http.EarlyError;
import dev.citebot.http.Role;
import dev.citebot.http.Routes;
import io.javalin.config.JavalinConfig;
import java.util.Optional;

/** Request ids and the request log on every request, request counts, and {@code GET /metrics}. */
public final class ObservabilityRoutes implements Routes {
    static final String PROMETHEUS_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final Metrics metrics;
    private final RequestLog log = new RequestLog();
    private HttpMetrics http;

    public ObservabilityRoutes(Metrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void register(JavalinConfig config) {
        http = new HttpMetrics(metrics.registry(), new RouteTable(config.unsafe));
        config.routes.before(log::start);
        config.routes.after(ctx -> {
            http.record(ctx);
            log.finish(ctx);
        });
        config.routes.get("/metrics", ctx -> ctx.contentType(PROMETHEUS_TYPE).result(metrics.scrape()), Role.METRICS);
    }

    /** Errors Jetty answers before any route runs get a request id, a line in the request log and a count. */
    @Override
    public void earlyError(EarlyError error) {
        log.early(error);
        if (http != null) {
            http.record(error);
        }
    }

    @Override
    public Optional<String> openApiFragment() {
        return Optional.of("/openapi/metrics.json");
    }
}
