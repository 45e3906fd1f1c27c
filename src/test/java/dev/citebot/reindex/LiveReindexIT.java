package dev.citebot.reindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import dev.citebot.support.Poll;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files added, changed and deleted while questions keep coming: the watcher re-indexes on its own, no question
 * fails, and the answers follow the files.
 */
class LiveReindexIT {
    private static final String QUESTION = "{\"question\": \"Where do okapis live?\"}";
    private static final String CAPYBARA = "Capybaras are the largest rodents. They live in South America.";

    @Test
    void answersFollowTheFilesAndNoQuestionFailsMeanwhile(@TempDir Path seeds) throws Exception {
        Files.writeString(seeds.resolve("capybara.txt"), "Capybaras are the largest rodents. They live in South America.");
        try (App app = Citebots.server(seeds, Map.of("CITEBOT_RATE_LIMIT_PER_MINUTE", "0",
                "CITEBOT_REINDEX_SETTLE_MILLIS", "200"))) {
            Http http = new Http(app.port());
            List<String> failures = new CopyOnWriteArrayList<>();
            AtomicBoolean asking = new AtomicBoolean(true);
            Thread askers = new Thread(() -> {
                while (asking.get()) {
                    Http.Reply reply = http.postJson("/api/ask", QUESTION);
                    if (reply.status() != 200) {
                        failures.add(reply.status() + " " + reply.body());
                    }
                }
            });
            askers.start();
            try {
                assertTrue(cites(http, "okapi.txt").test(http.postJson("/api/ask", QUESTION).json()) == false);

                write(seeds.resolve("okapi.txt"), "Okapis live in the Ituri rainforest of the Congo.");
                JsonNode added = waitFor(http, cites(http, "okapi.txt"));
                assertTrue(added.get("answer").asText().contains("Ituri"), added.toString());

                write(seeds.resolve("okapi.txt"), "Okapis live in the Okapi Wildlife Reserve, a forest in the Congo.");
                JsonNode changed = waitFor(http, a -> a.get("answer").asText().contains("Wildlife Reserve"));
                assertTrue(cites(http, "okapi.txt").test(changed));

                Files.delete(seeds.resolve("okapi.txt"));
                waitFor(http, cites(http, "okapi.txt").negate());
            } finally {
                asking.set(false);
                askers.join();
            }
            assertEquals(List.of(), failures, "questions failed during re-indexing");
            JsonNode ready = http.get("/ready").json();
            assertEquals(1, ready.get("documents").asInt());
        }
    }

    @Test
    void anAdminReindexOfUnchangedFilesEmbedsNothing(@TempDir Path seeds) throws IOException {
        Files.writeString(seeds.resolve("capybara.txt"), "Capybaras are the largest rodents. They live in South America.");
        // sentences embedded at once, so what each run embeds and reuses does not depend on a background fill
        try (App app = Citebots.server(seeds, Map.of("CITEBOT_REINDEX_WATCH", "false", "CITEBOT_ADMIN_KEY", "adm",
                "CITEBOT_INDEX_SENTENCE_VECTORS_LATER", "false"))) {
            Files.writeString(seeds.resolve("okapi.txt"), "Okapis live in the Ituri rainforest.");
            ReindexReport added = app.reindex();
            assertEquals(List.of("okapi.txt"), added.added());
            assertEquals(2, added.embeddedTexts(), "only the new file: 1 passage and its 1 sentence");
            assertEquals(3, added.reusedTexts(), "the unchanged file: 1 passage and its 2 sentences");

            JsonNode report = new Http(app.port()).send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + app.port() + "/api/admin/reindex"))
                    .header("Authorization", "Bearer adm").POST(java.net.http.HttpRequest.BodyPublishers.noBody())).json();
            assertEquals(0, report.get("embedded_texts").asInt());
            assertEquals(5, report.get("reused_texts").asInt());
            assertEquals(2, report.get("documents").asInt());
        }
    }

    @Test
    void aSeedsFolderDeletedAndCreatedAgainIsWatchedAndIndexedAgain(@TempDir Path parent) throws Exception {
        Path seeds = Files.createDirectory(parent.resolve("seeds"));
        Files.writeString(seeds.resolve("capybara.txt"), CAPYBARA);
        Files.writeString(seeds.resolve("okapi.txt"), "Okapis live in the Ituri rainforest of the Congo.");
        try (App app = Citebots.server(seeds, Map.of("CITEBOT_RATE_LIMIT_PER_MINUTE", "0",
                "CITEBOT_REINDEX_SETTLE_MILLIS", "200"))) {
            Http http = new Http(app.port());
            assertTrue(cites(http, "okapi.txt").test(http.postJson("/api/ask", QUESTION).json()));

            deleteTree(seeds);
            JsonNode missing = waitForReady(http, 503).json();
            assertEquals("seeds folder missing", missing.get("status").asText(), missing.toString());
            assertTrue(missing.get("message").asText().contains(seeds.getFileName().toString()), missing.toString());
            assertTrue(cites(http, "okapi.txt").test(http.postJson("/api/ask", QUESTION).json()),
                    "the last index stopped answering while the folder was missing");

            Files.createDirectory(seeds);
            Files.writeString(seeds.resolve("capybara.txt"), CAPYBARA);
            write(seeds.resolve("quokka.txt"), "Quokkas live on Rottnest Island, off Western Australia.");
            waitFor(http, cites(http, "okapi.txt").negate()); // the deleted document is no longer served
            JsonNode ready = waitForReady(http, 200).json();
            assertEquals(2, ready.get("documents").asInt(), ready.toString());

            write(seeds.resolve("okapi.txt"), "Okapis live in the Okapi Wildlife Reserve, a forest in the Congo.");
            JsonNode added = waitFor(http, a -> a.get("answer").asText().contains("Wildlife Reserve"));
            assertTrue(cites(http, "okapi.txt").test(added), "a file added to the new folder was not indexed");
        }
    }

    private static Http.Reply waitForReady(Http http, int status) {
        return Poll.until(Duration.ofSeconds(60), "/ready answering " + status, () -> http.get("/ready"),
                reply -> reply.status() == status);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static Predicate<JsonNode> cites(Http http, String path) {
        return answer -> {
            for (JsonNode c : answer.get("citations")) {
                if (c.get("path").asText().equals(path)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static JsonNode waitFor(Http http, Predicate<JsonNode> condition) {
        return Poll.until(Duration.ofSeconds(60), "the answer following the files",
                () -> http.postJson("/api/ask", QUESTION).json(), condition);
    }

    // Written beside and moved in, as editors and copy tools do, so the watcher never sees half a file.
    private static void write(Path file, String text) throws IOException {
        Path temp = Files.writeString(file.resolveSibling("." + file.getFileName() + ".tmp"), text);
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
