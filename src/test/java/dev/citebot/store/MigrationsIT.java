package dev.citebot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.citebot.config.StoreSettings;
import dev.citebot.support.PgliteServer;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The schema against a real Postgres protocol with real pgvector (PGlite): made at the first start, each migration
 * recorded once however many replicas start together, and a later start changes nothing.
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
                         + " WHERE attrelid = 'passages'::regclass AND attname = 'embedding'")) {
                r.next();
                return r.getString(1);
            }
        });
        assertEquals("vector", vectorType, "passage vectors are pgvector's type");
        databases.forEach(Database::close);
    }
}
