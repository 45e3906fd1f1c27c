package dev.citebot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The advisory lock under which generations are written, so that two writers (index.writer=true on two replicas by
 * mistake) never interleave. It is taken as the first statement of the generation's transaction and held until that
 * transaction commits or rolls back, or its session dies; a second writer is refused at once (it does not wait) and
 * runs nothing, and tries again later.
 */
final class WriterLock {
    /** Advisory lock key of writing generations. */
    static final long KEY = Migrations.SCHEMA_LOCK + 1;

    private WriterLock() {
    }

    /**
     * Runs {@code work} in one transaction of {@code database} that holds the lock throughout; empty, with
     * {@code work} not run, when another session holds it.
     */
    static <T> Optional<T> run(Database database, Database.Work<T> work) {
        return database.transaction(c -> take(c) ? Optional.of(work.run(c)) : Optional.empty());
    }

    private static boolean take(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet locked = s.executeQuery("SELECT pg_try_advisory_xact_lock(" + KEY + ")")) {
            locked.next();
            return locked.getBoolean(1);
        }
    }
}
