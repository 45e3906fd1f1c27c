package dev.citebot.api;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.List;

/** The one HTTP server all front doors share: JSON mapping, error handling, then each front door's routes. */
public final class ApiServer {
    private ApiServer() {
    }

    public static Javalin create(long maxBodyBytes, List<Routes> frontDoors) {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = maxBodyBytes;
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            config.routes.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
            new ErrorHandling().register(config);
            frontDoors.forEach(routes -> routes.register(config));
        });
    }
}
