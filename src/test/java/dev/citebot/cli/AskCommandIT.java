package dev.citebot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.answer.Answer;
import dev.citebot.answer.Citation;
import dev.citebot.support.Citebots;
import dev.citebot.support.FakeModel;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AskCommandIT {
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

    @Test
    void askAnswersThroughTheConfiguredModelAsTheServerDoes() {
        try (FakeModel model = new FakeModel()) {
            model.script(r -> FakeModel.says("President Bazoum was ousted on July 26 ["
                    + r.passageWith("ousted on July 26") + "]."));
            Map<String, String> settings = new HashMap<>(model.settings("ollama", Duration.ofSeconds(5)));
            settings.put("CITEBOT_INGEST_ISOLATION", "none");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int status = AskCommand.run(new String[] {"When was President Bazoum ousted?"},
                    Citebots.config(Citebots.SEEDS, settings), new PrintStream(out, true, StandardCharsets.UTF_8));
            String text = out.toString(StandardCharsets.UTF_8);
            assertEquals(0, status);
            assertTrue(text.startsWith("President Bazoum was ousted on July 26 [1]."), text);
            assertFalse(model.requests().isEmpty(), "the model was asked");
        }
    }
}
