package dev.citebot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.support.Http;
import dev.citebot.support.RawHttp;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Every front door's body (JSON, Slack's and Mattermost's forms) is read by one reader, with one set of bounds. */
class BoundedBodyTest {
    private static final int LIMIT = 1024;
    private final BoundedBody body = new BoundedBody(LIMIT, Duration.ofSeconds(1));
    private Javalin server;

    @BeforeEach
    void start() {
        Routes form = config -> config.routes.post("/form", ctx -> ctx.result(body.read(ctx).length + " bytes"),
                Role.PUBLIC);
        server = ApiServer.create(LIMIT, List.of(form)).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aBodyWithinTheLimitIsReadAsSent() {
        Http.Reply reply = new Http(server.port()).post("/form", "application/x-www-form-urlencoded", "a=1".repeat(300));
        assertEquals(200, reply.status(), reply.body());
        assertEquals("900 bytes", reply.body());
    }

    @Test
    void aBodyOverTheLimitIs413AndTheClientReadsIt() {
        byte[] big = "a=1&".repeat(LIMIT).getBytes(); // four times the limit
        for (boolean chunked : new boolean[] {true, false, true, false, true}) {
            HttpRequest.BodyPublisher publisher = chunked
                    ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))
                    : HttpRequest.BodyPublishers.ofByteArray(big);
            Http.Reply reply = new Http(server.port()).send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/form"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(publisher));
            assertEquals(413, reply.status(), (chunked ? "chunked: " : "with a length: ") + reply.body());
            assertEquals("payload_too_large", reply.json().path("error").asText());
        }
    }

    @RepeatedTest(3) // the idle timeout, in whole milliseconds, may cut the read just before the read time is up
    void aBodyThatStopsArrivingIs408AfterTheReadTime() {
        long started = System.nanoTime();
        try (RawHttp raw = new RawHttp(server.port())) {
            RawHttp.Response response = raw.send("POST /form HTTP/1.1\r\nHost: x\r\nContent-Type: "
                    + "application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\na=1").read();
            assertEquals(408, response.status(), response.body());
            assertEquals("the request body did not arrive within 1 s", response.json().path("message").asText());
        }
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5), "the slow body held the thread");
    }
}
