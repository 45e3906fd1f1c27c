package dev.citebot.shutdown;

import dev.citebot.http.Routes;
import io.javalin.config.JavalinConfig;
import java.time.Duration;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * Makes stopping the server graceful, with Jetty's own machinery: on stop the connectors stop accepting, the
 * {@link GracefulHandler} answers new requests on open connections with 503 and waits for those in flight,
 * for at most the drain time; only then is the server torn down.
 */
public final class GracefulDrain implements Routes {
    private final Duration drain;

    public GracefulDrain(Duration drain) {
        this.drain = drain;
    }

    @Override
    public void register(JavalinConfig config) {
        config.jetty.modifyServer(server -> server.setStopTimeout(drain.toMillis()));
        config.jetty.modifyServletContextHandler(context -> context.insertHandler(new GracefulHandler()));
    }
}
