package dev.citebot.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.citebot.support.Http;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
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
            assertEquals(500, reply.status());
            assertEquals(true, reply.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertEquals("{\"status\":500,\"error\":\"internal_error\",\"message\":\"something went wrong on our "
                    + "side; the error has been logged\"}", reply.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void aRefusalCarriesItsTypedStatusAsTheNumberAndNameClientsRead() {
        Routes refusing = config -> config.routes.get("/big", ctx -> {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "the request body is larger than 10 bytes");
        }, Role.PUBLIC);
        Javalin server = ApiServer.create(1024, List.of(refusing)).start("127.0.0.1", 0);
        try {
            Http.Reply reply = new Http(server.port()).get("/big");
            assertEquals(413, reply.status());
            assertEquals("{\"status\":413,\"error\":\"payload_too_large\",\"message\":\"the request body is larger "
                    + "than 10 bytes\"}", reply.body());
        } finally {
            server.stop();
        }
    }

    @Test
    void responsesDoNotAnnounceTheServerVersion() {
        Javalin server = ApiServer.create(1024, List.of()).start("127.0.0.1", 0);
        try {
            Http.Reply reply = new Http(server.port()).get("/anything");
            assertEquals(true, reply.raw().headers().firstValue("Server").isEmpty(), reply.raw().headers().toString());
        } finally {
            server.stop();
        }
    }
}
