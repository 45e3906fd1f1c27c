package dev.citebot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.chunk.PassageSplitter;
import dev.citebot.config.ChunkingConfig;
import dev.citebot.embed.Embedder;
import dev.citebot.ingest.IngestResult;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.text.Terms;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Re-indexing embeds only documents whose content, model or chunking changed; the rest reuse their vectors. */
class VectorReuseIT {
    private final CountingModel counting = new CountingModel();
    private final AtomicInteger embedded = counting.embedded;
    private final InMemoryVectorCache cache = new InMemoryVectorCache();

    @Test
    void unchangedDocumentsAreNotEmbeddedAgainAndChangedOnesAre() {
        SourceDocument okapi = doc("okapi.txt", "Okapis live in the Ituri rainforest. They eat leaves.", "h1");
        SourceDocument quokka = doc("quokka.txt", "Quokkas live on Rottnest Island. They smile.", "h2");
        Indexer indexer = indexer(500, "all-minilm-l6-v2");

        KnowledgeIndex first = indexer.build(new IngestResult(List.of(okapi, quokka), List.of()));
        assertEquals(6, embedded.get(), "2 passages and 4 sentences");
        assertEquals(6, first.stats().embeddedTexts());

        embedded.set(0);
        KnowledgeIndex second = indexer.build(new IngestResult(List.of(okapi, quokka), List.of()));
        assertEquals(0, embedded.get(), "nothing changed, nothing embedded");
        assertEquals(6, second.stats().reusedTexts());
        assertSame(first.passageVector(0), second.passageVector(0), "the very same vectors");

        SourceDocument changed = doc("quokka.txt", "Quokkas live on Rottnest Island. They smile. Often.", "h3");
        KnowledgeIndex third = indexer.build(new IngestResult(List.of(okapi, changed), List.of()));
        assertEquals(4, embedded.get(), "only the changed document: 1 passage and 3 sentences");
        assertEquals(3, third.stats().reusedTexts());
        String settings = new PassageSplitter(new ChunkingConfig(500, 0)).settings(); // text rules and build included
        assertTrue(settings.contains(",build="), settings);
        assertTrue(cache.find(new VectorKey("h1", "all-minilm-l6-v2", settings + ",header=okapi")).isPresent());
        assertTrue(cache.find(new VectorKey("h3", "all-minilm-l6-v2", settings + ",header=quokka")).isPresent(),
                "the new version's vectors are kept");
        assertTrue(cache.find(new VectorKey("h2", "all-minilm-l6-v2", settings + ",header=quokka")).isEmpty(),
                "the old version's vectors are dropped");
        assertEquals(2, cache.size());
    }

    @Test
    void anotherModelOrOtherChunkingEmbedsAgain() {
        SourceDocument okapi = doc("okapi.txt", "Okapis live in the Ituri rainforest. They eat leaves.", "h1");
        indexer(500, "all-minilm-l6-v2").build(new IngestResult(List.of(okapi), List.of()));
        embedded.set(0);
        indexer(500, "another-model").build(new IngestResult(List.of(okapi), List.of()));
        assertEquals(3, embedded.get());
        embedded.set(0);
        indexer(60, "another-model").build(new IngestResult(List.of(okapi), List.of()));
        assertTrue(embedded.get() > 0);
    }

    private Indexer indexer(int chunkSize, String modelName) {
        return new Indexer(new PassageSplitter(new ChunkingConfig(chunkSize, 0)), new Embedder(counting, modelName, 64),
                new Terms(), Indexer.Options.eager(true, true), cache);
    }

    private static SourceDocument doc(String path, String text, String sha) {
        return new SourceDocument(path.replace('.', '-'), path, path, "text/plain", text, text.length(), sha);
    }
}
