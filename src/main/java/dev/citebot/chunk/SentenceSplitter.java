package dev.citebot.chunk;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.citebot.text.Datelines;
import dev.citebot.text.LanguageMap;
import dev.citebot.text.Languages;
import dev.langchain4j.data.document.splitter.DocumentBySentenceSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sentences of a text as spans, paragraph by paragraph: English paragraphs (and those of no clear
 * language) with LangChain4j's sentence splitter (OpenNLP), every other language with ICU's sentence rules for that
 * language (its full stops, "。", "؟" and "।" included, and its usual abbreviations). A blank line always ends a
 * sentence; a sentence longer than {@code maxLength} is cut at line breaks, then at spaces.
 */
public final class SentenceSplitter {
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    /** Abbreviations that never end a sentence, though the sentence model sometimes cuts after them. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)(?<![\\p{L}.])(e\\.g|i\\.e|cf|vs|viz|approx)\\.$");
    /**
     * Languages that write an ordinal number with a full stop ("am 16. August 2023", "im 19. Jahrhundert"), which
     * ICU takes for the end of a sentence.
     */
    private static final Set<String> ORDINAL_DOT = Set.of("de", "lb", "da", "no", "nb", "nn", "is", "fi", "et", "lv",
            "cs", "sk", "sl", "hr", "sr", "bs", "hu", "tr");
    /** A sentence ending in a number of one or two digits and a full stop: in those languages, an ordinal. */
    private static final Pattern ORDINAL = Pattern.compile("(?<![\\p{N}\\p{L}.,])\\p{N}{1,2}\\.$");

    private final DocumentBySentenceSplitter splitter;
    private final int maxLength;

    public SentenceSplitter(int maxLength) {
        this.maxLength = maxLength;
        this.splitter = new DocumentBySentenceSplitter(Integer.MAX_VALUE, 0);
    }

    /** Paragraphs of an English text, each a list of sentence spans. */
    public List<List<Span>> paragraphs(String text) {
        return paragraphs(text, LanguageMap.uniform(Languages.ENGLISH, text));
    }

    /**
     * Paragraphs of the text, each a list of sentence spans split by the rules of the paragraph's language. A
     * dateline before the text's first words ("date 2023-08-16 Russian President ...") is a paragraph of its own:
     * a quote of the first sentence does not open with it.
     */
    public List<List<Span>> paragraphs(String text, LanguageMap languages) {
        List<List<Span>> paragraphs = new ArrayList<>();
        int from = Datelines.end(text);
        if (from > 0) {
            List<Span> dateline = new ArrayList<>();
            addTrimmed(dateline, text, 0, from, 0);
            paragraphs.add(dateline);
        }
        Matcher m = BLANK_LINE.matcher(text).region(from, text.length());
        while (m.find()) {
            addParagraph(paragraphs, text, from, m.start(), languages.at(from));
            from = m.end();
        }
        addParagraph(paragraphs, text, from, text.length(), languages.at(from));
        return paragraphs;
    }

    private void addParagraph(List<List<Span>> paragraphs, String text, int from, int to, String language) {
        List<Span> sentences = isListing(text.substring(from, to)) ? lines(text, from, to)
                : Languages.readsAsEnglish(language) ? sentences(text, from, to)
                : sentences(text, from, to, language);
        if (!sentences.isEmpty()) {
            paragraphs.add(sentences);
        }
    }

    /**
     * A line of two columns: a term, then at least two spaces, then what is said of it. A term that ends with a
     * colon is a field of a message ("ERROR:  could not serialize access ..."), whose lines read on as prose.
     */
    private static final Pattern TWO_COLUMNS = Pattern.compile("^\\s*\\S.*?[^\\s:] {2,}\\S.*$");
    /** A listing has at least this many lines. */
    static final int MIN_LISTING_LINES = 3;

    /**
     * A paragraph laid out as two columns, most lines a term and its description aligned with spaces: a program's
     * help output (".timer on|off      Turn SQL timer on or off"), a table of options or fields in a code block.
     * Its lines are its sentences: read as prose, "?AUX?" or "ex. " would end a sentence mid-line and join one
     * line's description to the next line's term.
     */
    static boolean isListing(String paragraph) {
        String[] lines = paragraph.strip().split("\n");
        if (lines.length < MIN_LISTING_LINES) {
            return false;
        }
        int columns = 0;
        for (String line : lines) {
            if (twoColumns(line)) {
                columns++;
            }
        }
        return columns * 3 >= lines.length * 2;
    }

    /**
     * A line of a listing: a term and what is said of it, aligned with spaces (".save FILE      Write in-memory
     * database into FILE"). Such a line says its piece itself; it leads into nothing below it.
     */
    static boolean twoColumns(String line) {
        return TWO_COLUMNS.matcher(line).matches();
    }

