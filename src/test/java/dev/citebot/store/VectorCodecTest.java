package dev.citebot.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.citebot.chunk.Span;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VectorCodecTest {
    @Test
    void aVectorComesBackFromPgvectorsTextFormBitForBit() {
        Random random = new Random(7);
        float[] vector = new float[384];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian() / 20;
        }
        vector[0] = Float.MIN_VALUE;
        vector[1] = -0.0f;
        assertArrayEquals(vector, VectorCodec.parse(VectorCodec.literal(vector)));
    }

    @Test
    void sentenceVectorsComeBackFromTheirBytes() {
        float[][] sentences = {{0.25f, -1e-7f, 3f}, {1f, 2f, -0.5f}};
        float[][] back = VectorCodec.unpack(VectorCodec.pack(sentences), 3);
        assertArrayEquals(sentences[0], back[0]);
        assertArrayEquals(sentences[1], back[1]);
        assertNull(VectorCodec.unpack(VectorCodec.pack(null), 3), "sentences not made yet stay not made");
    }

    @Test
    void sentenceSpansComeBackFromTheirBytes() {
        List<Span> spans = List.of(new Span(0, 41), new Span(42, 97), new Span(98, 98));
        assertEquals(spans, VectorCodec.unpackSpans(VectorCodec.packSpans(spans)));
        assertEquals(List.of(), VectorCodec.unpackSpans(VectorCodec.packSpans(List.of())));
    }
}
