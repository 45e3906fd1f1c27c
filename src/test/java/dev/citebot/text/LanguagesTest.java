package dev.citebot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguagesTest {
    private final Languages languages = new Languages();

    @Test
    void aPlainEnglishQuestionIsEnglishEvenWhereTheDetectorWouldNotBeSure() {
        // the n-gram detector takes this one for Romanian; the word list knows every word of it
        assertEquals(Optional.of("en"), languages.detectQuestion("What fault can produce a magnitude 8.7 event?"));
    }

    @Test
    void questionsInOtherLanguagesAreStillDetected() {
        assertEquals(Optional.of("de"), languages.detectQuestion("Welches Team gewann den Super Bowl XXXIII?"));
        assertEquals(Optional.of("es"), languages.detectQuestion("¿Cuándo se publicó este documento por primera vez?"));
    }

    @Test
    void aQuestionTooShortToTellHasNoLanguage() {
        assertEquals(Optional.empty(), languages.detectQuestion("Why?"));
    }
}
