package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.index.Bm25Index;
import dev.citebot.text.Terms;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyTermsTest {
    private static final Terms TERMS = new Terms();
    private static final Bm25Index INDEX = new Bm25Index(TERMS, List.of(
            "ECOWAS military chiefs are meeting in Ghana on Thursday.", "Putin called Goita."));
    private final KeyTerms keyTerms = new KeyTerms(TERMS);

    @Test
    void aCapitalAtTheStartOfAnyOfTheQuestionsSentencesIsNotAName() {
        assertEquals(List.of(), keyTerms.missing("Where are the ECOWAS chiefs meeting? Please answer. Please!", INDEX));
    }

    @Test
    void thePronounIWithItsContractionsIsNotAName() {
        assertEquals(List.of(), keyTerms.missing("When I'm in Ghana, and I've met the chiefs, what did Putin say?",
                INDEX));
    }

    @Test
    void aNameNoDocumentMentionsIsReportedOnceHoweverOftenItIsAsked() {
        assertEquals(List.of("Biden"), keyTerms.missing("Did Biden call Putin, and did Biden call Goita?", INDEX));
    }

    @Test
    void initialsAreNotTheEndOfASentence() {
        assertTrue(keyTerms.missing("Did the U.S. Army meet in Ghana?", INDEX).contains("Army"));
    }

    @Test
    void anEverydayWordTheDocumentsLackIsOnlyTheAskersWording() {
        assertEquals(List.of(), keyTerms.missing("Which valuable things did Putin say?", INDEX));
    }
}
