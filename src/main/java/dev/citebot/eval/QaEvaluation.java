package dev.citebot.eval;

import dev.citebot.answer.Decline;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Asks every question of a file and computes answer@300, hit@k, MRR, refusal rates and latency. */
public final class QaEvaluation {
    static final int ANSWER_CHARS = 300;

    private QaEvaluation() {
    }

    public static QaReport run(String mode, Responder responder, List<EvalQuestion> questions, long ingestMs) {
        List<QaReport.QuestionResult> results = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        int answerable = 0;
        int impossible = 0;
        int answered300 = 0;
        int hit1 = 0;
        int hit3 = 0;
        int hit5 = 0;
        double rr = 0;
        int declinedImpossible = 0;
        int declinedAnswerable = 0;
        Map<Decline, Integer> falseRefusalsBy = new EnumMap<>(Decline.class);
        Map<Decline, Integer> refusalsBy = new EnumMap<>(Decline.class);
        for (EvalQuestion q : questions) {
            long started = System.nanoTime();
            Responder.Response r = responder.respond(q.question());
            long ms = (System.nanoTime() - started) / 1_000_000;
            times.add(ms);
            boolean at300 = false;
            int first = 0;
            if (r.declined() && r.declinedBy() != null) {
                (q.isImpossible() ? refusalsBy : falseRefusalsBy).merge(r.declinedBy(), 1, Integer::sum);
            }
            if (q.isImpossible()) {
                impossible++;
                declinedImpossible += r.declined() ? 1 : 0;
            } else {
                answerable++;
                declinedAnswerable += r.declined() ? 1 : 0;
                at300 = !r.declined() && Metrics.answerAt(r.answer(), q.answers(), ANSWER_CHARS);
                first = Metrics.firstHit(r.rankedPassages(), q.answers());
                answered300 += at300 ? 1 : 0;
                hit1 += Metrics.hitAt(first, 1) ? 1 : 0;
                hit3 += Metrics.hitAt(first, 3) ? 1 : 0;
                hit5 += Metrics.hitAt(first, 5) ? 1 : 0;
                rr += Metrics.reciprocalRank(first);
            }
            String shown = r.answer().substring(0, Math.min(ANSWER_CHARS, r.answer().length()));
            results.add(new QaReport.QuestionResult(q.id(), q.isImpossible(), r.declined(), at300, first, ms, shown,
                    r.declined() ? r.declinedBy() : null));
        }
        return new QaReport(mode, questions.size(), answerable, impossible, share(answered300, answerable),
                share(hit1, answerable), share(hit3, answerable), share(hit5, answerable), share(rr, answerable),
                Math.round(responder.meanPassageLength() * 10) / 10.0, share(declinedImpossible, impossible),
                share(declinedAnswerable, answerable), Metrics.percentile(times, 50), Metrics.percentile(times, 95),
                ingestMs, falseRefusalsBy, refusalsBy, results);
    }

    private static double share(double part, int whole) {
        return whole == 0 ? 0 : Math.round(part / whole * 10000) / 10000.0;
    }
}
