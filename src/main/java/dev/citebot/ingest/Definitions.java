package dev.citebot.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Where a document's definition lists stand in its text (HTML's {@code <dt>} terms and the {@code <dd>} descriptions
 * under them: a manual's options, settings, strategies). {@link StructuredText} writes four marks into the text it
 * extracts, which stay in it through the extraction cache and its tidying ({@link TextNormalizer}: each mark touches
 * a visible character, so no rule on spaces and line breaks sees one), and {@link #read} takes them out again with
 * the offsets they stood at. The marks are Unicode noncharacters, which no document may hold; one that does has them
 * removed.
 */
public final class Definitions {
    static final char TERM_START = '\uFDD0';
    static final char TERM_END = '\uFDD1';
    static final char DESCRIPTION_START = '\uFDD2';
    static final char DESCRIPTION_END = '\uFDD3';
    /** A term longer than this is a synopsis of code with all its arguments, too long to stand in front of text. */
    public static final int MAX_TERM = 80;

    private Definitions() {
    }

    /** A text without its marks, and the definitions they marked (in the order their terms stand). */
    public record Read(String text, List<SourceDocument.Definition> definitions) {
    }

    /**
     * Takes the marks out of {@code marked}. A description belongs to the terms written since the description before
     * it began (several terms may share one; a description may hold a list of its own); marks left unpaired (a list
     * cut off by its table's header row) mark nothing.
     */
    public static Read read(String marked) {
        if (!hasMarks(marked)) {
            return new Read(marked, List.of());
        }
        StringBuilder text = new StringBuilder(marked.length());
        List<int[]> terms = new ArrayList<>();
        int termStart = -1;
        Deque<List<int[]>> open = new ArrayDeque<>();
        List<SourceDocument.Definition> definitions = new ArrayList<>();
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case TERM_START -> termStart = text.length();
                case TERM_END -> {
                    if (termStart >= 0 && text.length() > termStart) {
                        terms.add(new int[] {termStart, text.length()});
                    }
                    termStart = -1;
                }
                case DESCRIPTION_START -> {
                    open.push(terms);
                    terms = new ArrayList<>();
                }
                case DESCRIPTION_END -> {
                    if (!open.isEmpty()) {
                        for (int[] term : open.pop()) {
                            definitions.add(new SourceDocument.Definition(term[0], term[1], text.length()));
                        }
                    }
                }
                default -> text.append(c);
            }
        }
        definitions.sort(Comparator.comparingInt(SourceDocument.Definition::termStart));
        return new Read(text.toString(), definitions);
    }

    /**
     * The innermost definition whose description holds the span from {@code start} to {@code end}: the term it stands
     * under (a term of a list inside a description stands under the outer term). Null when it stands under none.
     */
    public static SourceDocument.Definition around(List<SourceDocument.Definition> definitions, int start, int end) {
        SourceDocument.Definition found = null;
        for (SourceDocument.Definition d : definitions) {
            if (d.termStart() > start) {
                break;
            }
            if (d.termEnd() <= start && end <= d.end()) {
                found = d;
            }
        }
        return found;
    }

    /**
     * The term a span of a document's text stands under ({@link #around}), on one line, when {@code text} (what is
     * shown or indexed with it) does not name it: "" when there is none, or the term is longer than
     * {@link #MAX_TERM}. Terms that share the description ({@code <dt>-u</dt><dt>--include-untracked</dt><dd>})
     * are given together, "-u, --include-untracked", unless together they are longer than {@link #MAX_TERM} (then
     * the last, nearest the description); none is given when the text names one of them.
     */
    public static String unnamedTerm(SourceDocument doc, int start, int end, String text) {
        SourceDocument.Definition d = around(doc.definitions(), start, end);
        if (d == null) {
            return "";
        }
        List<String> terms = new ArrayList<>();
        for (SourceDocument.Definition shared : sharing(doc.definitions(), d, doc.text())) {
            terms.add(doc.text().substring(shared.termStart(), shared.termEnd()).replaceAll("\\s+", " ").strip());
        }
        if (terms.stream().anyMatch(t -> names(text, t))) {
            return "";
        }
        String together = String.join(", ", terms);
        String term = together.length() <= MAX_TERM ? together : terms.get(terms.size() - 1);
        return term.length() > MAX_TERM ? "" : term;
    }

    /**
     * Whether the text names the term as a word of its own, whatever the case: "-u" is named in "use -u to" but not
     * in "--include-untracked" or "re-use".
     */
    static boolean names(String text, String term) {
        String wanted = term.toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        boolean endsInWord = partOfName(wanted.charAt(wanted.length() - 1));
        for (int at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
            int after = at + wanted.length();
            boolean startsHere = at == 0 || !partOfName(lower.charAt(at - 1));
            boolean endsHere = after == lower.length() || !endsInWord || !partOfName(lower.charAt(after));
            if (startsHere && endsHere) {
                return true;
            }
        }
        return false;
    }

    private static boolean partOfName(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }

    /**
     * The definitions whose terms share {@code d}'s description, in order, {@code d} included: the terms written
     * one after the other with nothing but spaces or commas between them, whose descriptions end where its does.
     */
    static List<SourceDocument.Definition> sharing(List<SourceDocument.Definition> definitions,
                                                   SourceDocument.Definition d, String text) {
        int at = definitions.indexOf(d);
        int first = at;
        while (first > 0 && together(definitions.get(first - 1), definitions.get(first), text)) {
            first--;
        }
        int last = at;
        while (last + 1 < definitions.size() && together(definitions.get(last), definitions.get(last + 1), text)) {
            last++;
        }
        return definitions.subList(first, last + 1);
    }

    private static boolean together(SourceDocument.Definition before, SourceDocument.Definition after, String text) {
        return before.end() == after.end() && before.termEnd() <= after.termStart()
                && text.substring(before.termEnd(), after.termStart()).matches("[\\s,]*");
    }

    static boolean hasMarks(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isMark(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} without marks. */
    static String unmarked(String text) {
        return hasMarks(text) ? text.replaceAll("[\uFDD0-\uFDD3]", "") : text;
    }

    /** The marks of {@code text}, in order. */
    static String marks(String text) {
        return text.replaceAll("[^\uFDD0-\uFDD3]", "");
    }

    private static boolean isMark(char c) {
        return c >= TERM_START && c <= DESCRIPTION_END;
    }
}
