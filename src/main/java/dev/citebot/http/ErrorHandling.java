package dev.citebot.http;

import dev.citebot.collections.CollectionException;
import dev.citebot.pipeline.NotReadyException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to a status and a JSON {@link ApiError}, in one place. Clients never see a stack
 * trace or a file path; unexpected errors are logged here with their trace. Routes under a prefix that a front
 * door gave its own {@link ErrorShape} (OpenAI's under {@code /v1}) get that shape instead, whatever raised the
 * error: a guard, the body reader, the router (404, 405) or the handler.
 */
public final class ErrorHandling implements Routes {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    private final Map<String, ErrorShape> shapes = new LinkedHashMap<>();
    private final List<Routes> frontDoors;

    public ErrorHandling(List<Routes> frontDoors) {
        this.frontDoors = frontDoors;
        frontDoors.forEach(routes -> shapes.putAll(routes.errorShapes()));
    }

    @Override
    public void register(JavalinConfig config) {
        EarlyErrors early = new EarlyErrors(this, frontDoors);
        config.jetty.modifyServer(server -> server.setErrorHandler(early)); // bad messages, before any context
        config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(early)); // bad URIs, the drain
        config.routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.status().getCode(), e.getMessage(), e));
        config.routes.exception(NotReadyException.class, (e, ctx) ->
                write(ctx.header("Retry-After", "5"), 503, "the documents are still being indexed", e));
        config.routes.exception(CollectionException.class, (e, ctx) -> write(ctx, status(e.kind()), e.getMessage(), e));
        config.routes.exception(HttpResponseException.class,
                (e, ctx) -> write(ctx, e.getStatus(), message(e.getStatus()), null));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, message(500), null);
        });
        for (int status : new int[] {400, 401, 403, 404, 405, 413, 415, 429, 500, 503}) {
            config.routes.error(status, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    write(ctx, status, message(status), null);
                }
            });
        }
    }

    void write(Context ctx, int status, String message, Exception cause) {
        ctx.status(status).json(body(ctx.path(), status, message, cause));
    }

    /** The error's body in the shape the path's clients read. */
    Object body(String path, int status, String message, Exception cause) {
        ErrorShape shape = shapeFor(path);
        return shape == null ? new ApiError(status, name(status), message) : shape.body(status, name(status), message, cause);
    }

    /** The shape declared for the longest prefix that covers the path, or null for Citebot's own. */
    ErrorShape shapeFor(String path) {
        String best = null;
        for (String prefix : shapes.keySet()) {
            boolean covers = path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
            if (covers && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best == null ? null : shapes.get(best);
    }

    private static int status(CollectionException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case UNSUPPORTED -> 415;
        };
    }

    public static String name(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 409 -> "conflict";
            case 408 -> "request_timeout";
            case 413 -> "payload_too_large";
            case 414 -> "uri_too_long";
            case 415 -> "unsupported_media_type";
            case 429 -> "too_many_requests";
            case 431 -> "request_header_fields_too_large";
            case 503 -> "unavailable";
            case 505 -> "http_version_not_supported";
            case 507 -> "insufficient_storage";
            default -> status >= 500 ? "internal_error" : "error";
        };
    }

    public static String message(int status) {
        return switch (status) {
            case 401 -> "this endpoint needs an API key";
            case 403 -> "this endpoint is not open to this client";
            case 404 -> "no such endpoint; see /openapi.json";
            case 405 -> "this endpoint does not accept that method; see /openapi.json";
            case 413 -> "the request body is too large";
            case 415 -> "unsupported content type";
            case 429 -> "too many requests; try again later";
            case 503 -> "temporarily unavailable";
            case 500 -> "something went wrong on our side; the error has been logged";
            default -> "the request could not be served";
        };
    }
}
