package dev.citebot.eval;

import dev.citebot.answer.Decline;
import java.util.List;
import java.util.Map;

/**
 * What one question-file evaluation measured; shares are 0..1, times in milliseconds. The declines of answerable
 * questions (false refusals) and of unanswerable ones are counted by the check that made them, for the responders
 * that say (Citebot; the peers never decline).
 */
public record QaReport(String mode, int questions, int answerable, int impossible, double answerAt300,
                       double hitAt1, double hitAt3, double hitAt5, double mrr, double meanPassageChars,
                       double refusal, double falseRefusal, long p50Ms, long p95Ms, long ingestMs,
                       Map<Decline, Integer> falseRefusalsBy, Map<Decline, Integer> refusalsBy,
                       List<QuestionResult> results) {

    /**
     * The outcome for one question, kept in the JSON report so a reader can check any figure by hand.
     *
     * @param declinedBy the check that declined the question; null when it was answered
     */
    public record QuestionResult(String id, boolean impossible, boolean declined, boolean answerAt300,
                                 int firstHit, long ms, String answer, Decline declinedBy) {
    }
}
