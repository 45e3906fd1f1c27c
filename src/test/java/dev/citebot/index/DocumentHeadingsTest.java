package dev.citebot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.ingest.SourceDocument;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentHeadingsTest {
    private static final String PLAIN = "Intro paragraph.\n\n## Setup\n\nRun the installer.\n\n2.7. Limiting bandwidth\n\n"
            + "Set the rate.";
    private static final SourceDocument PLAIN_DOC =
            new SourceDocument("plain", "plain.txt", "Plain", "text/plain", PLAIN, PLAIN.length(), "00");
    private static final String HTML = "Title\n\nBody text.";
    private static final SourceDocument HTML_DOC = new SourceDocument("html", "page.html", "Title", "text/html", HTML,
            HTML.length(), "00", List.of(new SourceDocument.Heading(0, "Title")));

    /** An index of documents alone: heading detection reads nothing else. */
    private static KnowledgeIndex index() {
        return new KnowledgeIndex(List.of(PLAIN_DOC, HTML_DOC), Map.of(), Map.of(), List.of(), List.of(), null,
                null, null, List.of(), null);
    }

    @Test
    void plainTextHeadingsAreFoundOnceWhenTheIndexIsBuiltAndKeptWithTheDocument() {
        KnowledgeIndex index = index();
        assertEquals(Sections.headingLines(PLAIN), index.headings("plain"));
        assertEquals(2, index.headings("plain").size());
        assertSame(index.headings("plain"), index.headings("plain"), "answering reads the kept list, not a new one");
    }

    @Test
    void headingsTheBuildFoundWhenSplittingAreKeptAsTheyAre() {
        List<SourceDocument.Heading> found = Sections.headingLines(PLAIN);
        KnowledgeIndex index = new KnowledgeIndex(List.of(PLAIN_DOC), Map.of("plain", found), Map.of(), List.of(),
                List.of(), null, null, null, List.of(), null);
        assertSame(found, index.headings("plain"));
    }

    @Test
    void headingSpansAreTheSameAsDetectingThemOnEachQuestion() {
        KnowledgeIndex index = index();
        int setup = PLAIN.indexOf("## Setup");
        int body = PLAIN.indexOf("Run the installer");
        int numbered = PLAIN.indexOf("Limiting");
        assertTrue(index.isHeading("plain", setup, setup + 8));
        assertTrue(index.isHeading("plain", numbered, numbered + 8));
        assertFalse(index.isHeading("plain", body, body + 10));
        for (int start = 0; start < PLAIN.length(); start += 3) {
            assertEquals(Sections.headingWithin(Sections.headingLines(PLAIN), start, start + 5),
                    index.isHeading("plain", start, start + 5));
        }
    }

    @Test
    void structuredDocumentsKeepTheirOwnHeadingsAndUnknownDocumentsHaveNone() {
        KnowledgeIndex index = index();
        assertEquals(HTML_DOC.headings(), index.headings("html"));
        assertTrue(index.isHeading("html", 0, 5));
        assertFalse(index.isHeading("html", 7, 11));
        assertFalse(index.isHeading("missing", 0, 5));
        assertEquals(List.of(), index.headings("missing"));
    }
}
