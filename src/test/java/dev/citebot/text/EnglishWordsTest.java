package dev.citebot.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EnglishWordsTest {
    @Test
    void listedWordsAreEnglishAndTheFirstAndLastOfTheListAreFound() {
        assertTrue(EnglishWords.isEnglish("directory"));
        assertTrue(EnglishWords.isEnglish("a"));
        assertTrue(EnglishWords.isEnglish("zzz"));
    }

    @Test
    void inflectionsPrefixesAndCompoundsOfListedWordsAreEnglish() {
        assertTrue(EnglishWords.isEnglish("rewraps"));
        assertTrue(EnglishWords.isEnglish("untracked"));
        assertTrue(EnglishWords.isEnglish("hostnames"));
        assertTrue(EnglishWords.isEnglish("codebase"));
    }

    @Test
    void aLongWordOneEditFromAListedWordIsEnglishMisspelt() {
        assertTrue(EnglishWords.isEnglish("agenchy"));
        assertTrue(EnglishWords.isEnglish("ultimatly"));
        assertTrue(EnglishWords.isEnglish("recieved"));
    }

    @Test
    void namesOfToolsAndLibrariesAreNotEnglish() {
        assertFalse(EnglishWords.isEnglish("structlog"));
        assertFalse(EnglishWords.isEnglish("pytest"));
        assertFalse(EnglishWords.isEnglish("conda"));
        assertFalse(EnglishWords.isEnglish("zstd"));
    }

    @Test
    void aShortWordIsNotTakenForAMisspellingOfAnother() {
        assertFalse(EnglishWords.isEnglish("numpy")); // one edit from "lumpy"
    }

    @Test
    void aQuestionOfListedWordsInAsciiIsPlainEnglish() {
        assertTrue(EnglishWords.plainEnglish("Who did Edgar marry after the war?"));
        assertTrue(EnglishWords.plainEnglish("Where did Harold die? Please answer carefully."));
        assertTrue(EnglishWords.plainEnglish("How many passages does the 2nd chapter hold?"));
        assertTrue(EnglishWords.plainEnglish("Where are the ECOWAS chiefs meeting?")); // names are not words to check
    }

    @Test
    void aQuestionInAnotherLanguageOrWithANameOrTooFewWordsIsNotPlainEnglish() {
        assertFalse(EnglishWords.plainEnglish("Welches Team gewann den Super Bowl?"));
        assertFalse(EnglishWords.plainEnglish("Cual es la capital de Francia?"));
        assertFalse(EnglishWords.plainEnglish("Wo liegt die Hyde Park Day School?"));
        assertFalse(EnglishWords.plainEnglish("¿Cuándo se publicó este documento?"));
        assertFalse(EnglishWords.plainEnglish("Who ruled Normandy?")); // two words besides the name
    }
}
