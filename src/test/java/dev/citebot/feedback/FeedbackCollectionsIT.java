package dev.citebot.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rating names the collection whose documents answered, through a real server: the export shows it, the
 * {@code ?collection=} filter keeps only that collection's, and a collection that does not exist, or that the
 * caller's key may not read, is refused (404, 403) without anything being stored.
 */
class FeedbackCollectionsIT {
    private static final String ADMIN = "feedback-collections-admin";
    private static final String ADMIN_HEADER = "Bearer " + ADMIN;

    @Test
    void aRatingKeepsItsCollectionAndTheExportFiltersByIt(@TempDir Path data) {
        try (App app = server(data)) {
            Http http = withHrAndFinance(app);

            assertEquals(201, http.postJson("/api/feedback", rating("How many days of leave?", "hr"),
                    "Authorization", "Bearer hr-key").status());
            assertEquals(201, http.postJson("/api/feedback", rating("Who is Bazoum?", null)).status());

            JsonNode all = http.get("/api/feedback", "Authorization", ADMIN_HEADER).json().path("feedback");
            assertEquals(List.of("hr:How many days of leave?", "default:Who is Bazoum?"), entries(all));
            JsonNode hr = http.get("/api/feedback?collection=hr", "Authorization", ADMIN_HEADER).json()
                    .path("feedback");
            assertEquals(List.of("hr:How many days of leave?"), entries(hr));
            JsonNode fallback = http.get("/api/feedback?collection=default&limit=5", "Authorization", ADMIN_HEADER)
                    .json().path("feedback");
            assertEquals(List.of("default:Who is Bazoum?"), entries(fallback));
            assertEquals(List.of(), entries(http.get("/api/feedback?collection=finance", "Authorization",
                    ADMIN_HEADER).json().path("feedback")));
        }
    }

    @Test
    void aCollectionThatDoesNotExistIs404AndOneTheKeyMayNotReadIs403(@TempDir Path data) {
        try (App app = server(data)) {
            Http http = withHrAndFinance(app);

            Http.Reply unknown = http.postJson("/api/feedback", rating("Who is Bazoum?", "nosuch"));
            assertEquals(404, unknown.status(), unknown.body());
            Http.Reply crossed = http.postJson("/api/feedback", rating("What is the budget?", "finance"),
                    "Authorization", "Bearer hr-key");
            assertEquals(403, crossed.status(), crossed.body());
            Http.Reply filtered = http.get("/api/feedback?collection=nosuch", "Authorization", ADMIN_HEADER);
            assertEquals(404, filtered.status(), filtered.body());

            assertEquals(0, http.get("/api/feedback", "Authorization", ADMIN_HEADER).json().path("feedback").size(),
                    "a refused rating was stored");
        }
    }

    private static App server(Path data) {
        return Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_INGEST_ISOLATION", "none",
                "CITEBOT_REINDEX_WATCH", "false", "CITEBOT_RATE_LIMIT_PER_MINUTE", "0",
                "CITEBOT_DATA_DIR", data.toString(), "CITEBOT_ADMIN_KEY", ADMIN));
    }

    /** Two collections, each with a key of its own. */
    private static Http withHrAndFinance(App app) {
        Http http = new Http(app.port());
        for (String name : List.of("hr", "finance")) {
            assertEquals(201, http.postJson("/api/collections", "{\"name\": \"" + name + "\", \"keys\": [\""
                    + name + "-key\"]}", "Authorization", ADMIN_HEADER).status());
        }
        return http;
    }

    private static String rating(String question, String collection) {
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("rating", "up", "question", question,
                "answer", "An answer. [1]"));
        if (collection != null) {
            body.put("collection", collection);
        }
        return Http.json(body);
    }

    private static List<String> entries(JsonNode feedback) {
        List<String> entries = new ArrayList<>();
        feedback.forEach(f -> entries.add(f.path("collection").asText() + ":" + f.path("question").asText()));
        return entries;
    }
}
