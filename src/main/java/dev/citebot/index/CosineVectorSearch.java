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
 * built (by the same sums, so to the same value), and eight passages are scanned together, so that the processor
 * works on eight independent sums at once; each passage's own sum is still added in the store's order. The search
 * reads the passages' own arrays (those {@link PassageVectors} hands out and the cache stores): the vectors are held
 * once, not copied into a search array beside them.
 */
final class CosineVectorSearch implements VectorSearch {
    /** The store's floor under the product of the norms. */
    private static final double EPSILON = 1e-8f;
    private static final Comparator<Scored> BY_RELEVANCE = Comparator.comparingDouble(Scored::relevance);

    private final float[][] vectors;
    private final double[] norms;
    private final int dimensions;
    private final int count;

    /** @param vectors each passage's vector, all of one length; kept, not copied, so not to be changed afterwards */
    CosineVectorSearch(float[][] vectors) {
        this.count = vectors.length;
        this.dimensions = count == 0 ? 0 : vectors[0].length;
        this.vectors = vectors.clone(); // the outer array only: the same vectors, in an order no caller can change
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
            float[] v0 = vectors[i];
            float[] v1 = vectors[i + 1];
            float[] v2 = vectors[i + 2];
            float[] v3 = vectors[i + 3];
            float[] v4 = vectors[i + 4];
            float[] v5 = vectors[i + 5];
            float[] v6 = vectors[i + 6];
            float[] v7 = vectors[i + 7];
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
                s0 += q * v0[d];
                s1 += q * v1[d];
                s2 += q * v2[d];
                s3 += q * v3[d];
                s4 += q * v4[d];
                s5 += q * v5[d];
                s6 += q * v6[d];
                s7 += q * v7[d];
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
            float[] v = vectors[i];
            double s = 0;
            for (int d = 0; d < dimensions; d++) {
                s += query[d] * v[d];
            }
            dots[i] = s;
        }
        return dots;
    }
}
