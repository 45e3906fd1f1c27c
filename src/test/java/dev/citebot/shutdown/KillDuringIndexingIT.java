package dev.citebot.shutdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.support.CitebotProcess;
import dev.citebot.support.Http;
import dev.citebot.support.ManyDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 while the index is being built (once while files are read, once while they are embedded), then a
 * restart on the same cache folder: the server becomes ready with every document and answers correctly.
 */
class KillDuringIndexingIT {
    private static final int STATIONS = 250;
    private static final Map<String, String> SETTINGS = Map.of("CITEBOT_INGEST_ISOLATION", "none");

    @Test
    void aServerKilledWhileIndexingStartsAgainOnTheSameCacheAndAnswersCorrectly(@TempDir Path dir) throws Exception {
        Path seeds = ManyDocuments.write(Files.createDirectory(dir.resolve("seeds")), STATIONS);
        Path cache = dir.resolve("cache");

        // First while files are being read (some texts cached, no vectors), then while the model embeds them
        // (every text cached, no vectors yet: they are written together once all are embedded).
        killWhile(dir, seeds, cache, () -> count(cache.resolve("texts"), ".text") >= 1, "reading files");
        killWhile(dir, seeds, cache, () -> count(cache.resolve("texts"), ".text") == STATIONS + 1, "embedding");
        assertEquals(0, count(cache.resolve("vectors"), ".vectors"), "killed before any vectors were written");

        try (CitebotProcess second = CitebotProcess.start(dir, seeds, cache, SETTINGS)) {
            second.awaitReady(Duration.ofMinutes(5));
            Http http = second.http();

            JsonNode ready = http.get("/ready").json();
            assertEquals(STATIONS + 1, ready.get("documents").asInt(), ready.toString());
            assertEquals(0, ready.get("failed").size(), ready.toString());
            JsonNode answer = http.postJson("/api/ask", Http.json(Map.of("question", ManyDocuments.QUESTION))).json();
            assertTrue(answer.get("answer").asText().contains(ManyDocuments.FACT), answer.toString());
            assertEquals(ManyDocuments.FACT_FILE, answer.get("citations").get(0).get("path").asText());
            JsonNode station = http.postJson("/api/ask",
                    Http.json(Map.of("question", "How many millimetres of rain did station 137 collect in March?"))).json();
            assertTrue(station.get("answer").asText().contains("57 millimetres"), station.toString());
            assertEquals(STATIONS + 1, count(cache.resolve("vectors"), ".vectors"), "every document's vectors are on disk");
        }
    }

    /** Starts Citebot, waits until the condition holds, checks it is still indexing and kills it (kill -9). */
    private static void killWhile(Path dir, Path seeds, Path cache, BooleanSupplier condition, String what) {
        CitebotProcess process = CitebotProcess.start(dir, seeds, cache, SETTINGS);
        try {
            process.awaitUntil(condition, Duration.ofMinutes(5), what);
            assertNotEquals(200, process.readyStatus(), "indexing was already over: the kill would prove nothing");
        } finally {
            process.kill();
        }
    }

    static long count(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
