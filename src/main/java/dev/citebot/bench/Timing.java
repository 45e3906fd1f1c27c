package dev.citebot.bench;

import java.util.ArrayList;
import java.util.List;

/** Wall-clock measurements for the benchmark command. */
final class Timing {
    private Timing() {
    }

    static double millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e6;
    }

    static double median(List<Double> values) {
        return percentile(values, 50);
    }

    static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static long usedHeapBytes() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
