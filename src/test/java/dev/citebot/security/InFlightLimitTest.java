package dev.citebot.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.citebot.config.AllowedOrigins;
import dev.citebot.config.Keys;
import dev.citebot.config.SecuritySettings;
import dev.citebot.http.ApiServer;
import dev.citebot.http.Role;
import dev.citebot.http.Routes;
import dev.citebot.support.Http;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Past the bound on questions in flight, new ones get 503 with Retry-After at once; /health is unaffected. */
class InFlightLimitTest {

    @Test
    void aQuestionPastTheLimitIsTurnedAwayWhileHealthAnswers() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Routes slowAnswers = config -> {
            config.routes.post("/api/ask", ctx -> {
                entered.countDown();
                release.await(30, TimeUnit.SECONDS);
                ctx.json(java.util.Map.of("answer", "done"));
            }, Role.QUESTION);
            config.routes.get("/health", ctx -> ctx.result("ok"), Role.PUBLIC);
        };
        SecuritySettings settings = new SecuritySettings(new Keys(List.of()), new Keys(List.of()), 0, List.of(), 1, 1,
                "'none'", true, AllowedOrigins.parse(""), false, false, 0);
        Javalin server = ApiServer.create(1024, List.of(new AccessControl(settings), slowAnswers)).start("127.0.0.1", 0);
        try {
            Http http = new Http(server.port());
            CompletableFuture<HttpResponse<String>> first = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/ask"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            entered.await(30, TimeUnit.SECONDS);

            Http.Reply second = http.postJson("/api/ask", "{}");
            assertEquals(503, second.status());
            assertEquals("1", second.raw().headers().firstValue("Retry-After").orElse(""));
            assertEquals(200, http.get("/health").status());

            release.countDown();
            assertEquals(200, first.get(30, TimeUnit.SECONDS).statusCode());
            assertEquals(200, http.postJson("/api/ask", "{}").status(), "the turn was given back");
        } finally {
            release.countDown();
            server.stop();
        }
    }
}
