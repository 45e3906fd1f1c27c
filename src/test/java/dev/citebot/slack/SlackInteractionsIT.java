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
        JsonNode thumbsUp = answerTo(TestCitebot.ANSWERABLE).button("citebot_feedback_up");
        int before = stored().size();

        HttpResponse<String> ack = click(thumbsUp, "U0RATER", "rated");

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
        assertEquals("default", rating.collection(), "a channel not mapped to a collection asks the default");
    }

    @Test
    void aThumbsDownIsStoredAsDown() throws Exception {
        JsonNode thumbsDown = answerTo(TestCitebot.ANSWERABLE).button("citebot_feedback_down");

        click(thumbsDown, "U0RATER", "rated-down");

        STAGE.slack().next();
        List<Feedback> stored = stored();
        assertEquals("down", stored.get(stored.size() - 1).rating());
    }

    @Test
    void showAllSourcesListsEverySourceInFullOnlyToTheClicker() throws Exception {
        JsonNode showSources = answerTo(TestCitebot.ANSWERABLE).button("citebot_show_sources");

        click(showSources, "U0READER", "sources");

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

        click(showSources, "U0READER", "follow-up-sources");

        String shown = STAGE.slack().next().blockText();
        assertTrue(shown.startsWith("*Sources for: and when?*"), shown);
        assertTrue(shown.contains("August 17"), shown);
    }

    @Test
    void aClickSignedWithAnotherSecretIsRefusedAndNothingIsStored() throws Exception {
        String body = SlackRequests.form(Map.of("payload", SlackRequests.click(mapper.createObjectNode()
                .put("action_id", "citebot_feedback_up").put("value", TestCitebot.ANSWERABLE), "U0FORGER",
                STAGE.slack().responseUrl("forged"))));
        int before = stored().size();

        HttpResponse<String> response = STAGE.requests().post("/slack/interactions", SlackRequests.FORM, body,
                SlackRequests.signed(body, "another-apps-secret", Instant.now().getEpochSecond()));

        assertEquals(401, response.statusCode());
        STAGE.slack().assertNothingPostedWithin(Duration.ofSeconds(1));
        assertEquals(before, stored().size());
    }

    /** Clicks the button as that user; Citebot replies through the response URL of that name. */
    private static HttpResponse<String> click(JsonNode button, String user, String replyTo) throws Exception {
        return STAGE.requests().interaction(SlackRequests.click(button, user, STAGE.slack().responseUrl(replyTo)));
    }

    /** The answer Citebot posts for a slash command. */
    private static FakeSlack.Posted answerTo(String question) throws Exception {
        STAGE.requests().command(question, STAGE.slack().responseUrl("answer"));
        return STAGE.slack().next();
    }

    /** The feedback in the server's data folder, as the server stored it. */
    private static List<Feedback> stored() {
        return new FeedbackStore(STAGE.data()).all();
    }
}
