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
    void aNumberAloneIsNoNameTheDocumentsMustHold() {
        assertEquals(List.of(), keyTerms.missing("My script behaves differently on 5.2, what did Putin say?", INDEX));
        assertEquals(List.of(), keyTerms.missing("How do I print 001 002 ... 100 the way Putin did?", INDEX));
        assertEquals(List.of(), keyTerms.missing("Did Putin call Goita about 28.0% or 26,860 of them?", INDEX));
    }

    @Test
    void aYearOrANumberThatGoesOnANameIsKept() {
        assertEquals(List.of("1885"), keyTerms.missing("What did Putin say in 1885?", INDEX));
        assertEquals(List.of("Putin 2.40"), keyTerms.missing("When was Putin 2.40 released?", INDEX));
        assertEquals(List.of("ECOWAS 16"), keyTerms.missing("Where do the ECOWAS 16 meet?", INDEX));
        assertEquals(List.of("1990s"), keyTerms.missing("Did Putin call Goita in the 1990s?", INDEX));
    }

    @Test
    void anEverydayWordTheDocumentsLackIsOnlyTheAskersWording() {
        assertEquals(List.of(), keyTerms.missing("Which valuable things did Putin say?", INDEX));
    }
}
