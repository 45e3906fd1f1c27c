package dev.citebot.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
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
    private final Http http = new Http();

    @BeforeAll
    void start(@TempDir Path data) {
        citebot = CitebotServer.start(data);
    }

    @AfterAll
    void stop() {
        citebot.close();
    }

    @Test
    void widgetFilesAreServedWithTheirTypesAndRevalidatedByEtag() {
        HttpResponse<String> js = http.get(citebot.url("/widget.js"));
        assertEquals(200, js.statusCode());
        assertEquals("text/javascript; charset=utf-8", js.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("text/css; charset=utf-8",
                http.get(citebot.url("/widget/widget.css")).headers().firstValue("Content-Type").orElseThrow());

        HttpResponse<String> cached = http.get(citebot.url("/widget.js"),
                "If-None-Match", js.headers().firstValue("ETag").orElseThrow());
        assertEquals(304, cached.statusCode());
        assertEquals("text/javascript; charset=utf-8", cached.headers().firstValue("Content-Type").orElseThrow(),
                "a 304 must not turn the cached script into text/plain");
        assertEquals(404, http.get(citebot.url("/widget/../config/citebot.properties")).statusCode());
        assertEquals("not_found", http.json(http.get(citebot.url("/widget/secret.txt"))).get("error").asText());
    }

    @Test
    void demoPageSendsAStrictContentSecurityPolicy() {
        HttpResponse<String> demo = http.get(citebot.url("/"));
        String csp = demo.headers().firstValue("Content-Security-Policy").orElseThrow();

        assertTrue(csp.contains("script-src 'self'") && csp.contains("require-trusted-types-for 'script'"), csp);
        assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval") || csp.contains("*"), csp);
        assertFalse(demo.body().contains("<script>") || demo.body().contains("style="), "no inline script or style");
        assertTrue(demo.body().contains("<script src=\"/widget.js\" async></script>"));
    }

    @Test
    void demoPageLinksAnIconThatIsServedAsAnIcon() {
        assertTrue(http.get(citebot.url("/")).body().contains("<link rel=\"icon\" href=\"/favicon.ico\""));

        HttpResponse<byte[]> icon = http.getBytes(citebot.url("/favicon.ico"));
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
        JsonNode setup = http.json(http.get(citebot.url("/api/widget/config")));

        assertEquals("Citebot", setup.get("title").asText());
        assertTrue(setup.get("greeting").asText().startsWith("Hi!"), "the greeting from prompts/greeting.txt");
        assertEquals(3, setup.get("starter_questions").size());
        for (JsonNode question : setup.get("starter_questions")) {
            JsonNode answer = http.json(http.postJson(citebot.url("/api/ask"), "{\"question\":" + question + "}"));
            assertTrue(answer.get("answerable").asBoolean(), question + " is answered");
        }
    }

    @Test
    void openApiDescribesEveryWidgetRoute() {
        JsonNode paths = http.json(http.get(citebot.url("/openapi.json"))).get("paths");

        for (String path : new String[] {"/", "/favicon.ico", "/widget.js", "/widget/{file}", "/api/widget/config"}) {
            assertTrue(paths.has(path) && paths.get(path).has("get"), path);
        }
        assertTrue(paths.get("/api/feedback").has("get") && paths.get("/api/feedback").has("post"));
        assertTrue(paths.has("/api/ask"), "the core routes are still there");
    }

    @Test
    void sameOriginRequestsAndPreflightsFromCitebotsOwnPagesAreServed() {
        HttpResponse<String> ask = http.postJson(citebot.url("/api/ask"), "{\"question\":\"When was President Bazoum ousted?\"}",
                "Origin", citebot.origin());
        assertEquals(200, ask.statusCode());
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(citebot.url("/api/feedback")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", citebot.origin()).header("Access-Control-Request-Method", "POST"));
        assertEquals(204, preflight.statusCode());
        assertEquals(CorsPolicy.METHODS, preflight.headers().firstValue("Access-Control-Allow-Methods").orElseThrow());
        assertEquals("Origin", preflight.headers().firstValue("Vary").orElseThrow());
    }
}
