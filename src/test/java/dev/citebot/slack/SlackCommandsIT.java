package dev.citebot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Slash commands against a real Citebot (real model, real seed); a loopback stand-in plays Slack. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackCommandsIT {
    @RegisterExtension
    static final SlackStage STAGE = SlackStage.slack(Map.of("CITEBOT_SLACK_RESPONSE_TYPE", "in_channel"));
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aCommandIsAcknowledgedPrivatelyAtOnceAndAnsweredWithCitationsThroughTheResponseUrl() throws Exception {
        HttpResponse<String> ack = STAGE.requests().command(TestCitebot.ANSWERABLE, STAGE.slack().responseUrl("answer"));

        assertEquals(200, ack.statusCode());
        JsonNode ackBody = mapper.readTree(ack.body());
        assertEquals("ephemeral", ackBody.path("response_type").asText());
        assertTrue(ackBody.path("text").asText().startsWith("Looking that up"));
        FakeSlack.Posted answer = STAGE.slack().next();
        assertEquals("/respond/answer", answer.path());
        assertEquals("in_channel", answer.body().path("response_type").asText(), "as STAGE.slack().response.type says");
        assertFalse(answer.body().path("replace_original").asBoolean());
        String shown = answer.blockText();
        assertTrue(shown.contains("July 26"), shown);
        assertTrue(shown.contains("[1]"), "the answer keeps its citation markers: " + shown);
        JsonNode context = find(answer.blocks(), "context");
        assertTrue(context.path("elements").get(0).path("text").asText().startsWith("*[1] "), "sources are listed");
        JsonNode buttons = find(answer.blocks(), "actions").path("elements");
        assertEquals("citebot_feedback_up", buttons.get(0).path("action_id").asText());
        assertEquals("citebot_feedback_down", buttons.get(1).path("action_id").asText());
        assertEquals("citebot_show_sources", buttons.get(2).path("action_id").asText());
        assertEquals(TestCitebot.ANSWERABLE, buttons.get(0).path("value").asText());
    }

    @Test
    void aQuestionTheDocumentsDoNotAnswerIsDeclinedWithTheClosestPassages() throws Exception {
        STAGE.requests().command(TestCitebot.DECLINED, STAGE.slack().responseUrl("declined"));

        FakeSlack.Posted answer = STAGE.slack().next();
        String shown = answer.blockText();
        assertFalse(shown.contains("[1]"), shown);
        assertTrue(shown.contains("Closest: "), shown);
    }

    @Test
    void anEmptyCommandGetsUsageHelpAndNothingIsPosted() throws Exception {
        HttpResponse<String> ack = STAGE.requests().command("  ", STAGE.slack().responseUrl("empty"));

        assertEquals(200, ack.statusCode());
        JsonNode body = mapper.readTree(ack.body());
        assertEquals("ephemeral", body.path("response_type").asText());
        assertTrue(body.path("text").asText().contains("Type /citebot and a question"), ack.body());
        STAGE.slack().assertNothingPostedWithin(Duration.ofSeconds(1));
    }

    @Test
    void aDocumentThatPingsTheChannelOrDisguisesALinkIsCitedHarmlessly() throws Exception {
        STAGE.requests().command(TestCitebot.HOSTILE, STAGE.slack().responseUrl("hostile"));

        String posted = STAGE.slack().next().body().toString();
        assertTrue(posted.contains("March 3"), posted);
        assertTrue(posted.contains("&lt;!channel&gt;"), posted);
        assertTrue(posted.contains("&lt;@U0ADMIN&gt;"), posted);
        assertTrue(posted.contains("&lt;https://evil|x&gt;"), posted);
        assertTrue(posted.contains("&amp; [more]"), posted);
        assertFalse(posted.contains("<!channel>") || posted.contains("<@U0ADMIN>") || posted.contains("<https://evil"));
    }

    static Stream<Arguments> badSignatures() {
        String body = SlackRequests.commandBody(TestCitebot.ANSWERABLE, "http://127.0.0.1:9/never");
        long now = Instant.now().getEpochSecond();
        return Stream.of(
                Arguments.of("tampered body", body.replace("Bazoum", "Tinubu"),
                        SlackRequests.signed(body, TestCitebot.SECRET, now)),
                Arguments.of("wrong secret", body, SlackRequests.signed(body, "not-the-secret", now)),
                Arguments.of("timestamp older than 300 s", body, SlackRequests.signed(body, TestCitebot.SECRET, now - 301)),
                Arguments.of("missing headers", body, Map.of()),
                Arguments.of("missing signature", body,
                        Map.of("X-Slack-Request-Timestamp", Long.toString(now))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSignatures")
    void aRequestNotSignedBySlackIsRefusedWith401AndNothingIsAnswered(String why, String body,
                                                                       Map<String, String> headers) throws Exception {
        String sent = body.replace("http%3A%2F%2F127.0.0.1%3A9%2Fnever",
                java.net.URLEncoder.encode(STAGE.slack().responseUrl("forged"), java.nio.charset.StandardCharsets.UTF_8));
        HttpResponse<String> response = STAGE.requests().post("/slack/commands", SlackRequests.FORM,
                why.equals("tampered body") ? sent : body, headers);

        assertEquals(401, response.statusCode(), why);
        assertEquals("unauthorized", mapper.readTree(response.body()).path("error").asText());
        STAGE.slack().assertNothingPostedWithin(Duration.ofSeconds(1));
    }

    @Test
    void aCorrectlySignedRequestWithAStaleTimestampIsRefusedAsTooOldNotAsUnsigned() throws Exception {
        String body = SlackRequests.commandBody(TestCitebot.ANSWERABLE, STAGE.slack().responseUrl("stale"));
        HttpResponse<String> stale = STAGE.requests().post("/slack/commands", SlackRequests.FORM, body,
                SlackRequests.signed(body, TestCitebot.SECRET, Instant.now().getEpochSecond() - 301));
        HttpResponse<String> unsigned = STAGE.requests().post("/slack/commands", SlackRequests.FORM, body,
                SlackRequests.signed(body, "not-the-secret", Instant.now().getEpochSecond()));

        assertEquals(401, stale.statusCode());
        String message = mapper.readTree(stale.body()).path("message").asText();
        assertTrue(message.contains("too old") && !message.contains("not signed"), message);
        assertTrue(mapper.readTree(unsigned.body()).path("message").asText().contains("not signed"), unsigned.body());
        STAGE.slack().assertNothingPostedWithin(Duration.ofSeconds(1));
    }

    @Test
    void theOpenApiDocumentDescribesEverySlackAndMattermostRoute() throws Exception {
        JsonNode paths = mapper.readTree(STAGE.requests().get("/openapi.json").body()).path("paths");

        for (String path : new String[] {"/slack/commands", "/slack/events", "/slack/interactions",
                "/mattermost/commands"}) {
            assertTrue(paths.has(path), path + " is described");
        }
    }

    private static JsonNode find(JsonNode blocks, String type) {
        for (JsonNode block : blocks) {
            if (block.path("type").asText().equals(type)) {
                return block;
            }
        }
        throw new AssertionError("no " + type + " block in " + blocks);
    }
}
