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
            Map<String, String> env = new HashMap<>();
            env.put("CITEBOT_HOST", "127.0.0.1");
            env.put("CITEBOT_PORT", Integer.toString(port));
            env.put("CITEBOT_SEEDS_DIR", seeds.toString());
            env.put("CITEBOT_CACHE_DIR", cache.toString());
            env.put("CITEBOT_DATA_DIR", Files.createDirectories(workDir.resolve("data")).toString());
            env.putAll(settings);
            Process process = command(workDir, env).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new CitebotProcess(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The one command line for Citebot in a child JVM: this test run's Java and class path, {@code dev.citebot.Main},
     * run in {@code workDir}; none of the test's own {@code CITEBOT_*} variables, logs as text, the settings on top.
     * Where its output goes is the caller's choice.
     */
    public static ProcessBuilder command(Path workDir, Map<String, String> settings) {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .directory(workDir.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("CITEBOT_"));
        builder.environment().put("CITEBOT_LOG_FORMAT", "text");
        builder.environment().putAll(settings);
        return builder;
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
    /** The value of a metric in this process's {@code /metrics} (its first series); fails if it is not there. */
    public double meter(String name) {
        String text = http().get("/metrics").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^" + name + "(?:\\{[^}]*})? ([0-9.eE+-]+)$")
                .matcher(text);
        if (!m.find()) {
            throw new AssertionError(name + " not in /metrics");
        }
        return Double.parseDouble(m.group(1));
    }

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

    /** Waits until the condition holds; fails with the log if the process dies first or time runs out. */
    public void awaitUntil(BooleanSupplier condition, Duration deadline, String what) {
        try {
            Poll.until(deadline, what, () -> {
                if (!process.isAlive()) {
                    throw new AssertionError("Citebot exited (" + process.exitValue() + ") before " + what);
                }
                return condition.getAsBoolean();
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ":\n" + log(), e);
        }
    }

    /** SIGTERM, as an operator stops it, without waiting for the process to end. */
    public void terminate() {
        process.destroy();
    }

    /** The exit status, once the process has ended within the time given; else an AssertionError with the log. */
    public int awaitExit(Duration deadline) {
        if (!waitFor(deadline)) {
            throw new AssertionError("Citebot did not exit within " + deadline + ":\n" + log());
        }
        return process.exitValue();
    }

    /** kill -9: no shutdown hook runs, nothing is flushed or tidied. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** A polite stop (SIGTERM), as an operator would. */
    @Override
    public void close() {
        terminate();
        if (!waitFor(Duration.ofSeconds(30))) {
            kill();
        }
    }

    private boolean waitFor(Duration deadline) {
        try {
            return process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
