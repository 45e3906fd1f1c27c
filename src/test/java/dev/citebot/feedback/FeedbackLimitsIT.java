package dev.citebot.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import dev.citebot.support.LogCapture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/feedback} needs no key by default, so the file it writes is capped: once full, new feedback
 * is refused with a clear 507 (counted in the metrics) and what is stored stays. A file that cannot be written
 * (here a data folder that is a file, as a full or read-only disk would be) is a 503, logged without a trace.
 */
class FeedbackLimitsIT {
    private static final String RATING = "{\"rating\": \"up\", \"question\": \"Who is Bazoum?\", "
            + "\"answer\": \"The president of Niger, ousted on July 26.\"}";

    @Test
    void feedbackPastTheCapIsRefusedWith507AndCounted(@TempDir Path data) throws Exception {
        try (App app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_INGEST_ISOLATION", "none",
                "CITEBOT_REINDEX_WATCH", "false", "CITEBOT_RATE_LIMIT_PER_MINUTE", "0",
                "CITEBOT_DATA_DIR", data.toString(), "CITEBOT_FEEDBACK_MAX_BYTES", "1000"))) {
            Http http = new Http(app.port());
            int stored = 0;
            Http.Reply reply;
            while ((reply = http.postJson("/api/feedback", RATING)).status() == 201) {
                stored++;
                assertTrue(stored < 100, "never refused");
            }
            assertEquals(507, reply.status(), reply.body());
            assertEquals("insufficient_storage", reply.json().path("error").asText());
            assertTrue(reply.json().path("message").asText().contains("full"), reply.body());
            assertTrue(stored > 0, "the first rating was refused");
            assertTrue(Files.size(data.resolve("feedback.jsonl")) <= 1000);
            assertEquals(507, http.postJson("/api/feedback", RATING).status(), "still full");
            assertTrue(http.get("/metrics").body().contains("citebot_requests_refused_total{reason=\"storage_full\"} 2.0"),
                    "refusals are counted");
        }
    }

    @Test
    void feedbackThatCannotBeWrittenIsA503WithoutAStackTrace(@TempDir Path tmp) throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("data"), "a file where the data folder should be");
        try (LogCapture log = LogCapture.start();
             App app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_INGEST_ISOLATION", "none",
                     "CITEBOT_REINDEX_WATCH", "false", "CITEBOT_DATA_DIR", notAFolder.toString()))) {
            Http.Reply reply = new Http(app.port()).postJson("/api/feedback", RATING);

            assertEquals(503, reply.status(), reply.body());
            assertEquals("unavailable", reply.json().path("error").asText());
            assertTrue(reply.json().path("message").asText().contains("feedback cannot be stored"), reply.body());
            assertFalse(reply.body().contains(tmp.toString()), "the path reached the client");
            assertTrue(log.events().stream().noneMatch(e -> e.getThrowableProxy() != null), "a stack trace was logged");
            assertTrue(log.text().contains("feedback refused: cannot store feedback in"), log.text());
        }
    }
}
