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

    /** Which reply a chunk or completion belongs to: its id, when it was made, and the model that was asked. */
    record Reply(String id, long created, String model) {
    }

    record Message(String role, String content) {
    }

    record Choice(int index, Message message, String finishReason) {
    }

    record Usage(int promptTokens, int completionTokens, int totalTokens) {
        static Usage of(int prompt, int completion) {
            return new Usage(prompt, completion, prompt + completion);
        }
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

    /** {@code usage} is only in the chunk OpenAI adds when asked ({@code stream_options.include_usage}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Chunk(String id, String object, long created, String model, List<ChunkChoice> choices,
                 List<Citation> citations, Details citebot, Usage usage) {
    }

    /** {@code content}: the answer and its sources, as far as max_tokens let them through. */
    static Completion completion(Reply reply, Answer answer, String content, String finishReason, Usage usage) {
        return new Completion(reply.id(), "chat.completion", reply.created(), reply.model(),
                List.of(new Choice(0, new Message("assistant", content), finishReason)),
                usage, answer.citations(), Details.of(answer));
    }

    static Chunk first(Reply reply) {
        return chunk(reply, List.of(new ChunkChoice(0, new Delta("assistant", ""), null)), null, null, null);
    }

    static Chunk text(Reply reply, String text) {
        return chunk(reply, List.of(new ChunkChoice(0, new Delta(null, text), null)), null, null, null);
    }

    static Chunk last(Reply reply, Answer answer, String finishReason) {
        return chunk(reply, List.of(new ChunkChoice(0, new Delta(null, null), finishReason)),
                answer.citations(), Details.of(answer), null);
    }

    /** After the last chunk, as OpenAI sends it: no choices, only the usage of the whole reply. */
    static Chunk usage(Reply reply, Usage usage) {
        return chunk(reply, List.of(), null, null, usage);
    }

    private static Chunk chunk(Reply reply, List<ChunkChoice> choices, List<Citation> citations, Details details,
                               Usage usage) {
        return new Chunk(reply.id(), "chat.completion.chunk", reply.created(), reply.model(), choices, citations,
                details, usage);
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

    static Map<String, Object> models(long created, List<String> ids) {
        return Map.of("object", "list", "data", ids.stream().map(id -> model(id, created)).toList());
    }

    static Map<String, Object> model(String id, long created) {
        return Map.of("id", id, "object", "model", "created", created, "owned_by", MODEL);
    }

    private static String shorten(String quote) {
        String line = quote.replaceAll("\\s+", " ").strip();
        return line.length() <= QUOTE_CHARS ? line : line.substring(0, QUOTE_CHARS).strip() + "…";
    }
}
