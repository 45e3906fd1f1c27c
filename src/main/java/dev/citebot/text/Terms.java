package dev.citebot.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * English terms of a text as BM25 sees them: lower-cased, accents folded ("Hervé" finds "Herve"), stop words
 * dropped, Porter-stemmed.
 */
public final class Terms {
    public static final String FIELD = "text";
    private final Analyzer analyzer = new EnglishFoldingAnalyzer();

    /** An analysed term and where its word stands in the original text. */
    public record Token(String term, int start, int end) {
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    public List<String> of(String text) {
        return tokens(text).stream().map(Token::term).toList();
    }

    public List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
