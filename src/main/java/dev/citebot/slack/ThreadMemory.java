package dev.citebot.slack;

import dev.citebot.answer.Turn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last few questions asked in each Slack conversation (a thread, or a direct message's channel), so that a
 * follow-up there ("and when was he ousted?") is read with what came before, as the HTTP API reads its
 * {@code history}. Held in memory only: a conversation quiet for longer than the window starts afresh, the least
 * recently used ones are dropped beyond the capacity, and a restart forgets them all.
 */
final class ThreadMemory implements ConversationMemory {
    static final Duration DEFAULT_WINDOW = ConversationMemory.WINDOW;
    static final int DEFAULT_CAPACITY = 2_000;

    private record Conversation(Deque<String> questions, Instant lastAsked) {
    }

    private final Clock clock;
    private final Duration window;
    private final Map<String, Conversation> conversations;

    ThreadMemory(Clock clock, Duration window, int capacity) {
        this.clock = clock;
        this.window = window;
        this.conversations = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Conversation> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public synchronized List<Turn> history(String conversation) {
        return current(conversation, clock.instant()).stream().map(q -> new Turn("user", q)).toList();
    }

    /** Remembers {@code question} as the conversation's latest (once it is taken on, so a retry is not doubled). */
    @Override
    public synchronized void remember(String conversation, String question) {
        Instant now = clock.instant();
        Deque<String> questions = new ArrayDeque<>(current(conversation, now));
        questions.addLast(question);
        while (questions.size() > ConversationMemory.QUESTIONS_KEPT) {
            questions.removeFirst();
        }
        conversations.put(conversation, new Conversation(questions, now));
    }

    private Deque<String> current(String conversation, Instant now) {
        Conversation earlier = conversations.get(conversation);
        return earlier != null && !earlier.lastAsked().isBefore(now.minus(window))
                ? earlier.questions() : new ArrayDeque<>();
    }

    synchronized int size() {
        return conversations.size();
    }
}
