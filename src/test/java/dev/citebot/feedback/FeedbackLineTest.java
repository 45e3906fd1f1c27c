package dev.citebot.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON line a rating is kept as: the collection it names, and lines written before ratings named one. */
class FeedbackLineTest {
    @Test
    void aLineWrittenBeforeRatingsNamedACollectionReadsAsTheDefaultCollection(@TempDir Path data) throws Exception {
        Files.writeString(data.resolve("feedback.jsonl"), "{\"at\":\"2025-06-01T10:00:00Z\",\"source\":\"widget\","
                + "\"rating\":\"up\",\"question\":\"q\",\"answer\":\"a\",\"comment\":null,\"user\":null,"
                + "\"citations\":[]}\n", StandardCharsets.UTF_8);

        List<Feedback> read = new FeedbackStore(data).all();

        assertEquals(1, read.size());
        assertEquals("default", read.get(0).collection());
        assertEquals("q", read.get(0).question());
    }

    @Test
    void aRatingKeepsItsCollectionThroughTheFile(@TempDir Path data) {
        FeedbackStore store = new FeedbackStore(data);
        store.append(new Feedback(Instant.parse("2026-01-02T03:04:05Z"), "widget", "hr", "down", "q", "a", null, null,
                null));

        Feedback read = store.all().get(0);

        assertEquals("hr", read.collection());
        assertEquals("hr", FeedbackLine.of(read).collection());
    }

    @Test
    void aLineWithoutACollectionTakesTheOneItsRowNames() {
        FeedbackLine old = new FeedbackLine("2025-06-01T10:00:00Z", "slack", null, "up", "q", "a", null, "U1", null);

        assertEquals("hr", old.feedback("hr").collection());
        assertEquals("finance", new FeedbackLine("2025-06-01T10:00:00Z", "slack", "finance", "up", "q", "a", null,
                "U1", null).feedback("hr").collection());
    }
}
