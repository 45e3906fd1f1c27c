package dev.citebot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.citebot.answer.Turn;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadMemoryTest {
    private final ManualClock clock = new ManualClock();
    private final ThreadMemory memory = new ThreadMemory(clock, Duration.ofHours(1), 3);

    @Test
    void aConversationsFirstQuestionHasNoHistoryAndTheNextOneHasIt() {
        assertEquals(List.of(), memory.history("C1/1"));
        memory.remember("C1/1", "Who is the deposed president of Niger?");
        assertEquals(List.of(new Turn("user", "Who is the deposed president of Niger?")), memory.history("C1/1"));
    }

    @Test
    void conversationsDoNotSeeEachOther() {
        memory.remember("C1/1", "Where are the ECOWAS military chiefs meeting?");
        assertEquals(List.of(), memory.history("C1/2"));
        assertEquals(List.of(), memory.history("C2/1"));
    }

    @Test
    void onlyTheLastFewQuestionsAreKeptOldestFirst() {
        for (int i = 1; i <= 6; i++) {
            memory.remember("C1/1", "q" + i);
        }
        assertEquals(List.of("q3", "q4", "q5", "q6"), memory.history("C1/1").stream().map(Turn::content).toList());
    }

    @Test
    void aConversationQuietForLongerThanTheWindowStartsAfresh() {
        memory.remember("C1/1", "Where are the ECOWAS military chiefs meeting?");
        clock.advance(Duration.ofMinutes(59));
        assertEquals(1, memory.history("C1/1").size(), "still within the hour");
        memory.remember("C1/1", "and when?");
        clock.advance(Duration.ofMinutes(61));
        assertEquals(List.of(), memory.history("C1/1"));
        memory.remember("C1/1", "and why?");
        assertEquals(List.of(new Turn("user", "and why?")), memory.history("C1/1"), "the stale ones are gone");
    }

    @Test
    void beyondTheCapacityTheLeastRecentlyUsedConversationIsForgotten() {
        memory.remember("A", "a");
        memory.remember("B", "b");
        memory.remember("C", "c");
        memory.remember("A", "a again"); // A is now the most recent
        memory.remember("D", "d");       // B, the least recent, goes
        assertEquals(3, memory.size());
        assertEquals(List.of(), memory.history("B"));
        assertEquals(2, memory.history("A").size());
    }
}
