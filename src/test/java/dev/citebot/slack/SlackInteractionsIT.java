package dev.citebot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citebot.answer.Turn;
import dev.citebot.feedback.Feedback;
import dev.citebot.feedback.FeedbackStore;
import dev.citebot.pipeline.Question;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The buttons under an answer, clicked as Slack reports clicks, against a real Citebot. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackInteractionsIT {
    @RegisterExtension
    static final SlackStage STAGE = SlackStage.slack(Map.of());
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aThumbsUpUnderAnAnswerIsStoredAsSlackFeedbackWithTheQuestionAndTheAnswer() throws Exception {
        JsonNode thumbsUp = button(answerTo(TestCitebot.ANSWERABLE), "citebot_feedback_up");
        int before = stored().size();

        HttpResponse<String> ack = STAGE.requests().interaction(click(thumbsUp, "U0RATER", STAGE.slack().responseUrl("rated")));

        assertEquals(200, ack.statusCode());
        FakeSlack.Posted thanks = STAGE.slack().next();
        assertEquals("/respond/rated", thanks.path());
        assertEquals("ephemeral", thanks.body().path("response_type").asText());
        assertFalse(thanks.body().path("replace_original").asBoolean(), "the rated answer stays as it was");
        assertEquals(SlackInteractions.THANKS, thanks.blockText().strip());
        List<Feedback> stored = stored();
        assertEquals(before + 1, stored.size());
        Feedback rating = stored.get(stored.size() - 1);
        assertEquals("slack", rating.source());
        assertEquals("up", rating.rating());
        assertEquals(TestCitebot.ANSWERABLE, rating.question());
        assertTrue(rating.answer().contains("July 26"), rating.answer());
        assertEquals("U0RATER", rating.user());
    }

    @Test
    void aThumbsDownIsStoredAsDown() throws Exception {
        JsonNode thumbsDown = button(answerTo(TestCitebot.ANSWERABLE), "citebot_feedback_down");

        STAGE.requests().interaction(click(thumbsDown, "U0RATER", STAGE.slack().responseUrl("rated-down")));

        STAGE.slack().next();
        List<Feedback> stored = stored();
        assertEquals("down", stored.get(stored.size() - 1).rating());
    }

    @Test
    void showAllSourcesListsEverySourceInFullOnlyToTheClicker() throws Exception {
        JsonNode showSources = button(answerTo(TestCitebot.ANSWERABLE), "citebot_show_sources");

        STAGE.requests().interaction(click(showSources, "U0READER", STAGE.slack().responseUrl("sources")));

        FakeSlack.Posted sources = STAGE.slack().next();
        assertEquals("ephemeral", sources.body().path("response_type").asText());
        String shown = sources.blockText();
        assertTrue(shown.startsWith("*Sources for: " + TestCitebot.ANSWERABLE + "*"), shown);
        assertTrue(shown.contains("*[1] "), shown);
        assertTrue(shown.contains("(niger-crisis-putin-ecowas.txt)"), shown);
        assertTrue(shown.contains("July 26"), shown);
    }

    @Test
    void aButtonUnderAFollowUpIsAnsweredWithTheQuestionBeforeIt() throws Exception {
        String value = ButtonValue.of(new Question("and when?",
                List.of(new Turn("user", "Where are the ECOWAS military chiefs meeting?")), 0));
        JsonNode showSources = mapper.createObjectNode().put("action_id", "citebot_show_sources").put("value", value);

        STAGE.requests().interaction(click(showSources, "U0READER", STAGE.slack().responseUrl("follow-up-sources")));

        String shown = STAGE.slack().next().blockText();
        assertTrue(shown.startsWith("*Sources for: and when?*"), shown);
        assertTrue(shown.contains("August 17"), shown);
    }

    @Test
    void aClickSignedWithAnotherSecretIsRefusedAndNothingIsStored() throws Exception {
        String body = SlackRequests.form(Map.of("payload", click(mapper.createObjectNode()
                .put("action_id", "citebot_feedback_up").put("value", TestCitebot.ANSWERABLE), "U0FORGER",
                STAGE.slack().responseUrl("forged"))));
        int before = stored().size();

        HttpResponse<String> response = STAGE.requests().post("/slack/interactions", SlackRequests.FORM, body,
                SlackRequests.signed(body, "another-apps-secret", Instant.now().getEpochSecond()));

        assertEquals(401, response.statusCode());
        STAGE.slack().assertNothingPostedWithin(Duration.ofSeconds(1));
        assertEquals(before, stored().size());
    }

    /** The blocks of the answer Citebot posts for a slash command. */
    private JsonNode answerTo(String question) throws Exception {
        STAGE.requests().command(question, STAGE.slack().responseUrl("answer"));
        return STAGE.slack().next().blocks();
    }

    private static JsonNode button(JsonNode blocks, String actionId) {
        for (JsonNode block : blocks) {
            for (JsonNode element : block.path("elements")) {
                if (element.path("action_id").asText().equals(actionId)) {
                    return element;
                }
            }
        }
        throw new AssertionError("no " + actionId + " button in " + blocks);
    }

    /** A block_actions payload as Slack sends it when a person clicks the button. */
    private String click(JsonNode button, String user, String responseUrl) {
        ObjectNode payload = mapper.createObjectNode().put("type", "block_actions").put("trigger_id", "1.2.3")
                .put("response_url", responseUrl);
        payload.putObject("user").put("id", user).put("team_id", "T0001");
        payload.putObject("container").put("type", "message").put("is_ephemeral", true);
        payload.putArray("actions").addObject().put("type", "button").put("block_id", "b1")
                .put("action_id", button.path("action_id").asText()).put("value", button.path("value").asText())
                .put("action_ts", "1700000002.000300");
        return payload.toString();
    }

    /** The feedback in the server's data folder, as the server stored it. */
    private static List<Feedback> stored() {
        return new FeedbackStore(STAGE.data()).all();
    }
}
