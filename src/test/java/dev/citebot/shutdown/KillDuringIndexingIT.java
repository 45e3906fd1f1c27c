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
 * restart on the same cache folder: the server becomes ready with every document and answers correctly. The same
 * for a kill while passages are embedded in the background, after ready.
 */
class KillDuringIndexingIT {
    private static final int STATIONS = 250;
    /** Passages embedded before ready, so that the second kill falls while they are. */
    private static final Map<String, String> SETTINGS = Map.of("CITEBOT_INGEST_ISOLATION", "none",
            "CITEBOT_INDEX_PASSAGE_VECTORS_LATER", "false");

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

    /**
     * With passages embedded after ready (the default): killed while the background fill embeds them, a restart is
     * ready at once, answers correctly, and ends with every document's vectors on disk.
     */
    @Test
    void aServerKilledWhileEmbeddingInTheBackgroundStartsAgainAndFinishesTheWork(@TempDir Path dir) throws Exception {
        Path seeds = ManyDocuments.write(Files.createDirectory(dir.resolve("seeds")), STATIONS);
        Path cache = dir.resolve("cache");
        Map<String, String> later = Map.of("CITEBOT_INGEST_ISOLATION", "none");
        CitebotProcess first = CitebotProcess.start(dir, seeds, cache, later);
        try {
            first.awaitUntil(() -> first.readyStatus() == 200 && pending(first) > 10, Duration.ofMinutes(5),
                    "ready with passages still to embed");
        } finally {
            first.kill();
        }
        assertTrue(count(cache.resolve("vectors"), ".vectors") < STATIONS + 1, "killed before the fill was over");

        try (CitebotProcess second = CitebotProcess.start(dir, seeds, cache, later)) {
            second.awaitReady(Duration.ofMinutes(5));
            Http http = second.http();
            JsonNode answer = http.postJson("/api/ask", Http.json(Map.of("question", ManyDocuments.QUESTION))).json();
            assertTrue(answer.get("answer").asText().contains(ManyDocuments.FACT), answer.toString());
            assertEquals(ManyDocuments.FACT_FILE, answer.get("citations").get(0).get("path").asText());
            second.awaitUntil(() -> count(cache.resolve("vectors"), ".vectors") == STATIONS + 1, Duration.ofMinutes(5),
                    "every document's vectors on disk");
            assertEquals(0, pending(second));
        }
    }

    private static int pending(CitebotProcess process) {
        return process.http().get("/ready").json().path("passages_embedding").asInt(-1);
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
