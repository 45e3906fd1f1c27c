package dev.citebot.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import dev.citebot.support.RawHttp;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Clients that send their question's body one byte at a time, or stop half-way, hold no answer slot: the body is
 * read (bounded by {@code limits.body.read.seconds}) before a question is admitted. Meanwhile a normal question
 * and {@code /health} are answered, and the slow ones get 408 once their time is up.
 */
class SlowBodiesIT {
    private static final String QUESTION = "{\"question\": \"When was President Bazoum ousted from power?\"}";
    private static final int TRICKLING = 4;
    private static final int READ_SECONDS = 3;

    @Test
    void slowBodiesHoldNoAnswerSlotAndGet408() throws Exception {
        try (App app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_INGEST_ISOLATION", "none",
                "CITEBOT_REINDEX_WATCH", "false", "CITEBOT_RATE_LIMIT_PER_MINUTE", "0",
                "CITEBOT_LIMITS_MAX_IN_FLIGHT", "2", "CITEBOT_LIMITS_ANSWER_THREADS", "1",
                "CITEBOT_LIMITS_BODY_READ_SECONDS", Integer.toString(READ_SECONDS)))) {
            long started = System.nanoTime();
            List<RawHttp> slow = new ArrayList<>();
            for (int i = 0; i <= TRICKLING; i++) { // the last one sends its headers and then nothing
                slow.add(new RawHttp(app.port()).send("POST /api/ask HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                        + "\r\nContent-Length: " + QUESTION.length() + "\r\n\r\n"));
            }
            AtomicBoolean trickling = new AtomicBoolean(true);
            CompletableFuture<Integer> sent = CompletableFuture.supplyAsync(() -> trickle(slow.subList(0, TRICKLING), trickling));
            try {
                Http http = new Http(app.port());
                Http.Reply asked = http.postJson("/api/ask", QUESTION);
                assertEquals(200, asked.status(), "a normal question while slow bodies arrive: " + asked.body());
                long healthStarted = System.nanoTime();
                assertEquals(200, http.get("/health").status());
                assertTrue(System.nanoTime() - healthStarted < TimeUnit.SECONDS.toNanos(2), "/health waited");

                for (RawHttp connection : slow) {
                    RawHttp.Response response = connection.read();
                    assertEquals(408, response.status(), response.body());
                    assertEquals(408, response.json().path("status").asInt(), response.body());
                    assertTrue(response.json().path("message").asText().contains(READ_SECONDS + " s"), response.body());
                }
                long tookSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
                assertTrue(tookSeconds < READ_SECONDS + 10, "the slow bodies were cut after " + tookSeconds + " s");
            } finally {
                trickling.set(false);
                slow.forEach(RawHttp::close);
            }
            assertTrue(sent.get(60, TimeUnit.SECONDS) < QUESTION.length(), "a body was sent whole: not slow enough");
        }
    }

    /** One byte a quarter second on every connection, until stopped or the server hangs up; the bytes sent each. */
    private static int trickle(List<RawHttp> connections, AtomicBoolean going) {
        int sent = 0;
        try {
            while (going.get() && sent < QUESTION.length()) {
                for (RawHttp connection : connections) {
                    connection.send(QUESTION.substring(sent, sent + 1));
                }
                sent++;
                Thread.sleep(250); // the pace is the point of the test, not a wait for something
            }
        } catch (UncheckedIOException hungUp) {
            // the server cut the connection: what should happen
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return sent;
    }
}
