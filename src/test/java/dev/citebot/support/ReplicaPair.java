package dev.citebot.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Two replicas of Citebot (child JVMs) on one PGlite store: a writer indexing {@code seeds}, and a reader started
 * once the writer has written its first generation, with a seeds folder and a cache of its own, both empty (so
 * whatever it serves comes from the store). Both take {@code adminKey} and parse in-process.
 */
public record ReplicaPair(CitebotProcess writer, CitebotProcess reader) implements AutoCloseable {
    public static ReplicaPair start(PgliteServer db, Path dir, Path seeds, String adminKey, Duration deadline)
            throws IOException {
        CitebotProcess writer = CitebotProcess.start(Files.createDirectory(dir.resolve("writer")), seeds,
                dir.resolve("cache-writer"), settings(db, true, adminKey));
        CitebotProcess reader = null;
        try {
            writer.awaitReady(deadline);
            writer.awaitUntil(() -> writer.log().contains("wrote generation"), deadline, "the first generation written");
            reader = CitebotProcess.start(Files.createDirectory(dir.resolve("reader")),
                    Files.createDirectory(dir.resolve("reader-seeds")), dir.resolve("cache-reader"),
                    settings(db, false, adminKey));
            reader.awaitReady(deadline);
            return new ReplicaPair(writer, reader);
        } catch (RuntimeException | Error e) {
            if (reader != null) {
                reader.close();
            }
            writer.close();
            throw e;
        }
    }

    private static Map<String, String> settings(PgliteServer db, boolean writes, String adminKey) {
        Map<String, String> settings = new HashMap<>(db.settings(writes));
        settings.put("CITEBOT_ADMIN_KEY", adminKey);
        settings.put("CITEBOT_INGEST_ISOLATION", "none");
        return settings;
    }

    @Override
    public void close() {
        reader.close();
        writer.close();
    }
}
