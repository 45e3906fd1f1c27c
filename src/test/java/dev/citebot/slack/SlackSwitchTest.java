package dev.citebot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.api.OpenApiRoutes;
import dev.citebot.chat.ChatFrontDoor;
import dev.citebot.config.MattermostSettings;
import dev.citebot.config.SlackSettings;
import dev.citebot.feedback.FeedbackStore;
import dev.citebot.http.ApiServer;
import dev.citebot.http.BoundedBody;
import dev.citebot.http.Routes;
import dev.citebot.mattermost.MattermostRoutes;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Whether the chat endpoints are on is decided by their secrets alone, and start-up says which. */
class SlackSwitchTest {
    private static final BoundedBody BODY = new BoundedBody(1_048_576, Duration.ofSeconds(10));
    private final ObjectMapper mapper = new ObjectMapper();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    @TempDir
    Path data;
    private Javalin server;

    @BeforeEach
    void captureLog() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stop() {
        root.detachAppender(log);
        server.stop();
    }

    @Test
    void withoutSecretsTheEndpointsAnswer404AndStartUpSaysTheyAreOff() throws Exception {
        SlackRequests requests = new SlackRequests(start(new SlackSettings("", "", "https://slack.com/api/",
                "ephemeral", 1, 1), new MattermostSettings("", "ephemeral")), "any");

        for (String path : List.of("/slack/commands", "/slack/events", "/slack/interactions", "/mattermost/commands")) {
            HttpResponse<String> response = requests.post(path, SlackRequests.FORM, "text=hi&token=",
                    requests.signed("text=hi&token="));
            assertEquals(404, response.statusCode(), path);
            assertEquals("not_found", mapper.readTree(response.body()).path("error").asText());
        }
        assertTrue(logged().contains("Slack endpoints are off: set CITEBOT_SLACK_SIGNING_SECRET to turn them on"));
        assertTrue(logged().contains("Mattermost slash commands are off: set CITEBOT_MATTERMOST_TOKEN to turn them on"));
    }

    @Test
    void switchedOffEndpointsAreStillDescribedInTheOpenApiDocument() throws Exception {
        SlackRequests requests = new SlackRequests(start(new SlackSettings("", "", "https://slack.com/api/",
                "ephemeral", 1, 1), new MattermostSettings("", "ephemeral")), "any");

        JsonNode openApi = mapper.readTree(requests.get("/openapi.json").body());

        for (String path : List.of("/slack/commands", "/slack/events", "/slack/interactions", "/mattermost/commands")) {
            assertTrue(openApi.path("paths").path(path).has("post"), path);
        }
        assertTrue(openApi.path("components").path("schemas").has("SlackCommandAck"));
        assertTrue(openApi.path("components").path("schemas").has("ApiError"), "the core schemas are kept");
    }

    @Test
    void startUpNeverLogsTheSecretsOrTheToken() {
        start(new SlackSettings("s3cr3t-signing", "xoxb-s3cr3t-token", "https://slack.com/api/", "ephemeral", 1, 1),
                new MattermostSettings("mm-s3cr3t-token", "ephemeral"));

        String logged = logged();
        assertTrue(logged.contains("Slack endpoints are on"));
        assertTrue(logged.contains("Mattermost slash commands are on"));
        assertFalse(logged.contains("s3cr3t"), logged);
        assertFalse(new SlackSettings("s3cr3t", "xoxb-s3cr3t", "https://slack.com/api/", "ephemeral", 1, 1)
                .toString().contains("s3cr3t"));
        assertFalse(new MattermostSettings("s3cr3t", "ephemeral").toString().contains("s3cr3t"));
    }

    private int start(SlackSettings slack, MattermostSettings mattermost) {
        ChatFrontDoor frontDoor = new ChatFrontDoor(question -> {
            throw new AssertionError("nothing is answered here");
        }, slack.workers(), slack.queueSize(), List.of(
                new SlackFrontDoor(slack, new FeedbackStore(data), BODY, 2000, Clock.systemUTC()),
                new MattermostRoutes(mattermost, BODY, 2000)));
        List<Routes> frontDoors = new ArrayList<>(List.of(frontDoor));
        frontDoors.add(new OpenApiRoutes(frontDoors));
        server = ApiServer.create(1_048_576, frontDoors).start("127.0.0.1", 0);
        return server.port();
    }

    private String logged() {
        StringBuilder all = new StringBuilder();
        log.list.forEach(e -> all.append(e.getFormattedMessage()).append('\n'));
        return all.toString();
    }
}
