package dev.citebot.store;

import dev.citebot.config.StoreSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This replica's one connection to the shared Postgres database, opened on first use and again after it is lost.
 * One connection per replica keeps the database's connection count at the number of replicas; work on it is
 * serialised (each call has the connection to itself, a transaction from its start to its commit).
 */
final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    /** A statement longer than this is taken for a lost connection (a generation's writes are batched). */
    private static final int SOCKET_TIMEOUT_SECONDS = 300;

    private final StoreSettings settings;
    private Connection connection;
    private volatile boolean connected;
    private volatile String lastError = "";

    /** Work done on the connection. */
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    Database(StoreSettings settings) {
        this.settings = settings;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    synchronized <T> T transaction(Work<T> work) {
        Connection c = open();
        try {
            c.setAutoCommit(false);
            T result = work.run(c);
            c.commit();
            c.setAutoCommit(true);
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback(c);
            throw failed(c, e);
        }
    }

    /** Deletes the rows of {@code table} whose {@code column} is older than {@code window} (names are ours, not input). */
    int deleteOlderThan(String table, String column, Duration window) {
        return transaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM " + table + " WHERE " + column + " < now() - ? * interval '1 second'")) {
                s.setLong(1, window.toSeconds());
                return s.executeUpdate();
            }
        });
    }

    /** True while the last use of the connection succeeded. */
    boolean connected() {
        return connected;
    }

    /** Why the last use failed (empty when connected). */
    String lastError() {
        return lastError;
    }

    private Connection open() {
        try {
            if (connection == null || connection.isClosed()) {
                Properties properties = new Properties();
                if (!settings.user().isEmpty()) {
                    properties.setProperty("user", settings.user());
                }
                if (!settings.password().isEmpty()) {
                    properties.setProperty("password", settings.password());
                }
                properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
                properties.setProperty("socketTimeout", Integer.toString(SOCKET_TIMEOUT_SECONDS));
                properties.setProperty("ApplicationName", "citebot");
                connection = DriverManager.getConnection(settings.url(), properties);
                if (!connected) {
                    LOG.info("connected to the store at {}", settings.url());
                }
            }
            connected = true;
            lastError = "";
            return connection;
        } catch (SQLException e) {
            throw failed(null, e);
        }
    }

    private static void rollback(Connection c) {
        try {
            c.rollback();
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is gone; it is dropped below
        }
    }

    /** Drops a connection that no longer works, so the next call opens a new one. */
    private StoreUnavailable failed(Connection c, Exception e) {
        boolean lost = c == null || !valid(c);
        if (lost) {
            if (connected) {
                LOG.warn("lost the store at {} ({}); answering from what this replica has, reconnecting",
                        settings.url(), e.getMessage());
            }
            connected = false;
            lastError = String.valueOf(e.getMessage());
            closeQuietly();
        }
        return e instanceof StoreUnavailable u ? u : new StoreUnavailable("store: " + e.getMessage(), e);
    }

    private static boolean valid(Connection c) {
        try {
            return !c.isClosed() && c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private void closeQuietly() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // already gone
        }
        connection = null;
    }

    @Override
    public synchronized void close() {
        closeQuietly();
    }
}
