package dev.citebot.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.App;
import dev.citebot.http.ApiServer;
import dev.citebot.http.Routes;
import dev.citebot.support.Citebots;
import dev.citebot.support.FakeModel;
import dev.citebot.support.Http;
import dev.citebot.support.Poll;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every route that answers or searches is guarded the same way, whichever front door it belongs to: API keys,
 * the rate limit and the bound on questions in flight. Access follows the role a route is registered with.
 */
class RouteRolesIT {
    static final String QUESTION = "When was President Bazoum ousted?";
    static final List<String> QUESTION_ROUTES = List.of("/api/ask", "/api/ask/stream", "/api/search",
            "/v1/chat/completions");
    private static App keyed;

    @BeforeAll
    static void start() {
        keyed = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_INGEST_ISOLATION", "none",
                "CITEBOT_API_KEYS", "key-/api/ask,key-/api/ask/stream,key-/api/search,key-/v1/chat/completions",
                "CITEBOT_RATE_LIMIT_PER_MINUTE", "2", "CITEBOT_SECURITY_AUTH_FAILURES_PER_MINUTE", "0",
                "CITEBOT_WIDGET_ALLOWED_ORIGINS", "https://docs.example.com"));
    }

    @AfterAll
    static void stop() {
        keyed.close();
    }

    static String body(String route) {
        return switch (route) {
            case "/api/search" -> "{\"query\": \"" + QUESTION + "\"}";
            case "/v1/chat/completions" ->
                    "{\"model\": \"citebot\", \"messages\": [{\"role\": \"user\", \"content\": \"" + QUESTION + "\"}]}";
            default -> "{\"question\": \"" + QUESTION + "\"}";
        };
    }

    static Http.Reply post(int port, String route, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + route))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body(route)));
        headers.forEach(request::header);
        return new Http(port).send(request);
    }

    static CompletableFuture<HttpResponse<String>> postAsync(int port, String route) {
        return HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + route))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body(route)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/ask", "/api/ask/stream", "/api/search", "/v1/chat/completions"})
    void everyQuestionRouteNeedsAKeyAndHonoursTheRateLimit(String route) {
        Http.Reply none = post(keyed.port(), route, Map.of());
        assertEquals(401, none.status(), none.body());
        if (route.startsWith("/v1/")) { // what an OpenAI client expects to parse
            assertEquals("authentication_error", none.json().path("error").path("type").asText(), none.body());
        }
        assertEquals(401, post(keyed.port(), route, Map.of("Authorization", "Bearer wrong")).status());
        Map<String, String> key = Map.of("Authorization", "Bearer key-" + route); // a bucket of its own
        assertEquals(200, post(keyed.port(), route, key).status());
        assertEquals(200, post(keyed.port(), route, Map.of("X-Api-Key", "key-" + route)).status());
        Http.Reply limited = post(keyed.port(), route, key);
        assertEquals(429, limited.status(), limited.body());
        assertTrue(limited.raw().headers().firstValue("Retry-After").isPresent());
    }

    @Test
    void theReadRoutesOfEveryFrontDoorNeedAKeyToo() {
        Http http = new Http(keyed.port());
        for (String path : List.of("/api/documents", "/v1/models", "/api/widget/config")) {
            assertEquals(401, http.get(path).status(), path);
        }
        assertEquals(200, http.get("/health").status());
        assertEquals(200, http.get("/openapi.json").status());
        Http.Reply head = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + keyed.port()
                + "/api/documents")).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(401, head.status(), "HEAD is guarded as its GET route is");
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + keyed.port() + "/health"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())).status());
    }

    @Test
    void aPreflightFromAnAllowedOriginMaySendTheApiKeyHeaderTheDocsOffer() {
        Http.Reply preflight = new Http(keyed.port()).send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + keyed.port() + "/api/ask"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://docs.example.com")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key"));
        assertEquals(204, preflight.status(), preflight.body());
        String allowed = preflight.raw().headers().firstValue("Access-Control-Allow-Headers").orElse("");
        assertTrue(allowed.contains("X-Api-Key") && allowed.contains("Authorization"), allowed);
    }

    @Test
    void theWidgetsRoutesAreClosedToItsOriginsUnlessWidgetPublicOpensThem() {
        Map<String, String> fromDocs = Map.of("Origin", "https://docs.example.com");
        assertEquals(401, post(keyed.port(), "/api/ask", fromDocs).status(), "off by default");

        try (App open = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_INGEST_ISOLATION", "none",
                "CITEBOT_API_KEYS", "secret-key", "CITEBOT_WIDGET_PUBLIC", "true",
                "CITEBOT_WIDGET_ALLOWED_ORIGINS", "https://docs.example.com"))) {
            assertEquals(200, post(open.port(), "/api/ask", fromDocs).status());
            assertEquals(200, post(open.port(), "/api/ask/stream", fromDocs).status());
            assertEquals(401, post(open.port(), "/api/search", fromDocs).status(), "not a widget route");
            assertEquals(401, post(open.port(), "/v1/chat/completions", fromDocs).status(), "not a widget route");
            assertEquals(401, post(open.port(), "/api/ask", Map.of()).status(), "no origin: no widget");
            assertEquals(403, post(open.port(), "/api/ask", Map.of("Origin", "https://evil.example")).status());
        }
    }

    @Test
    void openaiPublicOpensTheOpenAiRoutesOnly() {
        try (App open = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_INGEST_ISOLATION", "none",
                "CITEBOT_API_KEYS", "secret-key", "CITEBOT_OPENAI_PUBLIC", "true"))) {
            assertEquals(200, post(open.port(), "/v1/chat/completions", Map.of()).status());
            assertEquals(200, new Http(open.port()).get("/v1/models").status());
            assertEquals(401, post(open.port(), "/api/ask", Map.of()).status());
        }
    }

    @Test
    void guessingKeysIsSlowedDownAfterTenFailuresAndTheRightKeyStillWorks() {
        try (App app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_INGEST_ISOLATION", "none",
                "CITEBOT_API_KEYS", "secret-key", "CITEBOT_ADMIN_KEY", "admin-key"))) {
            Http http = new Http(app.port());
            for (int i = 0; i < 10; i++) {
                assertEquals(401, get(app, "/api/documents", "guess-" + i).status());
            }
            for (String path : List.of("/api/documents", "/api/feedback")) {
                Http.Reply slowed = get(app, path, "guess-again");
                assertEquals(429, slowed.status(), path + ": " + slowed.body());
                assertTrue(slowed.raw().headers().firstValue("Retry-After").isPresent());
            }
            assertEquals(200, get(app, "/api/documents", "secret-key").status(), "a client with the key is served");
            assertEquals(200, http.get("/health").status());
        }
    }

    private static Http.Reply get(App app, String path, String key) {
        return new Http(app.port()).send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Authorization", "Bearer " + key));
    }

    @Test
    void aQuestionOnAnyRouteHoldsATurnAndPastTheBoundEveryQuestionRouteAnswers503() throws Exception {
        try (FakeModel model = new FakeModel()) {
            model.script(r -> FakeModel.stalls(Duration.ofSeconds(3)));
            Map<String, String> settings = new HashMap<>(model.settings("openai", Duration.ofSeconds(3)));
            settings.putAll(Map.of("CITEBOT_INGEST_ISOLATION", "none", "CITEBOT_LIMITS_MAX_IN_FLIGHT", "1",
                    "CITEBOT_LIMITS_ANSWER_THREADS", "1"));
            try (App app = Citebots.server(Citebots.SEEDS, settings)) {
                for (String holder : List.of("/api/ask", "/api/ask/stream", "/v1/chat/completions")) {
                    int asked = model.requests().size();
                    CompletableFuture<HttpResponse<String>> held = postAsync(app.port(), holder);
                    Poll.until(Duration.ofSeconds(30), "the question reaching the (stalling) model",
                            () -> model.requests().size() > asked);
                    for (String route : QUESTION_ROUTES) {
                        Http.Reply turnedAway = post(app.port(), route, Map.of());
                        assertEquals(503, turnedAway.status(), holder + " holds the turn; " + route + ": "
                                + turnedAway.body());
                    }
                    assertEquals(200, new Http(app.port()).get("/health").status());
                    assertEquals(200, held.get(30, TimeUnit.SECONDS).statusCode(), holder);
                }
                assertEquals(200, post(app.port(), "/api/search", Map.of()).status(), "every turn was given back");
            }
        }
    }

    @Test
    void aRouteRegisteredWithoutAnAccessRoleStopsTheServerFromStarting() {
        Routes careless = config -> config.routes.get("/careless", ctx -> ctx.result("open?"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ApiServer.create(1024, List.of(careless)));
        assertTrue(e.getMessage().contains("/careless"), e.getMessage());
    }
}
