package dev.citebot.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparseNgramMapTest {

    @Test
    void theSparseTableGivesEveryDetectionOfTheDenseOneToTheLastBit() throws IOException {
        List<LanguageProfile> profiles = new LanguageProfileReader().readAllBuiltIn();
        LanguageDetector dense = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
        LanguageDetector sparse = SparseNgramMap.compact(
                LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build());
        assertTrue(SparseNgramMap.isCompact(sparse), "the table was replaced");
        List<String> texts = List.of(
                "Welches Team gewann den Super Bowl XXXIII?",
                "¿Cuándo se publicó este documento por primera vez?",
                "What fault can produce a magnitude 8.7 event?",
                "哪个队赢得了第50届超级碗？",
                "La bibliothèque municipale est ouverte du mardi au samedi, sauf les jours fériés.",
                "Die Verwaltung der Pakete übernimmt apt-get; die Konfiguration liegt unter /etc/apt/sources.list.",
                "Putin called on the leaders to hold talks. Die Gespräche dauerten bis in die Nacht. 会议在北京举行。");
        for (String text : texts) {
            for (var factory : List.of(CommonTextObjectFactories.forDetectingShortCleanText(),
                    CommonTextObjectFactories.forDetectingOnLargeText())) {
                assertEquals(shown(dense.getProbabilities(factory.forText(text))),
                        shown(sparse.getProbabilities(factory.forText(text))), text);
            }
        }
        // a long text takes the sampling path (random trials over its n-grams) rather than the short-text one
        String longText = String.join(" ", texts).repeat(8);
        assertEquals(shown(dense.getProbabilities(longText)), shown(sparse.getProbabilities(longText)));
        assertTrue(dense.getProbabilities(longText).stream().mapToDouble(DetectedLanguage::getProbability).sum() > 0.9);
    }

    /** Each language with its probability, every bit of it (a detection has no equals of its own). */
    private static List<String> shown(List<DetectedLanguage> detected) {
        return detected.stream().map(d -> d.getLocale() + ":" + Double.doubleToLongBits(d.getProbability())).toList();
    }

    @Test
    void anNgramsProbabilitiesComeBackWithTheirZerosRareOrCommonAndAnUnknownOneAsNull() {
        double[] everywhere = new double[SparseNgramMap.KEPT_WHOLE + 2];
        Arrays.fill(everywhere, 1, everywhere.length, 0.125);
        double[] rare = new double[everywhere.length];
        rare[1] = 0.25;
        rare[3] = 0.5;
        SparseNgramMap map = new SparseNgramMap(Map.of("ab", rare, "zz", new double[rare.length], "e", everywhere),
                rare.length);
        assertArrayEquals(rare, map.get("ab"));
        assertArrayEquals(new double[rare.length], map.get("zz"));
        assertArrayEquals(everywhere, map.get("e"));
        assertNull(map.get("qq"));
        assertEquals(3, map.size());
        assertEquals(3, map.entrySet().size());
    }
}
