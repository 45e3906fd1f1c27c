package dev.citebot.security;

import io.javalin.http.HttpStatus;
import dev.citebot.http.ApiException;
import dev.citebot.http.EarlyError;
import dev.citebot.http.Routes;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers on every response: no content sniffing, no referrer, and a Content-Security-Policy whose
 * {@code frame-ancestors} comes from the settings, also on pages that set a policy of their own (the widget's
 * pages): whoever runs the server decides which sites may frame it. TRACE is refused (405).
 */
public final class SecurityHeaders implements Routes {
    static final String CSP = "Content-Security-Policy";

    private final String frameAncestors;

    public SecurityHeaders(String frameAncestors) {
        this.frameAncestors = frameAncestors.strip();
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.before(this::before);
        config.routes.after(this::after);
    }

    void before(Context ctx) {
        headers().forEach(ctx::header);
        if (ctx.method() == HandlerType.TRACE) {
            throw new ApiException(HttpStatus.METHOD_NOT_ALLOWED, "TRACE is not allowed");
        }
    }

    /** The same headers on the errors Jetty answers before any route runs. */
    @Override
    public void earlyError(EarlyError error) {
        headers().forEach(error::header);
    }

    Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put(CSP, "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors " + frameAncestors);
        if (frameAncestors.equals("'none'") || frameAncestors.equals("'self'")) {
            headers.put("X-Frame-Options", frameAncestors.equals("'none'") ? "DENY" : "SAMEORIGIN");
        }
        return headers;
    }

    void after(Context ctx) {
        String policy = ctx.res().getHeader(CSP);
        if (policy != null && !policy.endsWith("frame-ancestors " + frameAncestors)) {
            ctx.header(CSP, withFrameAncestors(policy, frameAncestors));
        }
    }

    static String withFrameAncestors(String policy, String sources) {
        StringBuilder out = new StringBuilder();
        for (String directive : policy.split(";")) {
            String d = directive.strip();
            if (!d.isEmpty() && !d.startsWith("frame-ancestors")) {
                out.append(d).append("; ");
            }
        }
        return out.append("frame-ancestors ").append(sources).toString();
    }
}
