package dev.citebot.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Restart-to-ready with a warm cache against two floors, JVMs that only load the model and embed one question:
 * one reads the model from the jar as LangChain4j does, one opens the plain copy in the cache as Citebot does.
 * Each is a child process started from the same java and classpath; the median of a few runs.
 */
final class RestartBenchmark {
    record Result(double floorFromJarMs, double floorFromCacheMs, double coldMs, double warmMs) {
        double ratioToJarFloor() {
            return warmMs / floorFromJarMs;
        }

        double ratioToCacheFloor() {
            return warmMs / floorFromCacheMs;
        }
    }

    private RestartBenchmark() {
    }

    static Result run(Path cacheDir, String model, int runs) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classpath = System.getProperty("java.class.path");
        // Fills the cache, the model's copy included: waits for the background embedding too, so the cache is warm.
        double cold = untilReadyAndEmbedded(java, classpath, cacheDir, Map.of(), true)[0];
        List<Double> fromJar = new ArrayList<>();
        List<Double> fromCache = new ArrayList<>();
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < runs; i++) { // interleaved, so that a busy moment of the machine hits all three alike
            fromJar.add(floor(java, classpath, model));
            fromCache.add(floor(java, classpath, model, cacheDir.resolve("models").toString()));
            warm.add(untilReady(java, classpath, cacheDir));
        }
        return new Result(Timing.median(fromJar), Timing.median(fromCache), cold, Timing.median(warm));
    }

    private static double floor(String java, String classpath, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java, "-cp", classpath, Floor.class.getName()));
        command.addAll(List.of(args));
        long started = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        return Timing.millisSince(started);
    }

    private static double untilReady(String java, String classpath, Path cacheDir) throws Exception {
        return untilReady(java, classpath, cacheDir, Map.of());
    }

    /** Milliseconds from starting {@code citebot serve} (with these settings) to {@code /ready} saying 200. */
    static double untilReady(String java, String classpath, Path cacheDir, Map<String, String> settings)
            throws Exception {
        return untilReadyAndEmbedded(java, classpath, cacheDir, settings, false)[0];
    }

    /**
     * Milliseconds from starting {@code citebot serve} (with these settings) to {@code /ready} saying 200, and (when
     * {@code whole}) on to its saying {@code "passages_embedding":0}: every passage embedded in the background, so
     * the dense search covers them all (0 when not measured).
     */
    static double[] untilReadyAndEmbedded(String java, String classpath, Path cacheDir, Map<String, String> settings,
                                          boolean whole) throws Exception {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", classpath, "dev.citebot.Main", "serve")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        env.put("CITEBOT_PORT", Integer.toString(port));
        env.put("CITEBOT_HOST", "127.0.0.1");
        env.put("CITEBOT_CACHE_DIR", cacheDir.toString());
        env.putAll(settings);
        long started = System.nanoTime();
        Process p = builder.start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        double ready = -1;
        try {
            while (p.isAlive()) {
                try {
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/ready")).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && ready < 0) {
                        ready = Timing.millisSince(started);
                    }
                    if (ready >= 0 && !whole) {
                        return new double[] {ready, 0};
                    }
                    if (ready >= 0 && r.body().contains("\"passages_embedding\":0")) {
                        return new double[] {ready, Timing.millisSince(started)};
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(10);
            }
            throw new IllegalStateException("Citebot exited before it was ready (exit " + p.exitValue() + ")");
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
