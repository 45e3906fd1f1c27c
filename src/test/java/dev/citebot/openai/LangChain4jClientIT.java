package dev.citebot.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Map;
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

    @Test
    void aPlainCompletionIsTheCitedAnswerWithItsUsage() {
        ChatResponse response = LangChain4jClients.chat(app, "client-key-1").chat(UserMessage.from(QUESTION));
        assertTrue(response.aiMessage().text().contains("July 26"), response.aiMessage().text());
        assertTrue(response.aiMessage().text().contains("[1]"), "cited: " + response.aiMessage().text());
        assertTrue(response.tokenUsage().outputTokenCount() > 0, "usage is counted: " + response.tokenUsage());
        assertTrue(response.tokenUsage().inputTokenCount() > 0, "usage is counted: " + response.tokenUsage());
        assertEquals("citebot", response.metadata().modelName());
    }

    @Test
    void aStreamedCompletionArrivesInPiecesThatMakeTheWholeAnswer() throws Exception {
        LangChain4jClients.Streamed streamed = LangChain4jClients.stream(
                LangChain4jClients.streaming(app, "client-key-1"), QUESTION);
        assertTrue(streamed.pieces().contains("July 26"), streamed.pieces());
        assertEquals(streamed.pieces(), streamed.response().aiMessage().text());
    }

    @Test
    void aWrongKeyIsRefusedAsOpenAiWouldRefuseIt() {
        ChatModel model = LangChain4jClients.chat(app, "wrong-key");
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> model.chat(QUESTION));
        assertTrue(refused.getClass().getSimpleName().contains("Authentication")
                        || String.valueOf(refused.getMessage()).contains("401")
                        || String.valueOf(refused.getMessage()).contains("API key"),
                refused.getClass().getName() + ": " + refused.getMessage());
    }
}
