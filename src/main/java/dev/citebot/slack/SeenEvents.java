package dev.citebot.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Event ids already taken on, so a retry of an event (Slack resends when it doubts we got it) is not answered
 * twice. Ids are kept for the window, oldest first out; the capacity bounds memory whatever the traffic.
 */
final class SeenEvents implements EventLedger {
    /** Slack delivers at most 30,000 events per workspace an hour, so this holds an hour of a busy workspace. */
    static final int DEFAULT_CAPACITY = 50_000;
    static final Duration DEFAULT_WINDOW = EventLedger.WINDOW;

    private final Map<String, Instant> seen = new LinkedHashMap<>();
    private final Clock clock;
    private final Duration window;
    private final int capacity;

    SeenEvents(Clock clock, Duration window, int capacity) {
        this.clock = clock;
        this.window = window;
        this.capacity = capacity;
    }

    @Override
    public synchronized boolean firstTime(String eventId) {
        Instant now = clock.instant();
        forgetOlderThan(now.minus(window));
        if (seen.containsKey(eventId)) {
            return false;
        }
        if (seen.size() >= capacity) {
            Iterator<String> oldest = seen.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        seen.put(eventId, now);
        return true;
    }

    @Override
    public synchronized void forget(String eventId) {
        seen.remove(eventId);
    }

    synchronized int size() {
        return seen.size();
    }

    private void forgetOlderThan(Instant cutoff) {
        Iterator<Map.Entry<String, Instant>> entries = seen.entrySet().iterator();
        while (entries.hasNext() && entries.next().getValue().isBefore(cutoff)) {
            entries.remove();
        }
    }
}
