package dev.citebot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citebot.support.CitebotProcess;
import dev.citebot.support.Citebots;
import dev.citebot.support.PgliteServer;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two replicas (real child JVMs) sharing one Postgres store (PGlite with pgvector) behind an imagined load
 * balancer: Slack's retry of an event reaches the other replica, which must not answer it again, and a follow-up
 * in a thread reaches another replica than its question.
 */
class ReplicaSlackEventsIT {
    @RegisterExtension
    static final PgliteServer DB = new PgliteServer();
    private static final String BOT_USER = "U0BOT";
    private static final Duration START = Duration.ofMinutes(3);

    private static FakeSlack slack;
    private static CitebotProcess first;
    private static CitebotProcess second;

    @BeforeAll
    static void startTwoReplicas() throws Exception {
        slack = new FakeSlack();
        Path dir = Citebots.temporary("citebot-replica-slack");
        Path seeds = TestCitebot.seeds(Files.createDirectory(dir.resolve("seeds")));
        first = CitebotProcess.start(Files.createDirectory(dir.resolve("a")), seeds, dir.resolve("cache-a"),
                settings(true));
        first.awaitReady(START);
        second = CitebotProcess.start(Files.createDirectory(dir.resolve("b")),
                Files.createDirectory(dir.resolve("b-seeds")), dir.resolve("cache-b"), settings(false));
        second.awaitReady(START);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {second, first, slack}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // closing the rest matters more
            }
        }
    }

    private static Map<String, String> settings(boolean writer) {
        Map<String, String> settings = new HashMap<>(DB.settings(writer));
        settings.put("CITEBOT_SLACK_SIGNING_SECRET", TestCitebot.SECRET);
        settings.put("CITEBOT_SLACK_API_URL", slack.apiUrl());
        settings.put("CITEBOT_SLACK_BOT_TOKEN", TestCitebot.BOT_TOKEN);
        settings.put("CITEBOT_INGEST_ISOLATION", "none");
        return settings;
    }

    @Test
    void anEventToOneReplicaAndItsRetryToAnotherAreAnsweredOnce() throws Exception {
        String event = event();
        HttpResponse<String> delivered = new SlackRequests(first.port(), TestCitebot.SECRET).event(event);
        assertEquals(200, delivered.statusCode(), delivered.body());
        FakeSlack.Posted answer = slack.next();
        assertTrue(answer.blockText().contains("July 26"), answer.blockText());

        HttpResponse<String> retry = new SlackRequests(second.port(), TestCitebot.SECRET).event(event,
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));

        assertEquals(200, retry.statusCode(), retry.body());
        slack.assertNothingPostedWithin(Duration.ofSeconds(3));
    }

    @Test
    void aNewEventToTheOtherReplicaIsAnswered() throws Exception {
        HttpResponse<String> delivered = new SlackRequests(second.port(), TestCitebot.SECRET).event(event());
        assertEquals(200, delivered.statusCode(), delivered.body());
        FakeSlack.Posted answer = slack.next();
        assertTrue(answer.blockText().contains("July 26"), answer.blockText());
        slack.assertDrained();
    }

    @Test
    void aFollowUpReachingTheOtherReplicaIsReadWithTheQuestionBeforeIt() throws Exception {
        String thread = "1700000200." + String.format("%06d", System.nanoTime() % 1_000_000);
        new SlackRequests(first.port(), TestCitebot.SECRET).event(event(thread, null,
                "Where are the ECOWAS military chiefs meeting?"));
        assertTrue(slack.next().blockText().contains("Ghana"));

        new SlackRequests(second.port(), TestCitebot.SECRET).event(event(thread + "1", thread, "and when?"));

        FakeSlack.Posted followUp = slack.next();
        assertEquals(thread, followUp.body().path("thread_ts").asText());
        assertTrue(followUp.blockText().contains("August 17"), followUp.blockText());
    }

    /** A mention of the bot asking the seed's answerable question, with a fresh event id. */
    private static String event() {
        String ts = "1700000000." + String.format("%06d", System.nanoTime() % 1_000_000);
        return event(ts, null, TestCitebot.ANSWERABLE);
    }

    /** A mention of the bot at {@code ts} (in thread {@code thread}, or none), with a fresh event id. */
    private static String event(String ts, String thread, String question) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode payload = mapper.createObjectNode().put("token", "t").put("team_id", "T0001")
                .put("api_app_id", "A0001").put("type", "event_callback").put("event_id", "Ev" + UUID.randomUUID())
                .put("event_time", 1700000000);
        payload.putArray("authorizations").addObject().put("team_id", "T0001").put("user_id", BOT_USER)
                .put("is_bot", true);
        ObjectNode event = payload.putObject("event").put("type", "app_mention").put("user", "U0ASKER")
                .put("ts", ts).put("channel", "C0001").put("event_ts", ts).put("text", "<@" + BOT_USER + "> " + question);
        if (thread != null) {
            event.put("thread_ts", thread);
        }
        return payload.toString();
    }
}
