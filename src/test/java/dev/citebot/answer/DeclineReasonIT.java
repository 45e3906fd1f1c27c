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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * A name the documents do not mention; a question whose terms are mostly absent; one negated at its verb; a
     * "how many" with no number near its best sentence.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NOT_MENTIONED | Who won the 2022 FIFA World Cup?",
            "LOW_COVERAGE | What dosage of ibuprofen relieves a migraine headache?",
            "NEGATED_AT_VERB | Who did not paint the garden shed?",
            "NO_COUNT | How many rye loaves does the village bakery sell?"})
    void eachCheckOfTheQuestionAndItsBestSentenceNamesItself(Decline reason, String question) {
        assertDeclinedBy(reason, ask(pipeline, question));
    }

    /** A tool the user writes in lower case, as its command is spelled, that the documents never name. */
    @Test
    void aLowerCaseNameTheDocumentsLackDeclinesNamingIt() {
        Pipeline.Evidence declined =
                ask(pipeline, "Does the village bakery sell its sourdough bread through deliveroo?");
        assertDeclinedBy(Decline.NOT_MENTIONED, declined);
        assertTrue(declined.answer().answer().contains("deliveroo"), declined.answer().answer());
        assertTrue(ask(pipeline, "Does the village bakery sell sourdough bread?").answer().answerable());
    }

    /** A tool the user does without, or a value given as an example, is no name the documents must hold. */
    @Test
    void aNameAsideFromWhatIsAskedDeclinesNothing() {
        Pipeline.Evidence without = ask(pipeline, "Does the village bakery sell sourdough bread without deliveroo?");
        assertTrue(without.answer().answerable(), without.answer().answer());
        Pipeline.Evidence example = ask(pipeline, "Who painted the garden shed, a shed like SHED_42?");
        assertTrue(example.answer().answerable(), example.answer().answer());
    }

    /**
     * A number alone is no name: a version the user runs or a value they give need not stand in a manual that
     * answers them. A number that goes on a name ("Shell 2.40") is part of that name, and a year is asked about.
     */
    @Test
    void aNumberAloneDeclinesNothingButAVersionOfANamedThingDoes(@TempDir Path manual) throws IOException {
        Files.writeString(manual.resolve("compatibility.txt"), """
                ## Compatibility

                The BASH_COMPAT variable sets the shell's compatibility level, so that a script written for an
                older release of the shell behaves as it did there.
                """);
        Pipeline lenient = Citebots.pipeline(manual, Map.of("CITEBOT_ANSWER_REFUSAL_THRESHOLD", "50"));
        Pipeline.Evidence version = ask(lenient,
                "old script behaves differently on 5.2, can i make the shell act like an older release?");
        assertTrue(version.answer().answer().contains("BASH_COMPAT"), version.answer().answer());
        Pipeline.Evidence named = ask(lenient, "When was Shell 2.40 released?");
        assertDeclinedBy(Decline.NOT_MENTIONED, named);
        assertTrue(named.answer().answer().contains("Shell 2.40"), named.answer().answer());
        assertDeclinedBy(Decline.NOT_MENTIONED, ask(lenient, "Which shell release changed the level in 1997?"));
    }

    /** A question in another language, read as English over English documents: its words are not English names. */
    @Test
    void aGermanQuestionsLowerCaseWordsAreNotTakenForNames() {
        String reply = ask(pipeline, "Welche Farbe hat der Schuppen von Anna?").answer().answer();
        assertFalse(reply.contains("erwähnen"), reply);
    }

    /** A best sentence below the minimum score; the refusal model's log-odds above its threshold. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "WEAK_MATCH | CITEBOT_ANSWER_MIN_SCORE | 5",
            "MODEL | CITEBOT_ANSWER_REFUSAL_THRESHOLD | -50"})
    void aStricterSettingDeclinesAnAnswerableQuestionNamingItsCheck(Decline reason, String setting, String value) {
        assertDeclinedBy(reason, ask(Citebots.pipeline(seeds, Map.of(setting, value)), "Who painted the garden shed?"));
    }

    /**
     * A reference answers "how many" with what gives the count: "$# Expands to the number of positional
     * parameters"; a sentence that only speaks of a number ("records the number of families") answers nothing,
     * whether the count is asked with "how many" or as "what is the number of".
     */
    @Test
    void aHowManyQuestionIsAnsweredByWhatGivesTheCount(@TempDir Path shell) throws IOException {
        Files.writeString(shell.resolve("parameters.txt"), """
                ## Special parameters

                The shell treats several parameters specially. They may only be referenced.

                $#

                    Expands to the number of positional parameters in decimal.

                ## The parish

                The parish register records the number of families living in the village.
                """);
        Pipeline lenient = Citebots.pipeline(shell, Map.of("CITEBOT_ANSWER_REFUSAL_THRESHOLD", "50"));
        Pipeline.Evidence counted = ask(lenient, "How many positional parameters were passed to my script?");
        assertTrue(counted.answer().answerable(), counted.answer().answer());
        assertDeclinedBy(Decline.NO_COUNT, ask(lenient, "How many families live in the village?"));
        assertDeclinedBy(Decline.NO_COUNT, ask(lenient, "What is the number of families in the village?"));
    }

    @Test
    void aHowManyQuestionIsNotAnsweredByADayOfTheMonth(@TempDir Path town) throws IOException {
        Files.writeString(town.resolve("bridge.txt"), "The town council met on March 3 to vote on the new bridge.\n");
        Files.writeString(town.resolve("ferry.txt"), "The old ferry carries 40 cars on each crossing of the river.\n");
        Pipeline lenient = Citebots.pipeline(town, Map.of("CITEBOT_ANSWER_REFUSAL_THRESHOLD", "50"));
        assertDeclinedBy(Decline.NO_COUNT, ask(lenient, "How many councillors voted on the new bridge?"));
        Pipeline.Evidence counted = ask(lenient, "How many cars does the old ferry carry?");
        assertTrue(counted.answer().answerable(), counted.answer().answer());
    }

    @Test
    void aWhatYearQuestionWhoseAnswerNamesNoYearDeclines() {
        // the model weighs the missing year too: a lenient threshold (below the 100 that turns the checks off)
        // leaves the composed answer's own check to decline
        Pipeline lenient = Citebots.pipeline(seeds, Map.of("CITEBOT_ANSWER_REFUSAL_THRESHOLD", "50"));
        assertTrue(ask(lenient, "In what year did the Portuguese destroy the fort?").answer().answerable());
        assertDeclinedBy(Decline.NO_YEAR, ask(lenient, "In what year did the settlers build the fort?"));
    }

    /**
     * "When was the well dug?" over a text that says who dug it and nothing of when is declined; a date, or the
     * moment a manual gives ("whenever a ship enters"), answers.
     */
    @Test
    void aWhenQuestionWhoseAnswerSaysNoTimeDeclines(@TempDir Path town) throws IOException {
        Files.writeString(town.resolve("square.txt"), """
                ## The well

                The well in the square was dug by the monks of the abbey.

                ## The mill

                The mill by the river was rebuilt in 1852 after a fire.

                ## The bell

                The harbour bell is rung whenever a ship enters the harbour.
                """);
        Pipeline lenient = Citebots.pipeline(town, Map.of("CITEBOT_ANSWER_REFUSAL_THRESHOLD", "50"));
        assertDeclinedBy(Decline.NO_TIME, ask(lenient, "When was the well in the square dug?"));
        Pipeline.Evidence dated = ask(lenient, "When was the mill by the river rebuilt?");
        assertTrue(dated.answer().answer().contains("1852"), dated.answer().answer());
        Pipeline.Evidence moment = ask(lenient, "When is the harbour bell rung?");
        assertTrue(moment.answer().answer().contains("whenever a ship enters"), moment.answer().answer());
    }
}
