package dev.citebot.security;

import dev.citebot.http.Routes;
import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;

/**
 * Drops {@code X-HTTP-Method-Override} before anything reads the request. Javalin routes by that header when it
 * is present ({@code Context.method()}), so a {@code GET} carrying {@code POST} in it would run a question route:
 * a method a browser sends across sites with fewer checks would reach a route guarded as a {@code POST}. Every
 * request is routed, guarded and counted by the method on its request line.
 */
public final class NoMethodOverride implements Routes {
    static final String HEADER = "X-HTTP-Method-Override";

    @Override
    public void register(JavalinConfig config) {
        config.jetty.modifyHttpConfiguration(http -> http.addCustomizer((request, responseHeaders) ->
                request.getHeaders().contains(HEADER) ? new WithoutOverride(request) : request));
    }

    private static final class WithoutOverride extends Request.Wrapper {
        private final HttpFields headers;

        WithoutOverride(Request request) {
            super(request);
            this.headers = HttpFields.build(request.getHeaders()).remove(HEADER).asImmutable();
        }

        @Override
        public HttpFields getHeaders() {
            return headers;
        }
    }
}
