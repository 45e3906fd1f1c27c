package dev.citebot.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rate limits per client address or key, with Retry-After; X-Forwarded-For believed only from listed proxies. */
class RateLimitIT {

    @Test
    void pastTheLimitAClientGets429WithRetryAfterAndOtherKeysAreNotAffected() {
        try (App app = server(Map.of("CITEBOT_API_KEYS", "first-key,second-key"))) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, documents(app, Map.of("X-Api-Key", "first-key")).status());
            }
            Http.Reply limited = documents(app, Map.of("X-Api-Key", "first-key"));
            assertEquals(429, limited.status());
            long retryAfter = Long.parseLong(limited.raw().headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 20, "Retry-After " + retryAfter);
            assertEquals("too_many_requests", limited.json().get("error").asText());
            assertEquals(200, documents(app, Map.of("X-Api-Key", "second-key")).status(), "its own bucket");
            assertEquals(200, new Http(app.port()).get("/health").status(), "health is never limited");
        }
    }

    @Test
    void forwardedForIsIgnoredFromAnUntrustedConnection() {
        try (App app = server(Map.of())) {
            for (int i = 0; i < 3; i++) {
                assertEquals(200, documents(app, Map.of("X-Forwarded-For", "203.0.113." + i)).status());
            }
            assertEquals(429, documents(app, Map.of("X-Forwarded-For", "203.0.113.99")).status(),
                    "a made-up X-Forwarded-For does not buy a new bucket");
        }
    }

    @Test
    void forwardedForFromATrustedProxyNamesTheClient() {
        try (App app = server(Map.of("CITEBOT_TRUSTED_PROXIES", "127.0.0.1/32, ::1"))) {
            for (int i = 0; i < 6; i++) {
                assertEquals(200, documents(app, Map.of("X-Forwarded-For", "203.0.113." + i)).status(),
                        "each client behind the proxy has its own bucket");
            }
            for (int i = 0; i < 3; i++) {
                assertEquals(200, documents(app, Map.of("X-Forwarded-For", "198.51.100.7")).status());
            }
            assertEquals(429, documents(app, Map.of("X-Forwarded-For", "198.51.100.7")).status());
            assertEquals(429, documents(app, Map.of("X-Forwarded-For", "10.9.9.9, 198.51.100.7")).status(),
                    "what the client wrote in front of the header does not count");
        }
    }

    private static App server(Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put("CITEBOT_RATE_LIMIT_PER_MINUTE", "3");
        all.put("CITEBOT_INGEST_ISOLATION", "none");
        return Citebots.server(Citebots.SEEDS, all);
    }

    private static Http.Reply documents(App app, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/documents"));
        headers.forEach(request::header);
        return new Http(app.port()).send(request.GET());
    }
}
