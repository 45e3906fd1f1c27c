package dev.citebot.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.citebot.http.ApiServer;
import dev.citebot.http.Role;
import dev.citebot.http.Routes;
import dev.citebot.support.Http;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code X-Content-Type-Options: nosniff} is set in one place, and every kind of response carries it once. */
class NoSniffTest {
    private static final String NOSNIFF = "x-content-type-options: nosniff";
    private Javalin server;

    @BeforeEach
    void start() {
        Routes pages = config -> {
            config.routes.get("/json", ctx -> ctx.json(Map.of("ok", true)), Role.PUBLIC);
            config.routes.get("/html", ctx -> ctx.html("<p>hi</p>"), Role.PUBLIC);
        };
        server = ApiServer.create(1024, List.of(new SecurityHeaders("'none'"), pages)).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void aJsonAnHtmlAndAnErrorResponseEachCarryTheHeaderOnce() {
        Http http = new Http(server.port());
        for (String path : List.of("/json", "/html", "/no/such/page")) {
            Http.Reply reply = http.get(path);
            assertEquals(List.of("nosniff"), reply.raw().headers().allValues("X-Content-Type-Options"),
                    path + " " + reply.status());
        }
    }

    @Test
    void anErrorJettyAnswersBeforeAnyRouteCarriesTheHeaderOnce() {
        String head = headOf("GET /api/documents/%00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertEquals(true, head.startsWith("http/1.1 400"), head);
        assertEquals(1, head.split(NOSNIFF, -1).length - 1, head);
    }

    /** The status line and headers of the response, in lower case. */
    private String headOf(String request) {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int end = response.indexOf("\r\n\r\n");
            return (end < 0 ? response : response.substring(0, end)).toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
