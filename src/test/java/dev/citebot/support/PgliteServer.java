package dev.citebot.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Postgres protocol with real pgvector for the store tests: PGlite (Postgres compiled to WebAssembly) behind
 * its wire-protocol server, the npm packages pinned in src/test/js (installed by {@code npm ci} there, as .ci/run
 * does). One fresh database per test class (its files in a temporary folder, so it can be stopped and started again), on a free loopback port, stopped after the class:
 * {@code @RegisterExtension static final PgliteServer DB = new PgliteServer();}.
 *
 * <p>PGlite is one Postgres session behind a multiplexer: server-side prepared statements are named per session,
 * so the URL turns them off ({@code prepareThreshold=0}) for several replicas to share it.
 */
public final class PgliteServer implements BeforeAllCallback, AfterAllCallback {
    private static final Path SERVER = Path.of("src", "test", "js", "node_modules", ".bin", "pglite-server");
    private Process process;
    private int port;
    private Path log;
    private Path data;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (!Files.isExecutable(SERVER)) {
            throw new AssertionError(SERVER + " is missing: run `npm ci` in src/test/js (as .ci/run does)");
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        data = Citebots.temporary("pglite-data");
        start();
    }

    /** Starts the server (again) on the same port and the same database files. */
    public void start() throws IOException {
        log = Files.createTempFile("pglite-", ".log");
        process = new ProcessBuilder(SERVER.toAbsolutePath().toString(), "-p", Integer.toString(port),
                "-d", data.toString(), "-e", "@electric-sql/pglite-pgvector:vector", "-m", "8")
                .directory(Path.of("src", "test", "js").toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // Loading Postgres's WebAssembly takes seconds alone and over a minute on a machine busy with other work.
        Poll.until(Duration.ofSeconds(180), "PGlite listening on port " + port, () -> {
            if (!process.isAlive()) {
                throw new AssertionError("pglite-server exited:\n" + log());
            }
            return log().contains("listening");
        });
    }

    /** Stops the server as an outage would (its database files stay, for {@link #start}). */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The JDBC URL of the database. */
    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?sslmode=disable&prepareThreshold=0";
    }

    /** The store settings of a replica on this database ({@code writer}: whether it writes the index). */
    public Map<String, String> settings(boolean writer) {
        return Map.of("CITEBOT_STORE", "postgres", "CITEBOT_STORE_URL", url(), "CITEBOT_STORE_USER", "postgres",
                "CITEBOT_STORE_PASSWORD", "postgres", "CITEBOT_INDEX_WRITER", Boolean.toString(writer),
                "CITEBOT_STORE_POLL_SECONDS", "1");
    }

    /** What the server has written so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        if (process != null) {
            stop();
        }
    }
}
