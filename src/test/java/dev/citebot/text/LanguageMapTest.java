package dev.citebot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A document's language, and a paragraph in another language marked as such. */
class LanguageMapTest {
    private static final String GERMAN = "Die Stadt liegt am Ufer eines großen Flusses und hat viele alte Brücken, "
            + "Kirchen und Häuser. Im Sommer kommen viele Besucher, die den Dom und das Rathaus sehen wollen.";
    private static final String ENGLISH = "The city lies on the bank of a large river and has many old bridges, "
            + "churches and houses.";

    @Test
    void aQuotedParagraphInAnotherLanguageKeepsItsLanguage() {
        String text = GERMAN + "\n\n" + GERMAN + "\n\n" + ENGLISH + "\n\nKurz.";
        LanguageMap map = LanguageMap.of(text, new Languages());
        assertEquals("de", map.language());
        assertEquals(List.of("de", "en"), map.languages());
        assertEquals("de", map.at(0));
        assertEquals("en", map.at(text.indexOf("The city") + 5));
        assertEquals("de", map.at(text.indexOf("Kurz")), "too short to tell: the document's language");
        assertEquals("en", map.of(text.indexOf("The city"), text.indexOf("Kurz")));
    }
}
