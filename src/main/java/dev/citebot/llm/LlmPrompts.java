package dev.citebot.llm;

import dev.citebot.config.Bundled;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The model's prompts, read once from the prompts folder: the system prompt, the answer prompt (the question
 * and the numbered passages) and the follow-up rewrite prompt (the conversation and the follow-up).
 */
public record LlmPrompts(String system, String answer, String rewrite) {
    public static final String QUESTION = "{question}";
    public static final String PASSAGES = "{passages}";
    public static final String HISTORY = "{history}";
    private static final Pattern VARIABLE = Pattern.compile("\\{(question|passages|history)\\}");

    /** Fails with the file's name when a prompt is missing, empty or lacks one of its variables. */
    public static LlmPrompts load(Path dir) {
        return new LlmPrompts(
                read(dir, "system.txt"),
                read(dir, "answer.txt", QUESTION, PASSAGES),
                read(dir, "rewrite.txt", HISTORY, QUESTION));
    }

    public String answer(String question, String passages) {
        return fill(answer, Map.of(QUESTION, question, PASSAGES, passages));
    }

    public String rewrite(String history, String question) {
        return fill(rewrite, Map.of(HISTORY, history, QUESTION, question));
    }

    /** One pass over the template, so a value (a passage, a question) is never itself read as a variable. */
    private static String fill(String template, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(), m.group())));
        }
        return m.appendTail(out).toString();
    }

    private static String read(Path dir, String name, String... variables) {
        return Bundled.prompt(dir, name, variables);
    }
}
