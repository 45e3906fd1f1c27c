package dev.citebot.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.support.Http;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The widget's routes over plain HTTP: files, demo page headers, settings, and their OpenAPI description. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WidgetHttpIT {
    private CitebotServer citebot;
    private Http http;

    @BeforeAll
    void start(@TempDir Path data) {
        citebot = CitebotServer.start(data);
        http = citebot.http();
    }

    @AfterAll
    void stop() {
        citebot.close();
    }

    @Test
    void widgetFilesAreServedWithTheirTypesAndRevalidatedByEtag() {
        Http.Reply js = http.get("/widget.js");
        assertEquals(200, js.status());
        assertEquals("text/javascript; charset=utf-8", js.header("Content-Type").orElseThrow());
        assertEquals("text/css; charset=utf-8",
                http.get("/widget/widget.css").header("Content-Type").orElseThrow());

        Http.Reply cached = http.get("/widget.js",
                "If-None-Match", js.header("ETag").orElseThrow());
        assertEquals(304, cached.status());
        assertEquals("text/javascript; charset=utf-8", cached.header("Content-Type").orElseThrow(),
                "a 304 must not turn the cached script into text/plain");
        assertEquals(404, http.get("/widget/../config/citebot.properties").status());
        assertEquals("not_found", http.get("/widget/secret.txt").json().get("error").asText());
    }

    @Test
    void demoPageSendsAStrictContentSecurityPolicy() {
        Http.Reply demo = http.get("/");
        String csp = demo.header("Content-Security-Policy").orElseThrow();

        assertTrue(csp.contains("script-src 'self'") && csp.contains("require-trusted-types-for 'script'"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval") || csp.contains("*"), csp);
        assertFalse(demo.body().contains("<script>") || demo.body().contains("style="), "no inline script or style");
        assertTrue(demo.body().contains("<script src=\"/widget.js\" async></script>"));
    }

    @Test
    void demoPageLinksAnIconThatIsServedAsAnIcon() {
        assertTrue(http.get("/").body().contains("<link rel=\"icon\" href=\"/favicon.ico\""));

        HttpResponse<byte[]> icon = http.getBytes("/favicon.ico");
        assertEquals(200, icon.statusCode());
        assertEquals("image/x-icon", icon.headers().firstValue("Content-Type").orElseThrow());
        byte[] body = icon.body();
        assertTrue(body.length > 22 && body[0] == 0 && body[1] == 0 && body[2] == 1 && body[3] == 0,
                "an ICO file: reserved 0, type 1");
        assertTrue(new String(body, 22, 4, StandardCharsets.ISO_8859_1).equals("\u0089PNG"),
                "its one image is a PNG");
    }

    @Test
    void settingsOfferStarterQuestionsThatCitebotAnswers() {
        JsonNode setup = http.get("/api/widget/config").json();

        assertEquals("Citebot", setup.get("title").asText());
        assertTrue(setup.get("greeting").asText().startsWith("Hi!"), "the greeting from prompts/greeting.txt");
        assertEquals(3, setup.get("starter_questions").size());
        for (JsonNode question : setup.get("starter_questions")) {
            JsonNode answer = http.postJson("/api/ask", "{\"question\":" + question + "}").json();
            assertTrue(answer.get("answerable").asBoolean(), question + " is answered");
        }
    }

    @Test
    void openApiDescribesEveryWidgetRoute() {
        JsonNode paths = http.get("/openapi.json").json().get("paths");

        for (String path : new String[] {"/", "/favicon.ico", "/widget.js", "/widget/{file}", "/api/widget/config"}) {
            assertTrue(paths.has(path) && paths.get(path).has("get"), path);
        }
        assertTrue(paths.get("/api/feedback").has("get") && paths.get("/api/feedback").has("post"));
        assertTrue(paths.has("/api/ask"), "the core routes are still there");
    }

    @Test
    void sameOriginRequestsAndPreflightsFromCitebotsOwnPagesAreServed() {
        Http.Reply ask = http.postJson("/api/ask", "{\"question\":\"When was President Bazoum ousted?\"}",
                "Origin", citebot.origin());
        assertEquals(200, ask.status());
        Http.Reply preflight = http.send(http.request("/api/feedback")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", citebot.origin()).header("Access-Control-Request-Method", "POST"));
        assertEquals(204, preflight.status());
        assertEquals(CorsPolicy.METHODS, preflight.header("Access-Control-Allow-Methods").orElseThrow());
        assertEquals("Origin", preflight.header("Vary").orElseThrow());
    }
}
