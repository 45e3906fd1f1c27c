package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.Question;
import dev.citebot.support.Citebots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the question asks and the best sentence does not say, counted by hand; and the decision it drives. */
class NoAnswerModelIT {

    @Test
    void aNegatedQuestionIsMarkedOnlyWhenTheSentenceHasNoNegation() {
        assertTrue(NoAnswerModel.negated("Which country did not sign the treaty?"));
        assertTrue(NoAnswerModel.negated("Who wasn't there?"));
        assertFalse(NoAnswerModel.negated("Who noted the treaty?"), "'noted' is not 'not'");
    }

    @Test
    void onlyTheSentenceThatAsksCanMakeANegatedQuestion() {
        assertEquals("Which group should I join?", NoAnswerModel.asked("My user can't reach the modem. Which group should I join?"));
        assertEquals("Who did Putin not call?", NoAnswerModel.asked("Who did Putin not call?"));
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

    private static NoAnswerModel.Features evidence(double score, double dense, boolean negationOnly, int numbersMissing,
                                                   boolean kindMissing) {
        return new NoAnswerModel.Features(score, dense, dense, 0.8, 0.2, negationOnly, 0, numbersMissing, 0,
                kindMissing, 1, 1, 1.0, false, false);
    }

    @Test
    void theReasonNamesTheVerbsNegationOrTheMissingCountBeforeTheModel() {
        NoAnswerModel model = new NoAnswerModel(0.25);
        NoAnswerModel.Features plain = evidence(0.9, 0.9, false, 0, false);
        NoAnswerModel.Features doubtful = evidence(0.1, 0.1, true, 2, true);
        assertEquals(null, model.reason(plain));
        assertEquals(Decline.MODEL, model.reason(doubtful));
        assertEquals(Decline.NEGATED_AT_VERB, model.reason(new NoAnswerModel.Features(0.9, 0.9, 0.9, 0.8, 0.2, false,
                0, 0, 0, false, 1, 1, 1.0, true, true)));
        assertEquals(Decline.NO_COUNT, model.reason(new NoAnswerModel.Features(0.9, 0.9, 0.9, 0.8, 0.2, false,
                0, 0, 0, false, 1, 1, 1.0, false, true)));
        assertEquals(null, new NoAnswerModel(NoAnswerModel.OFF).reason(doubtful), "a threshold of 100 names none");
    }

    @Test
    void aBetterMatchingSentenceMakesARefusalLessLikely() {
        assertTrue(NoAnswerModel.logOdds(evidence(0.7, 0.7, false, 0, false))
                < NoAnswerModel.logOdds(evidence(0.4, 0.4, false, 0, false)));
    }

    @Test
    void eachThingTheQuestionAsksAndTheSentenceDoesNotSayMakesARefusalMoreLikely() {
        double plain = NoAnswerModel.logOdds(evidence(0.6, 0.6, false, 0, false));
        assertTrue(NoAnswerModel.logOdds(evidence(0.6, 0.6, true, 0, false)) > plain, "a negation");
        assertTrue(NoAnswerModel.logOdds(evidence(0.6, 0.6, false, 1, false)) > plain, "a number");
        assertTrue(NoAnswerModel.logOdds(evidence(0.6, 0.6, false, 0, true)) > plain, "the kind of answer");
    }

    @Test
    void theThresholdDecides() {
        NoAnswerModel.Features f = evidence(0.5, 0.5, false, 0, true);
        double logOdds = NoAnswerModel.logOdds(f);
        assertEquals(Decline.MODEL, new NoAnswerModel(logOdds - 0.01).reason(f));
        assertNull(new NoAnswerModel(logOdds + 0.01).reason(f));
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
    void aHowManyQuestionWhoseBestSentenceHoldsNoNumberIsDeclined() {
        assertTrue(NoAnswerModel.hasNumber("many hundred Wagner mercenaries"));
        assertFalse(NoAnswerModel.hasNumber("the deployment of a standby force"));
        Pipeline pipeline = Citebots.pipeline(Citebots.SEEDS, Map.of());
        assertFalse(pipeline.ask(Question.of("How many soldiers are in the standby force?")).answerable());
    }

    @Test
    void aWhatYearQuestionWhoseBestSentenceNamesNoYearIsDeclined() {
        assertTrue(NoAnswerModel.yearMissing("In what year was the fort built?", "The fort was built to protect them."));
        assertTrue(NoAnswerModel.yearMissing("Which year did the tax start?", "The tax started with 12 collectors."));
        assertFalse(NoAnswerModel.yearMissing("In what year was the fort built?", "The fort was built in 1560."));
        assertFalse(NoAnswerModel.yearMissing("What year did the mills close?", "They closed in the 1990s."));
        assertFalse(NoAnswerModel.yearMissing("Which year was the gate built?", "It dates from the 12th century."));
        assertFalse(NoAnswerModel.yearMissing("When was the fort built?", "The fort was built to protect them."));
        assertFalse(NoAnswerModel.yearMissing("What was the fort built for?", "An ad for the fort ran for years."));
    }

    @Test
    void aWhenQuestionNeedsATimeOrAMomentInWhatItQuotes() {
        assertTrue(NoAnswerModel.timeMissing("When did Mali's junta take power?",
                "The call was initiated by Mali, which along with Burkina Faso and Guinea are also run by juntas."));
        assertTrue(NoAnswerModel.timeMissing("Thanks! When was the well dug?", "The well was dug by the monks."));
        assertFalse(NoAnswerModel.timeMissing("When did the junta take power?", "The junta took power in July."));
        assertFalse(NoAnswerModel.timeMissing("When was the mill rebuilt?", "It was rebuilt in 1852."));
        assertFalse(NoAnswerModel.timeMissing("When is the hook run?", "The hook runs before each commit is made."));
        assertFalse(NoAnswerModel.timeMissing("When does git gc run by itself?", "It runs if there are too many loose objects."));
        assertFalse(NoAnswerModel.timeMissing("When was the fort built?", "It was built two centuries ago."));
        // only a question that opens with "when" asks for a time
        assertFalse(NoAnswerModel.timeMissing("What happens when the disk is full?", "Writes fail with ENOSPC."));
        assertFalse(NoAnswerModel.timeMissing("Who dug the well?", "The well was dug by the monks."));
    }

    @Test
    void aWhatYearQuestionIsAnsweredOnlyFromASentenceThatNamesAYear(@TempDir Path docs) throws IOException {
        Files.writeString(docs.resolve("fort.txt"), """
                The settlers built a fort of stone on a small island in the bay to protect themselves from attack.
                It had thick walls, a chapel and a well. Fishermen from the mainland later used its harbour.

                After a long siege the Portuguese destroyed the fort in 1560.
                """);
        Pipeline pipeline = Citebots.pipeline(docs, Map.of());
        Answer destroyed = pipeline.ask(Question.of("In what year did the Portuguese destroy the fort?"));
        assertTrue(destroyed.answerable() && destroyed.answer().contains("1560"), destroyed.answer());
        Answer built = pipeline.ask(Question.of("In what year did the settlers build the fort?"));
        assertFalse(built.answerable(), built.answer());
        assertTrue(Citebots.pipeline(Citebots.SEEDS, Map.of())
                .ask(Question.of("In what year was this article written?")).answerable());
    }

    @Test
    void aConditionOrAContrastIsNotWhatTheQuestionNegates() {
        assertFalse(NoAnswerModel.negated(NoAnswerModel.questioned("What's the default timeout if I don't set it?")));
        assertFalse(NoAnswerModel.negated(NoAnswerModel.questioned(
                "What should I do if I don't need the output, and why?")));
        assertFalse(NoAnswerModel.negated(NoAnswerModel.questioned("How can I get every address, not just the first?")));
        assertTrue(NoAnswerModel.negated(NoAnswerModel.questioned("Which country did not sign the treaty?")));
        assertTrue(NoAnswerModel.negated(NoAnswerModel.questioned("If it rains, who does not come?")));
    }

    @Test
    void aUserAskingWhyTheyShouldNotDoSomethingAsksForAReasonThatNeedNotRepeatTheNegation() {
        assertTrue(NoAnswerModel.asksWhy("Why shouldn't I pass user input straight into exec()?"));
        assertTrue(NoAnswerModel.asksWhy("My build fails. Why doesn't my Makefile find the header?"));
        assertFalse(NoAnswerModel.asksWhy("Why was free movement not based on citizenship?"));
        assertFalse(NoAnswerModel.asksWhy("Who did not sign the treaty, and why?"));
        assertFalse(NoAnswerModel.asksWhy("Which country did not sign the treaty?"));
    }

    @Test
    void onlyAQuestionThatAsksHowManyOrNamesAQuantityAsksForACount() {
        assertTrue(NoAnswerModel.asksCount("How many bridges are there?"));
        assertTrue(NoAnswerModel.asksCount("Output is cut off. Can you tell me how much data is kept?"));
        assertFalse(NoAnswerModel.asksCount("Which option controls how much data is kept?"));
        assertFalse(NoAnswerModel.asksCount("How many bridges are there? Which one is oldest?"));
        assertTrue(NoAnswerModel.asksCount("What is the population of Niamey?"));
        assertTrue(NoAnswerModel.asksCount("What's the total cost of the bridge?"));
        assertTrue(NoAnswerModel.asksCount("We moved last year. What was the average price of a house there?"));
        assertFalse(NoAnswerModel.asksCount("What is the size of a name?"), "a manual answers 'any length'");
        assertFalse(NoAnswerModel.asksCount("What is the number option for?"), "no quantity 'of' anything");
        assertFalse(NoAnswerModel.asksCount("Which town has the population of a city?"));
    }

    @Test
    void aThresholdOfOneHundredTurnsTheCheckOff() {
        Pipeline pipeline = Citebots.pipeline(Citebots.SEEDS, Map.of("CITEBOT_ANSWER_REFUSAL_THRESHOLD", "100"));
        assertTrue(pipeline.ask(Question.of("Who did Putin not speak with by phone about Niger?")).answerable());
    }
}
