package dev.citebot.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Terms of a text as BM25 sees them, by the text's language ({@link LanguageAnalyzers}). English (and text of no
 * clear language): lower-cased, accents folded ("Hervé" finds "Herve"), stop words dropped, Porter-stemmed.
 * All languages share one field: a passage's terms are made by its own language's analysis, and a question is
 * analysed by the language it is asked in, so terms meet when the languages do.
 */
public final class Terms {
    public static final String FIELD = "text";
    private final Analyzer english = new EnglishFoldingAnalyzer();
    private final Analyzer keywords = new EnglishFoldingAnalyzer(true);
    private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();
    private final Languages languages = new Languages();

    /** An analysed term and where its word stands in the original text. */
    public record Token(String term, int start, int end) {
    }

    /** The language detector the terms of a text are chosen by. */
    public Languages languages() {
        return languages;
    }

    /** The English analysis. */
    public Analyzer analyzer() {
        return english;
    }

    /**
     * The English analysis of the keyword index: {@link #analyzer()} that also adds the parts of a name of code
     * ("child_process.exec": "child", "process", "exec") beside the name itself. Search it with a question's terms
     * and their {@link #parts}.
     */
    public Analyzer keywordAnalyzer() {
        return keywords;
    }

    /** The analysed parts of an analysed term that names code ("os.eol": "os", "eol"); none for a plain word. */
    public List<String> parts(String term) {
        List<String> out = new ArrayList<>();
        for (String part : IdentifierPartsFilter.parts(term)) {
            out.addAll(of(part));
        }
        return out;
    }

    /** The analysis of a language (an ISO 639-1 code, or {@link Languages#UNDETERMINED}). */
    public Analyzer analyzer(String language) {
        return Languages.readsAsEnglish(language) ? english
                : analyzers.computeIfAbsent(language, LanguageAnalyzers::forLanguage);
    }

    public List<String> of(String text) {
        return of(text, Languages.ENGLISH);
    }

    public List<String> of(String text, String language) {
        return tokens(text, language).stream().map(Token::term).toList();
    }

    public List<Token> tokens(String text) {
        return tokens(text, Languages.ENGLISH);
    }

    public List<Token> tokens(String text, String language) {
        return tokens(analyzer(language), text);
    }

    /** The tokens any analyzer makes of a text. */
    public static List<Token> tokens(Analyzer analyzer, String text) {
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
