package dev.citebot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.support.CitebotProcess;
import dev.citebot.support.Citebots;
import dev.citebot.support.PgliteServer;
import dev.citebot.support.Poll;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two writers by mistake (index.writer=true on two replicas, real child JVMs started together on the same seeds,
 * PGlite with pgvector): one generation is written, complete and whole; the other writer says why it wrote nothing
 * (another writer held the lock, or the store already holds its index), and both end up on that one generation.
 */
class TwoWritersIT {
    @RegisterExtension
    static final PgliteServer DB = new PgliteServer();
    private static final Duration START = Duration.ofMinutes(5);

    @Test
    void twoWritersStartedTogetherWriteOneWholeGenerationAndTheOtherSaysWhy() throws Exception {
        Path dir = Citebots.temporary("citebot-two-writers");
        Path seeds = Files.createDirectory(dir.resolve("seeds"));
        Files.copy(Path.of("seeds", "niger-crisis-putin-ecowas.txt"), seeds.resolve("niger-crisis-putin-ecowas.txt"));
        Map<String, String> settings = new HashMap<>(DB.settings(true));
        settings.put("CITEBOT_INGEST_ISOLATION", "none");
        try (CitebotProcess a = CitebotProcess.start(Files.createDirectory(dir.resolve("a")), seeds,
                dir.resolve("cache-a"), settings);
             CitebotProcess b = CitebotProcess.start(Files.createDirectory(dir.resolve("b")), seeds,
                     dir.resolve("cache-b"), settings)) {
            for (CitebotProcess writer : List.of(a, b)) {
                writer.awaitUntil(() -> writer.log().contains("wrote generation")
                        || writer.log().contains("already holds this index"), START, "the writer's generation");
            }
            long generation = Poll.until(START, "both writers on the same generation",
                    () -> List.of(generation(a), generation(b)), g -> g.get(0) > 0 && g.get(0).equals(g.get(1)))
                    .get(0);
            int wrote = count(a.log(), "wrote generation") + count(b.log(), "wrote generation");
            assertEquals(1, wrote, "exactly one writer wrote a generation:\nA:\n" + a.log() + "\nB:\n" + b.log());
            String other = a.log().contains("wrote generation") ? b.log() : a.log();
            assertTrue(other.contains("the store's generation " + generation + " already holds this index"),
                    "the other writer says it wrote nothing and why:\n" + other);

            int passages = a.http().get("/ready").json().get("passages").asInt();
            try (Connection c = DriverManager.getConnection(DB.url(), "postgres", "postgres");
                 Statement s = c.createStatement()) {
                assertEquals(List.of(generation, 1L), longs(s, "SELECT id, count(*) OVER () FROM generations"
                        + " WHERE completed_at IS NOT NULL"), "one complete generation");
                assertEquals(List.of(0L), longs(s, "SELECT count(*) FROM generations WHERE completed_at IS NULL"),
                        "no generation left half-written");
                assertEquals(List.of(1L), longs(s, "SELECT count(*) FROM stored_documents"));
                assertEquals(List.of((long) passages), longs(s, "SELECT count(*) FROM stored_passages"),
                        "each passage written once");
            }
        }
    }

    private static long generation(CitebotProcess writer) {
        return writer.http().get("/ready").json().get("store").get("generation").asLong();
    }

    private static int count(String log, String what) {
        return log.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    private static List<Long> longs(Statement s, String sql) throws java.sql.SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            List<Long> values = new java.util.ArrayList<>();
            r.next();
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                values.add(r.getLong(i));
            }
            return values;
        }
    }
}
