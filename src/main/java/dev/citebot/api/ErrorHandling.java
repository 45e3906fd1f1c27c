package dev.citebot.api;

import dev.citebot.pipeline.NotReadyException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to a status and a JSON {@link ApiError}, in one place. Clients never see a stack
 * trace or a file path; unexpected errors are logged here with their trace.
 */
public final class ErrorHandling implements Routes {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void register(JavalinConfig config) {
        config.routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.getMessage()));
        config.routes.exception(NotReadyException.class,
                (e, ctx) -> write(ctx.header("Retry-After", "5"), 503, "the documents are still being indexed"));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), message(e.getStatus())));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, message(500));
        });
        for (int status : new int[] {400, 404, 405, 413, 415, 500, 503}) {
            config.routes.error(status, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    write(ctx, status, message(status));
                }
            });
        }
    }

    static void write(Context ctx, int status, String message) {
        ctx.status(status).json(new ApiError(status, name(status), message));
    }

    static String name(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "too_many_requests";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal_error" : "error";
        };
    }

    static String message(int status) {
        return switch (status) {
            case 404 -> "no such endpoint; see /openapi.json";
            case 405 -> "this endpoint does not accept that method; see /openapi.json";
            case 413 -> "the request body is too large";
            case 415 -> "unsupported content type";
            case 503 -> "temporarily unavailable";
            case 500 -> "something went wrong on our side; the error has been logged";
            default -> "the request could not be served";
        };
    }
}
