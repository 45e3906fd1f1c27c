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

    @Test
    void aNameOfCodeIsFoundWholeAndByItsParts() {
        Bm25Index code = new Bm25Index(terms, List.of(
                "os.EOL is the operating system-specific end-of-line marker.",
                "The line event is emitted whenever the input stream receives an end-of-line input.",
                "child_process.exec() spawns a shell and runs a command within that shell."));
        assertEquals(0, code.search(terms.of("line ending of the current OS"), 3).get(0).passage());
        assertEquals(0, code.search(terms.of("os.EOL"), 3).get(0).passage());
        assertEquals(2, code.search(terms.of("How does exec run a command?"), 3).get(0).passage());
        assertEquals(2, code.search(terms.of("child_process.exec()"), 3).get(0).passage());
    }

    @Test
    void aDecimalNumberIsNotSplitIntoParts() {
        assertEquals(List.of(), terms.parts("1.5"));
        assertEquals(List.of("os", "eol"), terms.parts("os.eol"));
    }
}
