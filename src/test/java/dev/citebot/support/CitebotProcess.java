package dev.citebot.support;

import dev.citebot.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Citebot as a real process ({@code java -cp <test class path> dev.citebot.Main}) on a loopback port, for tests
 * that kill it or restart it on the same cache folder. Its output goes to {@code log.txt} in its work folder.
 */
public final class CitebotProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;

    private CitebotProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts Citebot on the seeds and cache folders given, with the test's settings on top. */
    public static CitebotProcess start(Path workDir, Path seeds, Path cache, Map<String, String> settings) {
        try {
            int port = freePort();
            Path log = workDir.resolve("log-" + System.nanoTime() + ".txt");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName())
                    .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("CITEBOT_"));
            Map<String, String> env = new HashMap<>();
            env.put("CITEBOT_HOST", "127.0.0.1");
            env.put("CITEBOT_PORT", Integer.toString(port));
            env.put("CITEBOT_SEEDS_DIR", seeds.toString());
            env.put("CITEBOT_CACHE_DIR", cache.toString());
            env.put("CITEBOT_DATA_DIR", Files.createDirectories(workDir.resolve("data")).toString());
            env.put("CITEBOT_LOG_FORMAT", "text");
            env.putAll(settings);
            builder.environment().putAll(env);
            return new CitebotProcess(builder.start(), port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Http http() {
        return new Http(port);
    }

    /** What the process has written so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The status of {@code GET /ready}, or -1 while nothing listens. */
    public int readyStatus() {
        try {
            return http().get("/ready").status();
        } catch (UncheckedIOException notListening) {
            return -1;
        }
    }

    /** Waits until {@code /ready} says 200, failing with the process's log if it dies or the deadline passes. */
    public void awaitReady(Duration deadline) {
        awaitUntil(() -> readyStatus() == 200, deadline, "ready");
    }

    /** Polls the condition every 20 ms until it holds; fails with the log if the process dies or time runs out. */
    public void awaitUntil(BooleanSupplier condition, Duration deadline, String what) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                throw new AssertionError("Citebot exited (" + process.exitValue() + ") before " + what + ":\n" + log());
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("not " + what + " within " + deadline + ":\n" + log());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** kill -9: no shutdown hook runs, nothing is flushed or tidied. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** A polite stop (SIGTERM), as an operator would. */
    @Override
    public void close() {
        process.destroy();
        if (!waitFor()) {
            kill();
        }
    }

    private boolean waitFor() {
        try {
            return process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
