package dev.citebot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.config.StoreSettings;
import dev.citebot.feedback.Feedback;
import dev.citebot.support.PgliteServer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The schema against a real Postgres protocol with real pgvector (PGlite): made at the first start, each migration
 * recorded once however many replicas start together, and a later start changes nothing; ratings stored before a
 * migration added their collection read as the default collection's.
 */
class MigrationsIT {
    @RegisterExtension
    static final PgliteServer DB = new PgliteServer();

    @Test
    void replicasStartingTogetherMigrateOnceAndALaterStartChangesNothing() throws Exception {
        StoreSettings settings = new StoreSettings("postgres", DB.url(), "postgres", "postgres", true,
                Duration.ofSeconds(1));
        List<CompletableFuture<Integer>> starts = new ArrayList<>();
        List<Database> databases = new ArrayList<>();
        for (int replica = 0; replica < 3; replica++) {
            Database database = new Database(settings);
            databases.add(database);
            starts.add(CompletableFuture.supplyAsync(() -> Migrations.migrate(database)));
        }
        for (CompletableFuture<Integer> start : starts) {
            assertEquals(Migrations.STEPS.size(), start.get());
        }
        assertEquals(Migrations.STEPS.size(), Migrations.migrate(databases.get(0)), "a later start");
        List<Integer> versions = databases.get(0).transaction(c -> {
            List<Integer> found = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT version FROM schema_version ORDER BY version")) {
                while (r.next()) {
                    found.add(r.getInt(1));
                }
            }
            return found;
        });
        List<Integer> expected = new ArrayList<>();
        for (int v = 1; v <= Migrations.STEPS.size(); v++) {
            expected.add(v);
        }
        assertEquals(expected, versions, "each migration recorded once");
        String vectorType = databases.get(0).transaction(c -> {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT format_type(atttypid, atttypmod) FROM pg_attribute"
                         + " WHERE attrelid = 'stored_passages'::regclass AND attname = 'embedding'")) {
                r.next();
                return r.getString(1);
            }
        });
        assertEquals("vector", vectorType, "passage vectors are pgvector's type");
        databases.forEach(Database::close);
    }

    @Test
    void aRatingStoredBeforeRatingsNamedACollectionReadsAsDefaultBesideOneThatNamesIt() {
        Database database = new Database(new StoreSettings("postgres", DB.url(), "postgres", "postgres", true,
                Duration.ofSeconds(1)));
        Migrations.migrate(database);
        database.transaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM feedback");
                return s.executeUpdate("INSERT INTO feedback (at, source, rating, line) VALUES (now(), 'widget', 'up',"
                        + " '{\"at\":\"2025-06-01T10:00:00Z\",\"source\":\"widget\",\"rating\":\"up\","
                        + "\"question\":\"old\",\"answer\":\"a\",\"citations\":[]}')");
            }
        });
        SharedFeedback feedback = new SharedFeedback(database);
        feedback.append(new Feedback(Instant.parse("2026-01-02T03:04:05Z"), "widget", "hr", "down", "new", "a", null,
                null, null));

        assertEquals(List.of("default:old", "hr:new"),
                feedback.all().stream().map(f -> f.collection() + ":" + f.question()).toList());
        String column = database.transaction(c -> {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT string_agg(collection, ',' ORDER BY id) FROM feedback")) {
                r.next();
                return r.getString(1);
            }
        });
        assertEquals("default,hr", column, "the column carries each row's collection");
        database.close();
    }

    @Test
    void aReadersPollIsOneQueryGivingEveryCollectionsLatestCompleteGenerationAndRecord() {
        Database database = new Database(new StoreSettings("postgres", DB.url(), "postgres", "postgres", true,
                Duration.ofSeconds(1)));
        Migrations.migrate(database);
        String mark = Long.toString(System.nanoTime());
        String recorded = "recorded-" + mark;
        String empty = "empty-" + mark;
        String unrecorded = "unrecorded-" + mark;
        long[] ids = database.transaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO collections (name, created, key_digests, writer) VALUES ('" + recorded
                        + "', '2026-01-01T00:00:00Z', '[\"d1\"]', 'w'), ('" + empty + "', 'x', 'not json', 'w')");
                long older = generation(s, recorded, true);
                long latest = generation(s, recorded, true);
                generation(s, recorded, false); // being written: not visible
                long other = generation(s, unrecorded, true);
                return new long[] {older, latest, other};
            }
        });

        SharedCollections.Latest latest = new SharedCollections(database).latest();

        assertEquals(ids[1], latest.generation(recorded).getAsLong(), "the latest complete generation");
        assertEquals(ids[2], latest.generation(unrecorded).getAsLong());
        assertTrue(latest.generation(empty).isEmpty());
        SharedCollections.Row record = latest.collections().stream().filter(r -> r.name().equals(recorded))
                .findFirst().orElseThrow();
        assertEquals(List.of("d1"), record.descriptor().orElseThrow().keyDigests());
        SharedCollections.Row unreadable = latest.collections().stream().filter(r -> r.name().equals(empty))
                .findFirst().orElseThrow();
        assertTrue(unreadable.descriptor().isEmpty() && unreadable.error().contains("key digests"),
                "a record that cannot be read is reported, not thrown: " + unreadable);
        assertTrue(latest.collections().stream().noneMatch(r -> r.name().equals(unrecorded)),
                "a generation without a record is no collection");
        database.close();
    }

    private static long generation(Statement s, String collection, boolean complete) throws SQLException {
        try (ResultSet r = s.executeQuery("INSERT INTO generations (collection, writer, fingerprint, completed_at)"
                + " VALUES ('" + collection + "', 'w', 'f', " + (complete ? "now()" : "NULL") + ") RETURNING id")) {
            r.next();
            return r.getLong(1);
        }
    }
}
