package dev.citebot.shutdown;

import dev.citebot.http.Routes;
import io.javalin.config.JavalinConfig;
import java.time.Duration;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * Makes stopping the server graceful, with Jetty's own machinery: on stop the connectors stop accepting, the
 * {@link GracefulHandler} answers new requests on open connections with 503 and waits for those in flight,
 * for at most the drain time; only then is the server torn down.
 *
 * <p>On stop Jetty also cuts every open connection's idle timeout, by default to one second, to be rid of idle
 * keep-alive connections. A request still sending its body (a question's body is read before it is admitted)
 * would then fail with a read error at the client's first pause of a second. So connections keep the body read
 * time on stop ({@code limits.body.read.seconds}, which still bounds the whole body), and a response given
 * while stopping closes its connection, so that answered clients do not keep the server waiting.
 */
public final class GracefulDrain implements Routes {
    private final Duration drain;
    private final Duration bodyReadTime;

    public GracefulDrain(Duration drain, Duration bodyReadTime) {
        this.drain = drain;
        this.bodyReadTime = bodyReadTime;
    }

    @Override
    public void register(JavalinConfig config) {
        GracefulHandler graceful = new GracefulHandler();
        graceful.setShutdownIdleTimeout(bodyReadTime.toMillis());
        config.jetty.modifyServer(server -> server.setStopTimeout(drain.toMillis()));
        config.jetty.modifyServletContextHandler(context -> context.insertHandler(graceful));
        config.routes.after(ctx -> {
            if (graceful.isShutdown()) {
                ctx.header("Connection", "close");
            }
        });
    }
}
