package dev.citebot.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.citebot.chunk.PassageSplitter;
import dev.citebot.config.ChunkingConfig;
import dev.citebot.embed.Embedder;
import dev.citebot.ingest.IngestResult;
import dev.citebot.ingest.SourceDocument;
import dev.citebot.text.Terms;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A build given the collection's current index keeps what that index made of each unchanged document (passages,
 * vectors with the sentence vectors embedded since, keyword runs) without reading the vector cache, embeds only
 * the new document's passages, and makes the index a build from scratch makes. A replica's build from the store keeps
 * only the document objects it held (the rows of the generation it serves).
 */
class IncrementalIndexIT {
    private final CountingModel counting = new CountingModel();
    private final Terms terms = new Terms();
    private final SourceDocument okapi = doc("okapi.txt", "Okapis live in the Ituri rainforest. They eat leaves. "
            + "The okapi is a relative of the giraffe.", "h1");
    private final SourceDocument quokka = doc("quokka.txt", "Quokkas live on Rottnest Island. They smile.", "h2");
    private final SourceDocument walrus = doc("walrus.txt", "Walruses rest on the Arctic ice. "
            + "They eat clams and worms. The males fight with their tusks.", "h3");

    @Test
    void anAddedDocumentEmbedsOnlyItsPassagesAndTheRestIsKeptFromTheLastIndex() {
        CountingCache cache = new CountingCache();
        Indexer indexer = indexer(cache);
        KnowledgeIndex first = indexer.build(new IngestResult(List.of(okapi, quokka), List.of()));
        float[] sentence = first.sentenceVector(0, 0); // embedded after the build, as a question would
        counting.embedded.set(0);
        cache.finds.set(0);

        KnowledgeIndex second = indexer.build(new IngestResult(List.of(okapi, quokka, walrus), List.of()), first);
        assertEquals(second.passageCount("walrus-txt"), counting.embedded.get(), "the new document's passages only");
        assertEquals(second.passageCount("walrus-txt"), second.stats().embeddedTexts());
        assertEquals(1, cache.finds.get(), "the vector cache is asked about the new document only");
        assertSame(first.passage(0), second.passage(0), "passages kept, not split again");
        assertSame(first.passageVector(0), second.passageVector(0));
        assertSame(sentence, second.sentenceVector(0, 0), "a sentence embedded for the last index is kept");
        assertSame(first.bm25().segments().get(0), second.bm25().segments().get(0), "keyword run kept");
        assertSame(first.headings("okapi-txt"), second.headings("okapi-txt"), "headings kept, not looked for again");
        assertEquals(List.of("walrus-txt"), second.bm25().segments().get(1).parts.stream().map(p -> p.doc.id()).toList(),
                "the new document analysed alone");
        assertEquals(second.passageCount("walrus-txt"), counting.embedded.get(), "nothing else embedded");

        KnowledgeIndex scratch = indexer(new CountingCache())
                .build(new IngestResult(List.of(okapi, quokka, walrus), List.of()));
        assertSameIndex(scratch, second);

        KnowledgeIndex third = indexer.build(new IngestResult(List.of(quokka, walrus), List.of()), second);
        assertSameIndex(indexer(new CountingCache()).build(new IngestResult(List.of(quokka, walrus), List.of())),
                third);
    }

    @Test
    void aReplicasNextGenerationKeepsTheDocumentObjectsItHeldAndBuildsTheOthersFromTheStore() {
        CountingCache made = new CountingCache();
        Indexer indexer = indexer(made);
        KnowledgeIndex first = indexer.build(new IngestResult(List.of(okapi, quokka), List.of()), null, Map.of(), made);
        counting.embedded.set(0);
        made.finds.set(0);

        KnowledgeIndex second = indexer.build(new IngestResult(List.of(okapi, quokka, walrus), List.of()), first,
                Map.of(), made);
        assertEquals(2, second.stats().keptDocuments(), "okapi and quokka, the document objects held");
        assertEquals(1, made.finds.get(), "only walrus's vectors are looked for");
        assertEquals(second.passageCount("walrus-txt"), counting.embedded.get());
        assertSame(first.passage(0), second.passage(0), "passages kept, not split again");
        assertSame(first.bm25().segments().get(0), second.bm25().segments().get(0), "keyword run kept");
        assertSame(first.headings("okapi-txt"), second.headings("okapi-txt"), "headings kept, not looked for again");
        assertSameIndex(indexer(new CountingCache())
                .build(new IngestResult(List.of(okapi, quokka, walrus), List.of())), second);

        // quokka read from the store again (its row written anew under other settings): equal, not the object held
        SourceDocument quokkaAgain = doc("quokka.txt", quokka.text(), "h2");
        made.finds.set(0);
        KnowledgeIndex third = indexer.build(new IngestResult(List.of(okapi, quokkaAgain, walrus), List.of()), second,
                Map.of(), made);
        assertEquals(2, third.stats().keptDocuments(), "okapi and walrus");
        assertEquals(1, made.finds.get(), "quokka's new row is built from the store's vectors");
        int quokkaAt = (int) first.passageCount("okapi-txt");
        assertNotSame(second.passage(quokkaAt), third.passage(quokkaAt), "quokka's new row split, not kept");
        assertSameIndex(indexer(new CountingCache())
                .build(new IngestResult(List.of(okapi, quokka, walrus), List.of())), third);
    }

    private void assertSameIndex(KnowledgeIndex expected, KnowledgeIndex actual) {
        assertEquals(expected.passages(), actual.passages());
        for (int p = 0; p < expected.passages().size(); p++) {
            assertArrayEquals(expected.passageVector(p), actual.passageVector(p), 1e-6f);
            assertEquals(expected.passageLanguage(p), actual.passageLanguage(p));
        }
        for (String query : List.of("okapi giraffe", "walrus tusks", "island", "what do they eat")) {
            List<String> analysed = terms.of(query);
            assertEquals(expected.bm25().search(analysed, 20), actual.bm25().search(analysed, 20), query);
        }
        assertEquals(expected.documents().stream().map(SourceDocument::id).toList(),
                actual.documents().stream().map(SourceDocument::id).toList());
        for (SourceDocument doc : expected.documents()) {
            assertEquals(expected.headings(doc.id()), actual.headings(doc.id()), doc.id());
        }
    }

    private Indexer indexer(VectorCache cache) {
        return new Indexer(new PassageSplitter(new ChunkingConfig(60, 0)),
                new Embedder(counting, "all-minilm-l6-v2", 64), terms,
                new Indexer.Options(true, Indexer.Sentences.LATER, false), cache);
    }

    private static SourceDocument doc(String path, String text, String sha) {
        return new SourceDocument(path.replace('.', '-'), path, path, "text/plain", text, text.length(), sha);
    }

    /** The in-memory cache, counting how often it is asked. */
    private static final class CountingCache implements VectorCache {
        final AtomicInteger finds = new AtomicInteger();
        private final InMemoryVectorCache entries = new InMemoryVectorCache();

        @Override
        public Optional<DocumentVectors> find(VectorKey key) {
            finds.incrementAndGet();
            return entries.find(key);
        }

        @Override
        public void store(VectorKey key, DocumentVectors vectors) {
            entries.store(key, vectors);
        }

        @Override
        public void retainOnly(Set<VectorKey> keys) {
            entries.retainOnly(keys);
        }
    }
}
