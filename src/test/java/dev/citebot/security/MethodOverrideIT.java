package dev.citebot.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.RawHttp;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code X-HTTP-Method-Override} is ignored: a request is routed, guarded and counted by the method it was sent
 * with, so a {@code GET} (which a page on another site can send with fewer checks) never runs a {@code POST} route.
 */
class MethodOverrideIT {
    private static final String QUESTION = "{\"question\": \"When was President Bazoum ousted?\"}";
    private static App app;

    @BeforeAll
    static void start() {
        app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_INGEST_ISOLATION", "none", "CITEBOT_REINDEX_WATCH", "false"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aGetWithAPostOverrideIsNotAnswered() {
        RawHttp.Response response = RawHttp.exchange(app.port(), "GET /api/ask HTTP/1.1\r\nHost: x\r\n"
                + "X-HTTP-Method-Override: POST\r\nContent-Type: application/json\r\nContent-Length: "
                + QUESTION.length() + "\r\nConnection: close\r\n\r\n" + QUESTION);

        assertEquals(405, response.status(), response.body());
        assertFalse(response.body().contains("July 26"), response.body());
    }

    @Test
    void aPostWithADeleteOverrideIsStillAPost() {
        RawHttp.Response response = RawHttp.exchange(app.port(), "POST /api/ask HTTP/1.1\r\nHost: x\r\n"
                + "X-HTTP-Method-Override: DELETE\r\nContent-Type: application/json\r\nContent-Length: "
                + QUESTION.length() + "\r\nConnection: close\r\n\r\n" + QUESTION);

        assertEquals(200, response.status(), response.body());
    }
}
