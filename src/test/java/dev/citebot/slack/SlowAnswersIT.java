package dev.citebot.slack;

import dev.citebot.config.MattermostSettings;
import dev.citebot.config.SlackSettings;
import dev.citebot.chat.ChatFrontDoor;
import dev.citebot.chat.ChatReplies;
import dev.citebot.pipeline.Answerer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.answer.Answer;
import dev.citebot.http.ApiServer;
import dev.citebot.feedback.FeedbackStore;
import dev.citebot.http.BoundedBody;
import dev.citebot.mattermost.MattermostRoutes;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slack gives up after three seconds. With a pipeline slowed to ten seconds a question, a mention, a click and a
 * Mattermost command are all still acknowledged in time: the real server and front door, only the answerer is slow.
 */
class SlowAnswersIT {
    private static final BoundedBody BODY = new BoundedBody(1_048_576, Duration.ofSeconds(10));
    private static final Duration SLACK_PATIENCE = Duration.ofSeconds(3);
    private static final String MATTERMOST_TOKEN = "mm-command-token";
    private final ObjectMapper mapper = new ObjectMapper();
    private final Answerer tenSeconds = question -> {
        try {
            Thread.sleep(10_000); // the slow answer is what is tested, not a wait for something
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Answer("Late. [1]", true, List.of(), List.of(), "extractive", 10_000);
    };
    @TempDir
    Path data;
    private FakeSlack slack;
    private Javalin server;

    @BeforeEach
    void startSlack() throws Exception {
        slack = new FakeSlack();
    }

    @AfterEach
    void stop() {
        server.stop();
        slack.close();
    }

    @Test
    void everyRequestIsAcknowledgedInUnderThreeSecondsWhileTheAnswerTakesTen() throws Exception {
        SlackRequests requests = new SlackRequests(start(2, 50), TestCitebot.SECRET);

        HttpResponse<String> command = timed(() -> requests.command("When?", slack.responseUrl("c")));
        HttpResponse<String> mention = timed(() -> requests.event("{\"type\":\"event_callback\",\"event_id\":\"Ev1\","
                + "\"event\":{\"type\":\"app_mention\",\"user\":\"U1\",\"text\":\"<@U0BOT> When?\",\"ts\":\"1.2\","
                + "\"channel\":\"C1\"},\"authorizations\":[{\"user_id\":\"U0BOT\"}]}"));
        HttpResponse<String> click = timed(() -> requests.interaction("{\"type\":\"block_actions\",\"user\":{\"id\":"
                + "\"U1\"},\"response_url\":\"" + slack.responseUrl("i") + "\",\"actions\":[{\"action_id\":"
                + "\"citebot_feedback_up\",\"value\":\"When?\"}]}"));
        HttpResponse<String> mattermost = timed(() -> requests.post(MattermostRoutes.PATH, SlackRequests.FORM,
                SlackRequests.form(Map.of("token", MATTERMOST_TOKEN, "text", "When?", "response_url",
                        slack.responseUrl("m"))), Map.of()));

        for (HttpResponse<String> response : List.of(command, mention, click, mattermost)) {
            assertEquals(200, response.statusCode(), response.uri() + " " + response.body());
        }
        assertTrue(mapper.readTree(command.body()).path("text").asText().startsWith("Looking that up"));
        assertTrue(mapper.readTree(mention.body()).path("ok").asBoolean(), "the mention is taken on");
    }

    @Test
    void whenEveryWorkerIsBusyAQuestionIsTurnedAwayAtOnceAndAnEventIsLeftForSlackToRetry() throws Exception {
        SlackRequests requests = new SlackRequests(start(1, 1), TestCitebot.SECRET);
        requests.command("one", slack.responseUrl("1"));
        requests.command("two", slack.responseUrl("2"));

        HttpResponse<String> third = timed(() -> requests.command("three", slack.responseUrl("3")));
        HttpResponse<String> event = timed(() -> requests.event("{\"type\":\"event_callback\",\"event_id\":\"Ev2\","
                + "\"event\":{\"type\":\"app_mention\",\"user\":\"U1\",\"text\":\"four\",\"ts\":\"1.2\","
                + "\"channel\":\"C1\"}}"));

        assertEquals(ChatReplies.BUSY, mapper.readTree(third.body()).path("text").asText());
        assertEquals(503, event.statusCode(), "Slack retries a failed delivery later");
    }

    /** Sends the request and checks it was answered within Slack's three seconds. */
    private static HttpResponse<String> timed(Callable<HttpResponse<String>> request) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = request.call();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertTrue(took.compareTo(SLACK_PATIENCE) < 0, response.uri() + " took " + took.toMillis() + " ms");
        return response;
    }

    private int start(int workers, int queueSize) {
        SlackSettings settings = new SlackSettings(TestCitebot.SECRET, TestCitebot.BOT_TOKEN, slack.apiUrl(),
                "ephemeral", workers, queueSize);
        MattermostRoutes mattermost = new MattermostRoutes(new MattermostSettings(MATTERMOST_TOKEN, "in_channel"),
                BODY, 2000);
        ChatFrontDoor frontDoor = new ChatFrontDoor(tenSeconds, workers, queueSize, List.of(
                new SlackFrontDoor(settings, new FeedbackStore(data), BODY, 2000, Clock.systemUTC()), mattermost));
        server = ApiServer.create(1_048_576, List.of(frontDoor)).start("127.0.0.1", 0);
        return server.port();
    }
}
