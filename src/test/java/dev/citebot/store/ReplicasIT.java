package dev.citebot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.support.CitebotProcess;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import dev.citebot.support.PgliteServer;
import dev.citebot.support.Poll;
import dev.citebot.support.ReplicaPair;
import dev.citebot.support.SeedQuestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two replicas of Citebot (real child JVMs) on one real Postgres protocol with real pgvector (PGlite): a writer that
 * indexes the seed, and a reader started after it that embeds nothing and serves the writer's generations.
 */
class ReplicasIT {
    @RegisterExtension
    static final PgliteServer DB = new PgliteServer();
    private static final String ADMIN = "replica-admin-key";
    private static final Duration START = Duration.ofMinutes(3);

    private static Path seeds;
    private static ReplicaPair replicas;
    private static CitebotProcess writer;
    private static CitebotProcess reader;

    @BeforeAll
    static void startWriterThenReader() throws IOException {
        Path dir = Citebots.temporary("citebot-replicas");
        seeds = Files.createDirectory(dir.resolve("seeds"));
        Files.copy(Path.of("seeds", "niger-crisis-putin-ecowas.txt"), seeds.resolve("niger-crisis-putin-ecowas.txt"));
        replicas = ReplicaPair.start(DB, dir, seeds, ADMIN, START);
        writer = replicas.writer();
        reader = replicas.reader();
    }

    @AfterAll
    static void stop() {
        if (replicas != null) {
            replicas.close();
        }
    }

    @Test
    void aReaderStartedAfterTheWriterEmbedsNothingAndGivesTheSameAnswersAndCitations() {
        awaitSameGeneration();
        assertEquals(0.0, reader.meter("citebot_reindex_texts_embedded_total"), "the reader embedded documents");
        assertTrue(reader.meter("citebot_reindex_texts_reused_total") > 0, "the reader took no vectors from the store");
        assertTrue(reader.log().contains("serving generation"), reader.log());
        assertReaderSplitNothing();
        int answered = 0;
        for (SeedQuestions.SeedQuestion q : SeedQuestions.all().subList(0, 8)) {
            JsonNode fromWriter = ask(writer, q.question());
            JsonNode fromReader = ask(reader, q.question());
            assertEquals(fromWriter.get("answer").asText(), fromReader.get("answer").asText(), q.toString());
            assertEquals(citations(fromWriter), citations(fromReader), q.toString());
            answered += fromReader.get("citations").size() > 0 ? 1 : 0;
        }
        assertTrue(answered > 0, "no question was answered with citations: the comparison proved nothing");
    }

    @Test
    void aFileAddedToTheWritersFolderReachesTheReadersAnswersWithoutARestart() throws IOException {
        String question = "When does the Quillmere ferry leave on Sundays?";
        Files.writeString(seeds.resolve("quillmere-ferry.txt"), """
                Quillmere ferry timetable

                On Sundays the Quillmere ferry leaves the north pier at 7:40 in the morning.
                """);
        JsonNode answer = Poll.until(START, "the reader answering from the new file", () -> ask(reader, question),
                a -> a.get("answer").asText().contains("7:40"));
        assertEquals("quillmere-ferry.txt", answer.get("citations").get(0).get("path").asText(), answer.toString());
        assertEquals(0.0, reader.meter("citebot_reindex_texts_embedded_total"), "the reader embedded documents");
        assertReaderSplitNothing();
        assertTrue(Pattern.compile("serving generation \\d+ from the store: \\d+ documents, .*, [1-9]\\d* documents kept as"
                + " indexed for the generation before").matcher(reader.log()).find(),
                "the seed, unchanged, is kept from the generation before, not indexed again: " + reader.log());
    }

    @Test
    void aDefinitionListsTermsReachTheReaderThroughTheStore() throws IOException {
        String question = "Which keeper is on duty at Saltmarsh when more than one pier is open?";
        Files.writeString(seeds.resolve("saltmarsh-keepers.html"), """
                <html><head><title>Saltmarsh harbour keepers</title></head><body>
                <h2>Saltmarsh harbour keepers</h2>
                <dl>
                <dt>greywater</dt>
                <dd><p>Greywater keeps the harbour log on weekdays.</p></dd>
                <dt>tidewatch</dt>
                <dd><p>Reads the Saltmarsh tide gauges at dawn and at dusk.</p>
                <p>Writes the gauge readings into the harbour log. Rings the fog bell in poor weather. This keeper is
                on duty at Saltmarsh when more than one pier is open.</p></dd>
                </dl></body></html>""");
        JsonNode fromReader = Poll.until(START, "the reader answering from the new page", () -> ask(reader, question),
                a -> a.get("answer").asText().contains("more than one pier"));
        assertTrue(fromReader.get("answer").asText().startsWith("tidewatch: This keeper is on duty"),
                "the term stored with the page: " + fromReader);
        awaitSameGeneration();
        assertEquals(ask(writer, question).get("answer").asText(), ask(reader, question).get("answer").asText());
    }

