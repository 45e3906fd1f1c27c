package dev.citebot.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL 15 server (Debian's {@code postgresql-15}, installed by .ci/run; it has no pgvector), for what
 * PGlite cannot show: several sessions, each its own backend, whose locks contend. One fresh cluster per test class
 * (its files in a temporary folder), on a free loopback port, stopped after the class:
 * {@code @RegisterExtension static final RealPostgres DB = new RealPostgres();}. Postgres refuses to run as root, so
 * under root (as in CI) it runs as the {@code postgres} user the package creates.
 */
public final class RealPostgres implements BeforeAllCallback, AfterAllCallback {
    private static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    private static final String OS_USER = "postgres";
    private Path data;
    private Path log;
    private int port;
    private boolean running;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException, InterruptedException {
        if (!Files.isExecutable(BIN.resolve("initdb"))) {
            throw new AssertionError(BIN.resolve("initdb") + " is missing: install postgresql-15 (as .ci/run does)");
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        Path dir = Citebots.temporary("citebot-postgres");
        if (root()) {
            UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(dir, users.lookupPrincipalByName(OS_USER));
        }
        data = dir.resolve("data");
        log = dir.resolve("postgres.log");
        run(List.of(BIN.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust",
                "-E", "UTF8", "--locale=C", "--no-sync"));
        run(List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(), "-w", "-t", "120",
                "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start"));
        running = true;
    }

    /** The JDBC URL of the cluster's {@code postgres} database (user {@code postgres}, no password). */
    public String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?sslmode=disable";
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException, InterruptedException {
        if (running) {
            running = false;
            run(List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "-w", "stop"));
        }
    }

    /** Runs a Postgres program (as the postgres user under root); fails with its output if it fails. */
    private void run(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (root()) {
            full.addAll(List.of("runuser", "-u", OS_USER, "--"));
        }
        full.addAll(command);
        Path output = Files.createTempFile("postgres-command-", ".log");
        Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", full) + " failed:\n" + Files.readString(output)
                    + (Files.exists(log) ? "\nserver log:\n" + Files.readString(log) : ""));
        }
        Files.delete(output);
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }
}
