package dev.citebot.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * LangChain4j's own OpenAI client, as a Java application would use Citebot as its model: plain and streamed
 * answers, token usage and the finish reason, with an API key when the deployment is keyed.
 */
class LangChain4jClientIT {
    private static final String QUESTION = "When was President Bazoum ousted?";
    private static App app;

    @BeforeAll
    static void start() {
        app = Citebots.server(Citebots.SEEDS, Map.of("CITEBOT_INGEST_ISOLATION", "none",
                "CITEBOT_API_KEYS", "client-key-1"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String baseUrl() {
        return "http://127.0.0.1:" + app.port() + "/v1";
    }

    @Test
    void aPlainCompletionIsTheCitedAnswerWithItsUsage() {
        ChatModel model = OpenAiChatModel.builder().baseUrl(baseUrl()).apiKey("client-key-1").modelName("citebot")
                .timeout(Duration.ofSeconds(30)).build();
        ChatResponse response = model.chat(dev.langchain4j.data.message.UserMessage.from(QUESTION));
        assertTrue(response.aiMessage().text().contains("July 26"), response.aiMessage().text());
        assertTrue(response.aiMessage().text().contains("[1]"), "cited: " + response.aiMessage().text());
        assertTrue(response.tokenUsage().outputTokenCount() > 0, "usage is counted: " + response.tokenUsage());
        assertTrue(response.tokenUsage().inputTokenCount() > 0, "usage is counted: " + response.tokenUsage());
        assertEquals("citebot", response.metadata().modelName());
    }

    @Test
    void aStreamedCompletionArrivesInPiecesThatMakeTheWholeAnswer() throws Exception {
        StreamingChatModel model = OpenAiStreamingChatModel.builder().baseUrl(baseUrl()).apiKey("client-key-1")
                .modelName("citebot").timeout(Duration.ofSeconds(30)).build();
        StringBuilder pieces = new StringBuilder();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat(QUESTION, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                pieces.append(partial);
            }

            @Override
            public void onCompleteResponse(ChatResponse complete) {
                done.complete(complete);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        ChatResponse response = done.get(60, TimeUnit.SECONDS);
        assertTrue(pieces.toString().contains("July 26"), pieces.toString());
        assertEquals(pieces.toString(), response.aiMessage().text());
    }

    @Test
    void aWrongKeyIsRefusedAsOpenAiWouldRefuseIt() {
        ChatModel model = OpenAiChatModel.builder().baseUrl(baseUrl()).apiKey("wrong-key").modelName("citebot")
                .maxRetries(0).timeout(Duration.ofSeconds(30)).build();
        RuntimeException refused = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
                () -> model.chat(QUESTION));
        assertTrue(refused.getClass().getSimpleName().contains("Authentication")
                        || String.valueOf(refused.getMessage()).contains("401")
                        || String.valueOf(refused.getMessage()).contains("API key"),
                refused.getClass().getName() + ": " + refused.getMessage());
    }
}
