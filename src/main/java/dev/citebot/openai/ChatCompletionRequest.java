package dev.citebot.openai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Body of {@code POST /v1/chat/completions}, as OpenAI clients send it; other fields (temperature, ...) are
 * ignored. {@code content} is a string or a list of parts ({@code {"type": "text", "text": "..."}}).
 */
record ChatCompletionRequest(String model, List<Message> messages, Boolean stream) {
    record Message(String role, JsonNode content) {
    }

    boolean streamed() {
        return Boolean.TRUE.equals(stream);
    }
}
