package dev.citebot.llm;

import dev.citebot.answer.ModelTokens;
import dev.langchain4j.model.output.TokenUsage;

/** Adds up the token usage the model reports for one answer's calls; models that report none leave it empty. */
final class TokenMeter {
    private TokenUsage total;

    synchronized void add(TokenUsage usage) {
        if (usage != null && usage.inputTokenCount() != null && usage.outputTokenCount() != null) {
            total = total == null ? usage : total.add(usage);
        }
    }

    /** What the model reported, or null when it reported nothing. */
    synchronized ModelTokens total() {
        return total == null ? null : new ModelTokens(total.inputTokenCount(), total.outputTokenCount());
    }
}
