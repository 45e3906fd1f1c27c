package dev.citebot.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Vectors kept on disk: a restart embeds nothing unchanged, changes invalidate, and a torn write is harmless. */
class DiskVectorCacheIT {
    static final SourceDocument OKAPI = doc("okapi.txt", "Okapis live in the Ituri rainforest. They eat leaves.",
            "h1");
    static final SourceDocument QUOKKA = doc("quokka.txt", "Quokkas live on Rottnest Island. They smile.", "h2");

    private final CountingModel counting = new CountingModel();
    private final AtomicInteger embedded = counting.embedded;

    @TempDir
    Path dir;

    @Test
    void aRestartWithUnchangedDocumentsEmbedsNothingAndGetsTheSameVectors() {
        KnowledgeIndex first = build(500, "all-minilm-l6-v2", OKAPI, QUOKKA);
        assertEquals(6, embedded.getAndSet(0));

        KnowledgeIndex afterRestart = build(500, "all-minilm-l6-v2", OKAPI, QUOKKA); // a new cache on the same folder
        assertEquals(0, embedded.get(), "nothing embedded after the restart");
        for (int p = 0; p < first.passages().size(); p++) {
            assertArrayEquals(first.passageVector(p), afterRestart.passageVector(p));
            assertArrayEquals(first.sentenceVector(p, 1), afterRestart.sentenceVector(p, 1));
        }
    }

    @Test
    void aChangedFileAnotherModelOrOtherChunkingIsEmbeddedAgain() {
        build(500, "all-minilm-l6-v2", OKAPI, QUOKKA);
        embedded.set(0);
        build(500, "all-minilm-l6-v2", OKAPI, doc("quokka.txt", "Quokkas live on Rottnest Island. They smile. A lot.", "h3"));
        assertEquals(4, embedded.getAndSet(0), "only the changed file: 1 passage and 3 sentences");
        build(500, "another-model", OKAPI);
        assertEquals(3, embedded.getAndSet(0), "another model");
        build(60, "another-model", OKAPI);
        assertTrue(embedded.get() > 0, "other chunking");
    }

    @Test
    void entriesOfDocumentsThatAreGoneAreRemovedFromDisk() throws IOException {
        build(500, "all-minilm-l6-v2", OKAPI, QUOKKA);
        assertEquals(2, files(".vectors"));
        build(500, "all-minilm-l6-v2", OKAPI);
        assertEquals(1, files(".vectors"));
    }

    @Test
    void aWriteCutShortByACrashIsIgnoredAndTheDocumentEmbeddedAgain() throws IOException {
        build(500, "all-minilm-l6-v2", OKAPI);
        Path entry;
        try (Stream<Path> list = Files.list(dir)) {
            entry = list.filter(f -> f.toString().endsWith(".vectors")).findFirst().orElseThrow();
        }
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2)); // torn write
        Files.writeString(dir.resolve(entry.getFileName() + ".123.1.tmp"), "left by a crash mid-write");
        embedded.set(0);

        KnowledgeIndex index = build(500, "all-minilm-l6-v2", OKAPI);

        assertEquals(3, embedded.get(), "the torn entry was not trusted");
        assertEquals(1, index.passages().size());
        assertEquals(0, files(".tmp"), "leftovers of the crash are removed");
        assertTrue(Files.size(entry) == whole.length, "the entry is whole again");
    }

    @Test
    void aFlippedByteFailsTheChecksum() throws IOException {
        build(500, "all-minilm-l6-v2", OKAPI);
        Path entry;
        try (Stream<Path> list = Files.list(dir)) {
            entry = list.filter(f -> f.toString().endsWith(".vectors")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(entry);
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(entry, bytes);
        assertFalse(new DiskVectorCache(dir).find(new VectorKey("h1", "all-minilm-l6-v2",
                "size=500,overlap=0,header=okapi")).isPresent());
    }

    private KnowledgeIndex build(int chunkSize, String modelName, SourceDocument... docs) {
        Indexer indexer = new Indexer(new PassageSplitter(new ChunkingConfig(chunkSize, 0)),
                new Embedder(counting, modelName, 0), new Terms(),
                Indexer.Options.eager(true, true), new DiskVectorCache(dir));
        return indexer.build(new IngestResult(List.of(docs), List.of()));
    }

    private long files(String suffix) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(f -> f.toString().endsWith(suffix)).count();
        }
    }

    static SourceDocument doc(String path, String text, String sha) {
        return new SourceDocument(path.replace('.', '-'), path, path, "text/plain", text, text.length(), sha);
    }
}
