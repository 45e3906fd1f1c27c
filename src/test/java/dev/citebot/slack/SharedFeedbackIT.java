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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slack's thumbs and the widget's feedback go to one store in one server: rated at the same moment through both
 * front doors, every rating lands in the one file as a whole JSON line. The widget's answers are long (written in
 * several pieces), so a second store appending to the same file would sooner or later cut one with a Slack line.
 */
class SharedFeedbackIT {
    @RegisterExtension
    static final SlackStage STAGE = SlackStage.slack(Map.of("CITEBOT_RATE_LIMIT_PER_MINUTE", "0"));
    private static final int SLACK_CLICKS = 12;
    private static final int WIDGET_RATINGS = 40;
    private static final String LONG_ANSWER = "An answer long enough to be written in several pieces. ".repeat(330);
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void feedbackFromSlackAndTheWidgetAtOnceLandsAsWholeLinesInOneFile() throws Exception {
        STAGE.requests().command(TestCitebot.ANSWERABLE, STAGE.slack().responseUrl("answer"));
        JsonNode thumbsUp = STAGE.slack().next().button("citebot_feedback_up");
        Http widget = STAGE.http();
        String rating = Http.json(Map.of("rating", "down", "source", "widget", "question", TestCitebot.ANSWERABLE,
                "answer", LONG_ANSWER));

        List<Callable<Integer>> ratings = new ArrayList<>();
        for (int i = 0; i < Math.max(SLACK_CLICKS, WIDGET_RATINGS); i++) {
            if (i < SLACK_CLICKS) {
                String click = SlackRequests.click(thumbsUp, "U" + i, STAGE.slack().responseUrl("thanks-" + i));
                ratings.add(() -> STAGE.requests().interaction(click).statusCode());
            }
            if (i < WIDGET_RATINGS) {
                ratings.add(() -> widget.postJson("/api/feedback", rating).status());
            }
        }
        ExecutorService senders = Executors.newFixedThreadPool(16);
        try {
            for (Future<Integer> sent : senders.invokeAll(ratings)) {
                assertTrue(sent.get() == 200 || sent.get() == 201, "status " + sent.get());
            }
        } finally {
            senders.shutdownNow();
        }
        for (int i = 0; i < SLACK_CLICKS; i++) {
            STAGE.slack().next(); // each click is thanked once its rating is stored
        }

        List<String> lines = Files.readAllLines(STAGE.data().resolve("feedback.jsonl"), StandardCharsets.UTF_8);
        assertEquals(SLACK_CLICKS + WIDGET_RATINGS, lines.size(), "one line per rating, in the one file");
        int fromSlack = 0;
        for (String line : lines) {
            JsonNode stored = whole(line);
            if (stored.path("source").asText().equals("slack")) {
                fromSlack++;
            } else {
                assertEquals(LONG_ANSWER, stored.path("answer").asText(), "the widget's answer is whole");
            }
        }
        assertEquals(SLACK_CLICKS, fromSlack);
    }

    private JsonNode whole(String line) {
        try {
            return mapper.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("a line is not whole JSON (interleaved?): "
                    + line.substring(0, Math.min(200, line.length())), e);
        }
    }
}
