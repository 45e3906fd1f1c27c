package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CourtesyTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Where are the ECOWAS military chiefs meeting? Please answer carefully.|Where are the ECOWAS military chiefs meeting?",
        "Could you tell me who Putin talked to on the phone?|Who Putin talked to on the phone?",
        "Hi! What did Putin call for?|What did Putin call for?",
        "I'd like to know which region Putin is worried about.|Which region Putin is worried about.",
        "Thanks. Which countries are run by juntas?|Which countries are run by juntas?",
        "Where is the meeting, please?|Where is the meeting?",
        "Please tell me the capital of France.|The capital of France.",
        "Hello, can you please explain to me how sudo works?|How sudo works?",
    })
    void greetingsThanksAndPoliteOpeningsAreLeftOut(String asked, String kept) {
        assertEquals(kept, Courtesy.strip(asked));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Hallo! Wann wurde dieser Artikel geschrieben?|Wann wurde dieser Artikel geschrieben?",
        "Guten Tag, können Sie mir sagen, wer Putin angerufen hat?|Wer Putin angerufen hat?",
        "Danke. Wo treffen sich die Militärchefs, bitte?|Wo treffen sich die Militärchefs?",
        "Ich möchte wissen, welche Länder Militärregierungen haben.|Welche Länder Militärregierungen haben.",
        "¡Hola! ¿Puede decirme quién llamó a Putin?|¿Quién llamó a Putin?",
        "Muchas gracias. ¿Dónde se reúnen los jefes militares, por favor?|¿Dónde se reúnen los jefes militares?",
        "Bonjour ! Pouvez-vous me dire qui Poutine a appelé ?|Qui Poutine a appelé ?",
        "Merci. J'aimerais savoir où se réunissent les chefs militaires.|Où se réunissent les chefs militaires.",
        "Où se réunissent les chefs militaires, s'il vous plaît ?|Où se réunissent les chefs militaires ?",
        "Qui Poutine a-t-il appelé, S’IL TE PLAIT?|Qui Poutine a-t-il appelé?",
        "Wo treffen sich die Militärchefs, BITTE?|Wo treffen sich die Militärchefs?",
    })
    void greetingsThanksAndPoliteOpeningsInGermanSpanishAndFrenchAreLeftOut(String asked, String kept) {
        assertEquals(kept, Courtesy.strip(asked));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Wer ist der Präsident von Niger?", "¿Quién es el presidente de Níger?", "Danke!", "¡Hola!", "Merci !",
        "Who pleased the crowd?", "What does the tell command print?", "Thanks!", "Which option makes apt answer yes?"
    })
    void aQuestionWithNothingToLeaveOutStaysAsItIs(String asked) {
        assertEquals(asked, Courtesy.strip(asked));
    }
}
