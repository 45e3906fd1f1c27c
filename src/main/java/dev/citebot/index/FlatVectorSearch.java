package dev.citebot.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * Exact search over unit vectors: a dot product per passage (the vectors are unit length, so it is the cosine), the
 * corpus split across the cores. For large corpora this is several times faster than LangChain4j's in-memory store,
 * which normalises every candidate on every search. It reads the passages' own arrays: the vectors are held once.
 */
final class FlatVectorSearch implements VectorSearch {
    static final int SLICE = 16_384;

    private final float[][] vectors;
    private final int count;

    /** @param vectors each passage's vector, all of one length; kept, not copied, so not to be changed afterwards */
    FlatVectorSearch(float[][] vectors) {
        this.count = vectors.length;
        this.vectors = vectors.clone(); // the outer array only
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
        float[] dots = dots(query, from, to);
        PriorityQueue<Hit> best = new PriorityQueue<>(Comparator.comparingDouble(Hit::cosine));
        for (int i = from; i < to; i++) {
            float dot = dots[i - from];
            if (best.size() < k) {
                best.add(new Hit(i, dot));
            } else if (dot > best.peek().cosine()) {
                best.poll();
                best.add(new Hit(i, dot));
            }
        }
        return new ArrayList<>(best);
    }

    /**
     * The query's dot product with passages {@code from} to {@code to}, each summed in the order of the dimensions.
     * Eight passages at a time: one sum waits for its last addition, eight independent ones keep the adders busy.
     */
    private float[] dots(float[] query, int from, int to) {
        float[] dots = new float[to - from];
        int dimensions = query.length;
        int i = from;
        for (; i + 8 <= to; i += 8) {
            float[] v0 = vectors[i];
            float[] v1 = vectors[i + 1];
            float[] v2 = vectors[i + 2];
            float[] v3 = vectors[i + 3];
            float[] v4 = vectors[i + 4];
            float[] v5 = vectors[i + 5];
            float[] v6 = vectors[i + 6];
            float[] v7 = vectors[i + 7];
            float s0 = 0f;
            float s1 = 0f;
            float s2 = 0f;
            float s3 = 0f;
            float s4 = 0f;
            float s5 = 0f;
            float s6 = 0f;
            float s7 = 0f;
            for (int d = 0; d < dimensions; d++) {
                float q = query[d];
                s0 += q * v0[d];
                s1 += q * v1[d];
                s2 += q * v2[d];
                s3 += q * v3[d];
                s4 += q * v4[d];
                s5 += q * v5[d];
                s6 += q * v6[d];
                s7 += q * v7[d];
            }
            int at = i - from;
            dots[at] = s0;
            dots[at + 1] = s1;
            dots[at + 2] = s2;
            dots[at + 3] = s3;
            dots[at + 4] = s4;
            dots[at + 5] = s5;
            dots[at + 6] = s6;
            dots[at + 7] = s7;
        }
        for (; i < to; i++) {
            float[] v = vectors[i];
            float dot = 0f;
            for (int d = 0; d < dimensions; d++) {
                dot += query[d] * v[d];
            }
            dots[i - from] = dot;
        }
        return dots;
    }
}
