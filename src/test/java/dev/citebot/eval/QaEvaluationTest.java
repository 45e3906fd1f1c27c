package dev.citebot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.citebot.answer.Decline;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The evaluation loop on a scripted responder, every figure counted by hand. */
class QaEvaluationTest {

    @Test
    void aggregatesEachMetricOverTheRightQuestions() {
        Map<String, Responder.Response> script = Map.of(
                "q1", new Responder.Response("Paris is the capital [1]", false, List.of("Paris is the capital", "x")),
                "q2", new Responder.Response("Lyon [1]", false, List.of("Lyon", "Marseille is big", "z")),
                "q3", new Responder.Response("declined", true, List.of("nothing", "nothing"), Decline.LOW_COVERAGE),
                "q4", new Responder.Response("declined", true, List.of(), Decline.NOT_MENTIONED),
                "q5", new Responder.Response("a guess", false, List.of()));
        List<EvalQuestion> questions = List.of(
                new EvalQuestion("q1", "q1", List.of("Paris"), false, null),
                new EvalQuestion("q2", "q2", List.of("Marseille"), false, null),
                new EvalQuestion("q3", "q3", List.of("Nice"), false, null),
                new EvalQuestion("q4", "q4", List.of(), true, null),
                new EvalQuestion("q5", "q5", List.of(), true, null));
        QaReport r = QaEvaluation.run("scripted", scripted(script, 123.4), questions, 0);

        assertEquals(5, r.questions());
        assertEquals(3, r.answerable());
        assertEquals(2, r.impossible());
        assertEquals(0.3333, r.answerAt300(), 1e-4);   // q1 only
        assertEquals(0.3333, r.hitAt1(), 1e-4);        // q1 at rank 1
        assertEquals(0.6667, r.hitAt3(), 1e-4);        // q1 and q2 (rank 2)
        assertEquals(0.5, r.mrr(), 1e-4);              // (1 + 1/2 + 0) / 3
        assertEquals(0.5, r.refusal(), 1e-4);          // q4 declined, q5 answered
        assertEquals(0.3333, r.falseRefusal(), 1e-4);  // q3
        assertEquals(123.4, r.meanPassageChars(), 1e-9);
        assertEquals(5, r.results().size());
    }

    @Test
    void eachDeclineIsCountedByItsCheckApartForAnswerableAndUnanswerableQuestions() {
        Map<String, Responder.Response> script = Map.of(
                "q1", new Responder.Response("Paris [1]", false, List.of("Paris")),
                "q2", new Responder.Response("no", true, List.of(), Decline.LOW_COVERAGE),
                "q3", new Responder.Response("no", true, List.of(), Decline.LOW_COVERAGE),
                "q4", new Responder.Response("no", true, List.of(), Decline.NOT_MENTIONED),
                "q5", new Responder.Response("no", true, List.of(), Decline.MODEL),
                "q6", new Responder.Response("a guess", false, List.of()));
        List<EvalQuestion> questions = List.of(
                new EvalQuestion("q1", "q1", List.of("Paris"), false, null),
                new EvalQuestion("q2", "q2", List.of("Lyon"), false, null),
                new EvalQuestion("q3", "q3", List.of("Nice"), false, null),
                new EvalQuestion("q4", "q4", List.of(), true, null),
                new EvalQuestion("q5", "q5", List.of(), true, null),
                new EvalQuestion("q6", "q6", List.of(), true, null));

        QaReport r = QaEvaluation.run("scripted", scripted(script, 0), questions, 0);

        assertEquals(Map.of(Decline.LOW_COVERAGE, 2), r.falseRefusalsBy());
        assertEquals(Map.of(Decline.NOT_MENTIONED, 1, Decline.MODEL, 1), r.refusalsBy());
        assertNull(r.results().get(0).declinedBy());
        assertEquals(Decline.LOW_COVERAGE, r.results().get(1).declinedBy());
        assertEquals(Decline.MODEL, r.results().get(4).declinedBy());
        assertNull(r.results().get(5).declinedBy());
    }

    private static Responder scripted(Map<String, Responder.Response> script, double meanPassageLength) {
        return new Responder() {
            @Override
            public Response respond(String question) {
                return script.get(question);
            }

            @Override
            public List<String> rankDocuments(String query, int depth) {
                return List.of();
            }

            @Override
            public double meanPassageLength() {
                return meanPassageLength;
            }
        };
    }
}
