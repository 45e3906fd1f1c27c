package dev.citebot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citebot.answer.Turn;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Events API against a real Citebot: answers go into the thread through the Slack SDK's chat.postMessage. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackEventsIT {
    @RegisterExtension
    static final SlackStage STAGE = SlackStage.slack(Map.of("CITEBOT_SLACK_BOT_TOKEN", TestCitebot.BOT_TOKEN));
    private static final String BOT_USER = "U0BOT";
    private static final String MESSAGE_TS = "1699990000.000100";
    private static final String EARLIER = "Where are the ECOWAS military chiefs meeting?";
    private final AtomicInteger messages = new AtomicInteger();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void theUrlVerificationChallengeIsEchoed() throws Exception {
        HttpResponse<String> response = STAGE.requests().event(
                "{\"token\":\"t\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}");

        assertEquals(200, response.statusCode());
        assertEquals("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
                mapper.readTree(response.body()).path("challenge").asText());
    }

    @Test
    void aMentionIsAnsweredInItsThreadWithCitationsThroughChatPostMessage() throws Exception {
        HttpResponse<String> ack = STAGE.requests().event(event(e -> e.put("type", "app_mention").put("ts", MESSAGE_TS)
                .put("text", "<@" + BOT_USER + "> " + TestCitebot.ANSWERABLE)));

        assertEquals(200, ack.statusCode());
        FakeSlack.Posted answer = STAGE.slack().next();
        assertEquals("/api/chat.postMessage", answer.path());
        assertEquals("Bearer " + TestCitebot.BOT_TOKEN, answer.authorization());
        assertEquals("C0001", answer.body().path("channel").asText());
        assertEquals(MESSAGE_TS, answer.body().path("thread_ts").asText(), "a new thread under the question");
        assertTrue(answer.blockText().contains("July 26"), answer.blockText());
        assertTrue(answer.blockText().contains("[1]"), answer.blockText());
        assertTrue(answer.blocks().toString().contains("\"value\":\"" + TestCitebot.ANSWERABLE + "\""),
                "the mention of the bot is not part of the question");
    }

    @Test
    void aMentionInsideAThreadIsAnsweredInThatThread() throws Exception {
        STAGE.requests().event(event(e -> e.put("type", "app_mention").put("thread_ts", "1699999999.000001")
                .put("text", "<@" + BOT_USER + "> " + TestCitebot.ANSWERABLE)));

        assertEquals("1699999999.000001", STAGE.slack().next().body().path("thread_ts").asText());
    }

    @Test
    void aDirectMessageIsAnsweredInItsThread() throws Exception {
        STAGE.requests().event(event(e -> e.put("type", "message").put("channel_type", "im").put("channel", "D0001")
                .put("text", TestCitebot.ANSWERABLE)));

        FakeSlack.Posted answer = STAGE.slack().next();
        assertEquals("D0001", answer.body().path("channel").asText());
        assertTrue(answer.blockText().contains("July 26"), answer.blockText());
    }

    @Test
    void anEmptyMentionGetsUsageHelpInTheThread() throws Exception {
        STAGE.requests().event(event(e -> e.put("type", "app_mention").put("ts", MESSAGE_TS)
                .put("text", "<@" + BOT_USER + ">")));

        FakeSlack.Posted help = STAGE.slack().next();
        assertEquals(MESSAGE_TS, help.body().path("thread_ts").asText());
        assertTrue(help.blockText().startsWith("Mention me with a question"), help.blockText());
    }

    @Test
    void aRetriedEventIsAnsweredOnce() throws Exception {
        String event = event(e -> e.put("type", "app_mention").put("text", "<@" + BOT_USER + "> "
                + TestCitebot.ANSWERABLE));
        STAGE.requests().event(event);
        STAGE.slack().next();

        HttpResponse<String> retry = STAGE.requests().event(event, Map.of("X-Slack-Retry-Num", "1",
                "X-Slack-Retry-Reason", "http_timeout"));

        assertEquals(200, retry.statusCode());
        STAGE.slack().assertNothingPostedWithin(Duration.ofMillis(1500));
    }

    @Test
    void aFollowUpInTheSameThreadIsReadWithTheQuestionBeforeIt() throws Exception {
        String first = "1700000100.000001";
        STAGE.requests().event(event(e -> e.put("type", "app_mention").put("ts", first)
                .put("text", "<@" + BOT_USER + "> " + EARLIER)));
        assertTrue(STAGE.slack().next().blockText().contains("Ghana"));

        STAGE.requests().event(event(e -> e.put("type", "app_mention").put("thread_ts", first)
                .put("text", "<@" + BOT_USER + "> and when?")));

        FakeSlack.Posted followUp = STAGE.slack().next();
        assertEquals(first, followUp.body().path("thread_ts").asText());
        assertTrue(followUp.blockText().contains("August 17"), followUp.blockText());
        assertEquals(List.of(new Turn("user", EARLIER)), ButtonValue.parse(buttonValue(followUp.blocks())).history(),
                "its buttons carry the earlier question, so a click is answered the same way");
    }

    @Test
    void theSameFollowUpInAThreadOfItsOwnHasNothingToLeanOnAndIsDeclined() throws Exception {
        STAGE.requests().event(event(e -> e.put("type", "app_mention").put("text", "<@" + BOT_USER + "> and when?")));

        FakeSlack.Posted alone = STAGE.slack().next();
        assertFalse(alone.blockText().contains("August 17"), alone.blockText());
        assertTrue(alone.blockText().startsWith("I could not find"), alone.blockText());
    }

    @Test
    void directMessagesOutsideAnyThreadAreOneConversation() throws Exception {
        STAGE.requests().event(event(e -> e.put("type", "message").put("channel_type", "im").put("channel", "D0FOLLOW")
                .put("text", EARLIER)));
        STAGE.slack().next();

        STAGE.requests().event(event(e -> e.put("type", "message").put("channel_type", "im").put("channel", "D0FOLLOW")
                .put("text", "and when?")));

        assertTrue(STAGE.slack().next().blockText().contains("August 17"));
    }

    private static String buttonValue(JsonNode blocks) {
        for (JsonNode block : blocks) {
            for (JsonNode element : block.path("elements")) {
                if (element.has("value")) {
                    return element.path("value").asText();
                }
            }
        }
        throw new AssertionError("no button in " + blocks);
    }

    static Stream<Arguments> notForTheBot() {
        return Stream.of(
                Arguments.of("the bot's own message", (Consumer<ObjectNode>) e -> e.put("user", BOT_USER)),
                Arguments.of("another bot's mention", (Consumer<ObjectNode>) e -> e.put("bot_id", "B0OTHER")),
                Arguments.of("a bot message in a DM", (Consumer<ObjectNode>) e -> e.put("type", "message")
                        .put("channel_type", "im").put("subtype", "bot_message").put("bot_id", "B0OTHER")),
                Arguments.of("an edited DM", (Consumer<ObjectNode>) e -> e.put("type", "message")
                        .put("channel_type", "im").put("subtype", "message_changed")),
                Arguments.of("a channel message that does not mention the bot", (Consumer<ObjectNode>) e -> e
                        .put("type", "message").put("channel_type", "channel")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notForTheBot")
    void messagesFromBotsOrNotAddressedToTheBotAreIgnored(String what, Consumer<ObjectNode> change) throws Exception {
        HttpResponse<String> response = STAGE.requests().event(event(e -> change.accept(
                e.put("type", "app_mention").put("text", "<@" + BOT_USER + "> " + TestCitebot.ANSWERABLE))));

        assertEquals(200, response.statusCode(), what);
        assertEquals(false, mapper.readTree(response.body()).path("ok").asBoolean());
        STAGE.slack().assertNothingPostedWithin(Duration.ofSeconds(1));
    }

    @Test
    void anEventSignedWithAnotherSecretIsRefusedAndNotAnswered() throws Exception {
        String event = event(e -> e.put("type", "app_mention").put("text", TestCitebot.ANSWERABLE));

        HttpResponse<String> response = STAGE.requests().post("/slack/events", "application/json", event,
                SlackRequests.signed(event, "another-apps-secret", java.time.Instant.now().getEpochSecond()));

        assertEquals(401, response.statusCode());
        STAGE.slack().assertNothingPostedWithin(Duration.ofSeconds(1));
    }

    /**
     * An event_callback as Slack sends it, with a fresh event id, from user U0ASKER in channel C0001, as a new
     * message (a fresh ts: each is a conversation of its own unless a test says otherwise).
     */
    private String event(Consumer<ObjectNode> details) {
        ObjectNode payload = mapper.createObjectNode().put("token", "t").put("team_id", "T0001")
                .put("api_app_id", "A0001").put("type", "event_callback").put("event_id", "Ev" + UUID.randomUUID())
                .put("event_time", 1700000000);
        payload.putArray("authorizations").addObject().put("team_id", "T0001").put("user_id", BOT_USER)
                .put("is_bot", true);
        String ts = "1700000000." + String.format("%06d", messages.incrementAndGet());
        ObjectNode event = payload.putObject("event").put("user", "U0ASKER").put("ts", ts)
                .put("channel", "C0001").put("event_ts", ts);
        details.accept(event);
        return payload.toString();
    }
}
