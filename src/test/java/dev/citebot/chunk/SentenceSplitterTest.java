package dev.citebot.chunk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How English text is cut into the sentences that answers quote. */
class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter(600);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "prompt <string> The prompt string to use. Default: '> '.|prompt <string> The prompt string to use. Default: '> '.",
            "The number of retries.\\nDefault: 4.|The number of retries.\\nDefault: 4.",
            "It is long. Type: integer|It is long. Type: integer",
    })
    void aShortFieldAfterASentenceBelongsToIt(String text, String expected) {
        assertEquals(List.of(lines(expected)), sentences(lines(text)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Default: off. Type: boolean.|Default: off./Type: boolean.",
            "The bridge opened. Note: it is closed on Sundays and on every public holiday of the year.|The bridge opened./Note: it is closed on Sundays and on every public holiday of the year.",
    })
    void aFieldAfterAFieldOrALongNoteStandsApart(String text, String expected) {
        assertEquals(List.of(lines(expected).split("/")), sentences(lines(text)));
    }

    /** "\\n" in a case stands for a line break. */
    private static String lines(String text) {
        return text.replace("\\n", "\n");
    }

    private List<String> sentences(String text) {
        return splitter.paragraphs(text).stream().flatMap(List::stream).map(s -> s.of(text)).toList();
    }
}
