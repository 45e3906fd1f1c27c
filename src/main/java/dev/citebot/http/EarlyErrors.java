package dev.citebot.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's error page, replaced: what Jetty refuses before any route runs (a bad URI, a URI or headers too large,
 * a broken request line, a request during the drain) is answered as {@link ErrorHandling} answers the rest, JSON
 * in the path's {@link ErrorShape}, and every front door adds its headers and records it
 * ({@link Routes#earlyError(EarlyError)}). Jetty's own message is never shown: it may quote the request.
 */
final class EarlyErrors extends ErrorHandler {
    private final ErrorHandling errors;
    private final List<Routes> frontDoors;
    private final ObjectMapper mapper = Json.mapper();

    EarlyErrors(ErrorHandling errors, List<Routes> frontDoors) {
        this.errors = errors;
        this.frontDoors = frontDoors;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        int status = response.getStatus();
        Raw error = new Raw(request, response, status);
        frontDoors.forEach(routes -> routes.earlyError(error));
        if (HttpStatus.hasNoBody(status) || "HEAD".equals(error.method())) {
            callback.succeeded();
            return true;
        }
        byte[] body = mapper.writeValueAsBytes(errors.body(error.path(), status, message(status), null));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    static String message(int status) {
        return switch (status) {
            case 400 -> "the request is malformed: its request line, URI or headers could not be read";
            case 408 -> "the request was not sent in time";
            case 414 -> "the request URI is too long";
            case 431 -> "the request headers are too large";
            case 505 -> "this HTTP version is not supported; use HTTP/1.1 or HTTP/2";
            default -> ErrorHandling.message(status);
        };
    }

    /**
     * What is known of a request Jetty refused. A request line Jetty could not read (a NUL in the URI, a URI too
     * long) reaches here as Jetty's stand-in {@code BAD /badMessage}: its method and path are unknown.
     */
    private record Raw(Request request, Response response, int status) implements EarlyError {
        private boolean unread() {
            return "BAD".equals(request.getMethod()) && request.getHttpURI() != null
                    && "/badMessage".equals(request.getHttpURI().getPath());
        }

        @Override
        public String method() {
            String method = request.getMethod();
            return method == null || method.isEmpty() || unread() ? "-" : method;
        }

        @Override
        public String path() {
            String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
            return path == null || path.isEmpty() || unread() ? "-" : path;
        }

        @Override
        public String requestHeader(String name) {
            return request.getHeaders() == null ? null : request.getHeaders().get(name);
        }

        @Override
        public void header(String name, String value) {
            response.getHeaders().put(name, value);
        }
    }
}
