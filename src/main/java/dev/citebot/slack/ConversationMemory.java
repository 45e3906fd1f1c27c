package dev.citebot.slack;

import dev.citebot.answer.Turn;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The last few questions of each Slack conversation, so a follow-up is read with what came before: this process's
 * memory ({@link ThreadMemory}), or the shared database when several replicas take events (the follow-up may reach
 * another replica than the question before it).
 */
public interface ConversationMemory {
    /** A conversation quiet for longer than this starts afresh. */
    Duration WINDOW = Duration.ofHours(1);
    /** The questions of a conversation kept as the history of its next one. */
    int QUESTIONS_KEPT = 4;

    /** The conversation's questions so far, oldest first, as the history of its next question. */
    List<Turn> history(String conversation);

    /** Remembers {@code question} as the conversation's latest. */
    void remember(String conversation, String question);

    /** This process's memory of the last hour's conversations (what a single Citebot uses). */
    static ConversationMemory inMemory(Clock clock) {
        return new ThreadMemory(clock, WINDOW, ThreadMemory.DEFAULT_CAPACITY);
    }
}
