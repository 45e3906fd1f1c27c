package dev.citebot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replayed and forged Slack requests against a real Citebot, on the routes their siblings do not cover:
 * a signed event or click captured and re-sent after the five-minute window is refused as too old; an event
 * delivered again (as Slack's own retries, without their headers, or as a byte-for-byte replay) is answered
 * once; an event or a click whose body was changed after signing is a 401, and nothing is answered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackReplayIT {
    @RegisterExtension
    static final SlackStage STAGE = SlackStage.slack(Map.of("CITEBOT_SLACK_BOT_TOKEN", TestCitebot.BOT_TOKEN));
    private static final String BOT_USER = "U0BOT";
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aSignedEventReSentAfterFiveMinutesIsRefusedAsTooOldAndNotAnswered() throws Exception {
        String event = mention(TestCitebot.ANSWERABLE);
        Map<String, String> capturedHeaders = SlackRequests.signed(event, TestCitebot.SECRET,
                Instant.now().getEpochSecond() - 301);

        HttpResponse<String> replay = STAGE.requests().post("/slack/events", "application/json", event,
                capturedHeaders);

        assertEquals(401, replay.statusCode());
        assertTrue(mapper.readTree(replay.body()).path("message").asText().contains("too old"), replay.body());
        STAGE.slack().assertNothingPostedWithin(Duration.ofSeconds(1));
    }

    @Test
    void aSignedClickReSentAnHourLaterIsRefusedAsTooOldAndNotAnswered() throws Exception {
        String body = SlackRequests.form(Map.of("payload", click(STAGE.slack().responseUrl("replayed-click"))));

        HttpResponse<String> replay = STAGE.requests().post("/slack/interactions", SlackRequests.FORM, body,
                SlackRequests.signed(body, TestCitebot.SECRET, Instant.now().getEpochSecond() - 3600));

        assertEquals(401, replay.statusCode());
        assertTrue(mapper.readTree(replay.body()).path("message").asText().contains("too old"), replay.body());
        STAGE.slack().assertNothingPostedWithin(Duration.ofSeconds(1));
    }

    @Test
    void theSameEventReplayedByteForByteWithinTheWindowIsAnsweredOnce() throws Exception {
        String event = mention(TestCitebot.ANSWERABLE);
        Map<String, String> headers = STAGE.requests().signed(event);
        assertEquals(200, STAGE.requests().post("/slack/events", "application/json", event, headers).statusCode());
        assertTrue(STAGE.slack().next().blockText().contains("July 26"));

        HttpResponse<String> replay = STAGE.requests().post("/slack/events", "application/json", event, headers);

        assertEquals(200, replay.statusCode());
        STAGE.slack().assertNothingPostedWithin(Duration.ofMillis(1500));
    }

    @Test
    void theSameEventIdDeliveredTwiceWithoutRetryHeadersIsAnsweredOnce() throws Exception {
        String event = mention(TestCitebot.ANSWERABLE);
        STAGE.requests().event(event);
        STAGE.slack().next();

        HttpResponse<String> again = STAGE.requests().event(event);

        assertEquals(200, again.statusCode());
        STAGE.slack().assertNothingPostedWithin(Duration.ofMillis(1500));
    }

    @Test
    void anEventWhoseBodyWasChangedAfterSigningIsRefusedAndNotAnswered() throws Exception {
        String signedEvent = mention(TestCitebot.ANSWERABLE);
        String changed = signedEvent.replace("U0ASKER", "U0FORGER");

        HttpResponse<String> response = STAGE.requests().post("/slack/events", "application/json", changed,
                STAGE.requests().signed(signedEvent));

        assertEquals(401, response.statusCode());
        assertEquals("unauthorized", mapper.readTree(response.body()).path("error").asText());
        STAGE.slack().assertNothingPostedWithin(Duration.ofSeconds(1));
    }

    @Test
    void aClickWhoseBodyWasChangedAfterSigningIsRefusedAndNotAnswered() throws Exception {
        String signed = SlackRequests.form(Map.of("payload", click(STAGE.slack().responseUrl("signed-click"))));
        String changed = SlackRequests.form(Map.of("payload", click(STAGE.slack().responseUrl("forged-click"))));

        HttpResponse<String> response = STAGE.requests().post("/slack/interactions", SlackRequests.FORM, changed,
                STAGE.requests().signed(signed));

        assertEquals(401, response.statusCode());
        assertEquals("unauthorized", mapper.readTree(response.body()).path("error").asText());
        STAGE.slack().assertNothingPostedWithin(Duration.ofSeconds(1));
    }

    /** An app_mention event_callback with a fresh event id, from U0ASKER in C0001. */
    private String mention(String question) {
        ObjectNode payload = mapper.createObjectNode().put("token", "t").put("team_id", "T0001")
                .put("api_app_id", "A0001").put("type", "event_callback").put("event_id", "Ev" + UUID.randomUUID())
                .put("event_time", 1700000000);
        payload.putArray("authorizations").addObject().put("team_id", "T0001").put("user_id", BOT_USER)
                .put("is_bot", true);
        String ts = "1700000000." + String.format("%06d", Math.abs(UUID.randomUUID().hashCode() % 1_000_000));
        payload.putObject("event").put("type", "app_mention").put("user", "U0ASKER").put("ts", ts)
                .put("channel", "C0001").put("event_ts", ts).put("text", "<@" + BOT_USER + "> " + question);
        return payload.toString();
    }

    /** A click on "show sources" for the answerable question, as Slack sends it. */
    private String click(String responseUrl) {
        ObjectNode payload = mapper.createObjectNode().put("type", "block_actions").put("trigger_id", "1.2.3")
                .put("response_url", responseUrl);
        payload.putObject("user").put("id", "U0CLICKER").put("team_id", "T0001");
        payload.putObject("container").put("type", "message").put("is_ephemeral", true);
        payload.putArray("actions").addObject().put("type", "button").put("block_id", "b1")
                .put("action_id", "citebot_show_sources").put("value", TestCitebot.ANSWERABLE)
                .put("action_ts", "1700000002.000300");
        return payload.toString();
    }
}
