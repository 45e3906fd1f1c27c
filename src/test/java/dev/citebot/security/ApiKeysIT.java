package dev.citebot.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import dev.citebot.support.LogCapture;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** API keys guard /api/* only when set; admin endpoints always need the admin key; keys never reach the log. */
class ApiKeysIT {
    private static final String ASK = "{\"question\": \"When was President Bazoum ousted?\"}";

    @Test
    void withKeysSetApiCallsNeedOneOfThemInEitherHeaderAndTheKeysAreNeverLogged() {
        try (LogCapture log = LogCapture.start();
             App app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_API_KEYS", "alpha-key-1111, beta-key-2222",
                     "CITEBOT_INGEST_ISOLATION", "none"))) {
            Http http = new Http(app.port());
            assertEquals(401, http.postJson("/api/ask", ASK).status());
            assertEquals(401, ask(app, "Authorization", "Bearer wrong-key").status());
            assertEquals(401, ask(app, "Authorization", "Bearer alpha-key-111").status(), "a prefix is not a key");
            assertEquals(200, ask(app, "Authorization", "Bearer alpha-key-1111").status());
            assertEquals(200, ask(app, "X-Api-Key", "beta-key-2222").status());
            assertEquals("Bearer", http.postJson("/api/ask", ASK).raw().headers().firstValue("WWW-Authenticate").orElse(""));
            assertEquals(200, http.get("/health").status(), "health and readiness stay open");
            assertEquals(200, http.get("/ready").status());
            assertFalse(log.text().contains("alpha-key"), "an API key was logged");
            assertFalse(log.text().contains("beta-key"), "an API key was logged");
            assertTrue(log.text().contains("POST /api/ask 401"), "requests are logged, keys are not");
        }
    }

    @Test
    void withNoKeysSetTheApiStaysOpen() {
        try (App app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_INGEST_ISOLATION", "none"))) {
            assertEquals(200, new Http(app.port()).postJson("/api/ask", ASK).status());
        }
    }

    @Test
    void adminEndpointsRefuseEveryoneWhenNoAdminKeyIsSetEvenWithAnApiKey() {
        try (App app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_API_KEYS", "alpha-key-1111",
                "CITEBOT_INGEST_ISOLATION", "none"))) {
            assertEquals(403, reindex(app, null).status());
            assertEquals(403, reindex(app, "alpha-key-1111").status());
        }
    }

    @Test
    void adminEndpointsNeedTheAdminKeyAndAnApiKeyIsNotEnough() {
        try (LogCapture log = LogCapture.start();
             App app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_API_KEYS", "alpha-key-1111",
                     "CITEBOT_ADMIN_KEY", "admin-secret-9999", "CITEBOT_INGEST_ISOLATION", "none"))) {
            assertEquals(401, reindex(app, null).status());
            assertEquals(401, reindex(app, "alpha-key-1111").status());
            Http.Reply ok = reindex(app, "admin-secret-9999");
            assertEquals(200, ok.status(), ok.body());
            assertEquals(1, ok.json().get("documents").asInt());
            assertEquals(200, ask(app, "Authorization", "Bearer admin-secret-9999").status(), "the admin key is a key");
            assertFalse(log.text().contains("admin-secret"), "the admin key was logged");
        }
    }

    private static Http.Reply ask(App app, String header, String value) {
        return new Http(app.port()).send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/ask"))
                .header("Content-Type", "application/json").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(ASK)));
    }

    static Http.Reply reindex(App app, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + app.port() + "/api/admin/reindex")).POST(HttpRequest.BodyPublishers.noBody());
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return new Http(app.port()).send(request);
    }
}
