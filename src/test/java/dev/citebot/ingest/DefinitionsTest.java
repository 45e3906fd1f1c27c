package dev.citebot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

    private static SourceDocument doc(Definitions.Read read) {
        return new SourceDocument("d", "d.html", "D", "text/html", read.text(), read.text().length(), "00", List.of(),
                read.definitions());
    }

    private static String unnamedTerm(SourceDocument doc, String quote) {
        int start = doc.text().indexOf(quote);
        return Definitions.unnamedTerm(doc, start, start + quote.length(), quote);
    }

    @Test
    void aTermIsNamedAsAWordOfItsOwn() {
        assertTrue(Definitions.names("Use -u to include them.", "-u"));
        assertTrue(Definitions.names("The OCTOPUS strategy", "octopus"));
        assertTrue(Definitions.names("see -S[<keyid>].", "-S[<keyid>]"));
        assertFalse(Definitions.names("--include-untracked", "-u"));
        assertFalse(Definitions.names("Re-use it.", "-u"));
        assertFalse(Definitions.names("--merge-base", "--merge"));
        assertFalse(Definitions.names("octopuses", "octopus"));
    }

    @Test
    void termsThatShareADescriptionAreShownTogetherAboveItAndAnInnerListsTermAlone() {
        SourceDocument doc = doc(read(PAGE));
        assertEquals("-u, --include-untracked", unnamedTerm(doc, "Back in the outer description."));
        assertEquals("-u, --include-untracked", unnamedTerm(doc, "Stash untracked files too."));
        assertEquals("--only", unnamedTerm(doc, "Nothing else."));
        assertEquals("octopus", unnamedTerm(doc, "This is the default merge strategy when pulling or merging more"));
        assertEquals("", unnamedTerm(doc, "After the list."));
    }

    @Test
    void noTermIsShownAboveATextThatNamesOneAndTermsTooLongTogetherGiveTheNearest() {
        SourceDocument doc = doc(read(PAGE));
        int start = doc.text().indexOf("Stash untracked files too.");
        assertEquals("", Definitions.unnamedTerm(doc, start, start + 5, "With --include-untracked, stash"));
        assertEquals("", Definitions.unnamedTerm(doc, start, start + 5, "Use -u to stash"));
        assertEquals("-u, --include-untracked", Definitions.unnamedTerm(doc, start, start + 5, "Re-use the stash"),
                "-u is not named inside another word");
        String longer = "x".repeat(Definitions.MAX_TERM - 2); // alone it fits, after "-w, " it does not
        SourceDocument wide = doc(read("<html><body><dl><dt>-w</dt><dt>" + longer + "</dt><dd>Wide.</dd></dl>"
                + "</body></html>"));
        assertEquals(longer, unnamedTerm(wide, "Wide."));
    }
}
