package dev.citebot.store;

import dev.citebot.answer.Turn;
import dev.citebot.slack.ConversationMemory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Slack conversations' last questions in the shared database, so a follow-up that reaches another replica is read
 * with the question before it. As {@link ConversationMemory#inMemory}: the last {@value ConversationMemory#QUESTIONS_KEPT} questions, and a
 * conversation quiet for longer than the window starts afresh. While the database is away this replica's own
 * memory answers (it remembers every question too).
 */
final class SharedConversations implements ConversationMemory {

    private final Database database;
    private final ConversationMemory fallback;

    SharedConversations(Database database, ConversationMemory fallback) {
        this.database = database;
        this.fallback = fallback;
    }

    @Override
    public List<Turn> history(String conversation) {
        try {
            return database.transaction(c -> {
                List<Turn> turns = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("SELECT question FROM (SELECT id, question FROM"
                        + " slack_conversation_questions WHERE conversation = ? ORDER BY id DESC LIMIT " + QUESTIONS_KEPT
                        + ") latest WHERE (SELECT max(asked_at) FROM slack_conversation_questions"
                        + " WHERE conversation = ?) >= now() - ? * interval '1 second' ORDER BY id")) {
                    s.setString(1, conversation);
                    s.setString(2, conversation);
                    s.setLong(3, WINDOW.toSeconds());
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            turns.add(new Turn("user", r.getString(1)));
                        }
                    }
                }
                return turns;
            });
        } catch (StoreUnavailable e) {
            return fallback.history(conversation);
        }
    }

    @Override
    public void remember(String conversation, String question) {
        fallback.remember(conversation, question);
        try {
            database.transaction(c -> {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO slack_conversation_questions (conversation, question) VALUES (?, ?)");
                     PreparedStatement trim = c.prepareStatement("DELETE FROM slack_conversation_questions"
                             + " WHERE conversation = ? AND id NOT IN (SELECT id FROM slack_conversation_questions"
                             + " WHERE conversation = ? ORDER BY id DESC LIMIT " + QUESTIONS_KEPT + ")")) {
                    insert.setString(1, conversation);
                    insert.setString(2, question);
                    insert.executeUpdate();
                    trim.setString(1, conversation);
                    trim.setString(2, conversation);
                    return trim.executeUpdate();
                }
            });
        } catch (StoreUnavailable e) {
            // this replica remembers it; another replica reads the follow-up without it
        }
    }

    /** Forgets conversations quiet for longer than the window (called now and then by the replica's poll). */
    void expire() {
        database.deleteOlderThan("slack_conversation_questions", "asked_at", WINDOW);
    }
}
