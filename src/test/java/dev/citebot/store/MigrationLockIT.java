package dev.citebot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.config.StoreSettings;
import dev.citebot.support.RealPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two replicas starting at the same moment migrate the schema one after the other, against a real PostgreSQL 15
 * server, where each connection is its own backend and the schema lock really contends (PGlite, one session, cannot
 * show it: docs/replicas.md). Debian's Postgres has no pgvector, so the migrations are the test's own, run by
 * {@link Migrations#migrate(Connection, List, int)} under Citebot's lock and version table, as Citebot's are.
 */
class MigrationLockIT {
    @RegisterExtension
    static final RealPostgres DB = new RealPostgres();
    private static final long WAIT_SECONDS = 60;

    /**
     * The first step waits, holding the schema lock, until the test lets the gate's row go; both steps record the
     * backend that ran them.
     */
    private static final List<List<String>> STEPS = List.of(
            List.of("CREATE TABLE applied (step int NOT NULL, backend int NOT NULL)",
                    "SELECT n FROM gate FOR UPDATE",
                    "INSERT INTO applied VALUES (1, pg_backend_pid())"),
            List.of("INSERT INTO applied VALUES (2, pg_backend_pid())"));

    private final ExecutorService replicas = Executors.newFixedThreadPool(2);
    private final List<Database> databases = new ArrayList<>();

    @AfterEach
    void close() {
        replicas.shutdownNow();
        databases.forEach(Database::close);
    }

    @Test
    void twoReplicasMigratingAtOnceTakeTurnsAndEachStepRunsOnce() throws Exception {
        try (Connection c = observer(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE gate (n int NOT NULL)");
            s.execute("INSERT INTO gate VALUES (1)");
        }
        try (Connection gate = observer(); Statement s = gate.createStatement()) {
            gate.setAutoCommit(false);
            s.executeQuery("SELECT n FROM gate FOR UPDATE").close(); // held until this transaction ends

            Future<Integer> first = replicas.submit(() -> migrate(replica()));
            int firstBackend = one(() -> holders(true), "the first replica takes the schema lock");
            Future<Integer> second = replicas.submit(() -> migrate(replica()));
            int secondBackend = one(() -> holders(false), "the second replica waits for the lock");
            assertNotEquals(firstBackend, secondBackend, "two replicas, two backends");
            assertFalse(first.isDone() || second.isDone(), "neither finishes while the first step waits");
            assertEquals(List.of(), versions(), "nothing is recorded before the first replica commits");

            gate.commit();
            assertEquals(2, (int) first.get(WAIT_SECONDS, TimeUnit.SECONDS), "the first replica migrates to 2");
            assertEquals(2, (int) second.get(WAIT_SECONDS, TimeUnit.SECONDS), "the second finds version 2");
            assertEquals(List.of(List.of(1, firstBackend), List.of(2, firstBackend)), applied(),
                    "each step ran once, by the replica that held the lock; the second ran none");
            assertEquals(List.of(1, 2), versions(), "each version recorded once");
            assertEquals(List.of(), holders(true), "both commits released the lock");
        }
    }

    private Database replica() {
        Database database = new Database(new StoreSettings("postgres", DB.url(), "postgres", "", true,
                Duration.ofSeconds(1)));
        synchronized (databases) {
            databases.add(database);
        }
        return database;
    }

    private static int migrate(Database database) {
        return database.transaction(c -> Migrations.migrate(c, STEPS, STEPS.size()));
    }

    /** Backends holding (or waiting for) the schema lock, as the server's lock table shows them to a third session. */
    private static List<Integer> holders(boolean granted) throws SQLException {
        return ints("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted = " + granted
                + " AND ((classid::bigint << 32) | objid::bigint) = " + Migrations.SCHEMA_LOCK);
    }

    /** The versions recorded, as a third session sees them (none while the table itself is not committed). */
    private static List<Integer> versions() throws SQLException {
        return ints("SELECT to_regclass('schema_version') IS NOT NULL").equals(List.of(1))
                ? ints("SELECT version FROM schema_version ORDER BY version") : List.of();
    }

    private static List<List<Integer>> applied() throws SQLException {
        try (Connection c = observer(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT step, backend FROM applied ORDER BY step")) {
            List<List<Integer>> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(List.of(r.getInt(1), r.getInt(2)));
            }
            return rows;
        }
    }

    /** The first column of the rows of a query, as integers (a boolean as 1 or 0). */
    private static List<Integer> ints(String sql) throws SQLException {
        try (Connection c = observer(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<Integer> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getObject(1) instanceof Boolean b ? (b ? 1 : 0) : r.getInt(1));
            }
            return values;
        }
    }

    private interface Lookup {
        List<Integer> get() throws SQLException;
    }

    /** Polls the lookup until it shows exactly one backend; that backend. */
    private static int one(Lookup lookup, String what) throws Exception {
        for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS); System.nanoTime() < end;
             Thread.sleep(50)) {
            List<Integer> found = lookup.get();
            if (found.size() == 1) {
                return found.get(0);
            }
        }
        throw new AssertionError("timed out: " + what);
    }

    private static Connection observer() throws SQLException {
        return DriverManager.getConnection(DB.url(), "postgres", "");
    }
}
