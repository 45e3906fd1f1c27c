package dev.citebot.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.App;
import dev.citebot.http.Json;
import dev.citebot.support.Citebots;
import dev.citebot.support.Poll;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents uploaded one at a time (then one replaced and one removed) are indexed by adding to the collection's
 * index, not by indexing it all again: each upload embeds its own passages only, and the answers, with their
 * citations, are those of an index built from scratch over the same files by a fresh server.
 */
class IncrementalUploadsIT {
    private static final String COLLECTION = "grown";
    private static final Pattern EMBEDDED = Pattern.compile("(?m)^citebot_reindex_texts_embedded_total (\\S+)$");

    @Test
    void uploadsOneByOneEmbedOnlyTheirOwnPassagesAndAnswerAsAFreshIndexDoes(@TempDir Path data) throws IOException {
        List<String> parts = seedParts();
        List<String> questions = questions();
        Map<String, String> settings = new HashMap<>(Map.of("CITEBOT_ADMIN_KEY", Uploads.ADMIN,
                "CITEBOT_DATA_DIR", data.toString(), "CITEBOT_RATE_LIMIT_PER_MINUTE", "0",
                "CITEBOT_INGEST_PARSE_TIMEOUT_SECONDS", "60",
                // passages embedded by the build, which the metric counts (left for later, they are embedded by
                // the background fill, which embeds only new passages too: PassageVectorsLaterIT)
                "CITEBOT_INDEX_PASSAGE_VECTORS_LATER", "false"));
        List<JsonNode> grown;
        try (App first = Citebots.server(Citebots.SEEDS, settings)) {
            Uploads api = new Uploads(first.port());
            assertEquals(201, api.create("{\"name\": \"" + COLLECTION + "\"}").status());
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                ids.add(uploadedAlone(api, "part-" + i + ".txt", parts.get(i)));
            }
            String changed = parts.get(1) + "\n\nThe okapi, a relative of the giraffe, lives in the Ituri rainforest.\n";
            double before = embedded(api);
            assertEquals(202, api.uploadRaw(COLLECTION, "PUT", "/" + ids.get(1) + "?filename=part-1.txt",
                    "text/plain", changed).status());
            Poll.until(Duration.ofSeconds(90), "the new version of part-1 answers",
                    () -> api.ask(COLLECTION, "Where does the okapi live?", null).json(),
                    a -> a.path("answer").asText().contains("Ituri"));
            assertEquals(passages(api, ids.get(1)), embedded(api) - before, 0.0,
                    "a replaced document embeds its new passages only");

            before = embedded(api);
            assertEquals(200, api.delete("/api/collections/" + COLLECTION + "/documents/" + ids.get(2)).status());
            assertEquals(0, embedded(api) - before, 0.0, "a removal embeds nothing");
            assertEquals(parts.size() - 1, api.get("/api/collections/" + COLLECTION + "/documents")
                    .json().path("documents").size());
            grown = answers(api, questions);
        }

        settings.put("CITEBOT_CACHE_DIR", Citebots.temporary("citebot-fresh-cache").toString());
        try (App fresh = Citebots.server(Citebots.SEEDS, settings)) { // indexes the collection's files from scratch
            Uploads api = new Uploads(fresh.port());
            Poll.until(Duration.ofSeconds(120), "the collection indexed again from scratch",
                    () -> api.get("/api/collections", Uploads.ADMIN).json().path("collections").get(1),
                    c -> c != null && c.path("ready").asBoolean());
            List<JsonNode> scratch = answers(api, questions);
            for (int q = 0; q < questions.size(); q++) {
                assertEquals(scratch.get(q), grown.get(q), questions.get(q));
            }
            assertTrue(grown.stream().anyMatch(a -> a.path("citations").size() > 0), "some questions are answered");
        }
    }

    /** Uploads one document alone, waits until it is ready and checks that only its passages were embedded. */
    private static String uploadedAlone(Uploads api, String name, String text) {
        double before = embedded(api);
        JsonNode doc = api.upload(COLLECTION, Map.of(name, text.getBytes(StandardCharsets.UTF_8)))
                .json().path("documents").get(0);
        assertEquals("ready", api.settled(doc.path("status_url").asText()).path("status").asText());
        String id = doc.path("id").asText();
        assertEquals(passages(api, id), embedded(api) - before, 0.0, name + " embeds its own passages only");
        return id;
    }

    private static long passages(Uploads api, String id) {
        for (JsonNode d : api.get("/api/documents?collection=" + COLLECTION).json().path("documents")) {
            if (d.path("id").asText().equals(id)) {
                return d.path("passages").asLong();
            }
        }
        throw new AssertionError("no document " + id + " in " + COLLECTION);
    }

    /** Texts embedded by every index build so far (passages; the sentences' background embedding is not counted). */
    private static double embedded(Uploads api) {
        Matcher m = EMBEDDED.matcher(api.get("/metrics").body());
        assertTrue(m.find(), "citebot_reindex_texts_embedded_total in /metrics");
        return Double.parseDouble(m.group(1));
    }

    /** Each question's answer as the API gives it, less what differs from one asking to the next. */
    private static List<JsonNode> answers(Uploads api, List<String> questions) {
        List<JsonNode> answers = new ArrayList<>();
        for (String question : questions) {
            JsonNode answer = api.ask(COLLECTION, question, null).json();
            ((com.fasterxml.jackson.databind.node.ObjectNode) answer).remove(List.of("took_ms", "id", "request_id"));
            answers.add(answer);
        }
        return answers;
    }

    /** The seed article's paragraphs as four documents. */
    private static List<String> seedParts() throws IOException {
        String[] paragraphs = Files.readString(Citebots.SEEDS.resolve("niger-crisis-putin-ecowas.txt"))
                .split("\n\n");
        List<String> parts = new ArrayList<>();
        int per = (paragraphs.length + 3) / 4;
        for (int from = 0; from < paragraphs.length; from += per) {
            parts.add(String.join("\n\n", java.util.Arrays.copyOfRange(paragraphs, from,
                    Math.min(paragraphs.length, from + per))));
        }
        return parts;
    }

    private static List<String> questions() throws IOException {
        List<String> questions = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/bench/data/seed-natural.jsonl"))) {
            questions.add(Json.mapper().readTree(line).path("question").asText());
        }
        questions.add("Where does the okapi live?");
        return questions;
    }
}
