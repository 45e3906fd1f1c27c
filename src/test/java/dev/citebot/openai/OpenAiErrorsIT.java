package dev.citebot.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.http.ApiException;
import dev.citebot.http.ApiServer;
import dev.citebot.http.JsonBody;
import dev.citebot.api.QuestionValidator;
import dev.citebot.http.Routes;
import dev.citebot.config.CitebotConfig;
import dev.citebot.config.Prompts;
import dev.citebot.pipeline.ExtractiveAnswerer;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.PipelineFactory;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import io.javalin.http.HttpStatus;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every error under {@code /v1} is in OpenAI's shape, whatever raises it: the router (404, 405), the body reader
 * (400, 413, 415), the routes themselves (an unknown model, documents not indexed yet: 503), a guard in front of
 * them (401, 429) or a bug (500). The server here has OpenAI's routes over a pipeline that is not loaded, and a
 * guard that fails a request with the status it names, standing for any guard.
 */
class OpenAiErrorsIT {
    private static final String FAIL_WITH = "X-Test-Fail-With";
    private static final String QUESTION = "{\"messages\": [{\"role\": \"user\", \"content\": \"uranium?\"}]}";

    private static Pipeline pipeline;
    private static Javalin server;
    private static Http http;

    @BeforeAll
    static void start() {
        CitebotConfig config = Citebots.config(Citebots.SEEDS, Map.of());
        pipeline = PipelineFactory.create(config, Prompts.load(config.promptsDir()));
        Routes guard = c -> c.routes.before("/v1/*", ctx -> {
            String status = ctx.header(FAIL_WITH);
            if ("500".equals(status)) {
                throw new IllegalStateException("a bug");
            }
            if (status != null) {
                throw new ApiException(HttpStatus.forStatus(Integer.parseInt(status)), "refused by the guard");
            }
        });
        server = ApiServer.create(1024, List.of(guard, new OpenAiRoutes(new ExtractiveAnswerer(pipeline),
                new JsonBody(1024), new QuestionValidator(config.limits(), 50))))
                .start("127.0.0.1", 0);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
        pipeline.awaitModel(); // ONNX Runtime must not be loading still when the JVM exits
        pipeline.close();
    }

    @Test
    void anUnknownRouteUnderV1IsAnOpenAi404() {
        assertOpenAiError(http.get("/v1/embeddings"), 404, "not_found");
        assertOpenAiError(http.get("/v1"), 404, "not_found");
    }

    @Test
    void aWrongMethodOnAV1RouteIsAnOpenAi405() {
        assertOpenAiError(http.get("/v1/chat/completions"), 405, "method_not_allowed");
    }

    @Test
    void anUnknownModelIsAnOpenAi404NamingTheModel() {
        JsonNode error = assertOpenAiError(http.get("/v1/models/gpt-4o"), 404, "model_not_found");
        assertEquals("model", error.get("param").asText());
        assertTrue(error.get("message").asText().contains("gpt-4o"), error.toString());
        assertEquals("citebot", http.get("/v1/models/citebot").json().get("id").asText());
    }

    @Test
    void bodyErrorsAreOpenAiErrors() {
        assertOpenAiError(http.postJson("/v1/chat/completions", "{not json"), 400, "bad_request");
        assertOpenAiError(http.postJson("/v1/chat/completions", "{\"messages\": \"" + "x".repeat(2000) + "\"}"),
                413, "payload_too_large");
        assertOpenAiError(http.post("/v1/chat/completions", "text/plain", QUESTION), 415, "unsupported_media_type");
    }

    @Test
    void aQuestionBeforeTheDocumentsAreIndexedIsAnOpenAi503() {
        Http.Reply reply = http.postJson("/v1/chat/completions", QUESTION);
        assertOpenAiError(reply, 503, "unavailable");
        assertEquals("5", reply.raw().headers().firstValue("Retry-After").orElse(""));
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 413, 429, 500, 503})
    void whatAGuardInFrontOfV1RefusesIsAnOpenAiError(int status) {
        for (String path : List.of("/v1/models", "/v1/models/citebot", "/v1/chat/completions")) {
            Http.Reply reply = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .header(FAIL_WITH, Integer.toString(status)).header("Content-Type", "application/json")
                    .method(path.endsWith("completions") ? "POST" : "GET", HttpRequest.BodyPublishers.ofString(QUESTION)));
            assertOpenAiError(reply, status, null);
        }
    }

    @Test
    void routesOutsideV1KeepCitebotsOwnErrors() {
        Http.Reply reply = http.get("/v1x/models");
        assertEquals(404, reply.status());
        assertEquals(404, reply.json().get("status").asInt(), reply.body());
    }

    /** OpenAI's shape, exactly: the four fields, a string code; the type its clients expect for the status. */
    static JsonNode assertOpenAiError(Http.Reply reply, int status, String code) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(List.of("error"), OpenAiParametersIT.fields(reply.json()), reply.body());
        JsonNode error = reply.json().get("error");
        assertEquals(List.of("message", "type", "param", "code"), OpenAiParametersIT.fields(error), reply.body());
        assertTrue(error.get("code").isTextual(), "code must be a string: " + reply.body());
        assertTrue(error.get("type").isTextual() && error.get("message").isTextual(), reply.body());
        if (code != null) {
            assertEquals(code, error.get("code").asText(), reply.body());
        }
        String type = error.get("type").asText();
        assertEquals(status >= 500 ? "server_error" : status == 401 ? "authentication_error"
                : status == 403 ? "permission_error" : status == 429 ? "rate_limit_error" : "invalid_request_error",
                type, reply.body());
        return error;
    }
}
