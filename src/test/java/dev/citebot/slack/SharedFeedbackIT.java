package dev.citebot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.support.Http;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slack's thumbs and the widget's feedback go to the one file of one server: while Slack's ratings are being
 * stored, the widget keeps rating long answers (each written to the file in several pieces), and every rating of
 * both front doors lands as a whole JSON line. (That two stores on one file never cut each other's lines is
 * {@code FeedbackStoreTest}'s to prove.)
 */
class SharedFeedbackIT {
    @RegisterExtension
    static final SlackStage STAGE = SlackStage.slack(Map.of("CITEBOT_RATE_LIMIT_PER_MINUTE", "0",
            "CITEBOT_FEEDBACK_MAX_BYTES", Long.toString(64L << 20)));
    private static final int SLACK_CLICKS = 12;
    private static final int MOST_WIDGET_RATINGS = 2_000;
    // Stored as sent: the widget's route strips the answer, so this one has no space to strip.
    private static final String LONG_ANSWER = "An answer long enough to be written in several pieces. ".repeat(250).strip();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void feedbackFromSlackAndTheWidgetAtOnceLandsAsWholeLinesInOneFile() throws Exception {
        STAGE.requests().command(TestCitebot.ANSWERABLE, STAGE.slack().responseUrl("answer"));
        JsonNode thumbsUp = STAGE.slack().next().button("citebot_feedback_up");
        AtomicBoolean slackDone = new AtomicBoolean();
        AtomicInteger widgetRatings = new AtomicInteger();
        ExecutorService widgets = Executors.newFixedThreadPool(4);
        List<CompletableFuture<Void>> raters = new ArrayList<>();
        try {
            for (int t = 0; t < 4; t++) {
                raters.add(CompletableFuture.runAsync(() -> rateThroughTheWidget(slackDone, widgetRatings), widgets));
            }
            for (int i = 0; i < SLACK_CLICKS; i++) {
                String click = SlackRequests.click(thumbsUp, "U" + i, STAGE.slack().responseUrl("thanks-" + i));
                assertEquals(200, STAGE.requests().interaction(click).statusCode());
            }
            for (int i = 0; i < SLACK_CLICKS; i++) {
                STAGE.slack().next(); // each click is thanked once its rating is stored
            }
        } finally {
            slackDone.set(true);
            CompletableFuture.allOf(raters.toArray(new CompletableFuture[0])).get(60, TimeUnit.SECONDS);
            widgets.shutdownNow();
        }

        List<String> lines = Files.readAllLines(STAGE.data().resolve("feedback.jsonl"), StandardCharsets.UTF_8);
        int fromSlack = 0;
        for (String line : lines) {
            JsonNode stored = whole(line);
            if (stored.path("source").asText().equals("slack")) {
                fromSlack++;
            } else {
                assertTrue(LONG_ANSWER.equals(stored.path("answer").asText()), "the widget's answer is not whole");
            }
        }
        assertEquals(SLACK_CLICKS, fromSlack, "every Slack rating is in the one file");
        assertEquals(SLACK_CLICKS + widgetRatings.get(), lines.size(), "one line per rating");
    }

    /** Rates a long answer through the widget's route until Slack's ratings are stored (or enough were sent). */
    private static void rateThroughTheWidget(AtomicBoolean slackDone, AtomicInteger sent) {
        Http widget = STAGE.http();
        String rating = Http.json(Map.of("rating", "down", "source", "widget", "question", TestCitebot.ANSWERABLE,
                "answer", LONG_ANSWER));
        while (!slackDone.get() && sent.get() < MOST_WIDGET_RATINGS) {
            assertEquals(201, widget.postJson("/api/feedback", rating).status());
            sent.incrementAndGet();
        }
    }

    private JsonNode whole(String line) {
        try {
            return mapper.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("a line is not whole JSON (two writers interleaved): "
                    + line.substring(0, Math.min(200, line.length())), e);
        }
    }
}
