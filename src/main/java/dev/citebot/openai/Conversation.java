package dev.citebot.openai;

import io.javalin.http.HttpStatus;
import com.fasterxml.jackson.databind.JsonNode;
import dev.citebot.http.ApiException;
import dev.citebot.api.AskRequest;
import dev.citebot.api.QuestionValidator;
import dev.citebot.answer.Turn;
import dev.citebot.pipeline.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a chat the OpenAI way: the last message, the user's, is the question; the user's and assistant's
 * messages before it are the history. System and tool messages are not the user's words and are left out.
 */
final class Conversation {
    private final QuestionValidator validator;

    Conversation(QuestionValidator validator) {
        this.validator = validator;
    }

    Question question(ChatCompletionRequest request) {
        List<ChatCompletionRequest.Message> messages = request.messages();
        if (messages == null || messages.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "'messages' is required and must not be empty");
        }
        ChatCompletionRequest.Message last = messages.get(messages.size() - 1);
        if (last == null || !"user".equals(last.role())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the last message must be the user's question");
        }
        List<Turn> history = new ArrayList<>();
        for (ChatCompletionRequest.Message m : messages.subList(0, messages.size() - 1)) {
            if (m != null && ("user".equals(m.role()) || "assistant".equals(m.role()))) {
                String text = text(m.content());
                if (!text.isBlank()) {
                    history.add(new Turn(m.role(), text));
                }
            }
        }
        return validator.question(new AskRequest(text(last.content()), history, null));
    }

    static String text(JsonNode content) {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isTextual()) {
            return content.asText();
        }
        if (!content.isArray()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "a message's 'content' must be a string or a list of text parts");
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            if ("text".equals(part.path("type").asText()) && part.path("text").isTextual()) {
                text.append(text.length() == 0 ? "" : "\n").append(part.get("text").asText());
            }
        }
        return text.toString();
    }
}
