package dev.citebot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.Fixtures;
import dev.citebot.support.HostileFiles;
import dev.citebot.support.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF encrypted with a password Citebot does not have, and PDFs cut off part way, in the parser process:
 * each is named in {@code /ready}'s {@code failed} list with a reason a person can act on, and the PDFs and
 * text beside them are indexed and answered.
 */
class EncryptedAndBrokenPdfsIT {
    @TempDir
    static Path seeds;
    private static App app;
    private static Http http;

    @BeforeAll
    static void start() throws IOException {
        Fixtures.pdf(seeds.resolve("lighthouse.pdf"), "Lighthouse Report", "The Vardholm lighthouse was automated in 1987.");
        Files.writeString(seeds.resolve("okapi.txt"), "Okapis live in the Ituri rainforest of Congo.");
        HostileFiles.encryptedPdf(seeds.resolve("sealed.pdf"), "The sealed treaty was signed in Oslo in 1905.");
        HostileFiles.truncatedPdf(seeds.resolve("cut-short.pdf"), "The cut short memo was sent in 1911.", 20);
        HostileFiles.corruptPdf(seeds.resolve("noise.pdf"), 11);
        app = Citebots.server(seeds, Map.of());
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Map<String, String> failed() {
        Map<String, String> failed = new TreeMap<>();
        http.get("/ready").json().get("failed").forEach(f -> failed.put(f.get("path").asText(), f.get("reason").asText()));
        return failed;
    }

    @Test
    void theEncryptedPdfFailsSayingItIsEncrypted() {
        String reason = failed().get("sealed.pdf");

        assertTrue(reason != null && reason.toLowerCase(java.util.Locale.ROOT).matches(".*(encrypt|password).*"),
                failed().toString());
    }

    @Test
    void theBrokenPdfsFailWithTheParsersReason() {
        Map<String, String> failed = failed();

        assertEquals(Set.of("cut-short.pdf", "noise.pdf", "sealed.pdf"), failed.keySet(), failed.toString());
        failed.forEach((path, reason) -> {
            assertFalse(reason.isBlank(), path);
            assertFalse(reason.contains("\tat ") || reason.contains("Exception:"), path + ": " + reason);
        });
    }

    @Test
    void theRestIsIndexedAndAnswered() {
        Set<String> listed = new TreeSet<>();
        http.get("/api/documents").json().get("documents").forEach(d -> listed.add(d.get("path").asText()));
        assertEquals(Set.of("lighthouse.pdf", "okapi.txt"), listed);
        assertEquals("ready", http.get("/ready").json().get("status").asText());

        JsonNode answer = http.postJson("/api/ask",
                Http.json(Map.of("question", "When was the Vardholm lighthouse automated?"))).json();
        assertTrue(answer.get("answer").asText().contains("1987"), answer.toString());
        assertEquals("lighthouse.pdf", answer.get("citations").get(0).get("path").asText());
    }
}
