package dev.citebot.security;

import io.javalin.http.HttpStatus;
import dev.citebot.http.ApiException;
import dev.citebot.http.Role;
import dev.citebot.http.RouteIndex;
import dev.citebot.http.Routes;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Who may call a route and how often, decided in one place from the {@link Role} each route is registered with:
 * API keys (when any are set) on {@code READ} and {@code QUESTION} routes, the admin key on {@code ADMIN} routes
 * (always) and on {@code METRICS} unless metrics are public, a rate limit per key or client address, a bound on
 * questions in flight on {@code QUESTION} routes (their bodies read first, so a slow sender holds no slot), and a
 * slower pace for a client whose keys keep failing.
 * Registered before every other front door, so nothing runs for a request that is turned away. Keys are never
 * logged, stored or echoed: only their digests are kept.
 */
public final class AccessControl implements Routes {
    private static final String ADMITTED = "citebot.admitted";
    private static final String SCOPE = "citebot.scope";

    private final SecuritySettings settings;
    private final ClientAddress clients;
    private final RateLimiter rates;
    private final RateLimiter authFailures;
    private final InFlightLimit inFlight;
    private final Consumer<Context> readBody;
    private final CollectionGuard collections;
    private RouteIndex routes;

    public AccessControl(SecuritySettings settings) {
        this(settings, ctx -> {
        });
    }

    public AccessControl(SecuritySettings settings, Consumer<Context> readBody) {
        this(settings, readBody, CollectionGuard.NONE);
    }

    /**
     * @param readBody reads a question's body (bounded in size and time) before the question is admitted: a client
     *                 that sends its body slowly must not hold an answer slot while it does
     */
    public AccessControl(SecuritySettings settings, Consumer<Context> readBody, CollectionGuard collections) {
        this.collections = collections;
        this.settings = settings;
        this.readBody = readBody;
        this.clients = new ClientAddress(settings.trustedProxies());
        this.rates = new RateLimiter(settings.ratePerMinute(), System::nanoTime);
        this.authFailures = new RateLimiter(settings.authFailuresPerMinute(), System::nanoTime);
        this.inFlight = new InFlightLimit(settings.maxInFlight(), settings.answerThreads());
    }

    @Override
    public void register(JavalinConfig config) {
        routes = new RouteIndex(config.unsafe);
        config.routes.beforeMatched(this::check);
        config.routes.afterMatched(this::release);
    }

    void check(Context ctx) {
        if (ctx.method() == HandlerType.OPTIONS) {
            return; // CORS preflights carry no credentials; the CORS policy answers them
        }
        Set<RouteRole> roles = ctx.method() == HandlerType.HEAD ? headRoles(ctx) : ctx.routeRoles();
        Role access = Role.access(roles);
        if (access == null && ctx.method() == HandlerType.HEAD) {
            return; // no GET route has the path: nothing runs, Javalin answers 404
        }
        if (access == null) {
            throw new IllegalStateException(ctx.method() + " " + ctx.endpoint().path + " was registered without a role");
        }
        switch (access) {
            case PUBLIC, WEBHOOK -> {
            }
            case METRICS -> {
                if (!settings.metricsPublic()) {
                    requireAdmin(ctx);
                }
            }
            case ADMIN -> {
                requireAdmin(ctx);
                limitRate(ctx, "key:" + Keys.fingerprint(Credentials.presented(ctx)));
            }
            case READ, QUESTION -> {
                limitRate(ctx, client(ctx, roles));
                if (access == Role.QUESTION) {
                    admit(ctx);
                }
            }
            default -> throw new IllegalStateException("not an access role: " + access);
        }
    }

    /** A {@code HEAD} request runs its {@code GET} route's handler, so it is guarded as that route is. */
    private Set<RouteRole> headRoles(Context ctx) {
        return routes.find(HandlerType.GET, ctx.path()).map(RouteIndex::roles).orElse(ctx.routeRoles());
    }

