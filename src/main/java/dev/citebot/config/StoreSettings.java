package dev.citebot.config;

import java.time.Duration;
import java.util.List;

/**
 * Where the index and the shared state live (docs/replicas.md).
 *
 * @param kind     {@code memory} (each process keeps its own, today's behaviour) or {@code postgres}
 * @param url      the JDBC URL of the Postgres database (with pgvector), for {@code postgres}
 * @param user     the database user (empty: the one in the URL, if any)
 * @param password the database password (empty: none); never logged
 * @param writer   this replica indexes its seeds folder and writes generations; false: it reads them
 * @param poll     how often a reader looks for a newer complete generation (and retries a lost connection)
 */
public record StoreSettings(String kind, String url, String user, String password, boolean writer, Duration poll) {
    public StoreSettings {
        if (!List.of("memory", "postgres").contains(kind)) {
            throw new ConfigException("store must be memory or postgres, got '" + kind + "'");
        }
        if (kind.equals("postgres") && !url.startsWith("jdbc:postgresql:")) {
            throw new ConfigException("store=postgres needs store.url (CITEBOT_STORE_URL) to be a JDBC URL such as"
                    + " jdbc:postgresql://db.example.com:5432/citebot, got '" + url + "'");
        }
        if (poll.isNegative() || poll.isZero()) {
            throw new ConfigException("store.poll.seconds must be 1 or more");
        }
    }

    static StoreSettings from(Settings s) {
        return new StoreSettings(s.text("store"), s.text("store.url"), s.text("store.user"), s.text("store.password"),
                s.flag("index.writer"), Duration.ofSeconds(s.integer("store.poll.seconds")));
    }

    /** True when the index and shared state are in Postgres. */
    public boolean postgres() {
        return kind.equals("postgres");
    }

    /** Without the password, so the settings may be logged. */
    @Override
    public String toString() {
        return postgres() ? "store postgres " + url + " as " + (writer ? "writer" : "reader") : "store memory";
    }
}
