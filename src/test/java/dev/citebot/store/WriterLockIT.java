package dev.citebot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.config.StoreSettings;
import dev.citebot.support.RealPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The writers' advisory lock ({@link WriterLock}, the lock {@link Generations#write} writes every generation under)
 * against a real PostgreSQL 15 server, where each connection is its own backend, so the lock really contends (PGlite,
 * one session, cannot show it: docs/replicas.md). Debian's Postgres has no pgvector, so the test takes Citebot's lock
 * through its {@link Database} connections around rows of a table of its own instead of a generation's.
 */
class WriterLockIT {
    @RegisterExtension
    static final RealPostgres DB = new RealPostgres();
    private static final int ROWS = 50;
    private static final long WAIT_SECONDS = 60;

    private final ExecutorService first = Executors.newSingleThreadExecutor();
    private Database a;
    private Database b;

    @BeforeEach
    void twoWriters() throws SQLException {
        StoreSettings settings = new StoreSettings("postgres", DB.url(), "postgres", "", true, Duration.ofSeconds(1));
        a = new Database(settings);
        b = new Database(settings);
        try (Connection c = observer(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS written");
            s.execute("CREATE TABLE written (n int NOT NULL)");
        }
    }

    @AfterEach
    void close() {
        first.shutdownNow();
        a.close();
        b.close();
    }

    @Test
    void aSecondWriterIsRefusedAtOnceWhileTheFirstHoldsTheLockAndSeesNothingHalfWritten() throws Exception {
        CountDownLatch finish = new CountDownLatch(1);
        Future<Integer> firstWriter = firstWriterHolding(finish, WriterLockIT::backend);
        int firstBackend = holder().orElseThrow(() -> new AssertionError("no session holds the writers' lock"));
        int secondBackend = b.transaction(WriterLockIT::backend);
        assertNotEquals(firstBackend, secondBackend, "two sessions, two backends");

        AtomicBoolean ran = new AtomicBoolean();
        long started = System.nanoTime();
        Optional<Integer> second = WriterLock.run(b, c -> {
            ran.set(true);
            return count(c);
        });
        long refusedMs = (System.nanoTime() - started) / 1_000_000;
        assertTrue(second.isEmpty(), "the second writer is refused while the first holds the lock");
        assertFalse(ran.get(), "a refused writer runs nothing");
        assertTrue(refusedMs < WAIT_SECONDS * 1000 / 2, "refused at once, without waiting: " + refusedMs + " ms");
        assertEquals(0, (int) b.transaction(WriterLockIT::count), "nothing of the first writer's is visible yet");
        assertEquals(Optional.of(firstBackend), holder(), "the first writer still holds the lock");

        finish.countDown();
        assertEquals(firstBackend, firstWriter.get(WAIT_SECONDS, TimeUnit.SECONDS), "the first writer commits");
        assertEquals(Optional.empty(), holder(), "its commit releases the lock");
        assertEquals(Optional.of(ROWS), WriterLock.run(b, WriterLockIT::count),
                "the second writer takes the lock next time and finds all the first one wrote");
    }

    @Test
    void aWriterWhoseSessionDiesLeavesNothingAndFreesTheLock() throws Exception {
        CountDownLatch finish = new CountDownLatch(1);
        Future<Integer> firstWriter = firstWriterHolding(finish, WriterLockIT::count);
        int firstBackend = holder().orElseThrow(() -> new AssertionError("no session holds the writers' lock"));
        assertTrue(WriterLock.run(b, c -> true).isEmpty(), "refused while the first writer lives");

        try (Connection c = observer(); PreparedStatement s = c.prepareStatement("SELECT pg_terminate_backend(?)")) {
            s.setInt(1, firstBackend); // as when its replica is killed mid-generation
            s.executeQuery().close();
        }
        Optional<Integer> second = Optional.empty();
        for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
             second.isEmpty() && System.nanoTime() < until; Thread.sleep(100)) {
            second = WriterLock.run(b, WriterLockIT::count);
        }
        assertEquals(Optional.of(0), second, "the lock is free once the session is gone, and nothing it wrote is left");
        finish.countDown();
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> firstWriter.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertTrue(failed.getCause() instanceof StoreUnavailable, "the dead writer's commit fails: " + failed);
    }

    /**
     * The first writer, on its own thread: takes the lock, writes its rows and holds the lock (its transaction open)
     * until {@code finish}, then gives what {@code last} reads and commits. Returns once it holds the lock.
     */
    private Future<Integer> firstWriterHolding(CountDownLatch finish, Database.Work<Integer> last)
            throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        Future<Integer> writer = first.submit(() -> WriterLock.run(a, c -> {
            insert(c);
            holding.countDown();
            await(finish);
            return last.run(c);
        }).orElseThrow());
        assertTrue(holding.await(WAIT_SECONDS, TimeUnit.SECONDS), "the first writer took the lock");
        return writer;
    }

    private static void insert(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO written (n) VALUES (?)")) {
            for (int n = 0; n < ROWS; n++) {
                s.setInt(1, n);
                s.executeUpdate();
            }
        }
    }

    private static int count(Connection c) throws SQLException {
        return one(c, "SELECT count(*) FROM written");
    }

    private static int backend(Connection c) throws SQLException {
        return one(c, "SELECT pg_backend_pid()");
    }

    private static int one(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    /** The backend holding the writers' lock, as the server's lock table shows it to a third session. */
    private static Optional<Integer> holder() throws SQLException {
        try (Connection c = observer(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted"
                     + " AND ((classid::bigint << 32) | objid::bigint) = " + WriterLock.KEY)) {
            List<Integer> pids = new ArrayList<>();
            while (r.next()) {
                pids.add(r.getInt(1));
            }
            assertTrue(pids.size() <= 1, "one holder at most: " + pids);
            return pids.stream().findFirst();
        }
    }

    private static Connection observer() throws SQLException {
        return DriverManager.getConnection(DB.url(), "postgres", "");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
