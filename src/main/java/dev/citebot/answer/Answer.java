package dev.citebot.answer;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * What Citebot replies.
 *
 * @param answer          the answer text, each sentence followed by its citation marker {@code [n]}
 * @param answerable      false when the documents do not hold the answer
 * @param citations       the sources of the answer's sentences, numbered as in the text
 * @param closestMatches  for a declined question, the passages that came closest
 * @param mode            which kind of answer this is ("extractive")
 * @param tookMs          time taken, in milliseconds
 * @param modelTokens     the tokens the language model reported for writing it; null when no model wrote it or
 *                        the model reported none (not part of the answer's JSON)
 */
public record Answer(String answer, boolean answerable, List<Citation> citations, List<Citation> closestMatches,
                     String mode, long tookMs, @JsonIgnore ModelTokens modelTokens) {
    public Answer {
        citations = List.copyOf(citations);
        closestMatches = List.copyOf(closestMatches);
    }

    public Answer(String answer, boolean answerable, List<Citation> citations, List<Citation> closestMatches,
                  String mode, long tookMs) {
        this(answer, answerable, citations, closestMatches, mode, tookMs, null);
    }

    public Answer withTook(long ms) {
        return new Answer(answer, answerable, citations, closestMatches, mode, ms, modelTokens);
    }

    public Answer withModelTokens(ModelTokens tokens) {
        return new Answer(answer, answerable, citations, closestMatches, mode, tookMs, tokens);
    }
}
