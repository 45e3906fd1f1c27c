package dev.citebot.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cache files damaged between two runs (cut short, emptied, overwritten with noise, a byte flipped, stray
 * temporary files) under {@code vectors/}, {@code texts/} and {@code languages/}: the server starts, computes what was damaged
 * again, writes it back whole, and answers as it did before.
 */
class DamagedCacheIT {
    private static final int STATIONS = 40;
    /**
     * Every vector embedded before ready, so that what is written back is whole when the server is: left for later
     * (the default), a document is stored once its passages are embedded and again with its sentences, at a moment
     * the test cannot see (PassageVectorsLaterIT and SentenceVectorsLaterIT check that path's cache).
     */
    private static final Map<String, String> SETTINGS = Map.of("CITEBOT_INGEST_ISOLATION", "none",
            "CITEBOT_INDEX_SENTENCE_VECTORS_LATER", "false");
    private static final String STATION_QUESTION = "How many millimetres of rain did station 17 collect in March?";

    @Test
    void damagedVectorTextAndLanguageEntriesAreComputedAgainAndTheAnswersStayCorrect(@TempDir Path dir) throws Exception {
        Path seeds = ManyDocuments.write(Files.createDirectory(dir.resolve("seeds")), STATIONS);
        Path cache = dir.resolve("cache");
        try (CitebotProcess first = CitebotProcess.start(dir, seeds, cache, SETTINGS)) {
            first.awaitReady(Duration.ofMinutes(5));
            assertAnswersCorrectly(first.http());
        }
        Map<Path, byte[]> whole = new TreeMap<>();
        for (String folder : List.of("vectors", "texts", "languages")) {
            List<Path> entries = entries(cache.resolve(folder));
            assertEquals(STATIONS + 1, entries.size(), folder);
            for (int i = 0; i < 5; i++) {
                whole.put(entries.get(i), Files.readAllBytes(entries.get(i)));
            }
            damage(entries.subList(0, 5));
            Files.writeString(cache.resolve(folder).resolve(entries.get(5).getFileName() + ".999.1.tmp"), "cut short");
        }

        try (CitebotProcess second = CitebotProcess.start(dir, seeds, cache, SETTINGS)) {
            second.awaitReady(Duration.ofMinutes(5));

            JsonNode ready = second.http().get("/ready").json();
            assertEquals(STATIONS + 1, ready.get("documents").asInt(), ready.toString());
            assertEquals(0, ready.get("failed").size(), ready.toString());
            assertAnswersCorrectly(second.http());
            whole.forEach((entry, bytes) -> {
                if (!entry.toString().endsWith(".vectors")) {
                    assertArrayEquals(bytes, read(entry), entry + " is whole again");
                } else { // vectors embedded again in other batches may differ in the last bits, never in size
                    assertEquals(bytes.length, read(entry).length, entry + " is whole again");
                }
            });
        }
    }

    /** Cut in half, emptied, replaced by noise of the same length, its last byte dropped, its header zeroed. */
    private static void damage(List<Path> entries) throws IOException {
        byte[] first = Files.readAllBytes(entries.get(0));
        Files.write(entries.get(0), Arrays.copyOf(first, first.length / 2));
        Files.write(entries.get(1), new byte[0]);
        byte[] noise = new byte[Files.readAllBytes(entries.get(2)).length];
        new Random(3).nextBytes(noise);
        Files.write(entries.get(2), noise);
        byte[] fourth = Files.readAllBytes(entries.get(3));
        Files.write(entries.get(3), Arrays.copyOf(fourth, fourth.length - 1));
        byte[] fifth = Files.readAllBytes(entries.get(4));
        Arrays.fill(fifth, 0, 4, (byte) 0);
        Files.write(entries.get(4), fifth);
    }

    private static void assertAnswersCorrectly(Http http) {
        JsonNode answer = http.postJson("/api/ask", Http.json(Map.of("question", ManyDocuments.QUESTION))).json();
        assertTrue(answer.get("answer").asText().contains(ManyDocuments.FACT), answer.toString());
        assertEquals(ManyDocuments.FACT_FILE, answer.get("citations").get(0).get("path").asText());
        JsonNode station = http.postJson("/api/ask", Http.json(Map.of("question", STATION_QUESTION))).json();
        assertTrue(station.get("answer").asText().contains("37 millimetres"), station.toString());
    }

    private static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".tmp")).sorted().toList();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
