package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.Question;
import dev.citebot.support.Citebots;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The calibrated threshold decides: the same question is answered below it and declined above it. */
class RefusalThresholdIT {
    private static final String QUESTION = "When was President Bazoum ousted?";

    @Test
    void aQuestionWhoseBestSentenceScoresAboveTheThresholdIsAnswered() {
        Pipeline pipeline = Citebots.pipeline(Citebots.SEEDS, Map.of("CITEBOT_ANSWER_MIN_SCORE", "0.42"));
        Answer answer = pipeline.ask(Question.of(QUESTION));
        assertTrue(answer.answerable());
        assertTrue(answer.citations().get(0).score() >= 0.42, answer.toString());
    }

    @Test
    void theSameQuestionIsDeclinedWhenTheThresholdIsAboveItsBestSentence() {
        Pipeline pipeline = Citebots.pipeline(Citebots.SEEDS, Map.of("CITEBOT_ANSWER_MIN_SCORE", "0.95"));
        Answer answer = pipeline.ask(Question.of(QUESTION));
        assertFalse(answer.answerable());
        assertTrue(answer.citations().isEmpty());
        assertFalse(answer.closestMatches().isEmpty(), "a declined question lists the closest passages");
    }

    @Test
    void tooLittleOfTheQuestionInTheDocumentsIsDeclinedWhateverTheScore() {
        Pipeline pipeline = Citebots.pipeline(Citebots.SEEDS, Map.of("CITEBOT_ANSWER_MIN_SCORE", "0"));
        assertFalse(pipeline.ask(Question.of("How do I reset my password?")).answerable());
    }
}
