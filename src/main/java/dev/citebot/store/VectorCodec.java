package dev.citebot.store;

import dev.citebot.chunk.Span;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Vectors as pgvector's text form ({@code [0.1,0.2]}), sentence vectors as packed little-endian floats and sentence
 * spans as packed little-endian int pairs.
 */
final class VectorCodec {
    private VectorCodec() {
    }

    /** pgvector's text input; {@link Float#toString} is exact, so the stored value is the same float. */
    static String literal(float[] vector) {
        StringBuilder b = new StringBuilder(vector.length * 12).append('[');
        for (int i = 0; i < vector.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(vector[i]);
        }
        return b.append(']').toString();
    }

    static float[] parse(String literal) {
        String inner = literal.substring(1, literal.length() - 1);
        if (inner.isEmpty()) {
            return new float[0];
        }
        String[] parts = inner.split(",");
        float[] vector = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            vector[i] = Float.parseFloat(parts[i]);
        }
        return vector;
    }

    /** A passage's sentence vectors, one after the other; null while they are not made. */
    static byte[] pack(float[][] vectors) {
        if (vectors == null) {
            return null;
        }
        int dim = vectors.length == 0 ? 0 : vectors[0].length;
        ByteBuffer buffer = ByteBuffer.allocate(vectors.length * dim * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] v : vectors) {
            buffer.asFloatBuffer().put(v);
            buffer.position(buffer.position() + v.length * Float.BYTES);
        }
        return buffer.array();
    }

    static float[][] unpack(byte[] bytes, int dim) {
        if (bytes == null) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[][] vectors = new float[bytes.length / (dim * Float.BYTES)][dim];
        for (float[] v : vectors) {
            buffer.asFloatBuffer().get(v);
            buffer.position(buffer.position() + dim * Float.BYTES);
        }
        return vectors;
    }

    /** A passage's sentences: start and end of each, one after the other. */
    static byte[] packSpans(List<Span> spans) {
        ByteBuffer buffer = ByteBuffer.allocate(spans.size() * 2 * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        spans.forEach(s -> buffer.putInt(s.start()).putInt(s.end()));
        return buffer.array();
    }

    static List<Span> unpackSpans(byte[] bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        List<Span> spans = new ArrayList<>(bytes.length / (2 * Integer.BYTES));
        while (buffer.remaining() >= 2 * Integer.BYTES) {
            spans.add(new Span(buffer.getInt(), buffer.getInt()));
        }
        return spans;
    }
}
