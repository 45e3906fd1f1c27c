package dev.citebot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which openings of a text are a dateline, a metadata field rather than its first words. */
class DatelinesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "' date 2023-08-16 Russian President Putin'|'Russian President Putin'",
        "'Published: 2024-01-31T10:00:00Z Text.'|'Text.'",
        "'updated = 2024-01-31'|''",
        "'The date 2023-08-16 was set.'|'The date 2023-08-16 was set.'",
        "'date 2023-08-16x Text.'|'date 2023-08-16x Text.'",
        "'date of birth 2023-08-16'|'date of birth 2023-08-16'",
    })
    void aLeadingDateFieldIsStrippedAndNothingElse(String text, String rest) {
        assertEquals(rest, Datelines.strip(text));
    }
}
