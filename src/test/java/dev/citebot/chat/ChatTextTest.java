package dev.citebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChatTextTest {
    @Test
    void aLongQuoteIsTrimmedAtAWordWithAnEllipsis() {
        assertEquals("Bazoum was ousted…", ChatText.trim("Bazoum was ousted on July 26", 20));
        assertEquals("short", ChatText.trim("  short  ", 20));
    }

    @Test
    void whiteSpaceIsFoldedToOneLine() {
        assertEquals("one two three", ChatText.trim(" one\n two\t\tthree ", 50));
    }
}
