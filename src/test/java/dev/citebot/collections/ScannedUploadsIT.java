package dev.citebot.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.Scans;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images and scanned PDFs uploaded to a collection are read by OCR, like those of the seeds folder: their upload
 * is accepted (png, jpg and tif are allowed types), they become ready and are cited; with OCR off they fail with
 * the reason. Needs Debian's tesseract-ocr and tesseract-ocr-eng (installed by .ci/run).
 */
class ScannedUploadsIT {
    private static final String FACT = "The Marrow depot lends out snow chains until the end of March.";

    @TempDir
    Path dir;

    @Test
    void anUploadedScanBecomesReadyAndIsCited() throws IOException {
        try (App app = server(Map.of())) {
            Uploads api = new Uploads(app.port());
            assertEquals(201, api.create("{\"name\": \"depot\"}").status());
            JsonNode png = upload(api, "depot-notice.png", Scans.png(dir.resolve("a.png"), "Depot notice.", FACT));
            JsonNode pdf = upload(api, "depot-scan.pdf", Scans.pdf(dir.resolve("a.pdf"), "Winter rules.", FACT));
            assertEquals("ready", png.get("status").asText(), png.toString());
            assertEquals("ready", pdf.get("status").asText(), pdf.toString());
            JsonNode answer = api.ask("depot", "Until when does the Marrow depot lend out snow chains?", Uploads.ADMIN)
                    .json();
            assertTrue(answer.get("answer").asText().contains("end of March"), answer.toString());
            assertTrue(Uploads.cites(answer, png.get("id").asText()) || Uploads.cites(answer, pdf.get("id").asText()),
                    answer.toString());
        }
    }

    @Test
    void withOcrOffAnUploadedImageFailsWithTheReason() throws IOException {
        try (App app = server(Map.of("CITEBOT_OCR_ENABLED", "false"))) {
            Uploads api = new Uploads(app.port());
            assertEquals(201, api.create("{\"name\": \"depot\"}").status());
            JsonNode png = upload(api, "depot-notice.png", Scans.png(dir.resolve("b.png"), "Depot notice.", FACT));
            assertEquals("failed", png.get("status").asText(), png.toString());
            assertTrue(png.get("reason").asText().contains("needs OCR, which is off (ocr.enabled=false)"),
                    png.toString());
        }
    }

    private App server(Map<String, String> overrides) throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds-" + overrides.size()));
        Files.copy(Path.of("seeds/niger-crisis-putin-ecowas.txt"), seeds.resolve("niger.txt"));
        Map<String, String> settings = new java.util.HashMap<>(overrides);
        settings.put("CITEBOT_ADMIN_KEY", Uploads.ADMIN);
        return Citebots.server(seeds, settings);
    }

    private static JsonNode upload(Uploads api, String name, Path file) throws IOException {
        JsonNode accepted = api.upload("depot", Map.of(name, Files.readAllBytes(file))).json();
        return api.settled(accepted.get("documents").get(0).get("status_url").asText());
    }
}
