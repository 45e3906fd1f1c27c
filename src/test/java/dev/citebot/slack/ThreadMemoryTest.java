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
        assertEquals(List.of(), memory.historyThenRemember("C1/1", "Who is the deposed president of Niger?"));
        assertEquals(List.of(new Turn("user", "Who is the deposed president of Niger?")),
                memory.historyThenRemember("C1/1", "and when was he ousted?"));
    }

    @Test
    void conversationsDoNotSeeEachOther() {
        memory.historyThenRemember("C1/1", "Where are the ECOWAS military chiefs meeting?");
        assertEquals(List.of(), memory.historyThenRemember("C1/2", "and when?"));
        assertEquals(List.of(), memory.historyThenRemember("C2/1", "and when?"));
    }

    @Test
    void onlyTheLastFewQuestionsAreKeptOldestFirst() {
        for (int i = 1; i <= 6; i++) {
            memory.historyThenRemember("C1/1", "q" + i);
        }
        assertEquals(List.of("q3", "q4", "q5", "q6"), memory.historyThenRemember("C1/1", "q7").stream()
                .map(Turn::content).toList());
    }

    @Test
    void aConversationQuietForLongerThanTheWindowStartsAfresh() {
        memory.historyThenRemember("C1/1", "Where are the ECOWAS military chiefs meeting?");
        clock.advance(Duration.ofMinutes(59));
        assertEquals(1, memory.historyThenRemember("C1/1", "and when?").size(), "still within the hour");
        clock.advance(Duration.ofMinutes(61));
        assertEquals(List.of(), memory.historyThenRemember("C1/1", "and why?"));
    }

    @Test
    void beyondTheCapacityTheLeastRecentlyUsedConversationIsForgotten() {
        memory.historyThenRemember("A", "a");
        memory.historyThenRemember("B", "b");
        memory.historyThenRemember("C", "c");
        memory.historyThenRemember("A", "a again"); // A is now the most recent
        memory.historyThenRemember("D", "d");       // B, the least recent, goes
        assertEquals(3, memory.size());
        assertEquals(List.of(), memory.historyThenRemember("B", "b again"));
        assertEquals(2, memory.historyThenRemember("A", "a third time").size());
    }
}
