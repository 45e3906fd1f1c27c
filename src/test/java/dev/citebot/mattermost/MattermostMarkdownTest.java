package dev.citebot.mattermost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.answer.Answer;
import dev.citebot.answer.Citation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MattermostMarkdownTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<!channel> | &lt;!channel&gt;",
            "[click](https://evil) | \\[click\\]\\(https://evil\\)",
            "**bold** | \\*\\*bold\\*\\*",
            "a & b | a &amp; b"})
    void documentTextCannotMentionLinkOrStyle(String text, String shown) {
        assertEquals(shown, MattermostMarkdown.escape(text));
    }

    @Test
    void mentionsAreBrokenByAnInvisibleWordJoiner() {
        assertEquals("@\u2060channel and @\u2060all", MattermostMarkdown.escape("@channel and @all"));
    }

    @Test
    void aDeclinedAnswerListsTheClosestPassages() {
        Citation close = new Citation(1, "d", "d.txt", "Niger", "Putin spoke to Goita.", 0, 20, "", 0, 0, 0, 0.3);

        String text = MattermostMarkdown.answer(new Answer("Not in the documents.", false, List.of(), List.of(close),
                "extractive", 2));

        assertTrue(text.startsWith("Not in the documents.\n\n**Closest passages**\n- **\\[1\\] Niger**: “Putin"), text);
    }

    @Test
    void aVeryLongAnswerFitsInOneMattermostPost() {
        String text = MattermostMarkdown.answer(new Answer("word ".repeat(10_000), true, List.of(), List.of(),
                "extractive", 2));

        assertTrue(text.length() < 16_383, text.length() + " characters");
    }
}
