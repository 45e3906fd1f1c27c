package dev.citebot.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import dev.citebot.support.Sse;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * OpenAI's request parameters on a real Citebot: those it can honour change the reply (max_tokens, the usage
 * chunk), those it cannot are refused with OpenAI's 400 naming the field, and usage counts real tokens.
 */
class OpenAiParametersIT {
    static final String QUESTION = OpenAiEndpointIT.QUESTION;

    private static final HuggingFaceTokenCountEstimator TOKENIZER = new HuggingFaceTokenCountEstimator();

    private static App app;
    private static Http http;

    @BeforeAll
    static void start() {
        app = Citebots.server(Citebots.SEEDS, Map.of());
        http = new Http(app.port());
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void maxTokensCutsTheAnswerAtAWordWithFinishReasonLength() {
        String whole = content(complete(Map.of()));
        for (String field : List.of("max_tokens", "max_completion_tokens")) {
            JsonNode cut = complete(Map.of(field, 8));
            String text = content(cut);
            assertEquals("length", cut.get("choices").get(0).get("finish_reason").asText(), cut.toString());
            assertTrue(!text.isEmpty() && whole.startsWith(text) && text.length() < whole.length(), text);
            assertFalse(Character.isWhitespace(text.charAt(text.length() - 1)), text);
            assertTrue(Character.isWhitespace(whole.charAt(text.length())), "cut inside a word: " + text);
            int completion = cut.get("usage").get("completion_tokens").asInt();
            assertTrue(completion > 0 && completion <= 8, cut.get("usage").toString());
            assertEquals(count(text), completion);
        }
    }

    @Test
    void aMaxTokensTheAnswerFitsInChangesNothing() {
        JsonNode whole = complete(Map.of());
        JsonNode roomy = complete(Map.of("max_tokens", 100_000, "n", 1, "tools", List.of(),
                "tool_choice", "none", "response_format", Map.of("type", "text"), "temperature", 0.2));
        assertEquals(content(whole), content(roomy));
        assertEquals("stop", roomy.get("choices").get(0).get("finish_reason").asText());
    }

    @Test
    void usageCountsTheMessagesAndTheAnswerWithTheEmbeddingTokenizer() {
        List<Map<String, String>> messages = List.of(Map.of("role", "system", "content", "Be brief."),
                Map.of("role", "user", "content", QUESTION));
        JsonNode completion = http.postJson("/v1/chat/completions", Http.json(Map.of("messages", messages))).json();
        JsonNode usage = completion.get("usage");
        assertEquals(count("Be brief.") + count(QUESTION), usage.get("prompt_tokens").asInt(), usage.toString());
        assertEquals(count(content(completion)), usage.get("completion_tokens").asInt(), usage.toString());
        assertTrue(usage.get("completion_tokens").asInt() > 20, usage.toString());
        assertEquals(usage.get("prompt_tokens").asInt() + usage.get("completion_tokens").asInt(),
                usage.get("total_tokens").asInt());
    }

    @Test
    void aStreamAskedForUsageEndsWithAChunkOfUsageAndNoChoicesBeforeDone() {
        String whole = content(complete(Map.of()));
        List<Sse.Event> events = stream(Map.of("stream_options", Map.of("include_usage", true)));
        assertEquals("[DONE]", events.get(events.size() - 1).data());
        JsonNode usage = events.get(events.size() - 2).json();
        assertEquals(0, usage.get("choices").size(), usage.toString());
        assertEquals("chat.completion.chunk", usage.get("object").asText());
        assertEquals(count(QUESTION), usage.get("usage").get("prompt_tokens").asInt());
        assertEquals(count(whole), usage.get("usage").get("completion_tokens").asInt());
        assertEquals("stop", events.get(events.size() - 3).json().get("choices").get(0).get("finish_reason").asText());
        assertEquals(whole, streamedText(events));
        assertFalse(stream(Map.of()).stream().anyMatch(e -> e.data().contains("\"usage\"")),
                "usage is sent only when asked");
    }

    @Test
    void aStreamCutByMaxTokensSendsOnlyWholeWordsAndEndsWithLength() {
        String whole = content(complete(Map.of()));
        List<Sse.Event> events = stream(Map.of("max_tokens", 8, "stream_options", Map.of("include_usage", true)));
        String text = streamedText(events);
        assertTrue(!text.isEmpty() && whole.startsWith(text) && Character.isWhitespace(whole.charAt(text.length())),
                text);
        assertEquals("length", events.get(events.size() - 3).json().get("choices").get(0).get("finish_reason").asText());
        assertEquals(count(text), events.get(events.size() - 2).json().get("usage").get("completion_tokens").asInt());
        assertEquals(text, content(complete(Map.of("max_tokens", 8))));
    }

    @ParameterizedTest(name = "{0} -> param {1}, code {2}")
    @CsvSource(delimiter = '|', value = {
        "{\"n\": 2}                                          | n                     | unsupported_value",
        "{\"n\": 0}                                          | n                     | invalid_value",
        "{\"max_tokens\": 0}                                 | max_tokens            | invalid_value",
        "{\"max_completion_tokens\": \"ten\"}                | max_completion_tokens | invalid_value",
        "{\"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"f\"}}]} | tools | unsupported_parameter",
        "{\"tools\": [{\"type\": \"function\", \"function\": {\"name\": \"f\"}}], \"tool_choice\": \"auto\"} | tool_choice | unsupported_value",
        "{\"tool_choice\": \"required\"}                     | tool_choice           | unsupported_value",
        "{\"functions\": [{\"name\": \"f\"}]}                | functions             | unsupported_parameter",
        "{\"response_format\": {\"type\": \"json_object\"}}  | response_format       | unsupported_value",
        "{\"logprobs\": true}                                | logprobs              | unsupported_parameter",
        "{\"top_logprobs\": 3}                               | top_logprobs          | unsupported_parameter",
        "{\"modalities\": [\"text\", \"audio\"]}             | modalities            | unsupported_value",
        "{\"audio\": {\"voice\": \"alloy\"}}                 | audio                 | unsupported_parameter",
        "{\"stop\": [\"\\n\"]}                               | stop                  | unsupported_parameter",
        "{\"stream_options\": {\"include_usage\": true}}     | stream_options        | invalid_value",
    })
    void whatCitebotCannotDoIsRefusedInOpenAisShapeNamingTheField(String options, String param, String code) {
        String body = options.substring(0, options.length() - 1)
                + ", \"messages\": [{\"role\": \"user\", \"content\": \"" + QUESTION + "\"}]}";
        Http.Reply reply = http.postJson("/v1/chat/completions", body);
        assertEquals(400, reply.status(), reply.body());
        JsonNode error = reply.json().get("error");
        assertEquals(List.of("message", "type", "param", "code"), fields(error));
        assertEquals("invalid_request_error", error.get("type").asText());
        assertEquals(param, error.get("param").asText());
        assertEquals(code, error.get("code").textValue(), reply.body());
        assertTrue(error.get("message").asText().length() > 10, reply.body());
    }

    private static JsonNode complete(Map<String, Object> options) {
        Map<String, Object> body = new HashMap<>(options);
        body.put("messages", List.of(Map.of("role", "user", "content", QUESTION)));
        Http.Reply reply = http.postJson("/v1/chat/completions", Http.json(body));
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private static List<Sse.Event> stream(Map<String, Object> options) {
        Map<String, Object> body = new HashMap<>(options);
        body.put("stream", true);
        body.put("messages", List.of(Map.of("role", "user", "content", QUESTION)));
        Http.Reply reply = http.postJson("/v1/chat/completions", Http.json(body));
        assertEquals(200, reply.status(), reply.body());
        return Sse.parse(reply.body());
    }

    private static String streamedText(List<Sse.Event> events) {
        StringBuilder text = new StringBuilder();
        for (Sse.Event e : events.subList(0, events.size() - 1)) {
            for (JsonNode choice : e.json().get("choices")) {
                text.append(choice.path("delta").path("content").asText(""));
            }
        }
        return text.toString();
    }

    private static String content(JsonNode completion) {
        return completion.get("choices").get(0).get("message").get("content").asText();
    }

    static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The count, worked out apart: the same tokenizer as LangChain4j ships it, on the whole text. */
    private static int count(String text) {
        return TOKENIZER.estimateTokenCountInText(text);
    }
}
