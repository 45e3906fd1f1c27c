package dev.citebot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TitlesTest {
    @Test
    void aDatelineBeforeTheFirstLinesWordsIsNotPartOfTheTitle() {
        assertEquals("Russian President Vladimir Putin has called for calm",
                Titles.choose("", " date 2023-08-16 Russian President Vladimir Putin has called for calm\n\nMore.", "a.txt"));
    }

    @Test
    void aMetadataTitleWinsOverTheFirstLine() {
        assertEquals("Debian Reference", Titles.choose("Debian Reference", "date 2023-08-16 text", "a.txt"));
    }
}
