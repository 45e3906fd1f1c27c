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
}
