package dev.citebot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links out of the seeds folder (to a file, and to a folder) on a real server: neither is indexed, the link to
 * a file is named in {@code /ready}'s failures, and the secret they lead to is never served: not listed, not
 * under any id, not in an answer or a search result.
 */
class SymlinksOutOfSeedsIT {
    private static final String SECRET = "CITEBOT-SECRET-LINKED-52";
    @TempDir
    static Path seeds;
    @TempDir
    static Path outside;
    private static App app;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        Files.writeString(seeds.resolve("okapi.txt"), "Okapis live in the Ituri rainforest of Congo.");
        Files.writeString(outside.resolve("vault.txt"), "The vault code is " + SECRET + ".");
        Files.createDirectory(outside.resolve("private"));
        Files.writeString(outside.resolve("private").resolve("payroll.txt"), "The payroll password is " + SECRET + ".");
        Files.createSymbolicLink(seeds.resolve("vault.txt"), outside.resolve("vault.txt"));
        Files.createSymbolicLink(seeds.resolve("private"), outside.resolve("private"));
        Files.createDirectory(seeds.resolve("sub"));
        Files.createSymbolicLink(seeds.resolve("sub").resolve("up.txt"), Path.of("..", "..", outside.getFileName().toString(), "vault.txt"));
        app = Citebots.server(seeds, Map.of("CITEBOT_INGEST_ISOLATION", "none"));
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void onlyTheRealFileIsIndexedAndTheLinksToFilesAreNamedAsFailures() {
        Set<String> listed = new TreeSet<>();
        http.get("/api/documents").json().get("documents").forEach(d -> listed.add(d.get("path").asText()));
        assertEquals(Set.of("okapi.txt"), listed);

        JsonNode ready = http.get("/ready").json();
        Map<String, String> failed = new TreeMap<>();
        ready.get("failed").forEach(f -> failed.put(f.get("path").asText(), f.get("reason").asText()));
        assertEquals("link leads outside the seeds folder", failed.get("vault.txt"), ready.toString());
        assertEquals("link leads outside the seeds folder", failed.get("sub/up.txt"), ready.toString());
        assertFalse(ready.toString().contains(SECRET));
    }

    @Test
    void theSecretIsServedUnderNoId() {
        for (String id : List.of("vault-txt", "private-payroll-txt", "sub-up-txt", "vault", "payroll-txt")) {
            Http.Reply reply = http.get("/api/documents/" + id);
            assertEquals(404, reply.status(), id + ": " + reply.body());
            assertFalse(reply.body().contains(SECRET));
        }
    }

    @Test
    void noAnswerOrSearchResultHoldsTheSecret() {
        for (String question : List.of("What is the vault code?", "What is the payroll password?")) {
            Http.Reply ask = http.postJson("/api/ask", Http.json(Map.of("question", question)));
            Http.Reply search = http.postJson("/api/search", Http.json(Map.of("query", question)));
            assertEquals(200, ask.status(), ask.body());
            assertEquals(200, search.status(), search.body());
            assertFalse(ask.body().contains(SECRET), ask.body());
            assertFalse(search.body().contains(SECRET), search.body());
        }
    }
}
