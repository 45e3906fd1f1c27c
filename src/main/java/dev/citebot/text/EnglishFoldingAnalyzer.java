package dev.citebot.text;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Lucene's English analysis plus accent folding, so that names match however their accents are typed. The stop
 * words add the words every question is made of ("what", "when", "did"), which say nothing about the topic.
 */
final class EnglishFoldingAnalyzer extends Analyzer {
    static final CharArraySet STOP_WORDS = stopWords();

    private static CharArraySet stopWords() {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        words.addAll(List.of("what", "when", "where", "who", "whom", "whose", "which", "why", "how", "do", "does",
                "did", "i", "me", "my", "you", "your", "we", "our", "us", "can", "could", "would", "should", "has",
                "have", "had", "been", "being", "were", "its", "from", "about", "am", "his", "her", "him", "she", "he"));
        return CharArraySet.unmodifiableSet(words);
    }

    private final boolean identifierParts;

    EnglishFoldingAnalyzer() {
        this(false);
    }

    /** @param identifierParts whether a name of code is also split into its parts ({@link IdentifierPartsFilter}) */
    EnglishFoldingAnalyzer(boolean identifierParts) {
        this.identifierParts = identifierParts;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        if (identifierParts) {
            result = new IdentifierPartsFilter(result);
        }
        result = new StopFilter(result, STOP_WORDS);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
