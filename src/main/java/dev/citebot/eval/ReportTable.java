package dev.citebot.eval;

import java.io.PrintStream;

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
    }

    static void print(BeirReport r, PrintStream out) {
        out.println("| mode | queries | nDCG@10 | Recall@10 | Recall@100 | p50 ms | ingest ms |");
        out.println("|---|---|---|---|---|---|---|");
        out.printf("| %s | %d | %.4f | %.4f | %.4f | %d | %d |%n", r.mode(), r.queries(), r.ndcgAt10(),
                r.recallAt10(), r.recallAt100(), r.p50Ms(), r.ingestMs());
    }
}
