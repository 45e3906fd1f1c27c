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
 * built (by the same sums, so to the same value), and the dot products come from {@link Dots}, eight passages at a
 * time, each passage's own sum still added in the store's order. The search reads the passages' own arrays (those
 * {@link PassageVectors} hands out and the cache stores): the vectors are held once, not copied beside them.
 */
final class CosineVectorSearch implements VectorSearch {
    /** The store's floor under the product of the norms. */
    private static final double EPSILON = 1e-8f;
    private static final Comparator<Scored> BY_RELEVANCE = Comparator.comparingDouble(Scored::relevance);

    private final float[][] vectors;
    private final double[] norms;
    private final int count;

    /** @param vectors each passage's vector, all of one length; kept, not copied, so not to be changed afterwards */
    CosineVectorSearch(float[][] vectors) {
        this.count = vectors.length;
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
        double[] dots = Dots.of(query, vectors, 0, count);
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
}
