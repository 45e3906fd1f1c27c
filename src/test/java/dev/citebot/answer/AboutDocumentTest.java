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
    @ValueSource(strings = {"What is this article mainly about?", "what's the story about?",
        "What is the main topic of this report?", "Could you summarize the article for me?",
        "Please sum up this document.", "What does the text cover?"})
    void questionsAboutWhatTheWholeDocumentIsAboutAskForItsSubject(String question) {
        assertEquals(AboutDocument.Asks.SUBJECT, AboutDocument.asks(question));
    }

    @ParameterizedTest
    @ValueSource(strings = {"What is the story about Putin's call?", "What does the article say about Mali?",
        "What is this article's claim about Wagner?", "What did the report cover about the meeting in Ghana?"})
    void questionsAboutAPartOfTheDocumentDoNotAskForItsSubject(String question) {
        assertEquals(AboutDocument.Asks.NOTHING, AboutDocument.asks(question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "date 2023-08-16 Russian President Vladimir Putin has called ...|16",
        "'  The manual begins here.'|2",
        "Plain text.|0"})
    void aDocumentsOwnWordsBeginAfterItsDateline(String text, int lead) {
        assertEquals(lead, AboutDocument.lead(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"When was President Bazoum ousted?", "What did the article say about Mali?",
        "Which date did the ECOWAS leaders meet?"})
    void questionsAboutWhatTheDocumentSaysAreNotAboutTheDocument(String question) {
        assertEquals(AboutDocument.Asks.NOTHING, AboutDocument.asks(question));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wann wurde dieser Artikel geschrieben?", "Wann ist der Bericht erschienen?",
        "Was ist das Datum des Dokuments?", "Von wann ist dieses Dokument datiert?",
        "¿Cuándo se escribió este artículo?", "¿Cuál es la fecha del documento?", "¿Cuándo se publicó el informe?",
        "Quand cet article a-t-il été écrit ?", "De quand date ce document ?", "Quelle est la date de cet article ?"})
    void questionsAboutTheDocumentsDateInGermanSpanishAndFrenchAskForItsDate(String question) {
        assertEquals(AboutDocument.Asks.DATE, AboutDocument.asks(question));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wie heißt dieser Artikel?", "Was ist der Titel des Dokuments?",
        "¿Cuál es el título de este documento?", "¿Cómo se llama este artículo?",
        "Quel est le titre de cet article ?", "Comment s'appelle ce document ?"})
    void questionsAboutItsNameInGermanSpanishAndFrenchAskForItsTitle(String question) {
        assertEquals(AboutDocument.Asks.TITLE, AboutDocument.asks(question));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wann wurde Präsident Bazoum gestürzt?", "Was sagt der Artikel über Mali?",
        "¿Cuándo fue derrocado el presidente Bazoum?", "¿Qué dice el artículo sobre Malí?",
        "Quand le président Bazoum a-t-il été renversé ?", "Que dit l'article sur le Mali ?"})
    void questionsAboutWhatTheDocumentSaysInOtherLanguagesAreNotAboutTheDocument(String question) {
        assertEquals(AboutDocument.Asks.NOTHING, AboutDocument.asks(question));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Berlin, 16. August 2023. Der russische Präsident ...|16. August 2023",
        "Madrid, 16 de agosto de 2023. El presidente ruso ...|16 de agosto de 2023",
        "Paris, le 16 août 2023. Le président russe ...|16 août 2023",
    })
    void theDatelineIsFoundInGermanSpanishAndFrenchForms(String text, String date) {
        assertEquals(date, AboutDocument.dateline(text).orElseThrow().of(text));
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
