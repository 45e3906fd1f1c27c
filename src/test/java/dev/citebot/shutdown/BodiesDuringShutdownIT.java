package dev.citebot.shutdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.Poll;
import dev.citebot.support.RawHttp;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Stopping the server while requests are still sending their bodies: each request already being served reads
 * the rest of its body and gets its whole answer during the drain, while new connections are refused. Each
 * request pauses mid-body for longer than the second Jetty leaves open connections when it stops.
 */
class BodiesDuringShutdownIT {
    private static final String QUESTION = "{\"question\": \"When was President Bazoum ousted from power?\"}";
    private static final int REQUESTS = 6;
    private static final int MID_BODY_PAUSE_MILLIS = 2_500;

    @Test
    void requestsStillSendingTheirBodiesWhenStopBeginsAreAnsweredWhole() throws Exception {
        App app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_INGEST_ISOLATION", "none",
                "CITEBOT_REINDEX_WATCH", "false", "CITEBOT_RATE_LIMIT_PER_MINUTE", "0",
                "CITEBOT_LIMITS_ANSWER_THREADS", "1"));
        int port = app.port();
        List<RawHttp> sending = new ArrayList<>();
        CompletableFuture<Void> stopped = null;
        try {
            int half = QUESTION.length() / 2;
            for (int i = 0; i < REQUESTS; i++) {
                RawHttp raw = new RawHttp(port).send("POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                        + "\r\nExpect: 100-continue\r\nContent-Length: " + QUESTION.length() + "\r\n\r\n");
                raw.awaitContinue(); // the request is being served: its handler has started reading the body
                sending.add(raw.send(QUESTION.substring(0, half)));
            }

            stopped = CompletableFuture.runAsync(app::close);
            Poll.until(Duration.ofSeconds(30), "new connections refused while the server stops", () -> refused(port));
            assertFalse(stopped.isDone(), "the server stopped before the requests in flight had their bodies");

            // A pause mid-body, as a slow client makes, longer than the second Jetty leaves idle connections on stop:
            // the pause is what is tested, not a wait for something, so it is a sleep and not a Poll.
            Thread.sleep(MID_BODY_PAUSE_MILLIS);
            for (RawHttp raw : sending) {
                raw.send(QUESTION.substring(half));
            }
            for (RawHttp raw : sending) {
                RawHttp.Response response = raw.read();
                assertEquals(200, response.status(), response.body());
                assertTrue(response.json().path("answer").asText().contains("July 26"), response.body());
                assertTrue(raw.closedWithin(5_000), "an answered connection kept the stopping server waiting");
            }
            stopped.get(30, TimeUnit.SECONDS);
        } finally {
            sending.forEach(RawHttp::close);
            if (stopped == null) {
                app.close();
            }
        }
    }

    /** Whether a new connection to the port is refused now. */
    private static boolean refused(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            return false;
        } catch (IOException refused) {
            return true;
        }
    }
}
