package dev.citebot.bench;

import dev.citebot.embed.Embedder;
import java.io.IOException;
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
                    uncached.embedQueryAlone(questions.get(i % questions.size()) + " #" + i);
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

    /**
     * Questions per second with {@link #CLIENTS} keep-alive connections, after a warm-up of the same load (the
     * server's first requests pay for class loading and compilation, not for answering).
     */
    static Result ask(int port, List<String> questions, Duration warmUp, Duration duration, double ceiling)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        load(port, questions, next, warmUp);
        long[] counts = load(port, questions, next, duration);
        return new Result(ceiling, counts[0] / (duration.toMillis() / 1000.0), counts[0], counts[1]);
    }

    /** Runs the clients for the duration; returns the answers with status 200 and the failures. */
    private static long[] load(int port, List<String> questions, AtomicInteger next, Duration duration)
            throws InterruptedException {
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long until = System.nanoTime() + duration.toNanos();
        CountDownLatch finished = new CountDownLatch(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            new Thread(() -> {
                LoopbackClient client = null;
                while (System.nanoTime() < until) {
                    int i = next.getAndIncrement();
                    String body = "{\"question\": " + quote(questions.get(i % questions.size()) + " #" + i) + "}";
                    try {
                        if (client == null || !client.isOpen()) {
                            client = new LoopbackClient(port, 30_000);
                        }
                        (client.postJson("/api/ask", body).status() == 200 ? ok : errors).incrementAndGet();
                    } catch (IOException | RuntimeException e) {
                        errors.incrementAndGet();
                        client = closed(client);
                    }
                }
                closed(client);
                finished.countDown();
            }, "bench-client").start();
        }
        finished.await();
        return new long[] {ok.get(), errors.get()};
    }

    private static LoopbackClient closed(LoopbackClient client) {
        if (client != null) {
            try {
                client.close();
            } catch (IOException e) {
                // the connection is being dropped anyway
            }
        }
        return null;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
