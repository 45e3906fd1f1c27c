package dev.citebot.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A cache entry keeps which passages' sentences are not embedded yet, beside those that are. */
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
}
