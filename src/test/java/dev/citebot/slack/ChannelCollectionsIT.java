package dev.citebot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citebot.support.Http;
import dev.citebot.support.Poll;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Slack and Mattermost channels mapped to collections (slack.channel.collections, mattermost.channel.collections)
 * against a real Citebot, and a rating given there stored with the channel's collection; a loopback stand-in
 * plays Slack and Mattermost.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChannelCollectionsIT {
    private static final String ADMIN = "channel-admin-key";
    private static final String MATTERMOST_TOKEN = "mm-channel-token";
    private static final String QUESTION = "Where do okapis live?";
    @RegisterExtension
    static final SlackStage STAGE = SlackStage.slack(Map.of("CITEBOT_ADMIN_KEY", ADMIN,
            "CITEBOT_SLACK_BOT_TOKEN", TestCitebot.BOT_TOKEN, "CITEBOT_SLACK_CHANNEL_COLLECTIONS", "C0ZOO:zoo",
            "CITEBOT_MATTERMOST_TOKEN", MATTERMOST_TOKEN, "CITEBOT_MATTERMOST_CHANNEL_COLLECTIONS", "mmzoochannel:zoo"));
    private final ObjectMapper mapper = new ObjectMapper();
    private FakeSlack slack;
    private SlackRequests requests;
    private Http http;

    @BeforeAll
    void createTheZooCollection() {
        slack = STAGE.slack();
        requests = STAGE.requests();
        http = STAGE.http();
        assertEquals(201, admin("/api/collections", "application/json", "{\"name\": \"zoo\"}").status());
        Http.Reply upload = admin("/api/collections/zoo/documents?filename=okapis.txt", "text/plain",
                "Okapi handbook\n\nOkapis live in the Ituri rainforest of the Congo.\n");
        String url = upload.json().path("documents").get(0).path("status_url").asText();
        Poll.until(Duration.ofSeconds(90), "the okapi file indexed", () -> http.get(url).json(),
                d -> d.path("status").asText().equals("ready"));
    }

    @Test
    void aSlashCommandInAMappedChannelAsksItsCollectionAndOtherChannelsAskDefault() throws Exception {
        requests.post("/slack/commands", SlackRequests.FORM, slashCommand("C0ZOO", slack.responseUrl("zoo")),
                requests.signed(slashCommand("C0ZOO", slack.responseUrl("zoo"))));
        assertTrue(slack.next().body().toString().contains("Ituri"), "answered from the zoo collection");

        requests.post("/slack/commands", SlackRequests.FORM, slashCommand("C0OTHER", slack.responseUrl("other")),
                requests.signed(slashCommand("C0OTHER", slack.responseUrl("other"))));
        assertFalse(slack.next().body().toString().contains("Ituri"), "answered from the default collection");
    }

    @Test
    void aThumbsUpUnderAnAnswerInAMappedChannelIsStoredWithItsCollection() throws Exception {
        String command = slashCommand("C0ZOO", slack.responseUrl("zoo-rated"));
        requests.post("/slack/commands", SlackRequests.FORM, command, requests.signed(command));
        JsonNode thumbsUp = slack.next().button("citebot_feedback_up");
        ObjectNode click = (ObjectNode) mapper.readTree(SlackRequests.click(thumbsUp, "U0RATER",
                slack.responseUrl("zoo-thanks")));
        click.putObject("channel").put("id", "C0ZOO");

        assertEquals(200, requests.interaction(click.toString()).statusCode());

        slack.next(); // the thanks, once the rating is stored
        JsonNode zoo = http.get("/api/feedback?collection=zoo", "Authorization", "Bearer " + ADMIN).json()
                .path("feedback");
        assertEquals(1, zoo.size(), zoo.toString());
        assertEquals("slack", zoo.get(0).path("source").asText());
        assertEquals("zoo", zoo.get(0).path("collection").asText());
        assertTrue(zoo.get(0).path("answer").asText().contains("Ituri"), zoo.toString());
    }

    @Test
    void aMentionInAMappedChannelAsksItsCollection() throws Exception {
        String event = mapper.writeValueAsString(Map.of("type", "event_callback", "event_id", "EvZoo1",
                "event", Map.of("type", "app_mention", "user", "U0ASKER", "channel", "C0ZOO", "ts", "1700000000.000100",
                        "text", "<@U0BOT> " + QUESTION)));
        assertEquals(200, requests.event(event).statusCode());
        JsonNode posted = slack.next().body();
        assertEquals("C0ZOO", posted.path("channel").asText());
        assertTrue(posted.toString().contains("Ituri"), posted.toString());
    }

    @Test
    void aMattermostCommandInAMappedChannelAsksItsCollection() throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("channel_id", "mmzoochannel");
        fields.put("command", "/citebot");
        fields.put("response_url", slack.responseUrl("mm"));
        fields.put("text", QUESTION);
        fields.put("token", MATTERMOST_TOKEN);
        assertEquals(200, requests.post("/mattermost/commands", SlackRequests.FORM, SlackRequests.form(fields),
                Map.of()).statusCode());
        assertTrue(slack.next().body().path("text").asText().contains("Ituri"));
    }

    private static String slashCommand(String channel, String responseUrl) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("team_id", "T0001");
        fields.put("channel_id", channel);
        fields.put("user_id", "U0ASKER");
        fields.put("command", "/citebot");
        fields.put("text", QUESTION);
        fields.put("response_url", responseUrl);
        return SlackRequests.form(fields);
    }

    private Http.Reply admin(String path, String contentType, String body) {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + STAGE.port() + path))
                .header("Authorization", "Bearer " + ADMIN).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
