package dev.citebot.security;

import dev.citebot.api.ApiException;
import dev.citebot.api.Routes;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;

/**
 * Who may call {@code /api/*} and how often: API keys (when any are set), the admin key for
 * {@code /api/admin/*} (always), a rate limit per key or client address, and a bound on questions in flight.
 * Registered before every other front door, so nothing runs for a request that is turned away. Keys are
 * never logged, stored or echoed: only their digests are kept.
 */
public final class AccessControl implements Routes {
    /** The routes that answer questions, whose work the in-flight limit bounds. */
    public static final List<String> QUESTION_PATHS = List.of("/api/ask", "/api/search");
    private static final String ADMITTED = "citebot.admitted";

    private final Keys apiKeys;
    private final Keys adminKey;
    private final boolean metricsPublic;
    private final ClientAddress clients;
    private final RateLimiter rates;
    private final InFlightLimit inFlight;

    public AccessControl(SecuritySettings settings) {
        this.apiKeys = new Keys(settings.apiKeys());
        this.adminKey = new Keys(List.of(settings.adminKey()));
        this.metricsPublic = settings.metricsPublic();
        this.clients = new ClientAddress(settings.trustedProxies());
        this.rates = new RateLimiter(settings.ratePerMinute(), System::nanoTime);
        this.inFlight = new InFlightLimit(settings.maxInFlight(), settings.answerThreads());
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.before("/api/*", this::checkApi);
        config.routes.before("/api/admin/*", this::checkAdmin);
        config.routes.before("/metrics", ctx -> {
            if (!metricsPublic) {
                checkAdmin(ctx);
            }
        });
        for (String path : QUESTION_PATHS) {
            config.routes.before(path, this::admit);
            config.routes.after(path, this::release);
        }
    }

    void checkApi(Context ctx) {
        if (ctx.method() == HandlerType.OPTIONS) {
            return; // CORS preflights carry no credentials; the CORS policy answers them
        }
        String key = Credentials.presented(ctx);
        boolean keyed = key != null && (apiKeys.accepts(key) || adminKey.accepts(key));
        if (!apiKeys.isEmpty() && !keyed && !ctx.path().startsWith("/api/admin/")) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "send an API key as 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'");
        }
        String client = keyed ? "key:" + Keys.fingerprint(key) : "ip:" + clientAddress(ctx);
        long wait = rates.secondsToWait(client);
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new ApiException(429, "too many requests; try again in " + wait + " s");
        }
    }

    void checkAdmin(Context ctx) {
        if (adminKey.isEmpty()) {
            throw new ApiException(403, "admin endpoints are disabled; set CITEBOT_ADMIN_KEY to enable them");
        }
        if (!adminKey.accepts(Credentials.presented(ctx))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "send the admin key as 'Authorization: Bearer KEY'");
        }
    }

    void admit(Context ctx) {
        if (ctx.method() != HandlerType.POST) {
            return;
        }
        if (!inFlight.enter()) {
            ctx.header("Retry-After", "1");
            throw new ApiException(503, "too many questions at once; try again in a moment");
        }
        ctx.attribute(ADMITTED, Boolean.TRUE);
    }

    void release(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(ADMITTED))) {
            ctx.attribute(ADMITTED, Boolean.FALSE);
            inFlight.leave();
        }
    }

    /** The client's address, from X-Forwarded-For only when the connection comes from a trusted proxy. */
    public String clientAddress(Context ctx) {
        return clients.of(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For"));
    }
}
