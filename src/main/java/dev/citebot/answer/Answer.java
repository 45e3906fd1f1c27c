package dev.citebot.answer;

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
 */
public record Answer(String answer, boolean answerable, List<Citation> citations, List<Citation> closestMatches,
                     String mode, long tookMs) {
    public Answer {
        citations = List.copyOf(citations);
        closestMatches = List.copyOf(closestMatches);
    }

    public Answer withTook(long ms) {
        return new Answer(answer, answerable, citations, closestMatches, mode, ms);
    }
}
