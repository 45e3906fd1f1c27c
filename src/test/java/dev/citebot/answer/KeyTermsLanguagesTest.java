package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.citebot.index.Bm25Index;
import dev.citebot.text.Terms;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * German writes every noun with a capital: only a digit or a capital inside a word still marks a name. Other languages'
 * sentence openers ("¿") start a sentence as English's do.
 */
class KeyTermsLanguagesTest {
    private static final Terms TERMS = new Terms();
    private static final Bm25Index INDEX = new Bm25Index(TERMS,
            List.of("Die Brücke über den Rhein wurde 1932 von der Stadt gebaut."), List.of("de"));
    private static final AnswerLanguage GERMAN = AnswerLanguage.of("de", "de");
    private final KeyTerms keyTerms = new KeyTerms(TERMS);

    @Test
    void capitalisedNounsTheDocumentsLackAreNotTakenForNames() {
        assertEquals(List.of(), keyTerms.missing("Wann wurde die Kathedrale der Gemeinde eröffnet?", INDEX, "de",
                GERMAN));
    }

    @Test
    void numbersAndInnerCapitalsStillCount() {
        assertEquals(List.of("1871", "iPhone"), keyTerms.missing("Was geschah 1871 mit dem iPhone?", INDEX, "de",
                GERMAN));
    }

    @Test
    void aSpanishQuestionMarkOpensTheSentence() {
        assertEquals(List.of(), keyTerms.missing("¿Cuál es la ciudad? ¡Dónde está!", INDEX, "es",
                AnswerLanguage.of("es", "es")));
    }

    @Test
    void englishRulesStillTakeCapitalsForNames() {
        assertEquals(List.of("Kathedrale"), keyTerms.missing("Wann wurde die Kathedrale eröffnet?", INDEX, "de",
                AnswerLanguage.of("en", "en")));
    }
}
