package dev.citebot.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackStoreTest {
    @Test
    void twoStoresOnOneFileNeverInterleaveTheirLines(@TempDir Path data) throws Exception {
        FeedbackStore slack = new FeedbackStore(data, 1L << 30);
        FeedbackStore widget = new FeedbackStore(data, 1L << 30);
        String longAnswer = "An answer long enough to be written in several pieces. ".repeat(400);
        int each = 150;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            FeedbackStore store = w % 2 == 0 ? slack : widget;
            String source = w % 2 == 0 ? "slack" : "widget";
            writers.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    store.append(new Feedback(Instant.now(), source, null, "up", "q" + i, longAnswer, null, null,
                            null));
                }
            }));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();

        List<Feedback> stored = slack.all(); // a cut line would be skipped as unreadable
        assertEquals(4 * each, stored.size());
        assertEquals(4 * each, stored.stream().filter(f -> f.answer().equals(longAnswer)).count());
    }
}
