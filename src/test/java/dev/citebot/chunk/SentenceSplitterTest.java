package dev.citebot.chunk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
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

    @Test
    void eachLineOfATwoColumnListingIsASentence() {
        String help = """
                .timeout MS              Try opening locked tables for MS milliseconds
                .timer on|off            Turn SQL timer on or off
                .trace ?OPTIONS?         Output each SQL statement as it is run
                .vfsinfo ?AUX?           Information about the top-level VFS""";
        assertEquals(List.of(help.split("\n")), sentences(help));
        String schema = """
                key ANY,     -- key for current element
                value ANY,   -- value for current element
                atom ANY,    -- value for primitive types""";
        assertEquals(List.of(schema.split("\n")), sentences(schema));
    }

    @Test
    void proseAMessagesFieldsOrTwoLinesAreNoListing() {
        assertEquals(List.of("The first sentence runs\nover  two lines.", "The second\nis here too."),
                sentences("The first sentence runs\nover  two lines. The second\nis here too."));
        assertEquals(List.of("-a  all\n-b  brief"), sentences("-a  all\n-b  brief"));
        String message = "ERROR:  could not serialize access\nDETAIL:  The row was changed\nHINT:  Retry it.";
        assertEquals(List.of("ERROR:  could not serialize access\nDETAIL:  The row was changed\nHINT:  Retry it."),
                sentences(message));
    }

    @Test
    void aQuotedNameEndingInAFullStopEndsTheSentenceOnlyBeforeACapital() {
        String text = "To use it, add the special \"excluded.\" table qualifier to the column name.";
        assertEquals(List.of(text), sentences(text));
        assertEquals(List.of("It is called \"done.\"", "Then it stops."), sentences("It is called \"done.\" Then it stops."));
    }

    /** "\\n" in a case stands for a line break. */
    @Test
    void aDatelineBeforeTheFirstWordsIsNotPartOfTheFirstSentence() {
        String text = " date 2023-08-16 Russian President Vladimir Putin has called for calm. Talks go on.\n\nMore.";

        assertEquals(List.of("date 2023-08-16", "Russian President Vladimir Putin has called for calm.", "Talks go on.",
                "More."), sentences(text));
        assertEquals(3, splitter.paragraphs(text).size());
        assertEquals(List.of("Published: 2024-01-31", "Text."), sentences("Published: 2024-01-31\n\nText."));
    }

    @Test
    void aDateInsideTheTextOrAWordRunOnIsNoDateline() {
        assertEquals(List.of("The date 2023-08-16 was set."), sentences("The date 2023-08-16 was set."));
        assertEquals(List.of("date 2023-08-16x is not a date."), sentences("date 2023-08-16x is not a date."));
        assertEquals(List.of("Updated the list."), sentences("Updated the list."));
    }

    private static String lines(String text) {
        return text.replace("\\n", "\n");
    }

    private List<String> sentences(String text) {
        return splitter.paragraphs(text).stream().flatMap(List::stream).map(s -> s.of(text)).toList();
    }
}
