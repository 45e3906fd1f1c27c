package dev.citebot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.http.Json;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * A new document through the upload API, as a user sends it: a {@code citebot serve} JVM (same jar, default
 * settings, so Tika runs in its parser process) holding a collection of the SQuAD folder's files, uploaded
 * beforehand; then one more file is uploaded ({@code POST /api/collections/NAME/documents}), its status is polled
 * until {@code ready} and one question about it is asked, until the answer returns. The peer is the same as for
 * the in-process row: the LangChain4j ingestor embedding the document's passages.
 */
final class UploadBenchmark {
    private static final String COLLECTION = "bench";
    private static final ObjectMapper JSON = Json.plain();

    record Result(double seconds, boolean cited) {
    }

    private UploadBenchmark() {
    }

    static Result run(Path folder, Path document, String question, String model) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        String key = UUID.randomUUID().toString();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.citebot.Main", "serve").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        env.put("CITEBOT_PORT", Integer.toString(port));
        env.put("CITEBOT_HOST", "127.0.0.1");
        env.put("CITEBOT_CACHE_DIR", TempFolders.create("citebot-bench-upload-cache").toString());
        env.put("CITEBOT_DATA_DIR", TempFolders.create("citebot-bench-upload-data").toString());
        env.put("CITEBOT_SEEDS_DIR", TempFolders.create("citebot-bench-upload-seeds").toString());
        env.put("CITEBOT_ADMIN_KEY", key);
        env.put("CITEBOT_EMBEDDING_MODEL", model);
        env.put("CITEBOT_RATE_LIMIT_PER_MINUTE", "0");
        Process server = builder.start();
        Api api = new Api("http://127.0.0.1:" + port, key);
        try {
            api.waitUntil(server, () -> api.status("/ready") == 200);
            api.json("POST", "/api/collections", JSON.writeValueAsString(Map.of("name", COLLECTION)));
            try (java.util.stream.Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    upload(api, file);
                }
            }
            api.waitUntil(server, () -> allReady(api));
            api.waitUntil(server, () -> idle(server)); // the background fill of the folder's vectors is over
            long started = System.nanoTime();
            String id = upload(api, document);
            api.waitUntil(server, () -> "ready".equals(api.json("GET", "/api/collections/" + COLLECTION
                    + "/documents/" + id).path("status").asText()));
            JsonNode answer = api.json("POST", "/api/ask", JSON.writeValueAsString(Map.of("question", question,
                    "collection", COLLECTION)));
            double seconds = Timing.millisSince(started) / 1000;
            boolean cited = false;
            for (JsonNode citation : answer.path("citations")) {
                cited |= id.equals(citation.path("document_id").asText());
            }
            return new Result(seconds, cited);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static String upload(Api api, Path file) throws IOException, InterruptedException {
        String name = file.getFileName().toString();
        HttpResponse<String> r = api.send("POST", "/api/collections/" + COLLECTION + "/documents?filename="
                + URLEncoder.encode(name, StandardCharsets.UTF_8), name.endsWith(".html") ? "text/html" : "text/plain",
                Files.readAllBytes(file));
        return JSON.readTree(r.body()).path("documents").get(0).path("id").asText();
    }

    private static boolean allReady(Api api) throws IOException, InterruptedException {
        JsonNode docs = api.json("GET", "/api/collections/" + COLLECTION + "/documents");
        JsonNode list = docs.isArray() ? docs : docs.path("documents");
        for (JsonNode d : list) {
            if (!"ready".equals(d.path("status").asText())) {
                return false;
            }
        }
        return !list.isEmpty();
    }

    /** True when the server used less than a tenth of a core over the last second (CPU time from /proc). */
    private static boolean idle(Process server) throws IOException, InterruptedException {
        long before = cpuTicks(server.pid());
        Thread.sleep(1000);
        return cpuTicks(server.pid()) - before < 10; // clock ticks are 1/100 s
    }

    private static long cpuTicks(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
    }

    private interface Check {
        boolean holds() throws IOException, InterruptedException;
    }

    private record Api(String base, String key, HttpClient client) {
        Api(String base, String key) {
            this(base, key, HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build());
        }

        int status(String path) {
            try {
                return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException | InterruptedException notYet) {
                return 0;
            }
        }

        HttpResponse<String> send(String method, String path, String type, byte[] body)
                throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + key).timeout(Duration.ofMinutes(2));
            if (body == null) {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            } else {
                request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
            }
            HttpResponse<String> r = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                throw new IOException(method + " " + path + ": " + r.statusCode() + " " + r.body());
            }
            return r;
        }

        JsonNode json(String method, String path) throws IOException, InterruptedException {
            return JSON.readTree(send(method, path, null, null).body());
        }

        JsonNode json(String method, String path, String body) throws IOException, InterruptedException {
            return JSON.readTree(send(method, path, "application/json", body.getBytes(StandardCharsets.UTF_8)).body());
        }

        /** Polls every 20 ms until the check holds; fails when the server exits or after ten minutes. */
        void waitUntil(Process server, Check check) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (!check.holds()) {
                if (!server.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("the server exited or did not get there in time");
                }
                Thread.sleep(20);
            }
        }
    }
}
