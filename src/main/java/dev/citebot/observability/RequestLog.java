package dev.citebot.observability;

import dev.citebot.http.EarlyError;
import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives each request an id (the client's {@code X-Request-Id} when it is a plain token, else a new one), puts
 * it in every log line written while the request is served, echoes it, and logs one line per request: method,
 * path, status and time. Never the query string, headers or body, which may hold keys or questions.
 */
final class RequestLog {
    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "request_id";
    private static final Logger LOG = LoggerFactory.getLogger("dev.citebot.access");
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final String STARTED = "citebot.started";

    // Health checks and scrapes come every few seconds from machines: logged only at DEBUG when they succeed.
    private static boolean isProbe(Context ctx) {
        String path = ctx.path();
        return ctx.statusCode() < 400 && (path.equals("/health") || path.equals("/ready") || path.equals("/metrics"));
    }

    void start(Context ctx) {
        String id = id(ctx.header(HEADER));
        MDC.put(MDC_KEY, id);
        ctx.header(HEADER, id);
        ctx.attribute(STARTED, System.nanoTime());
    }

    /** A request Jetty refused before any route ran: its id and its line, logged at once (nothing else runs). */
    void early(EarlyError error) {
        String id = id(error.requestHeader(HEADER));
        error.header(HEADER, id);
        try (MDC.MDCCloseable ignored = MDC.putCloseable(MDC_KEY, id)) {
            LOG.info("{} {} {} 0 ms", error.method(), error.path(), error.status());
        }
    }

    private static String id(String given) {
        return given != null && SAFE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    void finish(Context ctx) {
        Long started = ctx.attribute(STARTED);
        long ms = started == null ? 0 : (System.nanoTime() - started) / 1_000_000;
        if (isProbe(ctx)) {
            LOG.debug("{} {} {} {} ms", ctx.method().name(), ctx.path(), ctx.statusCode(), ms);
        } else {
            LOG.info("{} {} {} {} ms", ctx.method().name(), ctx.path(), ctx.statusCode(), ms);
        }
        MDC.remove(MDC_KEY);
    }
}
