package dev.citebot.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for something that happens on its own time (a re-index, a model's reply, a thread ending) by asking
 * again every few milliseconds until it holds or the deadline passes; then it fails and says what it last saw.
 * Tests use it instead of fixed sleeps, which are either too short on a busy machine or waste time on an idle one.
 */
public final class Poll {
    private static final Duration EVERY = Duration.ofMillis(50);

    private Poll() {
    }

    /** The first value of {@code probe} that {@code holds}, within {@code timeout}; else an AssertionError. */
    public static <T> T until(Duration timeout, String what, Supplier<T> probe, Predicate<T> holds) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!holds.test(last)) {
            if (System.nanoTime() - deadline >= 0) {
                throw new AssertionError(what + " did not happen within " + timeout.toSeconds() + " s; last: " + last);
            }
            try {
                Thread.sleep(EVERY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting until " + what, e);
            }
            last = probe.get();
        }
        return last;
    }

    /** Waits until {@code condition} is true, within {@code timeout}. */
    public static void until(Duration timeout, String what, java.util.function.BooleanSupplier condition) {
        until(timeout, what, condition::getAsBoolean, Boolean::booleanValue);
    }
}
