package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesTest {
    @Test
    void everyKindOfQuoteGivesTheTextInsideIt() {
        assertEquals(List.of("a b", "c d", "e f", "g h", "i j"),
                Quotes.spans("Is it \"a b\", 'c d', “e f”, ‘g h’ or `i j`?"));
    }

    @Test
    void anApostropheInAWordOpensNoQuote() {
        assertEquals(List.of(), Quotes.spans("Isn't it the user's job to retry?"));
    }

    @Test
    void onlyDoubleQuotedSpansAreTakenOutAsNames() {
        assertEquals("Where should the   condition go, and   or 'x' or `y`?",
                Quotes.withoutDoubleQuoted("Where should the \"default\" condition go, and “z” or 'x' or `y`?"));
    }

    @Test
    void wordsInSingleQuotesOrBackticksStillAskForADefaultAndDoubleQuotedOnesDoNot() {
        // why AnswerKind reads double quotes only: taking out every kind would turn these two from DEFAULT to NONE
        assertEquals(AnswerKind.Kind.DEFAULT, AnswerKind.of("What does 'default value' mean?"));
        assertEquals(AnswerKind.Kind.DEFAULT, AnswerKind.of("What does `default values` mean here?"));
        assertEquals(AnswerKind.Kind.NONE, AnswerKind.of("What does \"default value\" mean?"));
    }
}
