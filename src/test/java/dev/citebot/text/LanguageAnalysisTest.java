package dev.citebot.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each language's text is analysed by its own rules; English keeps the analysis it always had. */
class LanguageAnalysisTest {
    private final Terms terms = new Terms();

    @ParameterizedTest(name = "{0}: \"{1}\" and \"{2}\" meet")
    @CsvSource({
            "de, Die Häuser der Stadt, Haus",
            "es, Las ciudades antiguas, ciudad",
            "fr, Les maisons anciennes, maison",
            "ru, Старые города, город",
            "ar, والكتاب, كتاب",
            "hi, किताबें, किताब",
    })
    void inflectedFormsShareTheirStem(String language, String text, String word) {
        List<String> textTerms = terms.of(text, language);
        List<String> wordTerms = terms.of(word, language);
        assertEquals(1, wordTerms.size(), wordTerms.toString());
        assertTrue(textTerms.contains(wordTerms.get(0)), textTerms + " should contain " + wordTerms);
    }

    @Test
    void germanStopWordsAreDropped() {
        assertEquals(List.of(), terms.of("und die der", "de"));
    }

    @Test
    void chineseIsReadInOverlappingPairsOfCharacters() {
        assertEquals(List.of("长城", "城是", "是中", "中国"), terms.of("长城是中国", "zh"));
        assertTrue(terms.of("中国的长城有多长", "zh").contains("长城"));
    }

    @Test
    void thaiIsCutIntoWords() {
        assertTrue(terms.of("ภาษาไทยง่ายนิดเดียว", "th").size() > 1);
    }

    @Test
    void aLanguageWithoutItsOwnAnalyzerIsFoldedWordByWord() {
        assertEquals(List.of("tieng", "viet"), terms.of("Tiếng Việt", "vi"));
    }

    @Test
    void englishAndUndeterminedTextKeepTheEnglishAnalysis() {
        String text = "What did Hervé's engineers build in the 1990s?";
        assertEquals(terms.of(text), terms.of(text, "en"));
        assertEquals(terms.of(text), terms.of(text, Languages.UNDETERMINED));
        assertEquals(List.of("herv", "engin", "build", "1990"), terms.of(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "de|Die Stadt liegt am Ufer eines großen Flusses und hat viele alte Brücken, Kirchen und Häuser.",
            "es|La ciudad está a orillas de un gran río y tiene muchos puentes, iglesias y casas antiguas.",
            "fr|La ville se trouve au bord d'un grand fleuve et compte de nombreux ponts, églises et maisons anciennes.",
            "zh|这座城市位于一条大河的岸边，有许多古老的桥梁、教堂和房屋。它是该地区最古老的城市之一。",
            "ar|تقع المدينة على ضفاف نهر كبير وبها العديد من الجسور والكنائس والمنازل القديمة.",
            "en|The city lies on the bank of a large river and has many old bridges, churches and houses.",
    })
    void detectsTheLanguageOfAParagraph(String language, String text) {
        assertEquals(Optional.of(language), terms.languages().detect(text, 0.9));
    }

    @Test
    void aFewWordsAreTooFewToTell() {
        assertEquals(Optional.empty(), terms.languages().detect("Haus", 0.5));
        assertEquals(Languages.UNDETERMINED, terms.languages().ofDocument("ok"));
    }
}
