package dev.citebot.index;

import dev.citebot.chunk.Passage;
import dev.citebot.ingest.Definitions;
import dev.citebot.ingest.SourceDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading each passage stands under, so that a passage is found by the name of its section as well as its
 * own words ("Limiting download bandwidth for APT" names what the configuration line below it does). Headings
 * come from the document's structure (HTML's h1 to h6); a document without any (plain text, PDF) is searched for
 * lines that look like headings: a numbered title ("2.7.10. Limiting ...") or a Markdown one ("## Setup")
 * standing alone as a paragraph.
 */
final class Sections {
    private static final Pattern HEADING_LINE = Pattern.compile(
            "(?m)(?<=\\A|\\n\\n)[ \\t]*((\\d+\\.)+\\d*|#{1,6})[ \\t\\u00A0]+([^\\n|]{2,80}?)[ \\t]*(?=\\n\\n|\\z)");

    /** "2.7.10. ", "Chapter 2. ", "## ": the words of a heading say what its section is about, its number does not. */
    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*((?i:chapter|section|part|appendix)\\s+)?(((\\d+|[IVX]+)\\.)+\\d*|\\d+|#{1,6})[\\s\\u00A0]+");

    private Sections() {
    }

    /** For each passage, the last heading before it ("" before the first one). */
    static List<String> of(SourceDocument doc, List<Passage> passages) {
        return of(headings(doc), passages);
    }

    /** For each passage, the last of the document's {@code found} headings before it ("" before the first one). */
    static List<String> of(List<SourceDocument.Heading> found, List<Passage> passages) {
        List<SourceDocument.Heading> headings = titles(found);
        List<String> sections = new ArrayList<>();
        int h = -1;
        for (Passage p : passages) {
            while (h + 1 < headings.size() && headings.get(h + 1).start() <= p.start()) {
                h++;
            }
            sections.add(h < 0 ? "" : NUMBERING.matcher(headings.get(h).text()).replaceFirst(""));
        }
        return sections;
    }

    /**
     * {@code sections} with the term of a definition list's entry added to a passage that starts in its description
     * and does not name it ("Merge strategies, octopus"): a long description's later passages are then found by the
     * option, setting or strategy they describe.
     */
    static List<String> withTerms(SourceDocument doc, List<String> sections, List<Passage> passages) {
        if (doc.definitions().isEmpty()) {
            return sections;
        }
        List<String> withTerms = new ArrayList<>(sections);
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            String term = Definitions.unnamedTerm(doc, p.start(), p.start(), p.text());
            if (!term.isEmpty()) {
                String section = withTerms.get(i);
                withTerms.set(i, section.isEmpty() ? term : section + ", " + term);
            }
        }
        return withTerms;
    }

    /** The document's headings: its structure's, else (plain text, PDF) the lines that look like headings. */
    static List<SourceDocument.Heading> headings(SourceDocument doc) {
        return doc.headings().isEmpty() ? headingLines(doc.text()) : doc.headings();
    }

    /** The last of the {@code found} headings that ends at or before {@code offset}, without its numbering. */
    static String at(List<SourceDocument.Heading> found, int offset) {
        String section = "";
        for (SourceDocument.Heading h : titles(found)) {
            if (h.start() + h.text().length() > offset) {
                break;
            }
            section = NUMBERING.matcher(h.text()).replaceFirst("");
        }
        return section;
    }

    /** Whether one of {@code headings} overlaps the span from {@code start} to {@code end}. */
    static boolean headingWithin(List<SourceDocument.Heading> headings, int start, int end) {
        return headings.stream().anyMatch(h -> h.start() < end && start < h.start() + h.text().length());
    }

    /**
     * The headings that name a section: one that recurs ("Note", "Tip", "Example") labels a box inside a section,
     * and must not hide the section's own title.
     */
    static List<SourceDocument.Heading> titles(List<SourceDocument.Heading> headings) {
        Map<String, Integer> seen = new HashMap<>();
        headings.forEach(h -> seen.merge(h.text(), 1, Integer::sum));
        return headings.stream().filter(h -> seen.get(h.text()) <= 2).toList();
    }

    static List<SourceDocument.Heading> headingLines(String text) {
        List<SourceDocument.Heading> found = new ArrayList<>();
        Matcher m = HEADING_LINE.matcher(text);
        while (m.find()) {
            String title = m.group(3);
            if (!title.matches(".*[.:;,!?]$")) { // a numbered sentence or list item, not a title
                found.add(new SourceDocument.Heading(m.start(), m.group().strip()));
            }
        }
        return found;
    }
}
