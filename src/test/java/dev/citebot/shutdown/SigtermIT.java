package dev.citebot.shutdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.support.CitebotProcess;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server in a child JVM ({@code dev.citebot.Main}), SIGTERM in the middle of a burst of questions:
 * every question already sent is answered, then the process exits 0.
 */
class SigtermIT {
    private static final int BURST = 40;

    @Test
    void sigtermDuringABurstCutsNoRequestOffAndExitsZero(@TempDir Path dir) throws Exception {
        try (CitebotProcess server = CitebotProcess.start(dir, Citebots.SEEDS.toAbsolutePath(), dir.resolve("cache"),
                Map.of("CITEBOT_INGEST_ISOLATION", "none", "CITEBOT_LIMITS_ANSWER_THREADS", "1",
                        "CITEBOT_RATE_LIMIT_PER_MINUTE", "0", "CITEBOT_REINDEX_WATCH", "false"))) {
            server.awaitReady(Duration.ofMinutes(5));
            int port = server.port();
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String question = Http.json(Map.of("question", "What did Putin say about the Niger crisis and ECOWAS? "
                    .repeat(30), "top_k", 50));
            AtomicLong signalledAt = new AtomicLong(Long.MAX_VALUE);
            List<CompletableFuture<Long>> answers = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                answers.add(client.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ask"))
                                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofString(question)).build(),
                        HttpResponse.BodyHandlers.ofString()).thenApply(r -> {
                            assertEquals(200, r.statusCode(), r.body());
                            return System.nanoTime();
                        }));
            }
            CompletableFuture.anyOf(answers.toArray(new CompletableFuture[0])).get(60, TimeUnit.SECONDS);
            signalledAt.set(System.nanoTime());
            server.terminate();

            long finishedAfterSignal = 0;
            for (CompletableFuture<Long> answer : answers) {
                if (answer.get(60, TimeUnit.SECONDS) > signalledAt.get()) {
                    finishedAfterSignal++;
                }
            }
            assertEquals(0, server.awaitExit(Duration.ofSeconds(60)));
            assertTrue(finishedAfterSignal > 0, "the burst was over before SIGTERM; nothing was drained");
            assertThrows(UncheckedIOException.class, () -> server.http().get("/health"), "still accepting");
        }
    }
}
