package dev.citebot.openai;

import dev.citebot.App;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** LangChain4j's own OpenAI clients pointed at a test Citebot's {@code /v1}, as a Java application would use it. */
final class LangChain4jClients {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private LangChain4jClients() {
    }

    /** A plain client; it does not retry, so a refusal reaches the test as it came. */
    static ChatModel chat(App app, String apiKey) {
        return OpenAiChatModel.builder().baseUrl(v1(app)).apiKey(apiKey).modelName("citebot").timeout(TIMEOUT)
                .maxRetries(0).build();
    }

    static StreamingChatModel streaming(App app, String apiKey) {
        return OpenAiStreamingChatModel.builder().baseUrl(v1(app)).apiKey(apiKey).modelName("citebot")
                .timeout(TIMEOUT).build();
    }

    /** What a streaming client received: the pieces joined in order, and the response it completed with. */
    record Streamed(String pieces, ChatResponse response) {
    }

    /** Asks through the streaming client and waits for the stream to complete (or fail). */
    static Streamed stream(StreamingChatModel model, String question)
            throws InterruptedException, ExecutionException, TimeoutException {
        StringBuilder pieces = new StringBuilder();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        model.chat(question, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                pieces.append(partial);
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        ChatResponse response = done.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        return new Streamed(pieces.toString(), response);
    }

    private static String v1(App app) {
        return "http://127.0.0.1:" + app.port() + "/v1";
    }
}
