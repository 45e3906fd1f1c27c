package dev.citebot.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void aShortJobSaysNothing() {
        List<String> lines = new ArrayList<>();
        Progress progress = new Progress("embedding", 10, lines::add);
        progress.advanced(5);
        progress.advanced(10);
        assertEquals(List.of(), lines);
    }

    @Test
    void aLongJobReportsCountRateAndTimeLeft() throws InterruptedException {
        List<String> lines = new ArrayList<>();
        Progress progress = new Progress("embedding", 1000, lines::add);
        Thread.sleep(Progress.EVERY_NANOS / 1_000_000 + 50); // a job that runs past one report interval: what is tested
        progress.advanced(250);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).matches("embedding: 250 of 1000 \\(\\d+ per second, about \\d+ s left\\)"), lines.get(0));
    }
}
