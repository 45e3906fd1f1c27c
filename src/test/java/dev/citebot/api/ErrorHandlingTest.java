package dev.citebot.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.citebot.support.Http;
import io.javalin.Javalin;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorHandlingTest {

    @Test
    void anUnexpectedFailureIsA500WithAJsonErrorAndNoStackTrace() {
        Routes failing = config -> config.routes.get("/boom", ctx -> {
            throw new IllegalStateException("secret detail at /work/main/Secret.java");
        }, Role.PUBLIC);
        Javalin server = ApiServer.create(1024, List.of(failing)).start("127.0.0.1", 0);
        try {
            Http.Reply reply = new Http(server.port()).get("/boom");
            BadInputIT.assertJsonError(reply, 500);
            assertEquals(false, reply.body().contains("secret detail"));
        } finally {
            server.stop();
        }
    }

    @Test
    void responsesDoNotAnnounceTheServerVersionAndForbidSniffing() {
        Javalin server = ApiServer.create(1024, List.of()).start("127.0.0.1", 0);
        try {
            Http.Reply reply = new Http(server.port()).get("/anything");
            assertEquals(true, reply.raw().headers().firstValue("Server").isEmpty(), reply.raw().headers().toString());
            assertEquals("nosniff", reply.raw().headers().firstValue("X-Content-Type-Options").orElse(""));
        } finally {
            server.stop();
        }
    }
}
