package dev.citebot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.citebot.chunk.Span;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AboutDocumentTest {
    @ParameterizedTest
    @ValueSource(strings = {"When was this article written?", "What is the date of the document?",
        "What day was the report published?", "How recent is this article?"})
    void questionsAboutWhenTheDocumentWasWrittenAskForItsDate(String question) {
        assertEquals(AboutDocument.Asks.DATE, AboutDocument.asks(question));
    }

    @ParameterizedTest
    @ValueSource(strings = {"What is the title of this document?", "What is the article called?"})
    void questionsAboutItsNameAskForItsTitle(String question) {
        assertEquals(AboutDocument.Asks.TITLE, AboutDocument.asks(question));
    }

    @ParameterizedTest
    @ValueSource(strings = {"When was President Bazoum ousted?", "What did the article say about Mali?",
        "Which date did the ECOWAS leaders meet?"})
    void questionsAboutWhatTheDocumentSaysAreNotAboutTheDocument(String question) {
        assertEquals(AboutDocument.Asks.NOTHING, AboutDocument.asks(question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        " date 2023-08-16 Russian President Vladimir Putin has called for...|2023-08-16",
        "Posted on March 3, 2021 by the editors. Text follows.|March 3, 2021",
        "Minutes of the meeting of 4 July 2022. Present: ...|4 July 2022",
    })
    void theDatelineIsTheFirstDateInTheOpening(String text, String date) {
        Optional<Span> found = AboutDocument.dateline(text);
        assertEquals(date, found.orElseThrow().of(text));
    }

    @org.junit.jupiter.api.Test
    void aDateFarIntoTheDocumentIsNotItsDateline() {
        String text = "x ".repeat(AboutDocument.OPENING) + "On 2001-09-11 something happened.";
        assertEquals(Optional.empty(), AboutDocument.dateline(text));
    }
}
