package dev.citebot.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.ingest.SourceDocument;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class StarterQuestionsIT {
    @Test
    void candidatesAskAboutThePeopleTheDocumentsName() throws Exception {
        String text = Files.readString(CitebotServer.SEED);
        SourceDocument seed = new SourceDocument("seed", "seed.txt", "Seed", "text/plain", text, text.length(), "x");

        List<String> candidates = StarterQuestions.candidates(List.of(seed));

        assertTrue(candidates.containsAll(List.of("Who is Vladimir Putin?", "Who is Assimi Goita?",
                "Who is Mohamed Bazoum?", "What is ECOWAS?")), candidates.toString());
        assertEquals("What is ECOWAS?", candidates.get(0), "the most often named comes first");
    }

    @Test
    void configuredQuestionsWinAndAreCutToTheCount() {
        StarterQuestions configured = new StarterQuestions(List.of("One?", "Two?", "Three?"), 2);

        assertEquals(List.of("One?", "Two?"), configured.current(null, "default")); // no pipeline needed
    }
}
