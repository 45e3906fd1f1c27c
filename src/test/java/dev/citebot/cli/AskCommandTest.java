package dev.citebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.answer.Answer;
import dev.citebot.answer.Citation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AskCommandTest {
    private static final Citation NEAR = new Citation(1, "d", "d.txt", "D", "A passage.", 0, 10, "A passage.", 0, 10,
            0, 0.4);

    private static String printed(Answer answer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AskCommand.print(answer, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDeclinedAnswerLeadsToItsClosestPassagesOnce() {
        String text = printed(new Answer("I could not find an answer. These passages came closest:", false, List.of(),
                List.of(NEAR), "extractive", 0));
        assertFalse(text.contains("Closest matches:"), text);
        assertEquals(1, text.split("came closest", -1).length - 1, text);
        assertTrue(text.contains("[1] D (d.txt, characters 0-10, score 0.400)"), text);
    }

    @Test
    void anAnswerListsItsSources() {
        String text = printed(new Answer("A passage. [1]", true, List.of(NEAR), List.of(), "extractive", 0));
        assertTrue(text.contains("\nSources:\n[1] D"), text);
    }
}