    /**
     * Every generation the reader served was built from the writer's stored passages: the indexer counts the
     * documents it split, and the writer's own count shows that it does count them.
     */
    private static void assertReaderSplitNothing() {
        assertTrue(Pattern.compile("index of \\d+ documents \\(0 kept from the last one, 0 with their passages"
                + " given, [1-9]\\d* split\\)").matcher(writer.log()).find(), "the writer's split is not counted: "
                + writer.log());
        Matcher served = Pattern.compile("serving generation \\d+ from the store: \\d+ documents, \\d+ passages;"
                + " (\\d+) documents split again").matcher(reader.log());
        int generations = 0;
        while (served.find()) {
            assertEquals("0", served.group(1), "the reader split documents again: " + reader.log());
            generations++;
        }
        assertTrue(generations > 0, reader.log());
        assertFalse(Pattern.compile("with their passages given, [1-9]\\d* split\\)").matcher(reader.log()).find(),
                reader.log());
    }

    @Test
    void feedbackGivenThroughBothReplicasLandsInOneTable() {
        String mark = Long.toString(System.nanoTime());
        for (CitebotProcess replica : List.of(writer, reader)) {
            Http.Reply stored = replica.http().postJson("/api/feedback", Http.json(Map.of("rating", "up",
                    "question", "Which replica stored this, " + mark + "?", "answer", "Both. " + replica.port())));
            assertEquals(201, stored.status(), stored.body());
        }
        for (CitebotProcess replica : List.of(writer, reader)) {
            String all = replica.http().get("/api/feedback?collection=default", "Authorization", "Bearer " + ADMIN)
                    .body();
            assertTrue(all.contains("Both. " + writer.port()) && all.contains("Both. " + reader.port()), all);
            assertTrue(all.contains("\"collection\":\"default\""), all);
        }
    }

    @Test
    void readyShowsTheStoreConnectedAndTheGeneration() {
        for (CitebotProcess replica : List.of(writer, reader)) {
            JsonNode store = replica.http().get("/ready").json().get("store");
            assertEquals("postgres", store.get("kind").asText(), store.toString());
            assertTrue(store.get("connected").asBoolean(), store.toString());
            assertTrue(store.get("generation").asLong() > 0, store.toString());
            assertEquals(1.0, replica.meter("citebot_store_connected"));
            assertTrue(replica.meter("citebot_store_generation") > 0);
        }
    }

    @Test
    void aReaderThatLosesTheDatabaseKeepsAnsweringAndCatchesUpOnceItIsBack() throws Exception {
        awaitSameGeneration();
        DB.stop();
        try {
            Poll.until(START, "the reader noticing the store is away", () -> !store(reader).get("connected").asBoolean());
            assertEquals(200, reader.readyStatus(), "a reader with an index answers whether or not the store is there");
            JsonNode answer = ask(reader, "When was President Bazoum ousted?");
            assertTrue(answer.get("answer").asText().contains("July 26"), answer.toString());
            Http.Reply feedback = reader.http().postJson("/api/feedback", Http.json(Map.of("rating", "up",
                    "question", "Stored while the database is away?", "answer", "No.")));
            assertEquals(503, feedback.status(), feedback.body());
        } finally {
            DB.start();
        }
        Poll.until(START, "the reader reconnecting", () -> store(reader).get("connected").asBoolean());
        Files.writeString(seeds.resolve("brackwater-harbour.txt"), """
                Brackwater harbour office

                On Saturdays the Brackwater harbour office opens at 6:15 for fishing crews.
                """);
        JsonNode caughtUp = Poll.until(START, "the reader answering from a file added after the outage",
                () -> ask(reader, "When does the Brackwater harbour office open on Saturdays?"),
                a -> a.get("answer").asText().contains("6:15"));
        assertEquals("brackwater-harbour.txt", caughtUp.get("citations").get(0).get("path").asText());
    }

    private static JsonNode store(CitebotProcess replica) {
        return replica.http().get("/ready").json().get("store");
    }

    private static void awaitSameGeneration() {
        Poll.until(START, "the reader serving the writer's generation", () -> generation(writer) > 0
                && generation(writer) == generation(reader));
    }

    private static long generation(CitebotProcess replica) {
        return store(replica).get("generation").asLong();
    }

    private static JsonNode ask(CitebotProcess replica, String question) {
        Http.Reply reply = replica.http().postJson("/api/ask", Http.json(Map.of("question", question)));
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static List<String> citations(JsonNode answer) {
        return java.util.stream.StreamSupport.stream(answer.get("citations").spliterator(), false)
                .map(c -> c.get("path").asText() + " | " + c.get("quote").asText()).toList();
    }
}
