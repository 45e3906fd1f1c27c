package dev.citebot.openai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Body of {@code POST /v1/chat/completions}, as OpenAI clients send it. {@code content} is a string or a list of
 * parts ({@code {"type": "text", "text": "..."}}). The options are kept as sent, so that {@link Parameters} can
 * name the field at fault when it refuses one; sampling settings (temperature, top_p, seed, ...) are not read.
 */
record ChatCompletionRequest(String model, List<Message> messages, Boolean stream, JsonNode n, JsonNode maxTokens,
                             JsonNode maxCompletionTokens, JsonNode streamOptions, JsonNode tools,
                             JsonNode toolChoice, JsonNode functions, JsonNode functionCall,
                             JsonNode responseFormat, JsonNode logprobs, JsonNode topLogprobs, JsonNode modalities,
                             JsonNode audio, JsonNode stop) {
    record Message(String role, JsonNode content) {
    }

    boolean streamed() {
        return Boolean.TRUE.equals(stream);
    }
}
