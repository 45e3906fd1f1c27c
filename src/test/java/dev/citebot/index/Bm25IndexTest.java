package dev.citebot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.text.Terms;
import java.util.List;
import org.junit.jupiter.api.Test;

class Bm25IndexTest {
    private final Terms terms = new Terms();
    private final Bm25Index index = new Bm25Index(terms, List.of(
            "President Bazoum was ousted in Niamey.",
            "The Economic Community of West African States met in Abuja.", "Soldiers were seen in Tillaberi."));

    private boolean mentions(String word) {
        return index.mentions(terms.of(word).get(0));
    }

    @Test
    void aWordOfTheDocumentsIsMentioned() {
        assertTrue(mentions("Bazoum"));
        assertTrue(mentions("Abuja"));
    }

    @Test
    void oneTypoInAMiddleLengthWordStillFindsIt() {
        assertTrue(mentions("Bazoun"));
        assertTrue(mentions("Niamay"));
    }

    @Test
    void twoTyposAreForgivenOnlyInLongWords() {
        assertTrue(mentions("Tilaberri"), "9 letters, 2 edits from 'Tillaberi'");
        assertFalse(mentions("Tylaberri"), "3 edits");
        assertFalse(mentions("Nyamay"), "6 letters allow one edit, not two");
    }

    @Test
    void shortWordsAndWordsWithAnotherFirstLetterMustMatchExactly() {
        assertFalse(mentions("Abuj"), "4 letters: no edit allowed");
        assertFalse(mentions("Kazoum"), "the first letter is never edited");
        assertFalse(mentions("Canberra"));
    }

    @Test
    void askingAgainGivesTheSameAnswer() {
        for (int i = 0; i < 3; i++) {
            assertTrue(mentions("Niamay"));
            assertFalse(mentions("Canberra"));
        }
        assertEquals(1, index.passagesWith(terms.of("Bazoum").get(0)));
    }
}
