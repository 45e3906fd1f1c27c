package dev.citebot.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.App;
import dev.citebot.support.Citebots;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official OpenAI JavaScript client (npm package {@code openai}, the version pinned in
 * {@code src/test/js/package.json}) against a real Citebot: what an application written with it sees. The script
 * {@code src/test/js/openai-client.mjs} makes the calls and reports; this test checks the report. Node.js and the
 * package are installed by {@code .ci/run}; without them this test fails, it is never skipped.
 */
class OpenAiJsClientIT {
    static final Path CLIENT = Path.of("src/test/js");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static App app;
    private static JsonNode report;

    @BeforeAll
    static void runTheClient() throws Exception {
        String pinned = MAPPER.readTree(CLIENT.resolve("package.json").toFile()).get("dependencies").get("openai")
                .asText();
        Path installed = CLIENT.resolve("node_modules/openai/package.json");
        if (!Files.exists(installed)
                || !pinned.equals(MAPPER.readTree(installed.toFile()).get("version").asText())) {
            fail("the npm package openai@" + pinned + " is not installed in " + CLIENT
                    + ": run .ci/run (or 'npm ci' in " + CLIENT + ")");
        }
        app = Citebots.server(Citebots.SEEDS, Map.of());
        report = MAPPER.readTree(node("http://127.0.0.1:" + app.port() + "/v1", OpenAiEndpointIT.QUESTION));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theClientGetsTheAnswerWithItsSourcesAndItsUsage() {
        JsonNode plain = value("plain");
        assertTrue(plain.get("content").asText().contains("July 26"), plain.toString());
        assertTrue(plain.get("content").asText().contains("\n\nSources:\n[1] "), plain.toString());
        assertEquals("stop", plain.get("finish_reason").asText());
        assertUsage(plain.get("usage"));
    }

    @Test
    void theClientStreamsTheSameTextAndReadsTheUsageChunkAtTheEnd() {
        JsonNode stream = value("stream");
        assertEquals(value("plain").get("content").asText(), stream.get("content").asText());
        assertEquals("stop", stream.get("finish_reason").asText());
        assertUsage(stream.get("usage"));
        assertEquals(0, stream.get("usage").get("choices").asInt(), "the usage chunk has no choices");
        assertEquals(0, stream.get("chunks_after_usage").asInt(), "the usage chunk is the last");
        assertEquals(value("plain").get("usage"), withoutChoices(stream.get("usage")));
    }

    @Test
    void maxTokensCutsWhatTheClientGetsWithFinishReasonLength() {
        for (String call : List.of("cut", "cutStream")) {
            JsonNode cut = value(call);
            assertEquals("length", cut.get("finish_reason").asText(), cut.toString());
            String whole = value("plain").get("content").asText();
            assertTrue(whole.startsWith(cut.get("content").asText()) && cut.get("content").asText().length() > 0,
                    cut.toString());
        }
        assertTrue(value("cut").get("usage").get("completion_tokens").asInt() <= 8, value("cut").toString());
    }

    @Test
    void theClientListsAndRetrievesTheModel() {
        assertEquals("[\"citebot\"]", value("models").toString());
        assertEquals("citebot", value("model").get("id").asText());
        assertEquals("model", value("model").get("object").asText());
    }

    @Test
    void anUnknownModelIsTheClientsNotFoundError() {
        JsonNode error = error("unknownModel");
        assertTrue(error.get("notFound").asBoolean(), error.toString());
        assertEquals(404, error.get("status").asInt());
        assertEquals("model_not_found", error.get("code").asText());
        assertEquals("model", error.get("param").asText());
    }

    @Test
    void aParameterCitebotCannotHonourIsTheClientsBadRequestErrorNamingIt() {
        for (Map.Entry<String, String> refused : Map.of("refused", "n", "refusedTools", "tools").entrySet()) {
            JsonNode error = error(refused.getKey());
            assertTrue(error.get("badRequest").asBoolean(), error.toString());
            assertEquals(400, error.get("status").asInt());
            assertEquals(refused.getValue(), error.get("param").asText(), error.toString());
            assertEquals("invalid_request_error", error.get("type").asText());
            assertTrue(error.get("code").isTextual(), error.toString());
        }
    }

    private static void assertUsage(JsonNode usage) {
        int prompt = usage.get("prompt_tokens").asInt();
        int completion = usage.get("completion_tokens").asInt();
        assertTrue(prompt > 5 && completion > 20, usage.toString());
        assertEquals(prompt + completion, usage.get("total_tokens").asInt(), usage.toString());
    }

    private static JsonNode withoutChoices(JsonNode usage) {
        return MAPPER.valueToTree(Map.of("prompt_tokens", usage.get("prompt_tokens").asInt(),
                "completion_tokens", usage.get("completion_tokens").asInt(),
                "total_tokens", usage.get("total_tokens").asInt()));
    }

    private static JsonNode value(String call) {
        JsonNode result = report.get(call);
        assertFalse(result.has("error"), call + " raised " + result.get("error"));
        return result.get("value");
    }

    private static JsonNode error(String call) {
        JsonNode result = report.get(call);
        assertTrue(result.has("error"), call + " should have raised an error, got " + result);
        return result.get("error");
    }

    /** Runs the client script with Node.js; its standard output is the report. */
    private static String node(String... args) throws IOException, InterruptedException {
        Path stderr = Files.createTempFile("openai-client", ".err");
        List<String> command = new java.util.ArrayList<>(List.of("node", "openai-client.mjs"));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(CLIENT.toFile())
                    .redirectError(stderr.toFile()).start();
        } catch (IOException e) {
            fail("Node.js is not installed (" + e.getMessage() + "): run .ci/run, which installs it and the client");
            throw e;
        }
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the OpenAI client script did not finish within 120 s");
        }
        String err = Files.readString(stderr);
        Files.delete(stderr);
        assertEquals(0, process.exitValue(), "the OpenAI client script failed:\n" + err + out);
        return out;
    }
}
