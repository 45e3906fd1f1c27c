package dev.citebot.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.support.Http;
import dev.citebot.support.SeedServer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input never crashes or wedges the server: each case gets its status and a JSON error, nothing more. */
class BadInputIT {
    @RegisterExtension
    static final SeedServer SERVER = new SeedServer();

    static Stream<Arguments> badRequests() {
        String huge = "x".repeat(1_100_000);
        return Stream.of(
                Arguments.of("invalid JSON", "/api/ask", "application/json", "{\"question\": ", 400),
                Arguments.of("JSON that is not an object", "/api/ask", "application/json", "[1, 2]", 400),
                Arguments.of("empty body", "/api/ask", "application/json", "", 400),
                Arguments.of("blank question", "/api/ask", "application/json", "{\"question\": \"   \"}", 400),
                Arguments.of("missing question", "/api/ask", "application/json", "{\"history\": []}", 400),
                Arguments.of("question over 2,000 characters", "/api/ask", "application/json",
                        Http.json(Map.of("question", "why ".repeat(501))), 400),
                Arguments.of("top_k out of range", "/api/ask", "application/json",
                        "{\"question\": \"uranium?\", \"top_k\": 0}", 400),
                Arguments.of("history with a bad role", "/api/ask", "application/json",
                        "{\"question\": \"uranium?\", \"history\": [{\"role\": \"system\", \"content\": \"x\"}]}", 400),
                Arguments.of("wrong type for question", "/api/ask", "application/json", "{\"question\": [\"a\"]}", 400),
                Arguments.of("body over 1 MB", "/api/ask", "application/json", huge, 413),
                Arguments.of("form instead of JSON", "/api/ask", "application/x-www-form-urlencoded", "question=hi", 415),
                Arguments.of("text instead of JSON", "/api/search", "text/plain", "uranium", 415),
                Arguments.of("blank query", "/api/search", "application/json", "{\"query\": \"\"}", 400),
                Arguments.of("k out of range", "/api/search", "application/json", "{\"query\": \"x\", \"k\": 500}", 400));
    }

    @ParameterizedTest(name = "{0} -> {4}")
    @MethodSource("badRequests")
    void badRequestsGetTheirStatusAndAJsonError(String name, String path, String type, String body, int status) {
        assertJsonError(SERVER.http().post(path, type, body), status);
        assertEquals(200, SERVER.http().get("/health").status(), "still healthy");
    }

    @Test
    void aChunkedBodyOverTheLimitWithoutContentLengthIsRefused() {
        byte[] big = ("{\"question\": \"" + "y".repeat(1_200_000) + "\"}").getBytes();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + SERVER.app().port() + "/api/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        assertJsonError(SERVER.http().send(request), 413);
    }

    @Test
    void anUnknownPathIsNotFound() {
        assertJsonError(SERVER.http().get("/api/nope"), 404);
        assertJsonError(SERVER.http().get("/etc/passwd"), 404);
    }

    @Test
    void anUnknownDocumentIsNotFound() {
        assertJsonError(SERVER.http().get("/api/documents/no-such-document"), 404);
    }

    @Test
    void aWrongMethodIsNotAllowed() {
        assertJsonError(SERVER.http().get("/api/ask"), 405);
    }

    @Test
    void goodRequestsStillWorkAfterTheBadOnes() {
        Http.Reply reply = SERVER.http().postJson("/api/ask", "{\"question\": \"When was President Bazoum ousted?\"}");
        assertEquals(200, reply.status());
        assertTrue(reply.json().get("answer").asText().contains("July 26"));
    }

    static void assertJsonError(Http.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                reply.raw().headers().toString());
        JsonNode error = reply.json();
        assertEquals(status, error.get("status").asInt());
        assertFalse(error.get("error").asText().isBlank());
        assertFalse(error.get("message").asText().isBlank());
        assertNoInternals(reply.body());
    }

    static void assertNoInternals(String body) {
        for (String leak : new String[] {"Exception", "\tat ", "dev.citebot.", "/work/", "/root/", ".java"}) {
            assertFalse(body.contains(leak), "response leaks '" + leak + "': " + body);
        }
    }
}
