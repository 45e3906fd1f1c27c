package dev.citebot.store;

import dev.citebot.feedback.Feedback;
import dev.citebot.feedback.FeedbackLine;
import dev.citebot.feedback.FeedbackLog;
import dev.citebot.feedback.FeedbackStore;
import dev.citebot.http.Json;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Ratings in the shared database, one row each, as the same JSON line the file keeps: every replica's in one table.
 * The row's {@code collection} column names the collection of rows whose line names none (stored before it was kept).
 */
final class SharedFeedback implements FeedbackLog {
    private final Database database;

    SharedFeedback(Database database) {
        this.database = database;
    }

    @Override
    public void append(Feedback feedback) {
        try {
            String line = Json.mapper().writeValueAsString(FeedbackLine.of(feedback));
            database.transaction(c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO feedback (at, source, rating, line, collection) VALUES (?, ?, ?, ?, ?)")) {
                    s.setTimestamp(1, Timestamp.from(feedback.at()));
                    s.setString(2, feedback.source());
                    s.setString(3, feedback.rating());
                    s.setString(4, line);
                    s.setString(5, feedback.collection());
                    return s.executeUpdate();
                }
            });
        } catch (IOException | StoreUnavailable e) {
            throw new FeedbackStore.Unavailable("cannot store feedback in the shared database: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Feedback> all() {
        try {
            return database.transaction(c -> {
                List<Feedback> all = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("SELECT line, collection FROM feedback ORDER BY id");
                     ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        try {
                            FeedbackLine line = Json.mapper().readValue(r.getString(1), FeedbackLine.class);
                            all.add(line.feedback(r.getString(2)));
                        } catch (IOException | RuntimeException unreadable) {
                            // as the file does: a row that cannot be read does not hide the others
                        }
                    }
                }
                return all;
            });
        } catch (StoreUnavailable e) {
            throw new FeedbackStore.Unavailable("cannot read feedback from the shared database: " + e.getMessage(), e);
        }
    }
}