    /**
     * The rate-limit client of a keyed route: its key, or its address where no key is needed. Notes which
     * collections the request may read ({@link #requireCollection}): all with a global or the admin key; with a
     * collection's own key, the collections of that key only; without a key, those without keys of their own,
     * and of those only the ones that list the request's origin when some collection lists it.
     */
    private String client(Context ctx, Set<RouteRole> roles) {
        String key = Credentials.presented(ctx);
        if (key != null && (settings.apiKeys().accepts(key) || settings.adminKey().accepts(key))) {
            return "key:" + Keys.fingerprint(key);
        }
        Set<String> keyed = key == null ? Set.of() : collections.keyedFor(key);
        if (!keyed.isEmpty()) {
            ctx.attribute(SCOPE, new Scope(keyed, null));
            return "key:" + Keys.fingerprint(key);
        }
        if (!settings.apiKeys().isEmpty() && !openWithoutKey(ctx, roles)) {
            refuse(ctx, "send an API key as 'Authorization: Bearer KEY' or 'X-Api-Key: KEY'");
        }
        Set<String> listing = collections.listing(ctx.header("Origin"));
        boolean widget = settings.widgetPublic() && roles.contains(Role.WIDGET);
        ctx.attribute(SCOPE, new Scope(null, name -> (!collections.keyed(name) || (widget && listing.contains(name)))
                && (listing.isEmpty() || listing.contains(name))));
        return "ip:" + clientAddress(ctx);
    }

    /** The collections a request may read: those of its collection key, or those a keyless request may. */
    private record Scope(Set<String> keyed, java.util.function.Predicate<String> keyless) {
        boolean opens(String collection) {
            return keyed != null ? keyed.contains(collection) : keyless.test(collection);
        }
    }

    /** Whether the request may read the collection (every request that passed a global or the admin key may). */
    public static boolean opens(Context ctx, String collection) {
        Scope scope = ctx.attribute(SCOPE);
        return scope == null || scope.opens(collection);
    }

    /** 401 (no key sent) or 403 unless the request may read the collection: checked where a route names one. */
    public static void requireCollection(Context ctx, String collection) {
        if (opens(ctx, collection)) {
            return;
        }
        if (Credentials.presented(ctx) == null && ctx.header("Origin") == null) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(HttpStatus.UNAUTHORIZED, "collection '" + collection + "' needs an API key");
        }
        throw new ApiException(HttpStatus.FORBIDDEN, "this key or client may not read collection '" + collection + "'");
    }

    /** A keyed deployment may open the widget's routes to its allowed origins, and the OpenAI routes to anyone. */
    private boolean openWithoutKey(Context ctx, Set<RouteRole> roles) {
        return (settings.widgetPublic() && roles.contains(Role.WIDGET) && settings.origins().listed(ctx.header("Origin")))
                || (settings.openaiPublic() && roles.contains(Role.OPENAI));
    }

    private void requireAdmin(Context ctx) {
        if (settings.adminKey().isEmpty()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "admin endpoints are disabled; set CITEBOT_ADMIN_KEY to enable them");
        }
        if (!settings.adminKey().accepts(Credentials.presented(ctx))) {
            refuse(ctx, "send the admin key as 'Authorization: Bearer KEY'");
        }
    }

    /** 401, or 429 once the address has failed too often: guessing keys is slowed down, not only refused. */
    private void refuse(Context ctx, String message) {
        limit(ctx, authFailures, "ip:" + clientAddress(ctx));
        ctx.header("WWW-Authenticate", "Bearer");
        throw new ApiException(HttpStatus.UNAUTHORIZED, message);
    }

    private void limitRate(Context ctx, String client) {
        limit(ctx, rates, client);
    }

    private static void limit(Context ctx, RateLimiter limiter, String client) {
        long wait = limiter.secondsToWait(client);
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "too many requests; try again in " + wait + " s");
        }
    }

    private void admit(Context ctx) {
        if (ctx.method() != HandlerType.POST) {
            return;
        }
        readBody.accept(ctx);
        if (!inFlight.enter()) {
            ctx.header("Retry-After", "1");
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "too many questions at once; try again in a moment");
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
