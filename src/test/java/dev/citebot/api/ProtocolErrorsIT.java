package dev.citebot.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.LogCapture;
import dev.citebot.support.RawHttp;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests Jetty refuses before any route runs (a bad URI, headers or a URI too large, a broken request line)
 * are answered as every other error: JSON in Citebot's shape ({@code /v1} in OpenAI's), with the security
 * headers and a request id, and a line in the access log.
 */
class ProtocolErrorsIT {
    private static LogCapture log;
    private static App app;

    @BeforeAll
    static void start() {
        log = LogCapture.start();
        app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_INGEST_ISOLATION", "none",
                "CITEBOT_SECURITY_FRAME_ANCESTORS", "https://docs.example.com"));
    }

    @AfterAll
    static void stop() {
        app.close();
        log.close();
    }

    static Stream<Arguments> refusedByJetty() {
        String bigHeader = "X-Filler: " + "a".repeat(64 * 1024) + "\r\n";
        return Stream.of(
                Arguments.of("NUL in the path", "GET /api/documents/%00 HTTP/1.1\r\nHost: x\r\n\r\n", 400, null),
                Arguments.of("headers too large", "GET /health HTTP/1.1\r\nHost: x\r\n" + bigHeader + "\r\n", 431, "/health"),
                Arguments.of("URI too long", "GET /health?" + "q".repeat(64 * 1024) + " HTTP/1.1\r\nHost: x\r\n\r\n",
                        414, null),
                Arguments.of("broken request line", "GET\u0001 /health HTTP/1.1\r\nHost: x\r\n\r\n", 400, null),
                Arguments.of("unknown HTTP version", "GET /health HTTP/7.0\r\nHost: x\r\n\r\n", 505, null),
                Arguments.of("no Host header", "GET /health HTTP/1.1\r\n\r\n", 400, "/health"),
                Arguments.of("OpenAI route, headers too large", "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n"
                        + bigHeader + "\r\n", 431, "/v1/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedByJetty")
    void isJsonWithTheSecurityHeadersARequestIdAndALogLine(String name, String request, int status, String pathStart) {
        RawHttp.Response response = RawHttp.exchange(app.port(), request);

        assertEquals(status, response.status(), name + ": " + response.body());
        assertTrue(response.header("Content-Type").startsWith("application/json"), name + ": " + response.headers());
        if (pathStart != null && pathStart.startsWith("/v1")) { // OpenAI's shape where the path is known
            assertEquals("invalid_request_error", response.json().path("error").path("type").asText(), response.body());
            assertTrue(response.json().path("error").has("message"), response.body());
        } else {
            assertEquals(status, response.json().path("status").asInt(), response.body());
            assertTrue(response.json().path("message").asText().length() > 5, response.body());
        }
        assertEquals("nosniff", response.header("X-Content-Type-Options"), name);
        assertEquals("no-referrer", response.header("Referrer-Policy"), name);
        assertTrue(response.header("Content-Security-Policy").endsWith("frame-ancestors https://docs.example.com"), name);
        assertEquals(null, response.header("Server"), name);
        String id = response.header("X-Request-Id");
        assertNotNull(id, name + ": " + response.headers());

        List<ILoggingEvent> lines = log.events().stream()
                .filter(e -> e.getLoggerName().equals("dev.citebot.access"))
                .filter(e -> id.equals(e.getMDCPropertyMap().get("request_id"))).toList();
        assertEquals(1, lines.size(), name + ": " + log.text());
        assertTrue(lines.get(0).getFormattedMessage().contains(" " + status + " "), lines.get(0).getFormattedMessage());
        String line = lines.get(0).getFormattedMessage();
        assertTrue(pathStart == null ? line.startsWith("- - ") : line.contains(" " + pathStart), line);
    }
}
