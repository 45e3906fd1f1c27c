package dev.citebot.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.support.LogCapture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache entry keeps which passages' sentences are not embedded yet, beside those that are; an entry of another
 * format version is embedded again quietly, a damaged one with a warning.
 */
class DiskVectorCacheFormatTest {
    @Test
    void sentencesNotYetEmbeddedReadBackAsMissingAndTheOthersAsWritten() throws IOException {
        float[][] passages = {{1, 0}, {0, 1}};
        float[][][] sentences = {null, {{0.6f, 0.8f}, {0.8f, 0.6f}}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DiskVectorCache.write(new DocumentVectors(passages, sentences), out);

        DocumentVectors read = DiskVectorCache.read(new ByteArrayInputStream(out.toByteArray()));

        assertArrayEquals(passages[1], read.passages()[1]);
        assertNull(read.sentences()[0], "passage 0's sentences are still to be embedded");
        assertEquals(2, read.sentences()[1].length);
        assertArrayEquals(sentences[1][1], read.sentences()[1][1]);
        assertEquals(4, read.texts());
    }

    @Test
    void entriesOfAnotherFormatVersionAreEmbeddedAgainQuietlyAndOnlyADamagedOneWarns(@TempDir Path dir)
            throws IOException {
        DiskVectorCache cache = new DiskVectorCache(dir);
        VectorKey key = new VectorKey("abc", "model", "chunking");
        DocumentVectors vectors = new DocumentVectors(new float[][] {{1, 0}}, new float[][][] {{{1, 0}}});
        cache.store(key, vectors);
        Path entry = cache.fileFor(key);
        byte[] whole = Files.readAllBytes(entry);
        byte[] older = whole.clone();
        ByteBuffer.wrap(older).putInt(4, 1); // the format version after the magic number
        Files.write(entry, older);
        try (LogCapture logs = LogCapture.start()) {
            assertTrue(cache.find(key).isEmpty(), "an entry of format 1 is not read as this format");
            assertEquals(List.of(), logs.warnings());
            assertFalse(Files.exists(entry), "the stale entry is removed, to be written again");
        }
        Files.write(entry, Arrays.copyOf(whole, whole.length - 3));
        try (LogCapture logs = LogCapture.start()) {
            assertTrue(cache.find(key).isEmpty());
            assertEquals(1, logs.warnings().size(), logs.warnings().toString());
            assertTrue(logs.warnings().get(0).startsWith("ignoring unreadable cache entry"), logs.warnings().toString());
        }
        cache.store(key, vectors);
        assertArrayEquals(vectors.passages()[0], cache.find(key).orElseThrow().passages()[0]);
    }
}
