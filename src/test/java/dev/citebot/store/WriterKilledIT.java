package dev.citebot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.support.CitebotProcess;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import dev.citebot.support.ManyDocuments;
import dev.citebot.support.PgliteServer;
import dev.citebot.support.Poll;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * kill -9 of the writer while it writes a generation (real child JVMs, PGlite with pgvector): the reader stays on
 * the last complete generation, and a new writer finishes the work.
 */
class WriterKilledIT {
    @RegisterExtension
    static final PgliteServer DB = new PgliteServer();
    private static final Duration START = Duration.ofMinutes(5);
    private static final int STATIONS = 250;

    @Test
    void aWriterKilledMidGenerationLeavesReadersOnTheLastCompleteOneAndANewWriterFinishesTheWork() throws Exception {
        Path dir = Citebots.temporary("citebot-writer-killed");
        Path seeds = Files.createDirectory(dir.resolve("seeds"));
        Files.copy(Path.of("seeds", "niger-crisis-putin-ecowas.txt"), seeds.resolve("niger-crisis-putin-ecowas.txt"));
        Path cache = dir.resolve("cache-writer");
        CitebotProcess writer = CitebotProcess.start(Files.createDirectory(dir.resolve("writer")), seeds, cache,
                settings(true));
        try (CitebotProcess reader = CitebotProcess.start(Files.createDirectory(dir.resolve("reader")),
                Files.createDirectory(dir.resolve("reader-seeds")), dir.resolve("cache-reader"), settings(false))) {
            writer.awaitUntil(() -> writer.log().contains("wrote generation"), START, "the first generation");
            reader.awaitReady(START);
            long first = generation(reader);

            ManyDocuments.write(seeds, STATIONS);
            writer.awaitUntil(() -> writer.log().contains("writing generation " + (first + 1)), START,
                    "the writer writing the second generation");
            writer.kill();
            assertFalse(writer.log().contains("wrote generation " + (first + 1)),
                    "the generation was complete before the kill: the test proved nothing");

            JsonNode ready = reader.http().get("/ready").json();
            assertEquals(first, ready.get("store").get("generation").asLong(), ready.toString());
            assertEquals(1, ready.get("documents").asInt(), "the reader serves the last complete generation");
            assertFalse(ask(reader).contains(ManyDocuments.FACT), "half a generation reached the reader");

            try (CitebotProcess second = CitebotProcess.start(Files.createDirectory(dir.resolve("writer-2")), seeds,
                    cache, settings(true))) {
                String answer = Poll.until(START, "the reader answering from the new writer's generation",
                        () -> ask(reader), a -> a.contains(ManyDocuments.FACT));
                assertTrue(answer.contains(ManyDocuments.FACT), answer);
                assertEquals(1 + STATIONS + 1, reader.http().get("/ready").json().get("documents").asInt(),
                        "the seed, the stations and the lighthouse");
                assertTrue(generation(reader) > first);
            }
        } finally {
            writer.kill();
        }
    }

    private static Map<String, String> settings(boolean writes) {
        Map<String, String> settings = new HashMap<>(DB.settings(writes));
        settings.put("CITEBOT_INGEST_ISOLATION", "none");
        return settings;
    }

    private static long generation(CitebotProcess replica) {
        return replica.http().get("/ready").json().get("store").get("generation").asLong();
    }

    private static String ask(CitebotProcess replica) {
        Http.Reply reply = replica.http().postJson("/api/ask", Http.json(Map.of("question", ManyDocuments.QUESTION)));
        assertEquals(200, reply.status(), reply.body());
        return reply.json().get("answer").asText();
    }
}
