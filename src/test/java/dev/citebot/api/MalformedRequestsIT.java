package dev.citebot.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed, random, oversized, deeply nested and control-character input, and wrong methods: each is a 4xx
 * with a JSON error, and the server answers questions normally afterwards.
 */
class MalformedRequestsIT {
    private static App app;
    private static Http http;

    @BeforeAll
    static void start() {
        app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_INGEST_ISOLATION", "none",
                "CITEBOT_RATE_LIMIT_PER_MINUTE", "0", "CITEBOT_SLACK_SIGNING_SECRET", "test-signing-secret",
                "CITEBOT_MATTERMOST_TOKEN", "test-mattermost-token"));
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static Stream<Arguments> hostileBodies() {
        return Stream.of(
                Arguments.of("100,000-character question", Http.json(Map.of("question", "why ".repeat(25_000)))),
                Arguments.of("NUL in the question", "{\"question\": \"uranium\\u0000?\"}"),
                Arguments.of("bell and escape in the question", "{\"question\": \"ura\\u0007nium\\u001b[2J\"}"),
                Arguments.of("raw control bytes in the JSON", "{\"question\": \"ura\u0001nium\"}"),
                Arguments.of("nesting 100,000 deep", "{\"question\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}"),
                Arguments.of("history nested 5,000 deep", "{\"question\": \"x\", \"history\": "
                        + "[{\"role\": ".repeat(5_000) + "1" + "}]".repeat(5_000) + "}"),
                Arguments.of("lone surrogate", "{\"question\": \"\\ud800\"}".replace("\\ud800", "\\udc00\\u0000")),
                Arguments.of("number as question", "{\"question\": 12345}".replace("12345", "1e999999")),
                Arguments.of("truncated", "{\"question\": \"uranium"),
                Arguments.of("duplicate keys and trailing garbage", "{\"question\": \"a\"} {\"question\": \"b\"}}}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBodies")
    void hostileBodiesAre4xx(String name, String body) {
        Http.Reply reply = http.postJson("/api/ask", body);
        assertTrue(reply.status() >= 400 && reply.status() < 500, name + " -> " + reply.status() + " " + reply.body());
        BadInputIT.assertJsonError(reply, reply.status());
        assertEquals(200, http.get("/health").status());
    }

    @Test
    void randomBytesAndRandomJsonAre4xx() {
        Random random = new Random(20240601);
        for (int i = 0; i < 200; i++) {
            byte[] noise = new byte[random.nextInt(2000) + 1];
            random.nextBytes(noise);
            String body = i % 2 == 0 ? new String(noise, StandardCharsets.ISO_8859_1) : randomJson(random, 0);
            for (String path : List.of("/api/ask", "/api/search")) {
                Http.Reply reply = http.postJson(path, body);
                assertTrue(reply.status() >= 400 && reply.status() < 500 || reply.status() == 200,
                        path + " " + reply.status() + " for " + body);
                if (reply.status() == 200) { // only a real question can succeed, and then with a real answer
                    String field = path.equals("/api/ask") ? "question" : "query";
                    assertTrue(asksWith(body, field), path + " answered a body without a '" + field + "': " + body);
                    assertTrue(reply.json().has(path.equals("/api/ask") ? "answerable" : "results"), reply.body());
                } else {
                    BadInputIT.assertJsonError(reply, reply.status());
                }
            }
        }
        assertEquals(200, http.get("/health").status());
    }

    /** Whether the body is a JSON object whose {@code field} is text with a letter or digit in it. */
    private static boolean asksWith(String body, String field) {
        try {
            com.fasterxml.jackson.databind.JsonNode node = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(body);
            return node != null && node.isObject() && node.path(field).isTextual()
                    && node.path(field).asText().codePoints().anyMatch(Character::isLetterOrDigit);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void wrongMethodsAre4xx() {
        for (String method : List.of("PUT", "DELETE", "PATCH", "GET")) {
            for (String path : List.of("/api/ask", "/api/search", "/api/admin/reindex", "/health", "/metrics")) {
                if (method.equals("GET") && !path.startsWith("/api/")) {
                    continue;
                }
                Http.Reply reply = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                        .method(method, HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json"));
                assertTrue(reply.status() == 405 || reply.status() == 403, method + " " + path + " -> " + reply.status());
            }
        }
    }

    @Test
    void aChunkedBodyOverOneMegabyteIs413OnEveryRouteThatReadsABody() {
        byte[] big = ("{\"question\": \"" + "y".repeat(1_200_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (String path : List.of("/api/ask", "/api/search", "/slack/commands", "/slack/events", "/slack/interactions",
                "/mattermost/commands")) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                    .header("Content-Type", path.startsWith("/api/") ? "application/json" : "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
            assertEquals(413, http.send(request).status(), path);
        }
    }

    @Test
    void theServerStillAnswersAfterwards() {
        Http.Reply reply = http.postJson("/api/ask", "{\"question\": \"When was President Bazoum ousted?\"}");
        assertEquals(200, reply.status());
        assertTrue(reply.json().get("answer").asText().contains("July 26"));
    }

    private static String randomJson(Random random, int depth) {
        return switch (depth > 4 ? random.nextInt(4) : random.nextInt(7)) {
            case 0 -> Integer.toString(random.nextInt());
            case 1 -> "\"" + (char) ('a' + random.nextInt(26)) + "\\u00" + Integer.toHexString(random.nextInt(16)) + "0\"";
            case 2 -> random.nextBoolean() ? "true" : "null";
            case 3 -> "-0.0e" + random.nextInt(400);
            case 4 -> "[" + randomJson(random, depth + 1) + "," + randomJson(random, depth + 1) + "]";
            case 5 -> "{\"" + (random.nextBoolean() ? "question" : "top_k") + "\": " + randomJson(random, depth + 1) + "}";
            default -> "{\"history\": [" + randomJson(random, depth + 1) + "], \"k\": " + randomJson(random, depth + 1) + "}";
        };
    }
}
