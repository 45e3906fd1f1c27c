package dev.citebot.eval;

import dev.citebot.answer.Decline;
import java.io.PrintStream;
import java.util.Map;
import java.util.StringJoiner;

/** Prints evaluation results as a small Markdown table, ready to paste into BENCHMARKS.md. */
final class ReportTable {
    private ReportTable() {
    }

    static void print(QaReport r, PrintStream out) {
        out.println("| mode | questions | answer@300 | hit@1 | hit@3 | hit@5 | MRR | passage chars | refusal "
                + "| false refusal | p50 ms | p95 ms | ingest ms |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        out.printf("| %s | %d (%d answerable, %d impossible) | %.3f | %.3f | %.3f | %.3f | %.3f | %.0f | %.3f | %.3f "
                        + "| %d | %d | %d |%n", r.mode(), r.questions(), r.answerable(), r.impossible(), r.answerAt300(),
                r.hitAt1(), r.hitAt3(), r.hitAt5(), r.mrr(), r.meanPassageChars(), r.refusal(), r.falseRefusal(),
                r.p50Ms(), r.p95Ms(), r.ingestMs());
        if (!r.falseRefusalsBy().isEmpty() || !r.refusalsBy().isEmpty()) {
            out.println("declined by: answerable (false refusals) " + counts(r.falseRefusalsBy())
                    + "; unanswerable " + counts(r.refusalsBy()));
        }
    }

    /** "NOT_MENTIONED 3, MODEL 1" in the checks' order, or "none". */
    static String counts(Map<Decline, Integer> byReason) {
        if (byReason.isEmpty()) {
            return "none";
        }
        StringJoiner joined = new StringJoiner(", ");
        byReason.forEach((reason, n) -> joined.add(reason + " " + n));
        return joined.toString();
    }

    static void print(BeirReport r, PrintStream out) {
        out.println("| mode | queries | nDCG@10 | Recall@10 | Recall@100 | p50 ms | ingest ms |");
        out.println("|---|---|---|---|---|---|---|");
        out.printf("| %s | %d | %.4f | %.4f | %.4f | %d | %d |%n", r.mode(), r.queries(), r.ndcgAt10(),
                r.recallAt10(), r.recallAt100(), r.p50Ms(), r.ingestMs());
    }

    /** The second report's figures minus the first's (a reader from the store against the writer). */
    static void difference(Object first, Object second, PrintStream out) {
        if (first instanceof QaReport a && second instanceof QaReport b) {
            out.printf("difference (second - first): answer@300 %+.4f, hit@5 %+.4f, refusal %+.4f%n",
                    b.answerAt300() - a.answerAt300(), b.hitAt5() - a.hitAt5(), b.refusal() - a.refusal());
        } else if (first instanceof BeirReport a && second instanceof BeirReport b) {
            out.printf("difference (second - first): nDCG@10 %+.4f, Recall@10 %+.4f, Recall@100 %+.4f%n",
                    b.ndcgAt10() - a.ndcgAt10(), b.recallAt10() - a.recallAt10(), b.recallAt100() - a.recallAt100());
        }
    }
}
