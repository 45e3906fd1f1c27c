package dev.citebot.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import dev.citebot.support.LogCapture;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** /metrics speaks Prometheus with the listed series; request ids are taken or made, echoed and logged. */
class MetricsIT {

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
                    "system_cpu_logical ",
                    "process_cpu_seconds_total ",
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

    @Test
    void promtoolFindsNoProblemInTheMetricsAfterAnsweredRefusedHeadAndUnknownRequests() {
        try (App app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_INGEST_ISOLATION", "none",
                "CITEBOT_RATE_LIMIT_PER_MINUTE", "3"))) {
            Http http = new Http(app.port());
            http.postJson("/api/ask", "{\"question\": \"When was President Bazoum ousted?\"}");
            http.get("/api/documents/no-such-id");
            for (int i = 0; i < 3; i++) {
                http.get("/api/documents");
            }
            send(app, "HEAD", "/health");
            send(app, "BREW", "/health");
            http.get("/no/such/path");
            http.get("/metrics");
            Promtool check = Promtool.check(http.get("/metrics").body());
            assertEquals("", check.output(), "promtool check metrics found problems");
            assertEquals(0, check.exit(), check.output());
        }
    }

    @Test
    void requestsRefusedBeforeTheirRouteRanAreLabelledWithTheRouteTemplateTheyWereFor() {
        try (App app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_INGEST_ISOLATION", "none",
                "CITEBOT_RATE_LIMIT_PER_MINUTE", "2"))) {
            Http http = new Http(app.port());
            http.get("/api/documents");
            http.get("/api/documents");
            assertEquals(429, http.get("/api/documents/seed-one").status());
            assertEquals(429, http.get("/api/documents").status());
            assertEquals(200, send(app, "HEAD", "/health").status());
            assertEquals(405, send(app, "DELETE", "/health").status());
            String metrics = http.get("/metrics").body();
            for (String series : List.of(
                    "citebot_http_requests_total{method=\"GET\",route=\"/api/documents/{id}\",status=\"429\"} 1.0",
                    "citebot_http_requests_total{method=\"GET\",route=\"/api/documents\",status=\"429\"} 1.0",
                    "citebot_http_requests_total{method=\"HEAD\",route=\"/health\",status=\"200\"} 1.0",
                    "citebot_http_requests_total{method=\"DELETE\",route=\"/health\",status=\"405\"} 1.0")) {
                assertTrue(metrics.contains(series), "missing " + series + " in\n" + requestSeries(metrics));
            }
            assertFalse(metrics.contains("route=\"unmatched\""), requestSeries(metrics));
        }
    }

    @Test
    void unknownMethodsShareOneLabelValueAndUnknownPathsOneRoute() {
        try (App app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_INGEST_ISOLATION", "none"))) {
            Http http = new Http(app.port());
            for (int i = 0; i < 40; i++) {
                send(app, "RANDOM" + (char) ('A' + i % 26) + (char) ('A' + i / 26), "/health");
                http.get("/no-such-path-" + i);
            }
            send(app, "GET", "/health");
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/health"))
                    .header("X-HTTP-Method-Override", "INVENTED"));
            String series = requestSeries(http.get("/metrics").body());
            assertTrue(series.contains("method=\"other\",route=\"/health\""), series);
            assertTrue(series.contains("method=\"GET\",route=\"unmatched\",status=\"404\"} 40.0"), series);
            assertFalse(series.contains("RANDOM") || series.contains("INVENTED") || series.contains("no-such-path"),
                    series);
            assertTrue(series.lines().count() <= 4, "a handful of series, not one per method or path:\n" + series);
        }
    }

    private static Http.Reply send(App app, String method, String path) {
        return new Http(app.port()).send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private static String requestSeries(String metrics) {
        return metrics.lines().filter(l -> l.startsWith("citebot_http_requests_total{"))
                .collect(Collectors.joining("\n"));
    }

    /** Prometheus's own linter; Debian's {@code prometheus} package installs it (.ci/run does). */
    private record Promtool(int exit, String output) {
        static Promtool check(String metrics) {
            Process process;
            try {
                process = new ProcessBuilder("promtool", "check", "metrics").redirectErrorStream(true).start();
            } catch (IOException e) {
                return fail("promtool is not installed (apt-get install prometheus): " + e.getMessage());
            }
            try (OutputStream in = process.getOutputStream()) {
                in.write(metrics.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                return fail("promtool did not read the metrics: " + e.getMessage());
            }
            try {
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    return fail("promtool did not finish");
                }
                return new Promtool(process.exitValue(), output);
            } catch (IOException e) {
                return fail(e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return fail("interrupted");
            }
        }
    }
}
