package dev.citebot.security;

import java.util.concurrent.Semaphore;

/**
 * Bounds the questions being served: at most {@code admitted} at once, of which {@code running} are answered
 * at the same moment while the others wait their turn in arrival order. Past {@code admitted}, a question is
 * turned away at once (503) instead of queueing without end, so the server's threads stay free for
 * {@code /health} and everything else.
 */
final class InFlightLimit {
    private final Semaphore admitted;
    private final Semaphore running;

    InFlightLimit(int admitted, int running) {
        this.admitted = new Semaphore(admitted);
        this.running = new Semaphore(Math.min(running, admitted), true);
    }

    /** True when the question is admitted; it then holds a turn, and must {@link #leave()} when done. */
    boolean enter() {
        if (!admitted.tryAcquire()) {
            return false;
        }
        running.acquireUninterruptibly();
        return true;
    }

    void leave() {
        running.release();
        admitted.release();
    }
}
