package dev.citebot.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import dev.citebot.support.LogCapture;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /metrics speaks Prometheus with the listed series; request ids are taken or made, echoed and logged. */
class MetricsTest {

    @Test
    void metricsArePrometheusTextWithTheListedSeries() {
        try (App app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_INGEST_ISOLATION", "none",
                "CITEBOT_RATE_LIMIT_PER_MINUTE", "5"))) {
            Http http = new Http(app.port());
            http.postJson("/api/ask", "{\"question\": \"When was President Bazoum ousted?\"}");
            http.postJson("/api/ask", "{\"question\": \"What is the capital of Australia?\"}");
            http.get("/api/documents/no-such-id");
            for (int i = 0; i < 4; i++) {
                http.get("/api/documents");
            }
            Http.Reply reply = http.get("/metrics");
            assertEquals(200, reply.status());
            assertTrue(reply.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            String metrics = reply.body();
            for (String series : List.of(
                    "citebot_http_requests_total{method=\"POST\",route=\"/api/ask\",status=\"200\"} 2.0",
                    "citebot_http_requests_total{method=\"GET\",route=\"/api/documents/{id}\",status=\"404\"} 1.0",
                    "citebot_requests_refused_total{reason=\"rate_limited\"}",
                    "citebot_answer_seconds_bucket{answerable=\"true\",le=",
                    "citebot_answer_seconds_count{answerable=\"false\"} 1",
                    "citebot_index_documents 1.0",
                    "citebot_index_passages ",
                    "citebot_ingest_failed_files 0.0",
                    "citebot_ingest_failures_total 0.0",
                    "citebot_reindex_seconds_count{outcome=\"success\"} 1",
                    "citebot_reindex_texts_embedded_total ",
                    "# TYPE citebot_answer_seconds histogram",
                    "jvm_memory_used_bytes{area=\"heap\"",
                    "jvm_threads_live_threads ",
                    "system_cpu_count ",
                    "process_uptime_seconds ")) {
                assertTrue(metrics.contains(series), "missing " + series + " in\n" + metrics);
            }
        }
    }

    @Test
    void aRequestIdIsAcceptedOrMadeEchoedAndInEveryLogLineOfTheRequestButNoQuestionText() {
        try (LogCapture log = LogCapture.start();
             App app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_INGEST_ISOLATION", "none"))) {
            Http http = new Http(app.port());
            Http.Reply given = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/ask"))
                    .header("Content-Type", "application/json").header("X-Request-Id", "trace-abc.123")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\": \"Where do zanzibarquux okapis live?\"}")));
            assertEquals("trace-abc.123", given.raw().headers().firstValue("X-Request-Id").orElse(""));

            String made = http.get("/health").raw().headers().firstValue("X-Request-Id").orElse("");
            assertTrue(made.matches("[0-9a-f-]{36}"), made);

            Http.Reply forged = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/health"))
                    .header("X-Request-Id", "x\" injected=\"1 " + "y".repeat(300)));
            assertTrue(forged.raw().headers().firstValue("X-Request-Id").orElse("").matches("[0-9a-f-]{36}"),
                    "an id that is not a plain token is replaced");

            List<ILoggingEvent> access = log.events().stream()
                    .filter(e -> e.getLoggerName().equals("dev.citebot.access")).toList();
            assertTrue(access.stream().anyMatch(e -> "trace-abc.123".equals(e.getMDCPropertyMap().get("request_id"))
                    && e.getFormattedMessage().startsWith("POST /api/ask 200")), log.text());
            assertFalse(log.text().contains("zanzibarquux"), "the question's text reached the log");
        }
    }
}
