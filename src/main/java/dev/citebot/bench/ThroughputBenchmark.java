package dev.citebot.bench;

import dev.citebot.embed.Embedder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Questions per second through {@code POST /api/ask} with 32 clients, against the ceiling set by embedding:
 * how many single questions per second the model can embed with every core busy. Questions are distinct and
 * the cache is off, so every request pays for an embedding.
 */
final class ThroughputBenchmark {
    static final int CLIENTS = 32;

    record Result(double ceilingPerSecond, double askPerSecond, long ok, long errors) {
        double ratio() {
            return askPerSecond / ceilingPerSecond;
        }
    }

    private ThroughputBenchmark() {
    }

    static double ceiling(Embedder uncached, List<String> questions, Duration duration) throws InterruptedException {
        int threads = Runtime.getRuntime().availableProcessors();
        AtomicLong done = new AtomicLong();
        long until = System.nanoTime() + duration.toNanos();
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int offset = t;
            workers[t] = new Thread(() -> {
                for (int i = offset; System.nanoTime() < until; i += threads) {
                    uncached.embedQuery(questions.get(i % questions.size()) + " #" + i);
                    done.incrementAndGet();
                }
            });
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        return done.get() / (duration.toMillis() / 1000.0);
    }

    static Result ask(int port, List<String> questions, Duration duration, double ceiling) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        long until = System.nanoTime() + duration.toNanos();
        CountDownLatch finished = new CountDownLatch(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            new Thread(() -> {
                while (System.nanoTime() < until) {
                    int i = next.getAndIncrement();
                    String body = "{\"question\": " + quote(questions.get(i % questions.size()) + " #" + i) + "}";
                    try {
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + port + "/api/ask"))
                                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        (r.statusCode() == 200 ? ok : errors).incrementAndGet();
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                finished.countDown();
            }).start();
        }
        finished.await();
        return new Result(ceiling, ok.get() / (duration.toMillis() / 1000.0), ok.get(), errors.get());
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
