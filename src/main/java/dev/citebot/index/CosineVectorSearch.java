package dev.citebot.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Exact search with the arithmetic and the ranking of LangChain4j's {@code InMemoryEmbeddingStore} (the same
 * cosines to the last bit, ties in the same order, so the same answers), without its costs: the store computes
 * both vectors' norms again for every passage on every search, one passage after the other, which was half the
 * Java time of an answer on a 2,500-passage folder. Here each passage's norm is computed once, when the index is
 * built (by the same sums, so to the same value), the vectors lie in one array, and eight passages are scanned
 * together, so that the processor works on eight independent sums at once; each passage's own sum is still added
 * in the store's order.
 */
final class CosineVectorSearch implements VectorSearch {
    /** The store's floor under the product of the norms. */
    private static final double EPSILON = 1e-8f;
    private static final Comparator<Scored> BY_RELEVANCE = Comparator.comparingDouble(Scored::relevance);

    private final float[] data;
    private final double[] norms;
    private final int dimensions;
    private final int count;

    CosineVectorSearch(float[][] vectors) {
        this.count = vectors.length;
        this.dimensions = count == 0 ? 0 : vectors[0].length;
        this.data = FlatVectorSearch.packed(vectors, dimensions);
        this.norms = new double[count];
        for (int i = 0; i < count; i++) {
            double norm = 0;
            for (float v : vectors[i]) {
                norm += v * v;
            }
            norms[i] = Math.sqrt(norm);
        }
    }

    /** A passage and its relevance score, (cosine + 1) / 2, as the store keeps them. */
    private record Scored(int passage, double relevance) {
    }

    @Override
    public List<Hit> search(float[] query, int k) {
        double queryNorm = 0;
        for (float v : query) {
            queryNorm += v * v;
        }
        queryNorm = Math.sqrt(queryNorm);
        double[] dots = dots(query);
        // The store's selection: every passage offered in order to a heap of the best, the worst dropped past k.
        PriorityQueue<Scored> best = new PriorityQueue<>(BY_RELEVANCE);
        for (int i = 0; i < count; i++) {
            double cosine = dots[i] / Math.max(queryNorm * norms[i], EPSILON);
            double relevance = (cosine + 1) / 2;
            if (relevance >= 0) {
                best.add(new Scored(i, relevance));
                if (best.size() > k) {
                    best.poll();
                }
            }
        }
        List<Scored> sorted = new ArrayList<>(best);
        sorted.sort(BY_RELEVANCE);
        List<Hit> hits = new ArrayList<>(sorted.size());
        for (int i = sorted.size() - 1; i >= 0; i--) {
            hits.add(new Hit(sorted.get(i).passage(), 2 * sorted.get(i).relevance() - 1));
        }
        return hits;
    }

    /**
     * The dot product of the query with every passage, each summed in double in the order of the dimensions. Eight
     * passages at a time: each sum waits for its last addition, so eight independent ones keep the processor's
     * adders busy where four left them half idle.
     */
    private double[] dots(float[] query) {
        double[] dots = new double[count];
        int i = 0;
        for (; i + 8 <= count; i += 8) {
            int b0 = i * dimensions;
            int b1 = b0 + dimensions;
            int b2 = b1 + dimensions;
            int b3 = b2 + dimensions;
            int b4 = b3 + dimensions;
            int b5 = b4 + dimensions;
            int b6 = b5 + dimensions;
            int b7 = b6 + dimensions;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            double s4 = 0;
            double s5 = 0;
            double s6 = 0;
            double s7 = 0;
            for (int d = 0; d < dimensions; d++) {
                float q = query[d];
                s0 += q * data[b0 + d];
                s1 += q * data[b1 + d];
                s2 += q * data[b2 + d];
                s3 += q * data[b3 + d];
                s4 += q * data[b4 + d];
                s5 += q * data[b5 + d];
                s6 += q * data[b6 + d];
                s7 += q * data[b7 + d];
            }
            dots[i] = s0;
            dots[i + 1] = s1;
            dots[i + 2] = s2;
            dots[i + 3] = s3;
            dots[i + 4] = s4;
            dots[i + 5] = s5;
            dots[i + 6] = s6;
            dots[i + 7] = s7;
        }
        for (; i < count; i++) {
            int base = i * dimensions;
            double s = 0;
            for (int d = 0; d < dimensions; d++) {
                s += query[d] * data[base + d];
            }
            dots[i] = s;
        }
        return dots;
    }
}
