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
 * Sentence vectors made later ({@link Indexer.Sentences#LATER}): the index needs only its passages' vectors; a
 * sentence is embedded once, when first read or by the fill, is the vector an eager build makes, and is kept in
 * the cache so that a restart embeds nothing.
 */
class SentenceVectorsLaterIT {
    @TempDir
    Path dir;
    private final CountingModel counting = new CountingModel();
    private final AtomicInteger embedded = counting.embedded;

    @Test
    void theIndexEmbedsOnlyPassagesAndASentenceIsEmbeddedOnceWhenFirstRead() {
        KnowledgeIndex index = build(Indexer.Sentences.LATER, new DiskVectorCache(dir), OKAPI, QUOKKA);
        assertEquals(2, embedded.getAndSet(0), "one passage each, no sentence");
        assertEquals(4, index.sentenceVectors().missing());

        float[] first = index.sentenceVector(0, 1);
        assertEquals(2, embedded.getAndSet(0), "the two sentences of the passage read, in one call");
        assertSame(first, index.sentenceVector(0, 1), "kept, not embedded again");
        index.sentenceVectors().prepare(List.of(0, 1, 1));
        assertEquals(2, embedded.get(), "prepare embeds only what is missing: passage 1's two sentences");
        assertTrue(index.sentenceVectors().complete());
    }

    @Test
    void sentenceVectorsMadeLaterAreTheVectorsAnEagerBuildMakes() throws IOException {
        String text = Files.readString(Path.of("seeds", "niger-crisis-putin-ecowas.txt"));
        SourceDocument seed = doc("niger-crisis-putin-ecowas.txt", text, "seed");
        KnowledgeIndex eager = build(Indexer.Sentences.EAGER, VectorCache.none(), seed);
        KnowledgeIndex later = build(Indexer.Sentences.LATER, VectorCache.none(), seed);
        later.sentenceVectors().prepare(List.of(3, 0)); // a question's passages, out of order
        later.sentenceVectors().fill(() -> false);       // the rest in the background's batches
        int sentences = 0;
        for (int p = 0; p < eager.passages().size(); p++) {
            assertArrayEquals(eager.passageVector(p), later.passageVector(p), 1e-6f);
            for (int s = 0; s < eager.passages().get(p).sentences().size(); s++) {
                assertArrayEquals(eager.sentenceVector(p, s), later.sentenceVector(p, s), 1e-6f,
                        "passage " + p + " sentence " + s);
                sentences++;
            }
        }
        assertTrue(sentences > 5, "the seed has several sentences: " + sentences);
    }

    @Test
    void filledSentencesAreStoredSoARestartEmbedsNothing() {
        KnowledgeIndex first = build(Indexer.Sentences.LATER, new DiskVectorCache(dir), OKAPI, QUOKKA);
        embedded.set(0);
        KnowledgeIndex beforeFill = build(Indexer.Sentences.LATER, new DiskVectorCache(dir), OKAPI, QUOKKA);
        assertEquals(0, embedded.get(), "passage vectors were stored at once: a restart before the fill reuses them");
        assertFalse(beforeFill.sentenceVectors().complete());

        first.sentenceVectors().fill(() -> false);
        assertEquals(4, embedded.getAndSet(0));
        KnowledgeIndex restarted = build(Indexer.Sentences.LATER, new DiskVectorCache(dir), OKAPI, QUOKKA);
        assertTrue(restarted.sentenceVectors().complete(), "the cache holds every sentence");
        assertArrayEquals(first.sentenceVector(1, 1), restarted.sentenceVector(1, 1));
        KnowledgeIndex eagerRestart = build(Indexer.Sentences.EAGER, new DiskVectorCache(dir), OKAPI, QUOKKA);
        assertArrayEquals(first.sentenceVector(0, 0), eagerRestart.sentenceVector(0, 0));
        assertEquals(0, embedded.get(), "nothing embedded twice, whichever way the restart builds");
    }

    @Test
    void aFillStopsWhenCancelled() {
        KnowledgeIndex index = build(Indexer.Sentences.LATER, VectorCache.none(), OKAPI, QUOKKA);
        embedded.set(0);
        index.sentenceVectors().fill(() -> true);
        assertEquals(0, embedded.get());
        assertEquals(4, index.sentenceVectors().missing());
    }

    private KnowledgeIndex build(Indexer.Sentences sentences, VectorCache cache, SourceDocument... docs) {
        Indexer indexer = new Indexer(new PassageSplitter(new ChunkingConfig(500, 0)),
                new Embedder(counting, "all-minilm-l6-v2", 0), new Terms(),
                new Indexer.Options(true, sentences, false), cache);
        return indexer.build(new IngestResult(List.of(docs), List.of()));
    }
}
