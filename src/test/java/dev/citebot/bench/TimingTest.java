package dev.citebot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimingTest {
    @Test
    void theLargestClassesComeLargestFirstWithTheirBytesAndInstances() {
        List<String> largest = Timing.largestClasses(3);
        assertEquals(3, largest.size());
        long previous = Long.MAX_VALUE;
        for (String entry : largest) {
            String[] fields = entry.split(" ");
            assertEquals(3, fields.length, entry);
            long bytes = Long.parseLong(fields[1]);
            assertTrue(bytes <= previous && Long.parseLong(fields[2]) > 0, entry);
            previous = bytes;
        }
    }
}
