package dev.citebot.widget;

import io.javalin.http.HttpStatus;
import dev.citebot.config.AllowedOrigins;
import dev.citebot.http.ApiException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * CORS for {@code /api/*}, {@code /v1/*} and the widget's style sheet: an allowed origin gets its own name back (never
 * {@code *}), any other origin is refused with a 403 and no {@code Access-Control-Allow-Origin}, so the
 * browser blocks it twice. Preflight requests are answered here, before any route runs.
 */
final class CorsPolicy {
    static final String METHODS = "GET, POST, OPTIONS";
    static final String HEADERS = "Content-Type, Authorization, X-Api-Key";

    private final AllowedOrigins origins;

    CorsPolicy(AllowedOrigins origins) {
        this.origins = origins;
    }

    void register(JavalinConfig config) {
        config.routes.before("/api/*", this::check);
        config.routes.before("/widget/*", this::check);
        config.routes.before("/v1/*", this::check);
    }

    void check(Context ctx) {
        String origin = ctx.header("Origin");
        ctx.header("Vary", "Origin"); // caches must not hand one origin's answer to another
        if (!origins.allows(origin, ctx.header("Host"))) {
            throw new ApiException(HttpStatus.FORBIDDEN, "this site is not allowed to use Citebot; "
                    + "add its origin to CITEBOT_WIDGET_ALLOWED_ORIGINS");
        }
        if (origin != null) {
            ctx.header("Access-Control-Allow-Origin", origin);
        }
        if (ctx.method() == HandlerType.OPTIONS && origin != null) {
            preflight(ctx);
        }
    }

    private static void preflight(Context ctx) {
        ctx.header("Access-Control-Allow-Methods", METHODS)
                .header("Access-Control-Allow-Headers", HEADERS)
                .header("Access-Control-Max-Age", "600")
                .status(204)
                .skipRemainingHandlers();
    }
}
