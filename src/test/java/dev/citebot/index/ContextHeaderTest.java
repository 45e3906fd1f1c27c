package dev.citebot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.citebot.ingest.SourceDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContextHeaderTest {

    @ParameterizedTest(name = "{0} + \"{1}\" -> \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "04_Victoria__Australia_.txt | Victoria Australia… | Victoria Australia",
            "guides/setup-guide.md | Setup | setup guide",
            "000_3fa78a0fed2da99f.txt | Some long first paragraph… | ''",
            "10009203.txt | Hypoxia and tumour growth | Hypoxia and tumour growth",
            "10009203.txt | The first paragraph, shortened… | ''",
            "12345.txt | 12345.txt | ''"})
    void headerComesFromTheFileNameElseFromARealTitle(String path, String title, String header) {
        SourceDocument doc = new SourceDocument("id", path, title, "text/plain", "text", 4, "00");
        assertEquals(header, ContextHeader.of(doc));
    }
}
