package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A short answer sentence that no other sentence came close to is quoted with the sentence after it in its
 * paragraph (where the reason or the how often stands), never across a blank line; the first sentence of an
 * answer is quoted with the label its paragraph stands under, unless that is a heading.
 */
class LoneSentenceIT {
    @TempDir
    static Path seeds;
    private static Pipeline pipeline;

    @BeforeAll
    static void load() throws IOException {
        // The first section holds more than the two sentences, as a real one does: a heading now starts the passage
        // of its section instead of ending the one before, and a passage of the two sentences alone would lift the
        // second close enough to the first to be quoted on its own, not as the lone sentence's next one.
        String text = """
                ## Naming test programs

                Do not name an executable test program after the word test. The shell has a builtin command of \
                that name, which runs instead of yours.

                Sourdough bread needs a starter that is fed with flour and water every day.

                The village bakery opens at seven and sells rye loaves until noon.

                ## Watering tomatoes

                Water tomato plants in the morning.

                The garden shed was painted green in the spring of 1998.

                "Depends"

                Packages listed in this field must be installed first. Nothing works without them.

                "Enhances"

                Packages listed in this field gain features from this package when both are present.
                """;
        Files.writeString(seeds.resolve("notes.txt"), text);
        pipeline = Citebots.pipeline(seeds, Map.of());
    }

    @Test
    void aLoneShortSentenceIsQuotedWithTheNextSentenceOfItsParagraph() {
        Answer answer = pipeline.ask(Question.of("Why should I not name my executable test program test?"));

        assertTrue(answer.answerable(), answer.answer());
        Citation first = answer.citations().get(0);
        assertTrue(first.quote().startsWith("Do not name an executable test program"), answer.answer());
        assertTrue(first.quote().endsWith("which runs instead of yours."), answer.answer());
        String documentText = pipeline.document(first.documentId()).orElseThrow().text();
        assertEquals(first.quote(), documentText.substring(first.quoteStart(), first.quoteEnd()));
    }

    @Test
    void theNextSentenceIsNotQuotedAcrossABlankLine() {
        Answer answer = pipeline.ask(Question.of("When should I water my tomato plants?"));

        assertTrue(answer.answerable(), answer.answer());
        Citation first = answer.citations().get(0);
        assertEquals("Water tomato plants in the morning.", first.quote());
        assertEquals(1, answer.citations().size(), answer.answer()); // no other sentence came close: it stands alone
    }

    @Test
    void theFirstSentenceIsQuotedWithTheLabelItsParagraphStandsUnder() {
        Answer answer = pipeline.ask(Question.of("Which field lists packages that gain features from this package?"));

        assertTrue(answer.answerable(), answer.answer());
        Citation first = answer.citations().get(0);
        assertTrue(first.quote().startsWith("\"Enhances\""), answer.answer());
        assertTrue(first.quote().endsWith("when both are present."), answer.answer());
        String documentText = pipeline.document(first.documentId()).orElseThrow().text();
        assertEquals(first.quote(), documentText.substring(first.quoteStart(), first.quoteEnd()));
    }
}
