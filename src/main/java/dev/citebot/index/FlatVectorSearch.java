package dev.citebot.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * Exact search over unit vectors kept in one contiguous array: a dot product per passage (the vectors are unit
 * length, so it is the cosine), the corpus split across the cores. For large corpora this is several times
 * faster than LangChain4j's in-memory store, which normalises every candidate on every search, and it holds the
 * vectors in a fraction of the objects.
 */
final class FlatVectorSearch implements VectorSearch {
    static final int SLICE = 16_384;

    private final float[] data;
    private final int dimensions;
    private final int count;

    FlatVectorSearch(float[][] vectors) {
        this.count = vectors.length;
        this.dimensions = count == 0 ? 0 : vectors[0].length;
        this.data = packed(vectors, dimensions);
    }

    /** The vectors one after the other in one array, passage {@code i} at {@code i * dimensions}. */
    static float[] packed(float[][] vectors, int dimensions) {
        float[] data = new float[vectors.length * dimensions];
        for (int i = 0; i < vectors.length; i++) {
            System.arraycopy(vectors[i], 0, data, i * dimensions, dimensions);
        }
        return data;
    }

    @Override
    public List<Hit> search(float[] query, int k) {
        int slices = (count + SLICE - 1) / SLICE;
        List<Hit> merged = new ArrayList<>();
        IntStream.range(0, slices).parallel()
                .mapToObj(s -> top(query, k, s * SLICE, Math.min(count, (s + 1) * SLICE)))
                .forEachOrdered(merged::addAll);
        merged.sort(Comparator.comparingDouble(Hit::cosine).reversed());
        return merged.subList(0, Math.min(k, merged.size()));
    }

    private List<Hit> top(float[] query, int k, int from, int to) {
        PriorityQueue<Hit> best = new PriorityQueue<>(Comparator.comparingDouble(Hit::cosine));
        for (int i = from; i < to; i++) {
            float dot = 0f;
            int base = i * dimensions;
            for (int d = 0; d < dimensions; d++) {
                dot += query[d] * data[base + d];
            }
            if (best.size() < k) {
                best.add(new Hit(i, dot));
            } else if (dot > best.peek().cosine()) {
                best.poll();
                best.add(new Hit(i, dot));
            }
        }
        return new ArrayList<>(best);
    }
}
