package dev.citebot.slack;

import java.time.Clock;
import java.time.Duration;

/**
 * The Slack event ids already taken on, so a retry (Slack resends when it doubts we got an event) is answered
 * once: this process's memory ({@link SeenEvents}), or the shared database when several replicas take events
 * (a retry may reach another replica).
 */
public interface EventLedger {
    /** How long an id is remembered: as long as Slack retries, whichever ledger keeps it. */
    Duration WINDOW = Duration.ofHours(1);

    /** True the first time an id is offered within the window; false for a repeat. */
    boolean firstTime(String eventId);

    /** Lets a retry through after all, when the first delivery could not be taken on. */
    void forget(String eventId);

    /** This process's memory of the last hour's ids (what a single Citebot uses). */
    static EventLedger inMemory(Clock clock) {
        return new SeenEvents(clock, WINDOW, SeenEvents.DEFAULT_CAPACITY);
    }
}
