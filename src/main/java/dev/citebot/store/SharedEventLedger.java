package dev.citebot.store;

import dev.citebot.slack.EventLedger;
import java.sql.PreparedStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's event ids in the shared database, so a retry that reaches another replica is not answered again. While
 * the database is away, this replica's own memory decides (a retry to another replica may then be answered twice:
 * better than none).
 */
final class SharedEventLedger implements EventLedger {
    private static final Logger LOG = LoggerFactory.getLogger(SharedEventLedger.class);
    private final Database database;
    private final EventLedger fallback;

    SharedEventLedger(Database database, EventLedger fallback) {
        this.database = database;
        this.fallback = fallback;
    }

    @Override
    public boolean firstTime(String eventId) {
        boolean local = fallback.firstTime(eventId);
        try {
            // One statement decides: a new id is inserted, an id older than the window is taken again.
            return database.transaction(c -> {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO slack_seen_events (event_id) VALUES (?)"
                        + " ON CONFLICT (event_id) DO UPDATE SET seen_at = now()"
                        + " WHERE slack_seen_events.seen_at < now() - ? * interval '1 second'")) {
                    s.setString(1, eventId);
                    s.setLong(2, WINDOW.toSeconds());
                    return s.executeUpdate() == 1;
                }
            });
        } catch (StoreUnavailable e) {
            LOG.warn("the store is away: Slack event {} is checked against this replica's memory only", eventId);
            return local;
        }
    }

    @Override
    public void forget(String eventId) {
        fallback.forget(eventId);
        try {
            database.transaction(c -> {
                try (PreparedStatement s = c.prepareStatement("DELETE FROM slack_seen_events WHERE event_id = ?")) {
                    s.setString(1, eventId);
                    return s.executeUpdate();
                }
            });
        } catch (StoreUnavailable e) {
            LOG.warn("the store is away: Slack event {} stays taken on other replicas", eventId);
        }
    }

    /** Forgets ids older than the window (called now and then by the replica's poll). */
    void expire() {
        database.deleteOlderThan("slack_seen_events", "seen_at", WINDOW);
    }
}
