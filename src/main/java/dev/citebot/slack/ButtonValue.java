package dev.citebot.slack;

import dev.citebot.http.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.citebot.answer.FollowUps;
import dev.citebot.answer.Turn;
import dev.citebot.pipeline.Question;
import java.util.List;

/**
 * What the buttons under an answer carry, so that a click is answered from the same question: the question
 * alone, or, for a follow-up, {@code {"q": question, "after": the question before it}} (cut to Slack's 2,000
 * characters a value). Clicks are answered again rather than looked up, so that a restart loses nothing.
 */
final class ButtonValue {
    static final int MAX_CHARS = 2000;
    private static final String JSON_START = "{\"q\":";
    private static final ObjectMapper MAPPER = Json.plain();

    private ButtonValue() {
    }

    static String of(Question question) {
        String text = cut(question.text(), MAX_CHARS);
        String previous = FollowUps.previousQuestion(question.history()).orElse("");
        if (previous.isEmpty()) {
            return text;
        }
        String json = json(text, previous);
        if (json.length() > MAX_CHARS) {
            // JSON escapes make the length nonlinear: cut the earlier question by the excess, and check
            json = json(text, cut(previous, Math.max(0, previous.length() - (json.length() - MAX_CHARS))));
        }
        return json.length() <= MAX_CHARS ? json : text;
    }

    static Question parse(String value) {
        if (value.startsWith(JSON_START)) {
            try {
                JsonNode node = MAPPER.readTree(value);
                if (node.path("q").isTextual()) {
                    String after = node.path("after").asText("");
                    List<Turn> history = after.isEmpty() ? List.of() : List.of(new Turn("user", after));
                    return new Question(node.path("q").asText(), history, 0);
                }
            } catch (JsonProcessingException e) {
                // a question that merely looks like our JSON: it is the question
            }
        }
        return Question.of(value);
    }

    private static String json(String text, String previous) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("q", text);
        node.put("after", previous);
        return node.toString();
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
