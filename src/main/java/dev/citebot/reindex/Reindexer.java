package dev.citebot.reindex;

import dev.citebot.index.KnowledgeIndex;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.Question;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs re-indexing of the seeds folder on one background thread, one run at a time. Requests that arrive
 * while a run is waiting to start join it rather than queue another: any number of file events or admin calls
 * cost at most the run in progress plus one more. Questions keep being answered from the old index meanwhile.
 */
public final class Reindexer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Reindexer.class);

    private final Pipeline pipeline;
    private final String collection;
    private final Path folder;
    private final ReindexListener listener;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "citebot-reindex");
        t.setDaemon(true);
        return t;
    });
    private CompletableFuture<ReindexReport> waiting;

    public Reindexer(Pipeline pipeline, Path folder, ReindexListener listener) {
        this(pipeline, Question.DEFAULT_COLLECTION, folder, listener);
    }

    /** Re-indexes one collection's folder into that collection's index. */
    public Reindexer(Pipeline pipeline, String collection, Path folder, ReindexListener listener) {
        this.pipeline = pipeline;
        this.collection = collection;
        this.folder = folder;
        this.listener = listener;
    }

    /** A run that starts after this call; completes with its report, or exceptionally if indexing failed. */
    public synchronized CompletableFuture<ReindexReport> request(String reason) {
        if (waiting == null) {
            CompletableFuture<ReindexReport> next = new CompletableFuture<>();
            waiting = next;
            worker.execute(() -> run(reason, next));
        }
        return waiting;
    }

    private void run(String reason, CompletableFuture<ReindexReport> result) {
        synchronized (this) {
            waiting = null;
        }
        long started = System.nanoTime();
        try {
            listener.started(reason);
            KnowledgeIndex before = pipeline.isReady(collection) ? pipeline.current(collection) : null;
            KnowledgeIndex after = pipeline.load(collection, folder);
            ReindexReport report = ReindexReport.of(reason, before, after, (System.nanoTime() - started) / 1_000_000);
            log(report);
            listener.reindexed(report);
            result.complete(report);
        } catch (RuntimeException | Error e) {
            long ms = (System.nanoTime() - started) / 1_000_000;
            LOG.error("re-index ({}) failed after {} ms; questions are still answered from the previous index: {}",
                    reason, ms, e.toString());
            listener.reindexFailed(ms);
            result.completeExceptionally(e);
        }
    }

    private static void log(ReindexReport r) {
        LOG.info("indexed ({}): {} documents, {} passages; added {}, changed {}, removed {}; {} texts embedded, "
                        + "{} reused; {} files failed; {} ms", r.reason(), r.documents(), r.passages(), r.added(),
                r.changed(), r.removed(), r.embeddedTexts(), r.reusedTexts(), r.failed().size(), r.tookMs());
        r.failed().forEach(f -> LOG.warn("not indexed: {}: {}", f.path(), f.reason()));
        if (r.documents() == 0) {
            LOG.warn("no documents in the seeds folder: every question is declined until documents are added");
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
