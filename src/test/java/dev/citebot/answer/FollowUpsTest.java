package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de|Und in welchem Jahr wurde die Organisation gegründet?",
        "de|Wie viele Soldaten hat er in die Hauptstadt geschickt?",
        "es|¿Y en qué año fue fundada la organización regional?",
        "es|¿Cuántos soldados envió él a la capital del país?",
        "fr|Et en quelle année cette organisation a-t-elle été fondée ?",
        "fr|Combien de soldats a-t-elle envoyés dans la capitale du pays ?",
    })
    void aFollowUpInGermanSpanishOrFrenchIsReadWithThePreviousQuestion(String language, String question) {
        List<Turn> history = List.of(new Turn("user", "Wer ist Bazoum?"), new Turn("assistant", "Der Präsident."));
        assertTrue(FollowUps.isFollowUp(question, List.of(language)), question);
        assertEquals("Wer ist Bazoum? " + question, FollowUps.retrievalText(question, history, List.of(language)));
    }

    @Test
    void anotherLanguagesPronounIsNotReadInEnglish() {
        String question = "Where did the president's son study law and economics?"; // "son" is French for "his"
        assertFalse(FollowUps.isFollowUp(question, List.of("en")));
        assertTrue(FollowUps.isFollowUp("Où son fils a-t-il étudié le droit et l'économie ?", List.of("fr")));
    }

    @Test
    void aStandaloneQuestionInGermanStaysAsItIs() {
        String question = "Welche Länder der Region werden von Militärregierungen geführt?";
        assertFalse(FollowUps.isFollowUp(question, List.of("de")));
        List<Turn> history = List.of(new Turn("user", "Wer ist Bazoum?"));
        assertEquals(question, FollowUps.retrievalText(question, history, List.of("de")));
    }
}
