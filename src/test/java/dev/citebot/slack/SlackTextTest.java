package dev.citebot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlackTextTest {
    private static final Pattern BROKEN_ESCAPE = Pattern.compile("&(?!amp;|lt;|gt;)");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
            "<!channel> hello => &lt;!channel&gt; hello",
            "<!here> => &lt;!here&gt;",
            "ask <@U024BE7LH> => ask &lt;@U024BE7LH&gt;",
            "see <https://evil|x> => see &lt;https://evil|x&gt;",
            "Q&A => Q&amp;A",
            "already &lt; escaped => already &amp;lt; escaped"})
    void documentTextCannotPingMentionOrLink(String text, String shown) {
        assertEquals(shown, SlackText.escape(text));
    }

    @Test
    void aQuestionLosesTheBotMentionAndSlacksOwnEscaping() {
        assertEquals("Is 3 < 4 & 5 > 2?", SlackText.question("<@U0BOT> Is 3 &lt; 4 &amp; 5 &gt; 2?"));
        assertEquals("Who?", SlackText.question("<@U0BOT|citebot> Who?"));
    }

    @Test
    void longTextIsCutAtSpacesIntoPiecesThatFitASection() {
        String text = "The junta said <no> & more. ".repeat(400);

        List<String> pieces = SlackText.escapedPieces(text, SlackText.MAX_SECTION_CHARS);

        assertTrue(pieces.size() > 3);
        pieces.forEach(p -> assertTrue(p.length() <= SlackText.MAX_SECTION_CHARS, p.length() + " characters"));
        assertEquals(SlackText.escape(text.strip()).replace(" ", ""), String.join("", pieces).replace(" ", ""));
    }

    @Test
    void aHardCutWithoutSpacesNeverSplitsAnEscape() {
        String text = "a".repeat(2998) + "&&&&&&" + "b".repeat(100);

        List<String> pieces = SlackText.escapedPieces(text, SlackText.MAX_SECTION_CHARS);

        for (String piece : pieces) {
            assertTrue(piece.length() <= SlackText.MAX_SECTION_CHARS);
            assertFalse(BROKEN_ESCAPE.matcher(piece).find(), "a cut escape in " + piece);
        }
        assertEquals(SlackText.escape(text), String.join("", pieces));
    }
}
