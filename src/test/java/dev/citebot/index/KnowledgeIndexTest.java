package dev.citebot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.citebot.chunk.Passage;
import dev.citebot.chunk.Span;
import dev.citebot.ingest.SourceDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an index tells of its passages and their text, on two hand-made documents. */
class KnowledgeIndexTest {
    private static final String FIRST = "One. Two. Three.";
    private static final String SECOND = "Alpha. Beta.";

    /** Passages 0-2 are the first document's ("One.", "Two.", "Three."), 3-4 the second's. */
    static KnowledgeIndex index() {
        List<SourceDocument> documents = List.of(document("first", FIRST), document("second", SECOND));
        List<Passage> passages = new ArrayList<>();
        passages.addAll(passages("first", FIRST));
        passages.addAll(passages("second", SECOND));
        return new KnowledgeIndex(documents, Map.of(), Map.of(), passages,
                Collections.nCopies(passages.size(), "en"), null, null, null, List.of(), null);
    }

    private static SourceDocument document(String id, String text) {
        return new SourceDocument(id, id + ".txt", id, "text/plain", text, text.length(), "00");
    }

    /** One passage a sentence, each sentence ending at its full stop. */
    private static List<Passage> passages(String id, String text) {
        List<Passage> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('.', start) + 1;
            out.add(new Passage(id, out.size(), start, end, text.substring(start, end), List.of(new Span(start, end))));
            start = end + 1;
        }
        return out;
    }

    @Test
    void theAdjacentPassagesAreTheOnesBeforeAndAfterInTheSameDocument() {
        KnowledgeIndex index = index();
        assertEquals(0, index.adjacentPassage(1, -1));
        assertEquals(2, index.adjacentPassage(1, +1));
        assertEquals(4, index.adjacentPassage(3, +1));
    }

    @Test
    void aDocumentsFirstAndLastPassagesHaveNoneBeyondThem() {
        KnowledgeIndex index = index();
        assertEquals(-1, index.adjacentPassage(0, -1), "the index's first passage");
        assertEquals(-1, index.adjacentPassage(2, +1), "3 is next in the index, but of another document");
        assertEquals(-1, index.adjacentPassage(3, -1), "2 is before it in the index, but of another document");
        assertEquals(-1, index.adjacentPassage(4, +1), "the index's last passage");
    }

    @Test
    void passagesOfOneDocumentThatAreNotNextToEachOtherThereAreNotAdjacent() {
        List<Passage> kept = new ArrayList<>(passages("first", FIRST));
        kept.remove(1); // "One." and "Three." stand next to each other in the index, not in the document
        KnowledgeIndex index = new KnowledgeIndex(List.of(document("first", FIRST)), Map.of(), Map.of(), kept,
                List.of("en", "en"), null, null, null, List.of(), null);
        assertEquals(-1, index.adjacentPassage(0, +1));
        assertEquals(-1, index.adjacentPassage(1, -1));
    }

    @Test
    void aSentencesTextIsItsSpanOfItsOwnDocument() {
        KnowledgeIndex index = index();
        assertEquals("Two.", index.sentenceText(1, 0));
        assertEquals("Beta.", index.sentenceText(4, 0), "read from the second document, not the first");
    }
}
