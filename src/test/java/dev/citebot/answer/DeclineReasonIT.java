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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each check that declines a question records itself beside the refusal, on a hand-made document; an answered
 * question records none.
 */
class DeclineReasonIT {
    @TempDir
    static Path seeds;
    private static Pipeline pipeline;

    @BeforeAll
    static void load() throws IOException {
        Files.writeString(seeds.resolve("village.txt"), """
                ## The bakery

                The village bakery sells rye loaves and sourdough bread every morning until noon.

                ## The shed

                Anna painted the garden shed green in the spring of 1998. It stands behind the orchard.

                ## The fort

                The settlers built a fort of stone on a small island in the bay to protect themselves from attack.
                It had thick walls, a chapel and a well. Fishermen from the mainland later used its harbour.

                After a long siege the Portuguese destroyed the fort in 1560.
                """);
        pipeline = Citebots.pipeline(seeds, Map.of());
    }

    private static Pipeline.Evidence ask(Pipeline pipeline, String question) {
        return pipeline.answerWithEvidence(Question.of(question));
    }

    private static void assertDeclinedBy(Decline reason, Pipeline.Evidence evidence) {
        assertFalse(evidence.answer().answerable(), evidence.answer().answer());
        assertEquals(reason, evidence.declinedBy(), evidence.answer().answer());
    }

    @Test
    void anAnsweredQuestionRecordsNoReason() {
        Pipeline.Evidence answered = ask(pipeline, "Who painted the garden shed?");
        assertTrue(answered.answer().answerable(), answered.answer().answer());
        assertNull(answered.declinedBy());
    }

    @Test
    void anEmptyFolderDeclinesForWantOfPassages(@TempDir Path empty) {
        assertDeclinedBy(Decline.NO_PASSAGES, ask(Citebots.pipeline(empty, Map.of()), "Who painted the garden shed?"));
    }

    @Test
    void aNameTheDocumentsDoNotMentionDeclines() {
        assertDeclinedBy(Decline.NOT_MENTIONED, ask(pipeline, "Who won the 2022 FIFA World Cup?"));
    }

    @Test
    void aQuestionWhoseTermsAreMostlyAbsentDeclinesForLowCoverage() {
        assertDeclinedBy(Decline.LOW_COVERAGE, ask(pipeline, "What dosage of ibuprofen relieves a migraine headache?"));
    }

    @Test
    void aBestSentenceBelowTheMinimumScoreDeclinesAsAWeakMatch() {
        Pipeline strict = Citebots.pipeline(seeds, Map.of("CITEBOT_ANSWER_MIN_SCORE", "5"));
        assertDeclinedBy(Decline.WEAK_MATCH, ask(strict, "Who painted the garden shed?"));
    }

    @Test
    void aQuestionNegatedAtItsVerbDeclines() {
        assertDeclinedBy(Decline.NEGATED_AT_VERB, ask(pipeline, "Who did not paint the garden shed?"));
    }

    @Test
    void aHowManyQuestionWithNoNumberNearItsBestSentenceDeclines() {
        assertDeclinedBy(Decline.NO_COUNT, ask(pipeline, "How many rye loaves does the village bakery sell?"));
    }

    @Test
    void theRefusalModelAboveItsThresholdDeclines() {
        Pipeline wary = Citebots.pipeline(seeds, Map.of("CITEBOT_ANSWER_REFUSAL_THRESHOLD", "-50"));
        assertDeclinedBy(Decline.MODEL, ask(wary, "Who painted the garden shed?"));
    }

    @Test
    void aWhatYearQuestionWhoseAnswerNamesNoYearDeclines() {
        // the model weighs the missing year too: a lenient threshold (below the 100 that turns the checks off)
        // leaves the composed answer's own check to decline
        Pipeline lenient = Citebots.pipeline(seeds, Map.of("CITEBOT_ANSWER_REFUSAL_THRESHOLD", "50"));
        assertTrue(ask(lenient, "In what year did the Portuguese destroy the fort?").answer().answerable());
        assertDeclinedBy(Decline.NO_YEAR, ask(lenient, "In what year did the settlers build the fort?"));
    }
}
