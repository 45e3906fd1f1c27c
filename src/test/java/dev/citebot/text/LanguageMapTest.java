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

    @Test
    void paragraphsDetectedOnEveryCoreGiveTheMapOfOneParagraphAfterTheOther() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            text.append(i % 7 == 3 ? ENGLISH : i % 11 == 5 ? "Kurz." : GERMAN).append(i % 5 == 0 ? "\n \n" : "\n\n");
        }
        Languages languages = new Languages();
        String document = text.toString();
        List<LanguageMap.Part> expected = new java.util.ArrayList<>();
        int from = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\n\\s*\\n").matcher(document);
        while (from <= document.length()) {
            int to = m.find() ? m.end() : document.length();
            String own = languages.detect(document.substring(from, to), Languages.SURE).orElse("de");
            LanguageMap.Part last = expected.isEmpty() ? null : expected.get(expected.size() - 1);
            if (last != null && last.language().equals(own)) {
                expected.set(expected.size() - 1, new LanguageMap.Part(last.start(), to, own));
            } else if (to > from || expected.isEmpty()) {
                expected.add(new LanguageMap.Part(from, to, own));
            }
            if (to == document.length()) {
                break;
            }
            from = to;
        }
        LanguageMap map = LanguageMap.of(document, languages);
        assertEquals("de", map.language());
        assertEquals(expected, map.parts());
        assertEquals(List.of("de", "en"), map.languages());
    }
}
