package dev.citebot.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.RawHttp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every route that takes a path or an id ({@code /api/documents/{id}}, {@code /widget/{file}},
 * {@code /v1/models/{id}}) asked for a file outside what it serves, with {@code ..}, encoded dots and
 * slashes, backslashes, absolute paths and NUL bytes, sent as raw bytes so no client tidies the path first:
 * the answer is a 4xx in JSON, and never a byte of the file asked for.
 */
class PathTraversalIT {
    private static final String SECRET = "CITEBOT-SECRET-TRAVERSAL-91";
    @TempDir
    static Path root;
    private static App app;

    @BeforeAll
    static void start() throws IOException {
        Path seeds = Files.createDirectory(root.resolve("seeds"));
        Files.writeString(seeds.resolve("okapi.txt"), "Okapis live in the Ituri rainforest of Congo.");
        Files.writeString(root.resolve("secret.txt"), "The vault code is " + SECRET + ".");
        app = Citebots.server(seeds, Map.of("CITEBOT_INGEST_ISOLATION", "none"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static Stream<String> attempts() {
        String secret = root.resolve("secret.txt").toString();
        return Stream.of("/api/documents/", "/widget/", "/v1/models/").flatMap(route -> Stream.of(
                route + "../secret.txt",
                route + "../../secret.txt",
                route + "../../../../../../etc/passwd",
                route + "..%2fsecret.txt",
                route + "..%2f..%2fsecret.txt",
                route + "%2e%2e%2fsecret.txt",
                route + "%2e%2e/%2e%2e/pom.xml",
                route + "%252e%252e%252fpom.xml",
                route + "..\\secret.txt",
                route + "..%5c..%5cpom.xml",
                route + "%2e%2e%5cpom.xml",
                route + "....//....//pom.xml",
                route + "/etc/passwd",
                route + "%2fetc%2fpasswd",
                route + secret,
                route + secret.replace("/", "%2f"),
                route + "file:" + secret,
                route + "C:%5cWindows%5cwin.ini",
                route + "okapi-txt%00",
                route + "widget.css%00.txt",
                route + "..%00/secret.txt",
                route + "..;/secret.txt",
                route + "%c0%ae%c0%ae/pom.xml"));
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("attempts")
    void aPathOutsideWhatIsServedIsA4xxInJsonWithoutTheFile(String target) {
        RawHttp.Response response = RawHttp.exchange(app.port(),
                "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

        assertTrue(response.status() >= 400 && response.status() < 500, response.status() + " " + response.body());
        assertTrue(response.header("content-type").startsWith("application/json"), response.headers().toString());
        assertTrue(response.json().has("error"), response.body());
        assertFalse(response.body().contains(SECRET), response.body());
        assertFalse(response.body().contains("root:"), "a line of /etc/passwd: " + response.body());
        assertFalse(response.body().contains("<project"), "the pom: " + response.body());
    }

    @Test
    void theRoutesStillServeWhatTheyShould() {
        assertEquals(200, RawHttp.exchange(app.port(),
                "GET /api/documents/okapi-txt HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").status());
        assertEquals(200, RawHttp.exchange(app.port(),
                "GET /widget/widget.css HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").status());
    }
}
