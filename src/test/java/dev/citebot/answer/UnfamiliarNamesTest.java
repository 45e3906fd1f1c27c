package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.citebot.index.Bm25Index;
import dev.citebot.text.Terms;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnfamiliarNamesTest {
    private static final Terms TERMS = new Terms();
    private static final Bm25Index INDEX = new Bm25Index(TERMS, List.of(
            "The logging module sends records to handlers. A RotatingFileHandler keeps a few backups.",
            "Each repository has its own configuration file, read from the environment's home directory.",
            "Run the tests with unittest."));

    private static List<String> missing(String question) {
        return UnfamiliarNames.missing(question, INDEX, TERMS);
    }

    @Test
    void aLowerCaseNameNoDocumentHoldsIsMissing() {
        assertEquals(List.of("structlog"), missing("How do I get JSON log lines with structlog?"));
        assertEquals(List.of("pytest"), missing("how do I write pytest fixtures, or is pytest like unittest?"));
    }

    @Test
    void everydayWordsTheDocumentsLackAreOnlyTheAskersWording() {
        assertEquals(List.of(), missing("My log keeps growing forever; how do I keep just a few backups?"));
    }

    @Test
    void anAbbreviationOfAWordTheDocumentsHoldIsMentioned() {
        assertEquals(List.of(), missing("Where is the repo config read from, which env?"));
    }

    @Test
    void aNearSpellingOfAWordTheDocumentsHoldIsMentioned() {
        assertEquals(List.of(), missing("Which handlers does the loging module use?"));
    }

    @Test
    void namesUsersMakeUpForTheirOwnThingsAreNotAskedAbout() {
        assertEquals(List.of(), missing("How do I log from mytool and mypackage, or from foo?"));
    }

    @Test
    void wordsJoinedToCodePathsOrOtherWordsAreLeftToCodeNames() {
        assertEquals(List.of(), missing("Does logging.basicconf read /etc/xyzconf or a git-style zxq-file?"));
    }

    @Test
    void aWordInsideANameWithAccentsIsNotTakenApart() {
        assertEquals(List.of(), missing("What was the nationality of Jerónimo de Ayanz?"));
    }
}
