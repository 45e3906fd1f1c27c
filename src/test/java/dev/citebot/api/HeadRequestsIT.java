package dev.citebot.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code HEAD} request is answered as its {@code GET} would be, headers and all, without the body. */
class HeadRequestsIT {
    @TempDir
    static Path data;
    private static App app;
    private static Http http;

    @BeforeAll
    static void start() {
        app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_DATA_DIR", data.toString()));
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void headCarriesTheContentTypeOfItsGetOnJsonHtmlAndScriptRoutes() {
        for (String path : List.of("/health", "/ready", "/", "/widget.js", "/widget/widget.css", "/openapi.json",
                "/api/documents", "/v1/models")) {
            Http.Reply get = http.get(path);
            Http.Reply head = head(path);
            assertEquals(200, get.status(), path);
            assertEquals(get.status(), head.status(), path);
            assertEquals(header(get, "Content-Type"), header(head, "Content-Type"), "HEAD " + path);
            assertEquals("", head.body(), "HEAD " + path + " sends no body");
        }
    }

    @Test
    void headOfAFileRepeatsItsCachingAndSecurityHeaders() {
        for (String path : List.of("/", "/widget.js")) {
            Http.Reply get = http.get(path);
            Http.Reply head = head(path);
            for (String name : List.of("ETag", "Cache-Control", "Content-Security-Policy", "Cross-Origin-Resource-Policy",
                    "X-Content-Type-Options", "Content-Length")) {
                assertEquals(header(get, name), header(head, name), "HEAD " + path + " " + name);
            }
        }
    }

    private static Http.Reply head(String path) {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    private static String header(Http.Reply reply, String name) {
        return reply.raw().headers().firstValue(name).orElse("(none)");
    }
}
