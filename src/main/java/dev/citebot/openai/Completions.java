package dev.citebot.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.citebot.answer.Answer;
import dev.citebot.answer.Citation;
import java.util.List;
import java.util.Map;

/**
 * Citebot's answers in the shapes of OpenAI's chat-completions protocol. The text carries the {@code [n]}
 * markers and ends with a list of its sources; the same citations come back as data in the extra
 * {@code citations} field, with the answer's mode in {@code citebot}.
 */
final class Completions {
    static final String MODEL = "citebot";
    static final int QUOTE_CHARS = 300;

    private Completions() {
    }

    record Message(String role, String content) {
    }

    record Choice(int index, Message message, String finishReason) {
    }

    record Usage(int promptTokens, int completionTokens, int totalTokens) {
    }

    /** What only Citebot says: which mode answered, whether it could, and the closest passages when it could not. */
    record Details(String mode, boolean answerable, List<Citation> closestMatches, long tookMs) {
        static Details of(Answer a) {
            return new Details(a.mode(), a.answerable(), a.closestMatches(), a.tookMs());
        }
    }

    record Completion(String id, String object, long created, String model, List<Choice> choices, Usage usage,
                      List<Citation> citations, Details citebot) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Delta(String role, String content) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChunkChoice(int index, Delta delta, String finishReason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Chunk(String id, String object, long created, String model, List<ChunkChoice> choices,
                 List<Citation> citations, Details citebot) {
    }

    static Completion completion(String id, long created, Answer answer) {
        return new Completion(id, "chat.completion", created, MODEL,
                List.of(new Choice(0, new Message("assistant", answer.answer() + sources(answer)), "stop")),
                new Usage(0, 0, 0), answer.citations(), Details.of(answer));
    }

    static Chunk first(String id, long created) {
        return new Chunk(id, "chat.completion.chunk", created, MODEL,
                List.of(new ChunkChoice(0, new Delta("assistant", ""), null)), null, null);
    }

    static Chunk text(String id, long created, String text) {
        return new Chunk(id, "chat.completion.chunk", created, MODEL,
                List.of(new ChunkChoice(0, new Delta(null, text), null)), null, null);
    }

    static Chunk last(String id, long created, Answer answer) {
        return new Chunk(id, "chat.completion.chunk", created, MODEL,
                List.of(new ChunkChoice(0, new Delta(null, null), "stop")), answer.citations(), Details.of(answer));
    }

    /** The list after the answer: its sources, or for a declined question the passages that came closest. */
    static String sources(Answer answer) {
        List<Citation> listed = answer.answerable() ? answer.citations() : answer.closestMatches();
        if (listed.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(answer.answerable() ? "\n\nSources:" : "\n");
        for (Citation c : listed) {
            text.append("\n[").append(c.n()).append("] ").append(c.title()).append(" (").append(c.path())
                    .append("): \"").append(shorten(c.quote())).append('"');
        }
        return text.toString();
    }

    static Map<String, Object> models(long created) {
        return Map.of("object", "list", "data",
                List.of(Map.of("id", MODEL, "object", "model", "created", created, "owned_by", MODEL)));
    }

    static Map<String, Object> error(int status, String message) {
        String type = status >= 500 ? "server_error" : "invalid_request_error";
        return Map.of("error", Map.of("message", message, "type", type, "code", status));
    }

    private static String shorten(String quote) {
        String line = quote.replaceAll("\\s+", " ").strip();
        return line.length() <= QUOTE_CHARS ? line : line.substring(0, QUOTE_CHARS).strip() + "…";
    }
}
