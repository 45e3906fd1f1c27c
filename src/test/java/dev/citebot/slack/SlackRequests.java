package dev.citebot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.SlackSignature.Generator;
import dev.citebot.http.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Sends requests to Citebot the way Slack does, signed by the Slack SDK's own signature generator. */
final class SlackRequests {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String secret;

    SlackRequests(int port, String secret) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.secret = secret;
    }

    HttpResponse<String> command(String text, String responseUrl) throws IOException, InterruptedException {
        return post("/slack/commands", FORM, commandBody(text, responseUrl), signed(commandBody(text, responseUrl)));
    }

    HttpResponse<String> event(String json, Map<String, String> extraHeaders) throws IOException, InterruptedException {
        Map<String, String> headers = signed(json);
        headers.putAll(extraHeaders);
        return post("/slack/events", "application/json", json, headers);
    }

    HttpResponse<String> event(String json) throws IOException, InterruptedException {
        return event(json, Map.of());
    }

    HttpResponse<String> interaction(String payloadJson) throws IOException, InterruptedException {
        String body = form(Map.of("payload", payloadJson));
        return post("/slack/interactions", FORM, body, signed(body));
    }

    static final String FORM = "application/x-www-form-urlencoded";

    /** A block_actions payload as Slack sends it when a person clicks the button. */
    static String click(JsonNode button, String user, String responseUrl) {
        ObjectNode payload = Json.plain().createObjectNode().put("type", "block_actions").put("trigger_id", "1.2.3")
                .put("response_url", responseUrl);
        payload.putObject("user").put("id", user).put("team_id", "T0001");
        payload.putObject("container").put("type", "message").put("is_ephemeral", true);
        payload.putArray("actions").addObject().put("type", "button").put("block_id", "b1")
                .put("action_id", button.path("action_id").asText()).put("value", button.path("value").asText())
                .put("action_ts", "1700000002.000300");
        return payload.toString();
    }

    static String commandBody(String text, String responseUrl) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", "deprecated-verification-token");
        fields.put("team_id", "T0001");
        fields.put("channel_id", "C0001");
        fields.put("user_id", "U0ASKER");
        fields.put("command", "/citebot");
        fields.put("text", text);
        fields.put("response_url", responseUrl);
        fields.put("trigger_id", "13345224609.738474920.8088930838d88f008e0");
        return form(fields);
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The two headers Slack sends, for this body signed now with this test's secret. */
    Map<String, String> signed(String body) {
        return signed(body, secret, Instant.now().getEpochSecond());
    }

    static Map<String, String> signed(String body, String secret, long timestamp) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Slack-Request-Timestamp", Long.toString(timestamp));
        headers.put("X-Slack-Signature", new Generator(secret).generate(Long.toString(timestamp), body));
        return headers;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
