package dev.citebot.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.RouteRole;
import io.javalin.security.Roles;
import java.util.List;
import java.util.Set;

/** The one HTTP server all front doors share: JSON mapping, error handling, then each front door's routes. */
public final class ApiServer {
    private ApiServer() {
    }

    public static Javalin create(long maxBodyBytes, List<Routes> frontDoors) {
        answerCacheLineHintWithoutJmx();
        Javalin server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = maxBodyBytes;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            new ErrorHandling(frontDoors).register(config);
            frontDoors.forEach(routes -> routes.register(config));
            answerHeadAsGet(config);
        });
        requireAccessRoles(server);
        return server;
    }

    /**
     * Javalin answers a {@code HEAD} for a {@code GET} route itself, without running the route's handler: an
     * empty 200 in {@code text/plain}, whatever the {@code GET} would send. HTTP wants the {@code GET}'s headers
     * (Content-Type, Cache-Control, ETag, the CSP), so every {@code GET} route gets a {@code HEAD} route with the
     * same handler and roles; Jetty sends no body for a {@code HEAD}.
     */
    static void answerHeadAsGet(JavalinConfig config) {
        for (ParsedEndpoint e : List.copyOf(config.unsafe.internalRouter.allHttpHandlers())) {
            Endpoint get = e.endpoint;
            if (get.method == HandlerType.GET && !config.unsafe.internalRouter.hasHttpHandlerEntry(HandlerType.HEAD, get.path)) {
                Roles roles = get.metadata(Roles.class);
                RouteRole[] access = roles == null ? new RouteRole[0] : roles.getRoles().toArray(RouteRole[]::new);
                config.routes.addHttpHandler(HandlerType.HEAD, get.path, get.handler, access);
            }
        }
    }

    /** Every route says who may call it (a {@link Role}); one registered without is a programming error. */
    static void requireAccessRoles(Javalin server) {
        for (ParsedEndpoint e : server.unsafe.internalRouter.allHttpHandlers()) {
            if (!e.endpoint.method.isHttpMethod()) {
                continue; // before and after handlers
            }
            Roles roles = e.endpoint.metadata(Roles.class);
            if (Role.access(roles == null ? Set.of() : roles.getRoles()) == null) {
                throw new IllegalStateException(e.endpoint.method + " " + e.endpoint.path
                        + " is registered without an access role (see http.Role)");
            }
        }
    }

    /**
     * Jetty sizes the padding of its thread pool's counters by asking the JMX platform server whether references
     * are compressed, which builds every platform MBean (about a tenth of a second of start-up). The answer
     * follows from the heap size (compressed below 32 GB, the JVM's default), so Jetty is told it up front,
     * unless the property is already set.
     */
    private static void answerCacheLineHintWithoutJmx() {
        String key = "org.eclipse.jetty.util.referencesPerCacheLine";
        if (System.getProperty(key) == null) {
            boolean compressedReferences = Runtime.getRuntime().maxMemory() < 32L * 1024 * 1024 * 1024;
            System.setProperty(key, Integer.toString(compressedReferences ? 64 / 4 : 64 / 8));
        }
    }
}
