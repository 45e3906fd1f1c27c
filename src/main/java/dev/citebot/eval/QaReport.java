package dev.citebot.eval;

import java.util.List;

/** What one question-file evaluation measured; shares are 0..1, times in milliseconds. */
public record QaReport(String mode, int questions, int answerable, int impossible, double answerAt300,
                       double hitAt1, double hitAt3, double hitAt5, double mrr, double meanPassageChars,
                       double refusal, double falseRefusal, long p50Ms, long p95Ms, long ingestMs,
                       List<QuestionResult> results) {

    /** The outcome for one question, kept in the JSON report so a reader can check any figure by hand. */
    public record QuestionResult(String id, boolean impossible, boolean declined, boolean answerAt300,
                                 int firstHit, long ms, String answer) {
    }
}
