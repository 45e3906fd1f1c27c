package dev.citebot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import dev.citebot.support.Scans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scanned PDF (a picture of text, no text layer) and a PNG made by the test are read by Tesseract in the
 * isolated parser process and cited like any other document; with OCR turned off they are reported as failed
 * with the reason, and the server answers from the rest. Needs Debian's tesseract-ocr and tesseract-ocr-eng
 * (installed by .ci/run).
 */
class ScannedDocumentsIT {
    private static final String PDF_FACT = "The Kestrel footbridge was repainted green in 2011.";
    private static final String PNG_FACT = "Visitors to the Orlen archive must sign the blue ledger.";

    @TempDir
    static Path seeds;
    private static App app;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isExecutable(Path.of("/usr/bin/tesseract")),
                "tesseract is not installed: run .ci/run (apt-get install tesseract-ocr tesseract-ocr-eng)");
        Files.copy(Path.of("seeds/niger-crisis-putin-ecowas.txt"), seeds.resolve("niger.txt"));
        Scans.pdf(seeds.resolve("bridge-scan.pdf"), "Maintenance log, town works department.", PDF_FACT,
                "The next inspection is planned for the spring.");
        Scans.png(seeds.resolve("archive-notice.png"), "Notice to all readers.", PNG_FACT);
        app = Citebots.server(seeds, Map.of());
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aScannedPdfIsCitedWithTheOcrTextAtExactOffsets() {
        assertCitedAtItsOffsets(ask("What colour was the Kestrel footbridge repainted?"), "bridge-scan.pdf", PDF_FACT);
    }

    @Test
    void aPngIsCitedWithTheOcrTextAtExactOffsets() {
        assertCitedAtItsOffsets(ask("What must visitors to the Orlen archive sign?"), "archive-notice.png", PNG_FACT);
    }

    @Test
    void readySaysOcrIsOnWithItsLanguage() {
        JsonNode ready = http.get("/ready").json();
        assertTrue(ready.get("ocr").get("enabled").asBoolean(), ready.toString());
        assertEquals("eng", ready.get("ocr").get("language").asText());
        assertEquals(0, ready.get("failed").size(), ready.toString());
        assertEquals(3, ready.get("documents").asInt());
    }

    @Test
    void withOcrOffTheScansYieldNoTextAndAreReportedWithTheReason() {
        Map<String, String> off = new HashMap<>();
        off.put("CITEBOT_OCR_ENABLED", "false");
        try (App without = Citebots.server(seeds, off)) {
            Http client = new Http(without.port());
            JsonNode ready = client.get("/ready").json();
            assertEquals(1, ready.get("documents").asInt(), ready.toString());
            assertEquals(false, ready.get("ocr").get("enabled").asBoolean());
            assertEquals("ocr.enabled=false", ready.get("ocr").get("reason").asText());
            assertEquals(2, ready.get("failed").size(), ready.toString());
            for (JsonNode failure : ready.get("failed")) {
                assertTrue(failure.get("reason").asText().contains("needs OCR, which is off (ocr.enabled=false)"),
                        failure.toString());
            }
            JsonNode answer = client.postJson("/api/ask",
                    Http.json(Map.of("question", "What colour was the Kestrel footbridge repainted?"))).json();
            for (JsonNode citation : answer.get("citations")) {
                assertEquals("niger.txt", citation.get("path").asText(), answer.toString());
            }
        }
    }

    private static void assertCitedAtItsOffsets(JsonNode answer, String path, String sentence) {
        assertTrue(answer.get("answerable").asBoolean(), answer.toString());
        JsonNode citation = answer.get("citations").get(0);
        assertEquals(path, citation.get("path").asText(), answer.toString());
        assertEquals(sentence, citation.get("quote").asText().strip(), answer.toString());
        String text = http.get("/api/documents/" + citation.get("document_id").asText()).json().get("text").asText();
        assertEquals(citation.get("quote").asText(),
                text.substring(citation.get("quote_start").asInt(), citation.get("quote_end").asInt()));
        assertEquals(citation.get("text").asText(),
                text.substring(citation.get("start").asInt(), citation.get("end").asInt()));
    }

    private static JsonNode ask(String question) {
        return http.postJson("/api/ask", Http.json(Map.of("question", question))).json();
    }
}
