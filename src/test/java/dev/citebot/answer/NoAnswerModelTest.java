package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.Question;
import dev.citebot.support.Citebots;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the question asks and the best sentence does not say, counted by hand; and the decision it drives. */
class NoAnswerModelTest {

    @Test
    void aNegatedQuestionIsMarkedOnlyWhenTheSentenceHasNoNegation() {
        assertTrue(NoAnswerModel.negated("Which country did not sign the treaty?"));
        assertTrue(NoAnswerModel.negated("Who wasn't there?"));
        assertFalse(NoAnswerModel.negated("Who noted the treaty?"), "'noted' is not 'not'");
    }

    @Test
    void comparisonsAndNumbersOfTheQuestionMissingFromTheSentenceAreCounted() {
        String context = "The largest city, founded in 1850, has 2,000 bridges.";
        assertEquals(1, NoAnswerModel.comparisonsMissing("What is the smallest and the largest city?", context));
        assertEquals(0, NoAnswerModel.comparisonsMissing("Which city is the largest?", context));
        assertEquals(1, NoAnswerModel.missing(java.util.regex.Pattern.compile("\\b\\d[\\d,.]*\\b"),
                "Was it founded in 1850 or 1851?", context, true));
    }

    @Test
    void aWhenQuestionWantsADateAndAWhoQuestionANewName() {
        assertTrue(NoAnswerModel.answerKindMissing("When was the bridge built?", "The bridge is made of stone."));
        assertFalse(NoAnswerModel.answerKindMissing("When was the bridge built?", "The bridge was built in 1850."));
        assertTrue(NoAnswerModel.answerKindMissing("Who built the bridge?", "The bridge was built of stone."));
        assertFalse(NoAnswerModel.answerKindMissing("Who built the bridge?", "The bridge was built by Gustave Eiffel."));
        assertTrue(NoAnswerModel.answerKindMissing("How many bridges are there?", "There are bridges."));
        assertFalse(NoAnswerModel.answerKindMissing("How many bridges are there?", "There are twelve bridges."));
    }

    @Test
    void theLogOddsFollowTheFittedCoefficients() {
        NoAnswerModel.Features plain = new NoAnswerModel.Features(0.6, 0.6, 0.5, 0.8, 0.2, false, 0, 0, 0, false, 1, 1);
        NoAnswerModel.Features negated = new NoAnswerModel.Features(0.6, 0.6, 0.5, 0.8, 0.2, true, 0, 0, 0, false, 1, 1);
        double expected = 2.6076 - 1.8090 * 0.6 - 2.0150 * 0.6 - 0.8948 * 0.5 + 0.3095 * 0.8 + 0.3242 * 0.2
                - 0.1915 - 0.0263;
        assertEquals(expected, NoAnswerModel.logOdds(plain), 1e-9);
        assertEquals(2.6007, NoAnswerModel.logOdds(negated) - NoAnswerModel.logOdds(plain), 1e-9);
        assertFalse(new NoAnswerModel(1.75).declines(plain));
        assertTrue(new NoAnswerModel(1.75).declines(negated));
    }

    @Test
    void aQuestionAskingWhatTheSeedDoesNotSayIsDeclinedAndItsPlainFormAnswered() {
        Pipeline pipeline = Citebots.pipeline(Citebots.SEEDS, Map.of());
        assertTrue(pipeline.ask(Question.of("Who did Putin speak with by phone about Niger?")).answerable());
        Answer negated = pipeline.ask(Question.of("Who did Putin not speak with by phone about Niger?"));
        assertFalse(negated.answerable(), negated.answer());
        assertFalse(negated.closestMatches().isEmpty(), "a declined question lists the closest passages");
    }

    @Test
    void aThresholdOfOneHundredTurnsTheCheckOff() {
        Pipeline pipeline = Citebots.pipeline(Citebots.SEEDS, Map.of("CITEBOT_ANSWER_REFUSAL_THRESHOLD", "100"));
        assertTrue(pipeline.ask(Question.of("Who did Putin not speak with by phone about Niger?")).answerable());
    }
}
