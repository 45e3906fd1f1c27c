package dev.citebot.embed;

import java.util.function.Consumer;

/**
 * Reports a long job on the console at most every few seconds: how far, how fast, and how long is left.
 * Short jobs say nothing.
 */
final class Progress {
    static final long EVERY_NANOS = 3_000_000_000L;

    private final String what;
    private final int total;
    private final Consumer<String> out;
    private final long started = System.nanoTime();
    private long lastReport = started;

    Progress(String what, int total, Consumer<String> out) {
        this.what = what;
        this.total = total;
        this.out = out;
    }

    void advanced(int done) {
        long now = System.nanoTime();
        if (now - lastReport < EVERY_NANOS || done >= total) {
            return;
        }
        lastReport = now;
        double seconds = (now - started) / 1e9;
        double perSecond = done / seconds;
        long left = Math.round((total - done) / Math.max(perSecond, 1e-9));
        out.accept(String.format("%s: %d of %d (%.0f per second, about %d s left)", what, done, total, perSecond,
                left));
    }
}
