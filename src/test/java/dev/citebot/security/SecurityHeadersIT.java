package dev.citebot.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.App;
import dev.citebot.http.Routes;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every response, whatever its status, carries the security headers and no server version; TRACE is 405. */
class SecurityHeadersIT {
    private static App app;
    private static Http http;

    @BeforeAll
    static void start() {
        app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_SECURITY_FRAME_ANCESTORS", "https://docs.example.com",
                "CITEBOT_INGEST_ISOLATION", "none"));
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyResponseCarriesTheHeaders() {
        List<Http.Reply> replies = List.of(http.get("/health"), http.get("/ready"), http.get("/openapi.json"),
                http.get("/metrics"), http.get("/api/documents"), http.get("/no/such/page"), http.get("/api/ask"),
                http.postJson("/api/ask", "{"), http.post("/api/ask", "text/plain", "x"),
                http.postJson("/api/ask", "{\"question\": \"Who is Bazoum?\"}"), ApiKeysIT.reindex(app, null));
        for (Http.Reply reply : replies) {
            HttpHeaders h = reply.raw().headers();
            String where = reply.raw().request().method() + " " + reply.raw().uri().getPath() + " " + reply.status();
            assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(""), where);
            assertEquals("no-referrer", h.firstValue("Referrer-Policy").orElse(""), where);
            assertTrue(h.firstValue("Content-Security-Policy").orElse("")
                    .endsWith("frame-ancestors https://docs.example.com"), where + " " + h);
            assertTrue(h.firstValue("Server").isEmpty(), where);
            assertTrue(h.firstValue("X-Request-Id").isPresent(), where);
        }
    }

    @Test
    void traceIsNotAllowed() {
        for (String path : new String[] {"/health", "/api/ask", "/anything"}) {
            Http.Reply reply = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                    .method("TRACE", HttpRequest.BodyPublishers.noBody()));
            assertEquals(405, reply.status(), path);
            assertEquals("nosniff", reply.raw().headers().firstValue("X-Content-Type-Options").orElse(""));
        }
    }

    @Test
    void aPageWithItsOwnPolicyGetsTheConfiguredFrameAncestors() {
        Routes page = config -> config.routes.get("/page", ctx -> ctx.header("Content-Security-Policy",
                "default-src 'self'; frame-ancestors 'none'").html("<p>hi</p>"), dev.citebot.http.Role.PUBLIC);
        var server = dev.citebot.http.ApiServer.create(1024, List.of(new SecurityHeaders("https://docs.example.com"), page))
                .start("127.0.0.1", 0);
        try {
            String csp = new Http(server.port()).get("/page").raw().headers().firstValue("Content-Security-Policy")
                    .orElse("");
            assertEquals("default-src 'self'; frame-ancestors https://docs.example.com", csp);
        } finally {
            server.stop();
        }
    }
}
