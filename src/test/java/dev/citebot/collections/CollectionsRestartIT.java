package dev.citebot.collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.Poll;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart re-opens the collections under the data folder with their documents, statuses and answers. */
class CollectionsRestartIT {
    @Test
    void aRestartKeepsCollectionsAndTheirDocuments(@TempDir Path data) {
        Map<String, String> settings = Map.of("CITEBOT_ADMIN_KEY", Uploads.ADMIN, "CITEBOT_DATA_DIR", data.toString(),
                "CITEBOT_RATE_LIMIT_PER_MINUTE", "0");
        String id;
        try (App first = Citebots.server(Citebots.SEEDS, settings)) {
            Uploads api = new Uploads(first.port());
            assertEquals(201, api.create("{\"name\": \"kept\", \"keys\": [\"kept-key\"]}").status());
            JsonNode doc = api.upload("kept", Map.of("okapis.txt",
                    CollectionsIT.OKAPIS.getBytes(StandardCharsets.UTF_8))).json().path("documents").get(0);
            id = doc.path("id").asText();
            assertEquals("ready", api.settled(doc.path("status_url").asText()).path("status").asText());
        }
        try (App second = Citebots.server(Citebots.SEEDS, settings)) {
            Uploads api = new Uploads(second.port());
            JsonNode kept = Poll.until(Duration.ofSeconds(60), "collection kept indexed again",
                    () -> api.get("/api/collections", Uploads.ADMIN).json().path("collections").get(1),
                    c -> c != null && c.path("ready").asBoolean());
            assertEquals("kept", kept.path("name").asText());
            assertEquals(1, kept.path("documents").asInt(), kept.toString());
            assertTrue(kept.path("keyed").asBoolean(), "its own key survives, as a digest");
            assertEquals("ready", api.settled("/api/collections/kept/documents/" + id).path("status").asText());
            JsonNode answer = api.ask("kept", CollectionsIT.OKAPI_QUESTION, "kept-key").json();
            assertTrue(Uploads.cites(answer, id), answer.toString());
        }
    }
}
