package dev.citebot.chunk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.citebot.text.LanguageMap;
import dev.citebot.text.Languages;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentences of every script are found by their language's rules, as exact spans of the text. */
class SentenceSplitterLanguagesTest {
    private final SentenceSplitter splitter = new SentenceSplitter(600);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "zh|长城是中国古代的军事防御工程。它的总长度超过两万公里！你去过吗？|长城是中国古代的军事防御工程。/它的总长度超过两万公里！/你去过吗？",
            "ja|富士山は日本で最も高い山です。標高は3776メートルです。|富士山は日本で最も高い山です。/標高は3776メートルです。",
            "ar|تقع القاهرة على نهر النيل. هل زرت الأهرامات؟ إنها قريبة من المدينة.|تقع القاهرة على نهر النيل./هل زرت الأهرامات؟/إنها قريبة من المدينة.",
            "hi|दिल्ली भारत की राजधानी है। यह एक बड़ा शहर है।|दिल्ली भारत की राजधानी है।/यह एक बड़ा शहर है।",
            "de|Der Dom wurde von Dr. Müller beschrieben. Er ist 157 m hoch.|Der Dom wurde von Dr. Müller beschrieben./Er ist 157 m hoch.",
            "es|¿Dónde está el museo? Está en la calle Mayor.|¿Dónde está el museo?/Está en la calle Mayor.",
            "de|Kaltenbach, 16. August 2023. Die Brücke ist offen.|Kaltenbach, 16. August 2023./Die Brücke ist offen.",
            "de|Sie wurde im 19. Jahrhundert gebaut. Sie ist 240 Meter lang.|Sie wurde im 19. Jahrhundert gebaut./Sie ist 240 Meter lang.",
            "de|Sie wurde im Jahr 1932 eröffnet. Sie ist lang.|Sie wurde im Jahr 1932 eröffnet./Sie ist lang.",
    })
    void splitsByTheLanguagesRules(String language, String text, String expected) {
        List<String> sentences = sentences(text, language);
        assertEquals(List.of(expected.split("/")), sentences);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The U.S. Army, e.g. its engineers, built it. It opened in 1932.",
            "Mr. Smith went to Washington. He arrived at 5 p.m. on Monday.",
    })
    void englishKeepsItsOwnSplitter(String text) {
        assertEquals(spans(text, LanguageMap.uniform(Languages.ENGLISH, text)), splitter.paragraphs(text));
        assertEquals(spans(text, LanguageMap.uniform(Languages.UNDETERMINED, text)), splitter.paragraphs(text));
    }

    private List<List<Span>> spans(String text, LanguageMap map) {
        return splitter.paragraphs(text, map);
    }

    private List<String> sentences(String text, String language) {
        return splitter.paragraphs(text, LanguageMap.uniform(language, text)).stream().flatMap(List::stream)
                .map(s -> s.of(text)).toList();
    }
}
