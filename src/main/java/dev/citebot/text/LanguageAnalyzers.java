package dev.citebot.text;

import java.util.function.Supplier;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Lucene's analysis for a language: its stemmer and stop words where Lucene has them (German, Spanish, French,
 * Russian, Arabic and Hindi normalisation, ...), overlapping character pairs for Chinese, Japanese and Korean, which
 * write no spaces between words, Thai word breaks; for any other language, ICU's word boundaries (dictionary-based
 * for Lao, Khmer and Myanmar) with case and accent folding. English and undetermined text keep
 * {@link EnglishFoldingAnalyzer}.
 */
final class LanguageAnalyzers {
    private static final Map<String, Supplier<Analyzer>> BY_LANGUAGE = Map.ofEntries(
            Map.entry("ar", ArabicAnalyzer::new), Map.entry("bg", BulgarianAnalyzer::new),
            Map.entry("bn", BengaliAnalyzer::new), Map.entry("ca", CatalanAnalyzer::new),
            Map.entry("cs", CzechAnalyzer::new), Map.entry("da", DanishAnalyzer::new),
            Map.entry("de", GermanAnalyzer::new), Map.entry("el", GreekAnalyzer::new),
            Map.entry("es", SpanishAnalyzer::new), Map.entry("et", EstonianAnalyzer::new),
            Map.entry("eu", BasqueAnalyzer::new), Map.entry("fa", PersianAnalyzer::new),
            Map.entry("fi", FinnishAnalyzer::new), Map.entry("fr", FrenchAnalyzer::new),
            Map.entry("ga", IrishAnalyzer::new), Map.entry("gl", GalicianAnalyzer::new),
            Map.entry("hi", HindiAnalyzer::new), Map.entry("hu", HungarianAnalyzer::new),
            Map.entry("hy", ArmenianAnalyzer::new), Map.entry("id", IndonesianAnalyzer::new),
            Map.entry("it", ItalianAnalyzer::new), Map.entry("lt", LithuanianAnalyzer::new),
            Map.entry("lv", LatvianAnalyzer::new), Map.entry("ne", NepaliAnalyzer::new),
            Map.entry("nl", DutchAnalyzer::new), Map.entry("no", NorwegianAnalyzer::new),
            Map.entry("pt", PortugueseAnalyzer::new), Map.entry("ro", RomanianAnalyzer::new),
            Map.entry("ru", RussianAnalyzer::new), Map.entry("sr", SerbianAnalyzer::new),
            Map.entry("sv", SwedishAnalyzer::new), Map.entry("ta", TamilAnalyzer::new),
            Map.entry("te", TeluguAnalyzer::new), Map.entry("th", ThaiAnalyzer::new),
            Map.entry("tr", TurkishAnalyzer::new), Map.entry("zh", CJKAnalyzer::new),
            Map.entry("ja", CJKAnalyzer::new), Map.entry("ko", CJKAnalyzer::new));

    private LanguageAnalyzers() {
    }

    /** A new analyzer for the language (an ISO 639-1 code). */
    static Analyzer forLanguage(String language) {
        if (Languages.readsAsEnglish(language)) {
            return new EnglishFoldingAnalyzer();
        }
        Supplier<Analyzer> known = BY_LANGUAGE.get(language);
        return known != null ? known.get() : new FoldingAnalyzer();
    }

    /** True when Lucene has analysis of its own for the language (else words are only found and folded). */
    static boolean hasOwnAnalysis(String language) {
        return Languages.readsAsEnglish(language) || BY_LANGUAGE.containsKey(language);
    }

    /** ICU's word boundaries, with case, accents and width folded: for languages Lucene has no analyzer for. */
    private static final class FoldingAnalyzer extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new ICUTokenizer();
            return new TokenStreamComponents(source, new ICUFoldingFilter(source));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ICUFoldingFilter(in);
        }
    }
}
