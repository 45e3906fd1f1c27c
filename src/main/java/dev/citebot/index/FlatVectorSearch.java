package dev.citebot.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * Exact search over unit vectors: a dot product per passage ({@link Dots}; the vectors are unit length, so it is the
 * cosine), the corpus split across the cores in slices. For large corpora this is several times faster than LangChain4j's in-memory store,
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
        double[] dots = Dots.of(query, vectors, from, to);
        PriorityQueue<Hit> best = new PriorityQueue<>(Comparator.comparingDouble(Hit::cosine));
        for (int i = from; i < to; i++) {
            double dot = dots[i - from];
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
