package dev.citebot.security;

import dev.citebot.api.ApiException;
import dev.citebot.api.Routes;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

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
        ctx.header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header(CSP, "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors " + frameAncestors);
        if (frameAncestors.equals("'none'") || frameAncestors.equals("'self'")) {
            ctx.header("X-Frame-Options", frameAncestors.equals("'none'") ? "DENY" : "SAMEORIGIN");
        }
        if (ctx.method() == HandlerType.TRACE) {
            throw new ApiException(405, "TRACE is not allowed");
        }
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
