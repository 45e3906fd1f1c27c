package dev.citebot.llm;

import dev.citebot.config.LlmSettings;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;

/**
 * The configured model, plain and streaming, through LangChain4j. No retries: a failed reply falls back to the
 * extractive answer at once instead of keeping the asker waiting.
 */
final class ChatModels {
    private ChatModels() {
    }

    static ChatModel plain(LlmSettings s) {
        if (s.provider().equals(LlmSettings.OLLAMA)) {
            return OllamaChatModel.builder().baseUrl(s.baseUrl()).modelName(s.model()).temperature(s.temperature())
                    .numPredict(s.maxOutputTokens()).timeout(s.timeout()).maxRetries(0).build();
        }
        return OpenAiChatModel.builder().baseUrl(s.baseUrl()).apiKey(key(s)).modelName(s.model())
                .temperature(s.temperature()).maxTokens(s.maxOutputTokens()).timeout(s.timeout()).maxRetries(0)
                .build();
    }

    static StreamingChatModel streaming(LlmSettings s) {
        if (s.provider().equals(LlmSettings.OLLAMA)) {
            return OllamaStreamingChatModel.builder().baseUrl(s.baseUrl()).modelName(s.model())
                    .temperature(s.temperature()).numPredict(s.maxOutputTokens()).timeout(s.timeout()).build();
        }
        return OpenAiStreamingChatModel.builder().baseUrl(s.baseUrl()).apiKey(key(s)).modelName(s.model())
                .temperature(s.temperature()).maxTokens(s.maxOutputTokens()).timeout(s.timeout()).build();
    }

    /** Local OpenAI-compatible servers want no key, but the client insists on one. */
    private static String key(LlmSettings s) {
        return s.apiKey().isBlank() ? "none" : s.apiKey();
    }
}
