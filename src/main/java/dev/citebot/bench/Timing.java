package dev.citebot.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import javax.management.JMException;
import javax.management.ObjectName;

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

    /**
     * The classes whose instances take most of the heap, largest first, as "class bytes instances" (the JVM's class
     * histogram, {@code jcmd PID GC.class_histogram}, which collects the garbage first).
     */
    static List<String> largestClasses(int count) {
        try {
            String histogram = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            return histogram.lines().map(String::strip).filter(l -> l.matches("\\d+:.*")).limit(count)
                    .map(l -> l.split("\\s+")).map(f -> f[3] + " " + f[2] + " " + f[1]).toList();
        } catch (JMException e) {
            throw new IllegalStateException("no class histogram from this JVM", e);
        }
    }

    static long usedHeapBytes() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
