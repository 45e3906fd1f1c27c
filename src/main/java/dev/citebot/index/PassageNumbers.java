package dev.citebot.index;

import java.util.ArrayList;
import java.util.List;

/**
 * The passages of an index's documents numbered in index order (as {@link KnowledgeIndex} numbers them): which
 * document each stands in and which of its passages it is; and a document's passages in batches, as the
 * background fills embed them.
 */
final class PassageNumbers {
    private final int[] partOf;
    private final int[] localOf;
    private final int[] firstOf;

    PassageNumbers(List<VectorReuse.Part> parts) {
        int total = parts.stream().mapToInt(p -> p.passages.size()).sum();
        this.partOf = new int[total];
        this.localOf = new int[total];
        this.firstOf = new int[parts.size()];
        int next = 0;
        for (int d = 0; d < parts.size(); d++) {
            firstOf[d] = next;
            for (int i = 0; i < parts.get(d).passages.size(); i++) {
                partOf[next] = d;
                localOf[next++] = i;
            }
        }
    }

    /** The document (its place in the index's list) that passage {@code p} stands in. */
    int part(int p) {
        return partOf[p];
    }

    /** Which of its document's passages passage {@code p} is. */
    int local(int p) {
        return localOf[p];
    }

    /** Passages in the index. */
    int total() {
        return partOf.length;
    }

    /** The index-wide numbers of document {@code d}'s {@code count} passages, {@code size} at most a batch. */
    List<List<Integer>> batches(int d, int count, int size) {
        List<List<Integer>> batches = new ArrayList<>();
        for (int from = 0; from < count; from += size) {
            List<Integer> batch = new ArrayList<>();
            for (int i = from; i < Math.min(count, from + size); i++) {
                batch.add(firstOf[d] + i);
            }
            batches.add(batch);
        }
        return batches;
    }
}