    private List<Span> lines(String text, int from, int to) {
        List<Span> spans = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == '\n') {
                addTrimmed(spans, text, start, i, 0);
                start = i + 1;
            }
        }
        return spans;
    }

    /** ICU's sentence boundaries for the language, with its list of abbreviations that end no sentence. */
    private List<Span> sentences(String text, int from, int to, String language) {
        String paragraph = text.substring(from, to);
        BreakIterator boundaries = BreakIterator.getSentenceInstance(
                ULocale.forLanguageTag(language + "-u-ss-standard"));
        boundaries.setText(paragraph);
        List<Span> spans = new ArrayList<>();
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            addTrimmed(spans, paragraph, start, end, from);
        }
        return joinAbbreviations(spans, text, ORDINAL_DOT.contains(language));
    }

    private List<Span> sentences(String text, int from, int to) {
        String paragraph = text.substring(from, to);
        List<Span> spans = new ArrayList<>();
        int cursor = 0;
        for (String sentence : splitter.split(paragraph)) {
            String needle = sentence.strip();
            if (needle.isEmpty()) {
                continue;
            }
            int at = paragraph.indexOf(needle, cursor);
            if (at < 0) {
                continue; // the splitter normalised something; the remainder is picked up below
            }
            if (at > cursor && !paragraph.substring(cursor, at).isBlank()) {
                addTrimmed(spans, paragraph, cursor, at, from);
            }
            addTrimmed(spans, paragraph, at, at + needle.length(), from);
            cursor = at + needle.length();
        }
        if (cursor < paragraph.length() && !paragraph.substring(cursor).isBlank()) {
            addTrimmed(spans, paragraph, cursor, paragraph.length(), from);
        }
        return joinAbbreviations(spans, text, false);
    }

    /** A quoted word that ends with its own full stop, as a qualifier or a prefix is written: {@code "excluded."}. */
    private static final Pattern QUOTED_DOT = Pattern.compile("[\"'“‘][\\w$-]+\\.[\"'”’]$");

    /**
     * "add the special "excluded." table qualifier": the full stop inside the quotes belongs to the quoted name,
     * and the sentence goes on in lower case after it.
     */
    private static boolean quotedDotGoesOn(Span last, Span next, String text) {
        String following = next.of(text);
        return QUOTED_DOT.matcher(last.of(text)).find() && !following.isEmpty()
                && Character.isLowerCase(following.charAt(0));
    }

    /** A table row is one sentence: "$? | exit status" is not a question followed by "| exit status". */
    private static boolean continuesRow(Span last, Span next, String text) {
        return next.of(text).startsWith("|") || last.of(text).endsWith("|");
    }

    /**
     * "Default: 100.", "Type: integer": a one-word field with a short value, after a sentence that ends with a full
     * stop, belongs to what that sentence describes ("prompt <string> The prompt string to use. Default: '> '.").
     */
    private static final Pattern FIELD = Pattern.compile("\\p{Lu}\\p{L}{1,20}:\\s+\\S.{0,40}");

    private static boolean fieldOf(Span last, Span next, String text) {
        return FIELD.matcher(next.of(text)).matches() && last.of(text).matches("(?s).*[.!?]")
                && !FIELD.matcher(last.of(text)).matches();
    }

    /**
     * "... to e.g." + "1 MB/s." is one sentence, and so is a table row with a "?" or "." in a cell, and, where
     * {@code ordinals} are written with a full stop, "Kaltenbach, 16." + "August 2023."
     */
    private List<Span> joinAbbreviations(List<Span> spans, String text, boolean ordinals) {
        List<Span> joined = new ArrayList<>();
        for (Span span : spans) {
            Span last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && span.end() - last.start() <= maxLength
                    && (ABBREVIATION.matcher(last.of(text)).find() || continuesRow(last, span, text)
                    || quotedDotGoesOn(last, span, text)
                    || fieldOf(last, span, text)
                    || ordinals && ORDINAL.matcher(last.of(text)).find())) {
                joined.set(joined.size() - 1, new Span(last.start(), span.end()));
            } else {
                joined.add(span);
            }
        }
        return joined;
    }

    private void addTrimmed(List<Span> spans, String paragraph, int start, int end, int offset) {
        while (start < end && Character.isWhitespace(paragraph.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(paragraph.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return;
        }
        if (end - start <= maxLength) {
            spans.add(new Span(offset + start, offset + end));
            return;
        }
        int cut = paragraph.lastIndexOf('\n', start + maxLength);
        if (cut <= start) {
            cut = paragraph.lastIndexOf(' ', start + maxLength);
        }
        if (cut <= start) {
            cut = start + maxLength;
        }
        addTrimmed(spans, paragraph, start, cut, offset);
        addTrimmed(spans, paragraph, cut, end, offset);
    }
}
