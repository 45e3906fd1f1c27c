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
        "Who pleased the crowd?", "What does the tell command print?", "Thanks!", "Which option makes apt answer yes?"
    })
    void aQuestionWithNothingToLeaveOutStaysAsItIs(String asked) {
        assertEquals(asked, Courtesy.strip(asked));
    }
}
