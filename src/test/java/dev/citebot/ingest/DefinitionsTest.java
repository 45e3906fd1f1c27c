package dev.citebot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionsTest {
    private static final String PAGE = """
            <html><body>
            <p>The merge mechanism can use these strategies:</p>
            <dl>
              <dt>ort</dt>
              <dd><p>The default strategy when pulling or merging one branch.</p></dd>
              <dt>octopus</dt>
              <dd><p>This resolves cases with more than two heads.</p>
                  <p>This is the default merge strategy when pulling or merging more than one branch. </p></dd>
              <dt>-u</dt><dt>--include-untracked <a href="#u">¶</a></dt>
              <dd>Stash untracked files too.
                <dl><dt>--only</dt><dd>Nothing else.</dd></dl>
                Back in the outer description.</dd>
            </dl>
            <p>After the list.</p></body></html>""";

    private static Definitions.Read read(String page) {
        return Definitions.read(TextNormalizer.normalize(StructuredText.of(page).text()));
    }

    private static String termOf(Definitions.Read read, String quote) {
        int start = read.text().indexOf(quote);
        SourceDocument.Definition d = Definitions.around(read.definitions(), start, start + quote.length());
        return d == null ? null : read.text().substring(d.termStart(), d.termEnd());
    }

    @Test
    void aSentenceOfADescriptionStandsUnderItsTermHoweverDeepInIt() {
        Definitions.Read read = read(PAGE);
        assertEquals("octopus", termOf(read, "This is the default merge strategy when pulling or merging more"));
        assertEquals("ort", termOf(read, "The default strategy when pulling or merging one branch."));
    }

    @Test
    void termsThatShareADescriptionEachHaveItAndAListInsideADescriptionHasItsOwnTerms() {
        Definitions.Read read = read(PAGE);
        assertEquals("--only", termOf(read, "Nothing else."));
        assertEquals("--include-untracked", termOf(read, "Back in the outer description."));
        long sharing = read.definitions().stream().filter(d -> read.text().substring(d.termEnd(), d.end())
                .contains("Stash untracked files too.")).count();
        assertEquals(2, sharing, "-u and --include-untracked");
    }

    @Test
    void textOutsideTheListStandsUnderNoTermAndTheMarksLeaveNoTrace() {
        Definitions.Read read = read(PAGE);
        assertNull(termOf(read, "After the list."));
        assertNull(termOf(read, "The merge mechanism can use these strategies:"));
        String unmarked = TextNormalizer.normalize(StructuredText.of(PAGE).text().replaceAll("[\uFDD0-\uFDD3]", ""));
        assertEquals(unmarked, read.text());
        assertEquals(read.text(), Definitions.unmarked(read.text()));
    }

    @Test
    void marksADocumentHoldsItselfAreRemovedAndMarkNothing() {
        Definitions.Read read = read("<html><body><p>odd \uFDD0 and \uFDD3 marks</p></body></html>");
        assertEquals("odd  and  marks", read.text());
        assertEquals(List.of(), read.definitions());
    }

    @Test
    void unpairedMarksMarkNothing() {
        Definitions.Read read = Definitions.read("a\uFDD3 b \uFDD2c");
        assertEquals("a b c", read.text());
        assertEquals(List.of(), read.definitions());
    }
}
