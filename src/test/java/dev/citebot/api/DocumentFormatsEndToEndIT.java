package dev.citebot.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.Fixtures;
import dev.citebot.support.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF and a DOCX made by the test are ingested beside the seed and cited over HTTP. */
class DocumentFormatsEndToEndIT {
    @TempDir
    static Path seeds;
    private static App app;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        Files.copy(Path.of("seeds/niger-crisis-putin-ecowas.txt"), seeds.resolve("niger.txt"));
        Fixtures.pdf(seeds.resolve("lighthouse-report.pdf"), "Lighthouse Report",
                "The Vardholm lighthouse was automated in 1987.",
                "Its keeper, Ingrid Solberg, retired to Tromso afterwards.");
        Fixtures.docx(seeds.resolve("canteen-memo.docx"), "Canteen Memo",
                "The staff canteen on the fourth floor closes at 15:30 on Fridays.",
                "Soup of the day is always lentil on Mondays.");
        app = Citebots.server(seeds, Map.of());
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void citesTheGeneratedPdf() {
        JsonNode answer = ask("When was the Vardholm lighthouse automated?");
        assertCited(answer, "lighthouse-report.pdf", "1987");
        assertEquals("Lighthouse Report", answer.get("citations").get(0).get("title").asText());
    }

    @Test
    void citesTheGeneratedDocx() {
        JsonNode answer = ask("What time does the staff canteen close on Fridays?");
        assertCited(answer, "canteen-memo.docx", "15:30");
    }

    @Test
    void listsAllThreeDocuments() {
        assertEquals(3, http.get("/api/documents").json().get("documents").size());
    }

    private static void assertCited(JsonNode answer, String path, String fact) {
        assertTrue(answer.get("answerable").asBoolean(), answer.toString());
        assertTrue(answer.get("answer").asText().contains(fact), answer.toString());
        JsonNode first = answer.get("citations").get(0);
        assertEquals(path, first.get("path").asText());
        assertTrue(first.get("quote").asText().contains(fact));
    }

    private static JsonNode ask(String question) {
        return http.postJson("/api/ask", Http.json(Map.of("question", question))).json();
    }
}
