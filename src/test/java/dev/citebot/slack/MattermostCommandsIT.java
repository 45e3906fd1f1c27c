package dev.citebot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Mattermost's Slack-compatible slash commands against a real Citebot that has no Slack signing secret. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MattermostCommandsIT {
    private static final String TOKEN = "xr3j5x3p4pfjpfznxqkxbuvnhe";
    @RegisterExtension
    static final SlackStage STAGE = SlackStage.mattermost(Map.of("CITEBOT_MATTERMOST_TOKEN", TOKEN,
            "CITEBOT_MATTERMOST_RESPONSE_TYPE", "in_channel"));
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aCommandWithItsTokenIsAcknowledgedAndAnsweredInMarkdownThroughTheResponseUrl() throws Exception {
        HttpResponse<String> ack = command(TestCitebot.ANSWERABLE, "mm", Map.of("Authorization", "Token " + TOKEN));

        assertEquals(200, ack.statusCode());
        JsonNode ackBody = mapper.readTree(ack.body());
        assertEquals("ephemeral", ackBody.path("response_type").asText());
        assertTrue(ackBody.path("text").asText().startsWith("Looking that up"), ack.body());
        JsonNode answer = mattermost().next().body();
        assertEquals("in_channel", answer.path("response_type").asText(), "as mattermost.response.type says");
        assertTrue(answer.path("skip_slack_parsing").asBoolean(), "Mattermost must not read <!channel> syntax");
        String text = answer.path("text").asText();
        assertTrue(text.contains("July 26"), text);
        assertTrue(text.contains("\\[1\\]"), "the citation marker, escaped so it is not a link: " + text);
        assertTrue(text.contains("\n\n**Sources**\n- **\\[1\\] "), text);
    }

    @Test
    void theTokenMayComeAsAFormFieldAsOlderMattermostSendsIt() throws Exception {
        HttpResponse<String> ack = command(TestCitebot.ANSWERABLE, "mm-form", Map.of());

        assertEquals(200, ack.statusCode());
        assertTrue(mattermost().next().body().path("text").asText().contains("July 26"));
    }

    @Test
    void aWrongTokenIsRefusedWith401AndNothingIsAnswered() throws Exception {
        HttpResponse<String> response = command(TestCitebot.ANSWERABLE, "forged",
                Map.of("Authorization", "Token not-" + TOKEN), "not-" + TOKEN);

        assertEquals(401, response.statusCode());
        assertEquals("unauthorized", mapper.readTree(response.body()).path("error").asText());
        mattermost().assertNothingPostedWithin(Duration.ofSeconds(1));
    }

    @Test
    void aMissingTokenIsRefusedWith401() throws Exception {
        assertEquals(401, command(TestCitebot.ANSWERABLE, "no-token", Map.of(), "").statusCode());
        mattermost().assertNothingPostedWithin(Duration.ofSeconds(1));
    }

    @Test
    void anEmptyCommandGetsUsageHelp() throws Exception {
        HttpResponse<String> ack = command("", "empty", Map.of());

        assertEquals("ephemeral", mapper.readTree(ack.body()).path("response_type").asText());
        assertTrue(mapper.readTree(ack.body()).path("text").asText().contains("Type /citebot and a question"));
        mattermost().assertNothingPostedWithin(Duration.ofSeconds(1));
    }

    @Test
    void aDocumentCannotMentionAnyoneOrMakeALinkInMattermost() throws Exception {
        command(TestCitebot.HOSTILE, "hostile", Map.of());

        String text = mattermost().next().body().path("text").asText();
        assertTrue(text.contains("March 3"), text);
        assertTrue(text.contains("&lt;!channel&gt;"), text);
        assertFalse(text.contains("@here"), "a word joiner follows every @: " + text);
        assertTrue(text.contains("@\u2060here"), text);
        assertTrue(text.contains("\\[more\\]\\(https://evil\\)"), text);
        assertFalse(text.contains("<!channel>") || text.contains("<https://evil"), text);
    }

    @Test
    void theSlackEndpointsAreOffWithoutASigningSecretEvenForSignedRequests() throws Exception {
        String body = SlackRequests.commandBody(TestCitebot.ANSWERABLE, mattermost().responseUrl("slack"));

        for (String path : new String[] {"/slack/commands", "/slack/events", "/slack/interactions"}) {
            SlackRequests slack = STAGE.requests();
            assertEquals(404, slack.post(path, SlackRequests.FORM, body, slack.signed(body)).statusCode(), path);
        }
        mattermost().assertNothingPostedWithin(Duration.ofSeconds(1));
    }

    private HttpResponse<String> command(String text, String name, Map<String, String> headers) throws Exception {
        return command(text, name, headers, TOKEN);
    }

    private HttpResponse<String> command(String text, String name, Map<String, String> headers, String token)
            throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("channel_id", "i3bb9xfyqt8rtbyshmyhgsj16c");
        fields.put("command", "/citebot");
        fields.put("response_url", mattermost().responseUrl(name));
        fields.put("team_domain", "team");
        fields.put("text", text);
        fields.put("token", token);
        fields.put("user_id", "k1x4aqdjy3813c84m771eoc9xo");
        fields.put("user_name", "tester");
        return STAGE.requests().post("/mattermost/commands", SlackRequests.FORM, SlackRequests.form(fields), headers);
    }

    /** The stand-in, here playing Mattermost's response URLs. */
    private static FakeSlack mattermost() {
        return STAGE.slack();
    }
}
