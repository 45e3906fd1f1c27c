package dev.citebot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.citebot.chunk.Passage;
import dev.citebot.chunk.Span;
import dev.citebot.ingest.SourceDocument;
import java.util.List;
import org.junit.jupiter.api.Test;

class DefinitionTermsTest {
    private static final String TEXT = "Strategies\n\noctopus\n\nThis resolves cases with more than two heads.\n\n"
            + "This is the default when merging more than one branch.\n\nAfter the list.";

    private static Passage passage(String from, String to) {
        int start = TEXT.indexOf(from);
        int end = TEXT.indexOf(to) + to.length();
        return new Passage("d", 0, start, end, TEXT.substring(start, end), List.of(new Span(start, end)));
    }

    private static SourceDocument doc(List<SourceDocument.Definition> definitions) {
        return new SourceDocument("d", "d.html", "Strategies", "text/html", TEXT, TEXT.length(), "00", List.of(),
                definitions);
    }

    @Test
    void aPassageThatStartsInADescriptionWithoutItsTermIsIndexedWithTheTerm() {
        int term = TEXT.indexOf("octopus");
        SourceDocument doc = doc(List.of(new SourceDocument.Definition(term, term + 7, TEXT.indexOf("\n\nAfter"))));
        List<Passage> passages = List.of(passage("Strategies", "two heads."), passage("This is the default", "branch."),
                passage("After", "list."));
        assertEquals(List.of("Merge", "Merge, octopus", "Merge"),
                Sections.withTerms(doc, List.of("Merge", "Merge", "Merge"), passages),
                "the first passage holds the term itself; the last stands after the list");
        assertEquals(List.of("", "octopus", ""), Sections.withTerms(doc, List.of("", "", ""), passages));
    }

    @Test
    void aDocumentWithoutDefinitionListsKeepsItsSections() {
        List<String> sections = List.of("Merge");
        assertSame(sections, Sections.withTerms(doc(List.of()), sections, List.of(passage("Strategies", "heads."))));
    }
}
