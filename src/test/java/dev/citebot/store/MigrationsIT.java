package dev.citebot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.citebot.config.StoreSettings;
import dev.citebot.feedback.Feedback;
import dev.citebot.support.PgliteServer;
import java.sql.ResultSet;
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
}
