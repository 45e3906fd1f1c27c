package dev.citebot.openai;

import static dev.citebot.support.FakeModel.says;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.FakeModel;
import dev.citebot.support.Http;
import dev.citebot.support.Sse;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Citebot as the "model" of a real OpenAI client (LangChain4j's OpenAiChatModel and OpenAiStreamingChatModel
 * pointed at {@code /v1}), with no model behind Citebot and with one.
 */
class OpenAiEndpointIT {
    static final String QUESTION = "When was President Bazoum ousted?";

    private static FakeModel model;
    private static App plain;
    private static App withModel;

    @BeforeAll
    static void start() {
        model = new FakeModel();
        plain = Citebots.server(Citebots.SEEDS, Map.of());
        withModel = Citebots.server(Citebots.SEEDS, model.settings("openai", Duration.ofSeconds(5)));
        model.script(r -> r.isRewrite() ? says("When was President Bazoum ousted?")
                : says("Mohamed Bazoum was ousted on July 26 [" + r.passageWith("ousted on July 26") + "]."));
    }

    @AfterAll
    static void stop() {
        plain.close();
        withModel.close();
        model.close();
    }

    @Test
    void anOpenAiClientGetsTheExtractiveAnswerWithItsMarkersAndSources() {
        String text = client(plain).chat(QUESTION);
        assertTrue(text.contains("July 26"), text);
        assertTrue(text.contains("[1]"), text);
        assertTrue(text.contains("\n\nSources:\n[1] "), text);
        assertTrue(text.contains("niger-crisis-putin-ecowas.txt"), text);
    }

    @Test
    void anOpenAiClientGetsTheModelsCheckedAnswerWhenCitebotHasAModel() {
        ChatResponse response = client(withModel).chat(UserMessage.from(QUESTION));
        String text = response.aiMessage().text();
        assertTrue(text.startsWith("Mohamed Bazoum was ousted on July 26 [1].\n\nSources:\n[1] "), text);
    }

    @Test
    void aStreamingOpenAiClientGetsTheSameTextInPieces() throws Exception {
        for (App app : List.of(plain, withModel)) {
            LangChain4jClients.Streamed streamed = LangChain4jClients.stream(
                    LangChain4jClients.streaming(app, "any-key"), QUESTION);
            ChatResponse response = streamed.response();
            String text = response.aiMessage().text();
            assertEquals(streamed.pieces(), text);
            assertTrue(response.tokenUsage().outputTokenCount() > 20, "usage chunk read: " + response.tokenUsage());
            assertTrue(text.contains("July 26") && text.contains("\n\nSources:\n[1] "), text);
            assertEquals(client(app).chat(QUESTION), text);
        }
    }

    @Test
    void earlierMessagesAreTheHistoryOfAFollowUp() {
        ChatResponse response = client(plain).chat(
                UserMessage.from("Who is President Bazoum?"),
                AiMessage.from("Niger, under deposed President Mohamed Bazoum, has been a key ally [1]."),
                UserMessage.from("when was he ousted?"));
        assertTrue(response.aiMessage().text().contains("July 26"), response.aiMessage().text());
    }

    @Test
    void theCitationsAndTheModeComeBackAsDataInExtraFields() {
        for (App app : List.of(plain, withModel)) {
            JsonNode completion = new Http(app.port()).postJson("/v1/chat/completions", Http.json(Map.of(
                    "model", "anything", "messages", List.of(Map.of("role", "user", "content", QUESTION))))).json();
            assertEquals("chat.completion", completion.get("object").asText());
            assertEquals("citebot", completion.get("model").asText());
            String mode = app == plain ? "extractive" : "llm";
            assertEquals(mode, completion.get("citebot").get("mode").asText(), completion.toString());
            JsonNode citation = completion.get("citations").get(0);
            assertEquals(1, citation.get("n").asInt());
            assertTrue(citation.get("quote").asText().contains("July 26"), citation.toString());
        }
    }

    @Test
    void theLastStreamedChunkCarriesTheCitationsThenDone() {
        Http.Reply reply = new Http(withModel.port()).postJson("/v1/chat/completions", Http.json(Map.of("stream", true,
                "messages", List.of(Map.of("role", "user", "content", List.of(Map.of("type", "text", "text", QUESTION)))))));
        List<Sse.Event> events = Sse.parse(reply.body());
        assertEquals("[DONE]", events.get(events.size() - 1).data());
        JsonNode first = events.get(0).json();
        assertEquals("assistant", first.get("choices").get(0).get("delta").get("role").asText());
        JsonNode last = events.get(events.size() - 2).json();
        assertEquals("stop", last.get("choices").get(0).get("finish_reason").asText());
        assertEquals("llm", last.get("citebot").get("mode").asText());
        assertTrue(last.get("citations").get(0).get("quote").asText().contains("July 26"));
    }

    @Test
    void whenAModelWritesTheAnswerTheUsageIsTheModelsOwnCount() {
        ChatResponse response = client(withModel).chat(UserMessage.from(QUESTION));
        assertEquals(10, response.tokenUsage().inputTokenCount(), response.tokenUsage().toString());
        assertEquals(5, response.tokenUsage().outputTokenCount());
        assertEquals(15, response.tokenUsage().totalTokenCount());
    }

    @Test
    void theModelListHasCitebot() {
        JsonNode models = new Http(plain.port()).get("/v1/models").json();
        assertEquals("list", models.get("object").asText());
        assertEquals("citebot", models.get("data").get(0).get("id").asText());
    }

    @Test
    void aChatThatDoesNotEndWithTheUsersQuestionIsAnOpenAiStyleError() {
        Http.Reply reply = new Http(plain.port()).postJson("/v1/chat/completions", Http.json(Map.of(
                "messages", List.of(Map.of("role", "assistant", "content", "Hello")))));
        assertEquals(400, reply.status());
        assertNotNull(reply.json().get("error").get("message").asText());
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> client(plain).chat(AiMessage.from("Hello")));
        assertTrue(e.getMessage().contains("the last message must be the user's question"), e.getMessage());
    }

    private static ChatModel client(App app) {
        return LangChain4jClients.chat(app, "any-key");
    }
}
