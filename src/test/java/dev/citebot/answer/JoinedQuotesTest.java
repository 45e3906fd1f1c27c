package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JoinedQuotesTest {
    private static final String TEXT = "Do not name a test program test. The shell has a builtin of that name.\n"
            + "It runs instead of yours.\n\nWater tomatoes in the morning.";

    private static Citation quoteOf(String documentId, String sentence, double score) {
        int start = TEXT.indexOf(sentence);
        int end = start + sentence.length();
        return new Citation(1, documentId, "notes.txt", "Notes", sentence, start, end, sentence, start, end, 0, score);
    }

    @Test
    void aSentenceRightAfterAnotherQuotedOneInItsParagraphFollowsIt() {
        Citation first = quoteOf("d", "Do not name a test program test.", 0.8);
        Citation second = quoteOf("d", "The shell has a builtin of that name.", 0.7);
        Citation third = quoteOf("d", "It runs instead of yours.", 0.6);

        assertTrue(CitationBuilder.follows(TEXT, first, second));
        assertTrue(CitationBuilder.follows(TEXT, second, third)); // a single line break stays in the paragraph
        assertFalse(CitationBuilder.follows(TEXT, second, first)); // the one before is not joined: the best stays first
        assertFalse(CitationBuilder.follows(TEXT, first, third)); // a sentence between them
    }

    @Test
    void noSentenceFollowsAcrossABlankLineOrFromAnotherDocument() {
        Citation third = quoteOf("d", "It runs instead of yours.", 0.6);

        assertFalse(CitationBuilder.follows(TEXT, third, quoteOf("d", "Water tomatoes in the morning.", 0.5)));
        assertFalse(CitationBuilder.follows(TEXT, quoteOf("e", "The shell has a builtin of that name.", 0.7), third));
    }

    @Test
    void twoFollowingSentencesAreQuotedAsOneWithTheFirstsNumberAndTheBetterScore() {
        Citation first = quoteOf("d", "Do not name a test program test.", 0.7);
        Citation second = quoteOf("d", "The shell has a builtin of that name.", 0.8);

        Citation joined = CitationBuilder.joined(TEXT, first, second);

        assertEquals("Do not name a test program test. The shell has a builtin of that name.", joined.quote());
        assertEquals(joined.quote(), TEXT.substring(joined.quoteStart(), joined.quoteEnd()));
        assertEquals(joined.text(), TEXT.substring(joined.start(), joined.end()));
        assertEquals(1, joined.n());
        assertEquals(0.8, joined.score());
    }
}
