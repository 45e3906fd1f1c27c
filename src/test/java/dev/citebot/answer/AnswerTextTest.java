package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTextTest {
    private static Citation quote(int n, String quote, String section) {
        return new Citation(n, "doc", "doc.html", "Doc", quote, 0, quote.length(), quote, 0, quote.length(), 0, 0.5,
                section);
    }

    @Test
    void aSectionsNameStandsOnceBeforeItsQuotesInARow() {
        assertEquals("PRAGMA user_version: Reads the integer. [1] Applications keep it. [2]",
                AnswerComposer.text(List.of(quote(1, "Reads the integer.", "PRAGMA user_version"),
                        quote(2, "Applications keep it.", "PRAGMA user_version"))));
    }

    @Test
    void aSectionsNameAlreadyShownByTheQuoteBeforeIsNotRepeated() {
        assertEquals("\\timing [ on | off ] With a parameter, turns the display on or off. [1] "
                        + "The display is in milliseconds. [2]",
                AnswerComposer.text(List.of(
                        quote(1, "\\timing [ on | off ]\n\n  With a parameter, turns the display on or off.", ""),
                        quote(2, "The display is in milliseconds.", "\\timing [ on | off ]"))));
    }

    @Test
    void anotherSectionsQuoteIsShownWithItsOwnName() {
        assertEquals("--soft: Keeps the index. [1] --hard: Resets the working tree. [2]",
                AnswerComposer.text(List.of(quote(1, "Keeps the index.", "--soft"),
                        quote(2, "Resets the working tree.", "--hard"))));
    }
}
