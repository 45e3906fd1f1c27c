package dev.citebot.embed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Embeds questions that arrive together in one model call. A question asked alone is embedded at once, as a
 * batch of one, on the asking thread (handing it to another thread and back cost about a tenth of the embedding);
 * under load, the questions waiting when a core comes free go through the model together (up to
 * {@code maxBatch}), which costs far less per question than one call each. One model call runs per core.
 */
final class QueryBatcher {
    private record Pending(String text, CompletableFuture<float[]> vector) {
    }

    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final Function<List<String>, List<float[]>> model;
    private final int maxBatch;
    private final ThreadPoolExecutor cores;
    /** One permit per model call that may run at a time, whichever thread runs it. */
    private final Semaphore calls;

    /** {@code model} turns texts into vectors, in order; it is called by at most {@code threads} threads at a time. */
    QueryBatcher(Function<List<String>, List<float[]>> model, int threads, int maxBatch) {
        if (maxBatch < 1 || threads < 1) {
            throw new IllegalArgumentException("a batch and a thread pool need at least one place");
        }
        this.model = model;
        this.maxBatch = maxBatch;
        this.calls = new Semaphore(threads);
        this.cores = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "citebot-query");
            t.setDaemon(true);
            return t;
        });
        cores.allowCoreThreadTimeOut(true); // idle: no threads kept
    }

    float[] embed(String text) {
        if (waiting.isEmpty() && calls.tryAcquire()) { // nothing queued and a core free: no batch to wait for
            try {
                return model.apply(List.of(text)).get(0);
            } finally {
                calls.release();
            }
        }
        Pending pending = new Pending(text, new CompletableFuture<>());
        waiting.add(pending);
        cores.execute(this::runWaiting);
        try {
            return pending.vector().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding the question", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Questions waiting for a core. */
    int waiting() {
        return waiting.size();
    }

    /** Takes what is waiting (one task per question, so a task may find its question already taken) and embeds it. */
    private void runWaiting() {
        try {
            calls.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            runBatch();
        } finally {
            calls.release();
        }
    }

    private void runBatch() {
        List<Pending> batch = new ArrayList<>(maxBatch);
        waiting.drainTo(batch, maxBatch);
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<float[]> vectors = model.apply(batch.stream().map(Pending::text).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).vector().complete(vectors.get(i));
            }
        } catch (RuntimeException | Error e) {
            batch.forEach(p -> p.vector().completeExceptionally(e));
        }
    }
}
