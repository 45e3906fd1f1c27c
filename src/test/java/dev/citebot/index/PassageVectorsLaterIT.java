package dev.citebot.index;

import static dev.citebot.index.DiskVectorCacheIT.OKAPI;
import static dev.citebot.index.DiskVectorCacheIT.QUOKKA;
import static dev.citebot.index.DiskVectorCacheIT.doc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.chunk.PassageSplitter;
import dev.citebot.config.ChunkingConfig;
import dev.citebot.embed.Embedder;
import dev.citebot.ingest.IngestResult;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.text.Terms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passage vectors made later ({@code index.passage.vectors.later}): the index is returned before any passage is
 * embedded; a passage is embedded once, when first read or by the fill, is the vector an eager build makes, and a
 * document is kept in the cache once its passages are all embedded; the dense search over every passage exists
 * only then, and is the eager build's.
 */
class PassageVectorsLaterIT {
    @TempDir
    Path dir;
    private final CountingModel counting = new CountingModel();
    private final AtomicInteger embedded = counting.embedded;

    @Test
    void theIndexEmbedsNothingAndAPassageIsEmbeddedOnceWhenFirstRead() {
        KnowledgeIndex index = build(true, VectorCache.none(), null, OKAPI, QUOKKA);
        assertEquals(0, embedded.get(), "ready before any passage is embedded");
        assertEquals(0, index.stats().embeddedTexts());
        assertEquals(2, index.passageVectors().missing());
        assertTrue(index.vectorSearch().isEmpty(), "no dense search over half the passages");

        float[] first = index.passageVector(1);
        assertEquals(1, embedded.getAndSet(0), "the passage read, alone");
        assertSame(first, index.passageVector(1), "kept, not embedded again");
        index.passageVectors().prepare(List.of(0, 1, 0));
        assertEquals(1, embedded.getAndSet(0), "prepare embeds only what is missing: passage 0");
        assertTrue(index.vectorSearch().isEmpty(), "the search is made by the fill");

        index.passageVectors().fill(() -> false);
        assertEquals(0, embedded.get(), "nothing left to embed");
        assertTrue(index.passageVectors().complete());
        assertEquals(List.of(1, 0), index.vectorSearch().orElseThrow().search(first, 2).stream()
                .map(VectorSearch.Hit::passage).toList());
    }

    @Test
    void passageVectorsMadeLaterAndTheirSearchAreThoseOfAnEagerBuild() throws IOException {
        String text = Files.readString(Path.of("seeds", "niger-crisis-putin-ecowas.txt"));
        SourceDocument seed = doc("niger-crisis-putin-ecowas.txt", text, "seed");
        KnowledgeIndex eager = build(false, VectorCache.none(), null, seed);
        KnowledgeIndex later = build(true, VectorCache.none(), null, seed);
        later.passageVectors().prepare(List.of(3, 0)); // a question's passages, out of order
        later.passageVectors().fill(() -> false);       // the rest in the background's batches
        assertTrue(eager.passages().size() > 5, "the seed has several passages: " + eager.passages().size());
        for (int p = 0; p < eager.passages().size(); p++) {
            assertArrayEquals(eager.passageVector(p), later.passageVector(p), 1e-6f, "passage " + p);
        }
        float[] query = eager.sentenceVector(2, 0);
        List<VectorSearch.Hit> expected = eager.vectorSearch().orElseThrow().search(query, 5);
        List<VectorSearch.Hit> actual = later.vectorSearch().orElseThrow().search(query, 5);
        assertEquals(expected.stream().map(VectorSearch.Hit::passage).toList(),
                actual.stream().map(VectorSearch.Hit::passage).toList());
    }

    @Test
    void aDocumentIsStoredOnceItsPassagesAreAllEmbeddedSoARestartEmbedsNothing() {
        KnowledgeIndex first = build(true, new DiskVectorCache(dir), null, OKAPI, QUOKKA);
        first.passageVector(0);
        embedded.set(0);
        KnowledgeIndex beforeFill = build(true, new DiskVectorCache(dir), null, OKAPI, QUOKKA);
        assertEquals(2, beforeFill.passageVectors().missing(), "no document was whole: nothing was stored");

        first.passageVectors().fill(() -> false);
        assertEquals(1, embedded.getAndSet(0), "the fill embeds what the question did not");
        first.sentenceVectors().fill(() -> false);
        assertEquals(4, embedded.getAndSet(0), "then the sentences");
        KnowledgeIndex restarted = build(true, new DiskVectorCache(dir), null, OKAPI, QUOKKA);
        assertTrue(restarted.passageVectors().complete(), "the cache holds every passage");
        assertTrue(restarted.sentenceVectors().complete(), "and every sentence");
        assertArrayEquals(first.passageVector(1), restarted.passageVector(1));
        KnowledgeIndex eagerRestart = build(false, new DiskVectorCache(dir), null, OKAPI, QUOKKA);
        assertArrayEquals(first.passageVector(0), eagerRestart.passageVector(0));
        assertEquals(0, embedded.get(), "nothing embedded twice, whichever way the restart builds");
    }

    @Test
    void aNewDocumentLeavesTheOthersVectorsAndSearchAloneUntilItsOwnAreEmbedded() {
        KnowledgeIndex first = build(true, VectorCache.none(), null, OKAPI);
        first.passageVectors().fill(() -> false);
        embedded.set(0);
        KnowledgeIndex second = build(true, VectorCache.none(), first, OKAPI, QUOKKA);
        assertEquals(0, embedded.get(), "ready at once");
        assertSame(first.passageVector(0), second.passageVector(0), "the kept document's vector, not embedded again");
        assertEquals(1, second.passageVectors().missing(), "the new document's passage");
        assertTrue(second.vectorSearch().isEmpty());
        second.passageVectors().fill(() -> false);
        assertEquals(1, embedded.get(), "only the new document's passage is embedded");
        assertTrue(second.vectorSearch().isPresent());
    }

    @Test
    void aFillStopsWhenCancelled() {
        KnowledgeIndex index = build(true, VectorCache.none(), null, OKAPI, QUOKKA);
        index.passageVectors().fill(() -> true);
        assertEquals(0, embedded.get());
        assertEquals(2, index.passageVectors().missing());
        assertFalse(index.passageVectors().complete());
    }

    private KnowledgeIndex build(boolean passagesLater, VectorCache cache, KnowledgeIndex previous,
                                 SourceDocument... docs) {
        Indexer indexer = new Indexer(new PassageSplitter(new ChunkingConfig(500, 0)),
                new Embedder(counting, "all-minilm-l6-v2", 0), new Terms(),
                new Indexer.Options(true, Indexer.Sentences.LATER, passagesLater), cache);
        return indexer.build(new IngestResult(List.of(docs), List.of()), previous);
    }
}
